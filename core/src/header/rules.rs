//! The byte classes of the HTTP grammar that the typed values check, and the
//! one step that turns their validated text into an `http::HeaderValue`.
//!
//! `http` validates generic names and values itself; these rules are the
//! stricter ones it has no notion of: tokens inside a value (auth schemes,
//! parameter names, protocols) and the bytes of a URI reference.

use http::HeaderValue;

use super::error::{InvalidHeader, InvalidHeaderKind};

/// A `tchar` of RFC 9110 section 5.6.2: a byte a token may contain.
pub(crate) const fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

/// A byte a field value may carry (RFC 9110 section 5.5): HTAB, visible
/// ASCII, space, and every byte from 0x80 (obs-text). That refuses NUL, CR,
/// LF, every other C0 control character and DEL, exactly as `http` does.
const fn is_value_byte(byte: u8) -> bool {
    byte == b'\t' || (byte >= 0x20 && byte != 0x7f)
}

/// A byte a URI reference may carry unencoded: visible ASCII (RFC 3986 has
/// no spaces, controls or non-ASCII; those are percent-encoded).
const fn is_uri_byte(byte: u8) -> bool {
    byte.is_ascii_graphic()
}

/// The index of the first byte of `bytes` a URI reference may not carry
/// unencoded. `Location::new` and problem details' `type` and `instance`
/// check with it. The rule of `first_outside(.., Class::Uri)`, as an
/// iterator the optimiser inlines, where the `const` loop's test of the
/// class for every byte is a call.
#[inline]
pub(crate) fn first_non_uri_byte(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&byte| !is_uri_byte(byte))
}

/// The index of the first byte of `bytes` outside `class`, if any; `const`
/// so that `Location::from_static` checks a literal at compile time.
pub(crate) const fn first_outside(bytes: &[u8], class: Class) -> Option<usize> {
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let inside = match class {
            Class::Token => is_tchar(byte),
            Class::Value => is_value_byte(byte),
            Class::Uri => is_uri_byte(byte),
        };
        if !inside {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// Which rule [`first_outside`] applies.
#[derive(Clone, Copy)]
pub(crate) enum Class {
    Token,
    Value,
    Uri,
}

/// Checks that `text` is a non-empty token.
pub(crate) fn check_token(field: &'static str, text: &str) -> Result<(), InvalidHeader> {
    if text.is_empty() {
        return Err(InvalidHeader::new(field, InvalidHeaderKind::Empty));
    }
    match first_outside(text.as_bytes(), Class::Token) {
        Some(index) => Err(InvalidHeader::token(field, text, index)),
        None => Ok(()),
    }
}

/// Checks that `text` may stand inside a field value.
pub(crate) fn check_value(field: &'static str, text: &str) -> Result<(), InvalidHeader> {
    match first_outside(text.as_bytes(), Class::Value) {
        Some(index) => Err(InvalidHeader::byte(field, text, index)),
        None => Ok(()),
    }
}

/// The header value of text a typed value rendered from checked parts.
///
/// `http` checks the bytes once more. Its rule is the one `is_value_byte`
/// states, so the check passes; were the two ever to disagree, the field is
/// sent empty rather than with bytes `http` refused (and the unit tests of
/// each type, which compare the rendered value, fail).
pub(crate) fn rendered(text: String) -> HeaderValue {
    HeaderValue::try_from(text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_bytes_are_the_bytes_http_accepts() {
        for byte in 0..=u8::MAX {
            let ours = first_outside(&[byte], Class::Value).is_none();
            let http = HeaderValue::from_bytes(&[byte]).is_ok();
            assert_eq!(ours, http, "byte {byte:#04x}");
        }
    }

    #[test]
    fn the_first_byte_outside_visible_ascii_is_found() {
        // Every byte value at every position of texts of 1 to 12 bytes, the
        // rest visible ASCII: only 0x21 to 0x7E pass.
        for length in 1..=12 {
            for at in 0..length {
                for byte in 0..=u8::MAX {
                    let mut text = vec![b'a'; length];
                    text[at] = byte;
                    let expected = (!(0x21..=0x7e).contains(&byte)).then_some(at);
                    assert_eq!(
                        first_non_uri_byte(&text),
                        expected,
                        "{byte:#04x} at {at} of {length}"
                    );
                }
            }
        }
        // Two bytes outside the class: the first is found.
        assert_eq!(first_non_uri_byte(b"/abcdefgh ij\r"), Some(9));
        assert_eq!(first_non_uri_byte(b"/users/1"), None);
        assert_eq!(first_non_uri_byte(b""), None);
    }

    #[test]
    fn tokens_and_uri_bytes_are_visible_ascii() {
        for byte in 0..=u8::MAX {
            let visible = byte.is_ascii_graphic();
            if is_tchar(byte) {
                assert!(visible, "tchar {byte:#04x}");
            }
            assert_eq!(is_uri_byte(byte), visible);
        }
        assert!(check_token("t", "Bearer").is_ok());
        assert!(check_token("t", "a b").is_err());
        assert!(check_value("v", "tab\tand naïve").is_ok());
        assert!(check_value("v", "a\rb").is_err());
    }
}
