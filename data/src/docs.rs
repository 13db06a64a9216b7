//! Rustdoc text written from the dataset: the `Status` and `Method`
//! constants and the per-status response types of `responses`, and the
//! pieces the macros' generated enums share with them.
//!
//! One place for the text, so that a status reads the same wherever it is
//! documented.

use crate::headers::HeaderField;
use crate::model::{MethodEntry, RequestContent, Standing, StatusEntry};
use std::fmt::Write as _;

/// `[RFC 9110, section 15.5.10](https://...)`
pub fn spec_link(entry: &StatusEntry) -> String {
    format!("[{}]({})", entry.citation(), entry.url)
}

fn header_list(headers: &[HeaderField]) -> String {
    headers
        .iter()
        .map(|header| format!("`{}`", header.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rules of a status that shape code, as Markdown bullets.
pub fn rules(entry: &StatusEntry) -> String {
    let mut out = String::new();
    if entry.content_forbidden {
        out.push_str(
            "* **No content.** The response ends after its header fields \
             ([RFC 9110, section 6.4.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-6.4.1)).\n",
        );
    }
    if !entry.required_headers.is_empty() {
        let _ = writeln!(
            out,
            "* **Requires** the header field{} {}.",
            plural(entry.required_headers.len()),
            header_list(entry.required_headers)
        );
    }
    if !entry.expected_headers.is_empty() {
        let _ = writeln!(
            out,
            "* **Expected** header field{}: {}.",
            plural(entry.expected_headers.len()),
            header_list(entry.expected_headers)
        );
    }
    if entry.cacheable {
        out.push_str(
            "* **Heuristically cacheable**: caches may store it without explicit freshness \
             ([RFC 9110, section 15.1](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.1)).\n",
        );
    }
    let standing = match entry.standing {
        Standing::Current => None,
        Standing::Temporary => Some("Temporary registration"),
        Standing::Deprecated => Some("Deprecated"),
        Standing::Unused => Some("Unused"),
        Standing::Obsolete => Some("Obsolete"),
        Standing::Unregistered => Some("Unregistered"),
    };
    if let Some(standing) = standing {
        let note = entry.standing_note.unwrap_or_default();
        let _ = writeln!(out, "* **{standing}.** {note}");
    }
    if !entry.former_phrases.is_empty() {
        let phrases = entry
            .former_phrases
            .iter()
            .map(|phrase| format!("\"{phrase}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(out, "* Formerly called {phrases}.");
    }
    out
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// The rules of `entry`, then the link to its specification.
pub fn push_rules_and_link(out: &mut String, entry: &StatusEntry) {
    let rules = rules(entry);
    if !rules.is_empty() {
        out.push_str(&rules);
        out.push('\n');
    }
    out.push_str(&spec_link(entry));
}

/// Documentation of a `Status` constant, in the manner of the http crate.
pub fn status_constant(entry: &StatusEntry) -> String {
    let mut out = format!(
        "`{}`: {}\n\n{}\n\n",
        entry.title(),
        entry.summary,
        entry.description
    );
    push_rules_and_link(&mut out, entry);
    out
}

/// Documentation of a per-status response type such as `Created<B>`.
pub fn response_type(entry: &StatusEntry) -> String {
    let mut out = format!(
        "A `{}` response: {}\n\n{}\n\n",
        entry.title(),
        lowercase_first(entry.summary),
        entry.description
    );
    let rules = rules(entry);
    if !rules.is_empty() {
        out.push_str(&rules);
        out.push('\n');
    }
    let _ = write!(out, "{}\n\n", signature_rule(entry));
    out.push_str(&spec_link(entry));
    out
}

/// Why the constructor of `entry`'s response type takes the parameters it
/// takes.
pub fn signature_rule(entry: &StatusEntry) -> String {
    let mut parts = Vec::new();
    if entry.content_forbidden {
        parts.push(format!(
            "`{}` has no body parameter: the status forbids content.",
            entry.code
        ));
    }
    for header in entry.constructor_headers {
        let why = if entry.requires(header) {
            "the status requires it"
        } else {
            "the status means nothing to a client without it"
        };
        parts.push(format!(
            "The constructor takes the `{}` header field (`{}`) because {why}.",
            header.name,
            header.ty()
        ));
    }
    let untyped: Vec<HeaderField> = untyped_required(entry).collect();
    if !untyped.is_empty() {
        let one = untyped.len() == 1;
        parts.push(format!(
            "The required header field{} {} {} no typed value in `responses`: set {} with \
             [`header`](Self::header).",
            plural(untyped.len()),
            header_list(&untyped),
            if one { "has" } else { "have" },
            if one { "it" } else { "them" },
        ));
    }
    for header in entry.builder_headers() {
        parts.push(format!(
            "The optional `{}` header field is set with [`{}`](Self::{}).",
            header.name,
            header.param(),
            header.param()
        ));
    }
    if parts.is_empty() {
        parts.push("The constructor takes only the body.".to_owned());
    }
    parts.join(" ")
}

/// Required header fields the constructor cannot take, having no typed
/// value in `responses`.
pub fn untyped_required(entry: &StatusEntry) -> impl Iterator<Item = HeaderField> + use<> {
    let constructor = entry.constructor_headers;
    entry
        .required_headers
        .iter()
        .filter(move |header| !constructor.contains(header))
        .copied()
}

/// Documentation of a `Method` constant.
pub fn method_constant(entry: &MethodEntry) -> String {
    let mut traits = Vec::new();
    if entry.safe {
        traits.push("safe");
    }
    if entry.idempotent {
        traits.push("idempotent");
    }
    if entry.cacheable {
        traits.push("cacheable");
    }
    let traits = if traits.is_empty() {
        "neither safe nor idempotent".to_owned()
    } else {
        traits.join(", ")
    };
    format!(
        "`{}`: {}\n\n{}; request content {}.\n\n[{}, section {}]({})",
        entry.name,
        entry.summary,
        uppercase_first(&traits),
        match entry.request_content {
            RequestContent::Defined => "has defined semantics",
            RequestContent::Undefined => "has no generally defined semantics",
            RequestContent::Forbidden => "is not allowed",
        },
        entry.spec,
        entry.section,
        entry.url
    )
}

/// `Conflict` -> `conflict`: the first character in lower case.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `safe` -> `Safe`: the first character in upper case.
pub fn uppercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
