//! The rules of the request's fields, enforced while the body is read.
//!
//! Each rule is also written in the field's schema (`min_length = 1`,
//! `format = Email`) next to the `deserialize_with` that enforces it, so the
//! published contract says exactly what the service accepts: a request the
//! schema allows is never refused, and a request it refuses is answered by
//! the JSON extractor with the field's path, like any other malformed field.

use serde::de::{Deserialize, Deserializer, Error, Unexpected};
use std::net::{Ipv4Addr, Ipv6Addr};

/// A string of at least one character (JSON Schema `minLength: 1`).
pub(crate) fn non_empty<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text.is_empty() {
        return Err(D::Error::invalid_value(
            Unexpected::Str(&text),
            &"at least one character",
        ));
    }
    Ok(text)
}

/// An email address (JSON Schema `format: email`).
pub(crate) fn email<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if !is_mailbox(&text) {
        return Err(D::Error::invalid_value(
            Unexpected::Str(&text),
            &"an email address such as `ada@example.com`",
        ));
    }
    Ok(text)
}

/// Whether `text` is a `Mailbox` of RFC 5321 (section 4.1.2), the grammar
/// JSON Schema's `email` format refers to: a dot-string or quoted local part
/// of at most 64 octets, `@`, and a domain name or an IPv4 or IPv6 address
/// literal. (The grammar's general address literals, `[tag:content]`, have
/// no registered tag and are refused, as validators of the format do.)
pub(crate) fn is_mailbox(text: &str) -> bool {
    let Some((local, domain)) = split_mailbox(text) else {
        return false;
    };
    local.len() <= 64 && (is_dot_string(local) || is_quoted_string(local)) && is_mail_domain(domain)
}

/// Splits at the `@` that ends the local part: the first one, unless the
/// local part is quoted, when it may contain `@` itself.
fn split_mailbox(text: &str) -> Option<(&str, &str)> {
    let end = if let Some(quoted) = text.strip_prefix('"') {
        let mut escaped = false;
        let closing = quoted.char_indices().find_map(|(index, c)| {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => return Some(index),
                (false, _) => {}
            }
            None
        })?;
        // The local part ends after the closing quote.
        1 + closing + 1
    } else {
        text.find('@')?
    };
    let (local, rest) = text.split_at(end);
    Some((local, rest.strip_prefix('@')?))
}

/// `Atom *("." Atom)`, an atom being one or more RFC 5322 `atext`.
fn is_dot_string(text: &str) -> bool {
    text.split('.').all(|atom| {
        !atom.is_empty()
            && atom
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b))
    })
}

/// `DQUOTE *(qtextSMTP / quoted-pairSMTP) DQUOTE`: printable ASCII, with
/// `"` and `\` escaped by a backslash.
fn is_quoted_string(text: &str) -> bool {
    let Some(inner) = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    else {
        return false;
    };
    let mut bytes = inner.bytes();
    while let Some(b) = bytes.next() {
        let ok = match b {
            b'\\' => bytes
                .next()
                .is_some_and(|escaped| (32..=126).contains(&escaped)),
            b'"' => false,
            _ => (32..=126).contains(&b),
        };
        if !ok {
            return false;
        }
    }
    true
}

/// A domain name of letter-digit-hyphen labels (at most 255 octets, labels
/// at most 63), or an address literal `[192.0.2.1]` / `[IPv6:2001:db8::1]`.
fn is_mail_domain(text: &str) -> bool {
    if let Some(literal) = text
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
    {
        return match literal.strip_prefix("IPv6:") {
            Some(v6) => v6.parse::<Ipv6Addr>().is_ok(),
            None => literal.parse::<Ipv4Addr>().is_ok(),
        };
    }
    text.len() <= 255
        && text.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::is_mailbox;

    #[test]
    fn mailboxes_of_rfc_5321_are_accepted() {
        for text in [
            "ada@example.com",
            "a@b",
            "first.last+tag@mail.example.org",
            "!#$%&'*+-/=?^_`{|}~@example.com",
            "\"two words\"@example.com",
            "\"a@b\"@example.com",
            "\"\"@example.com",
            "\"quote\\\"d\"@example.com",
            "a@[192.0.2.1]",
            "a@[IPv6:2001:db8::1]",
            "a@1.2.3.4",
        ] {
            assert!(is_mailbox(text), "{text} should be a mailbox");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        let long_local = format!("{}@example.com", "a".repeat(65));
        let long_label = format!("a@{}.com", "b".repeat(64));
        for text in [
            "",
            "not an email",
            "useratexample.com",
            "@example.com",
            "a@",
            "a..b@example.com",
            ".a@example.com",
            "a.@example.com",
            "a@-example.com",
            "a@example-.com",
            "a@example..com",
            "a@example.com.",
            "a@exa_mple.com",
            "ü@example.com",
            "a@exämple.com",
            "a b@example.com",
            "a@b@example.com",
            "\"unterminated@example.com",
            "\"bad\"quote\"@example.com",
            "a@[tag:content]",
            "a@[300.0.0.1]",
            "a@[IPv6:nope]",
            &long_local,
            &long_label,
        ] {
            assert!(!is_mailbox(text), "{text:?} should not be a mailbox");
        }
    }
}
