//! Rustdoc text generated from the dataset, shared by the `Status`
//! constants, the per-status response types and the generated enums.

use crate::registry::{Header, Standing, StatusEntry};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// `[RFC 9110, section 15.5.10](https://...)`
pub(crate) fn spec_link(entry: &StatusEntry) -> String {
    format!("[{}]({})", entry.citation(), entry.url)
}

fn header_list(headers: &[Header]) -> String {
    headers
        .iter()
        .map(|header| format!("`{}`", header.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rules of a status that shape code, as Markdown bullets.
pub(crate) fn rules(entry: &StatusEntry) -> String {
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
    match entry.standing {
        Standing::Current => {}
        standing => {
            let _ = writeln!(
                out,
                "* **{}.** {}",
                match standing {
                    Standing::Temporary => "Temporary registration",
                    Standing::Deprecated => "Deprecated",
                    Standing::Unused => "Unused",
                    Standing::Obsolete => "Obsolete",
                    Standing::Current => unreachable!(),
                },
                entry.standing_note
            );
        }
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
fn push_rules_and_link(out: &mut String, entry: &StatusEntry) {
    let rules = rules(entry);
    if !rules.is_empty() {
        out.push_str(&rules);
        out.push('\n');
    }
    out.push_str(&spec_link(entry));
}

/// Documentation of a `Status` constant, in the manner of the http crate.
pub(crate) fn status_constant(entry: &StatusEntry) -> String {
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
pub(crate) fn response_type(entry: &StatusEntry) -> String {
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

/// Why the constructor of `entry` takes the parameters it takes.
pub(crate) fn signature_rule(entry: &StatusEntry) -> String {
    let mut parts = Vec::new();
    if entry.content_forbidden {
        parts.push(format!(
            "`{}` has no body parameter: the status forbids content.",
            entry.code
        ));
    }
    for header in entry.parameters {
        let why = if entry.required_headers.iter().any(|h| h.name == header.name) {
            "the status requires it"
        } else {
            "the status means nothing to a client without it"
        };
        parts.push(format!(
            "The constructor takes the `{}` header field (`{}`) because {why}.",
            header.name, header.ty
        ));
    }
    for header in entry.builder_headers() {
        parts.push(format!(
            "The optional `{}` header field is set with [`{}`](Self::{}).",
            header.name, header.param, header.param
        ));
    }
    if parts.is_empty() {
        parts.push("The constructor takes only the body.".to_owned());
    }
    parts.join(" ")
}

pub(crate) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(crate) fn uppercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The `# Responses` table appended to a generated enum's documentation.
pub(crate) fn enum_table(variants: &[crate::ast::Variant]) -> String {
    let mut out =
        String::from("\n# Responses\n\n| Status | Variant | Body | Meaning |\n|:--|:--|:--|:--|\n");
    for variant in variants {
        let body = match variant.body() {
            Some(body) => format!("`{}`", crate::valid::type_text(body)),
            None if variant.entry.content_forbidden => "none (forbidden)".to_owned(),
            None => "none".to_owned(),
        };
        let _ = writeln!(
            out,
            "| [`{}`]({}) | [`{}`](Self::{}) | {} | {} |",
            variant.entry.title(),
            variant.entry.url,
            variant.ident,
            variant.ident,
            body,
            variant.entry.summary
        );
    }
    out
}

/// Text computed once per status and compiler process, however many enums
/// name the status: a crate with a thousand enums formats each text once.
///
/// What is kept is the text written as a Rust string literal, escapes and
/// all, ready to be written into an expansion's source text.
struct Cache([OnceLock<String>; crate::registry::STATUS_COUNT]);

impl Cache {
    const fn new() -> Self {
        Cache([const { OnceLock::new() }; crate::registry::STATUS_COUNT])
    }

    fn get(&'static self, entry: &StatusEntry, make: impl FnOnce() -> String) -> &'static str {
        // `Debug` of a `str` is a valid string literal with the same value.
        self.0[entry.index].get_or_init(|| format!("{:?}", make()))
    }
}

/// Documentation of a generated variant, as string literal source text.
pub(crate) fn variant(entry: &'static StatusEntry) -> &'static str {
    static CACHE: Cache = Cache::new();
    CACHE.get(entry, || variant_text(entry))
}

/// Documentation of a generated constructor (attribute form, whose
/// variants are named after their status), as string literal source text.
pub(crate) fn constructor(entry: &'static StatusEntry) -> &'static str {
    static CACHE: Cache = Cache::new();
    CACHE.get(entry, || constructor_text(entry))
}

fn variant_text(entry: &StatusEntry) -> String {
    let mut out = format!("`{}`: {}\n\n", entry.title(), entry.summary);
    push_rules_and_link(&mut out, entry);
    out
}

fn constructor_text(entry: &StatusEntry) -> String {
    let variant = entry.name;
    let mut out = format!(
        "Creates the [`{}`](Self::{variant}) response: {}\n\n",
        entry.title(),
        lowercase_first(entry.summary)
    );
    for header in entry.parameters {
        let why = if entry.required_headers.iter().any(|h| h.name == header.name) {
            "the status requires it"
        } else {
            "a client can do nothing with the status without it"
        };
        let _ = write!(
            out,
            "Takes the `{}` header field (`responses::header::{}`) because {why}. ",
            header.name, header.ty
        );
    }
    if entry.content_forbidden {
        out.push_str("Takes no body: the status forbids content. ");
    }
    for header in entry.builder_headers() {
        let _ = write!(
            out,
            "To add the optional `{}` header field, build `responses::{}` with its \
             `{}` method and convert it with `.into()`. ",
            header.name, entry.name, header.param
        );
    }
    out.push_str("\n\n");
    out.push_str(&spec_link(entry));
    out
}
