//! The rules a parsed dataset must obey. Each rule is one function; each
//! problem names the file, the entry and the field.

use crate::Registry;
use crate::error::DataError;
use crate::model::{Class, MethodEntry, Standing, StatusEntry};
use crate::{METHODS_FILE, STATUS_FILE};
use std::collections::HashMap;

pub(crate) fn registry(registry: &Registry, errors: &mut Vec<DataError>) {
    let mut report = Report { errors };
    codes(&registry.statuses, &mut report);
    for entry in &registry.statuses {
        text(entry, &mut report);
        names(entry, &mut report);
        class(entry, &mut report);
        content(entry, &mut report);
        headers(entry, &mut report);
        standing(entry, &mut report);
        answered_methods(entry, &registry.methods, &mut report);
    }
    unique(
        &mut report,
        STATUS_FILE,
        "name",
        registry.statuses.iter().map(|e| (status_label(e), e.name)),
    );
    unique(
        &mut report,
        STATUS_FILE,
        "constant",
        registry
            .statuses
            .iter()
            .map(|e| (status_label(e), e.constant)),
    );
    for entry in &registry.methods {
        method(entry, &mut report);
    }
    unique(
        &mut report,
        METHODS_FILE,
        "name",
        registry.methods.iter().map(|e| (method_label(e), e.name)),
    );
}

struct Report<'a> {
    errors: &'a mut Vec<DataError>,
}

impl Report<'_> {
    fn status(&mut self, entry: &StatusEntry, field: &str, message: String) {
        self.push(STATUS_FILE, status_label(entry), field, message);
    }

    fn push(&mut self, file: &'static str, entry: String, field: &str, message: String) {
        self.errors.push(DataError {
            file,
            entry,
            field: Some(field.to_owned()),
            message,
        });
    }
}

fn status_label(entry: &StatusEntry) -> String {
    format!("entry for code {}", entry.code)
}

/// As the parser names a method entry: a method's name alone would not tell
/// two entries of the same name apart.
fn method_label(entry: &MethodEntry) -> String {
    format!("entry {} ({})", entry.position, entry.name)
}

/// Codes are three-digit, unique and ascending (the macros binary-search them).
fn codes(statuses: &[StatusEntry], report: &mut Report<'_>) {
    for entry in statuses {
        if !(100..=599).contains(&entry.code) {
            let message = format!("{} is not a status code (100 to 599)", entry.code);
            report.status(entry, "code", message);
        }
    }
    for pair in statuses.windows(2) {
        let (previous, entry) = (&pair[0], &pair[1]);
        if entry.code == previous.code {
            report.status(
                entry,
                "code",
                "duplicate code; each code has one entry".to_owned(),
            );
        } else if entry.code < previous.code {
            let message = format!(
                "entries must be in ascending order of code, but this one follows {}",
                previous.code
            );
            report.status(entry, "code", message);
        }
    }
}

fn text(entry: &StatusEntry, report: &mut Report<'_>) {
    if entry.phrase.is_empty()
        || !entry
            .phrase
            .bytes()
            .all(|b| b == b' ' || b.is_ascii_graphic())
    {
        let message = "a reason phrase is visible ASCII and spaces, and not empty".to_owned();
        report.status(entry, "phrase", message);
    }
    if entry.summary.trim().is_empty() || entry.summary.contains('\n') {
        report.status(entry, "summary", "must be one line of text".to_owned());
    } else if entry.summary.chars().count() > 120 {
        let message = format!(
            "is {} characters long; keep it to 120 (the description has room for more)",
            entry.summary.chars().count()
        );
        report.status(entry, "summary", message);
    }
    for (field, value) in [
        ("description", entry.description),
        ("spec", entry.spec),
        ("section", entry.section),
    ] {
        if value.trim().is_empty() {
            report.status(entry, field, "must not be empty".to_owned());
        }
    }
    if !is_https_url(entry.url) {
        report.status(entry, "url", format!("`{}` is not an https URL", entry.url));
    }
}

fn is_https_url(url: &str) -> bool {
    url.starts_with("https://") && !url.contains(char::is_whitespace)
}

fn names(entry: &StatusEntry, report: &mut Report<'_>) {
    if !is_camel_case(entry.name) {
        let message = format!(
            "`{}` is not an UpperCamelCase Rust identifier (such as `NotFound`)",
            entry.name
        );
        report.status(entry, "name", message);
    }
    if !is_screaming_snake_case(entry.constant) {
        let message = format!(
            "`{}` is not a SCREAMING_SNAKE_CASE Rust identifier (such as `NOT_FOUND`)",
            entry.constant
        );
        report.status(entry, "constant", message);
    }
}

fn class(entry: &StatusEntry, report: &mut Report<'_>) {
    if let Some(expected) = Class::of(entry.code)
        && expected != entry.class
    {
        let message = format!(
            "{} is a {} code, not {}",
            entry.code,
            expected.key(),
            entry.class.key()
        );
        report.status(entry, "class", message);
    }
}

/// 1xx, 204, 205 and 304 never carry content (RFC 9110 section 6.4.1).
fn content(entry: &StatusEntry, report: &mut Report<'_>) {
    let forbidden = entry.class == Class::Informational || matches!(entry.code, 204 | 205 | 304);
    if forbidden != entry.content_forbidden {
        let message = if forbidden {
            format!(
                "{} responses never carry content: set it to true",
                entry.code
            )
        } else {
            format!(
                "only 1xx, 204, 205 and 304 responses forbid content; {} does not",
                entry.code
            )
        };
        report.status(entry, "content_forbidden", message);
    }
}

fn headers(entry: &StatusEntry, report: &mut Report<'_>) {
    for (field, fields) in [
        ("required_headers", entry.required_headers),
        ("expected_headers", entry.expected_headers),
        ("constructor_headers", entry.constructor_headers),
    ] {
        for (index, header) in fields.iter().enumerate() {
            if fields[..index].contains(header) {
                report.status(entry, field, format!("`{header}` is listed twice"));
            }
        }
    }
    for header in entry.required_headers {
        if entry.expected_headers.contains(header) {
            let message = format!("`{header}` is required already; list it only there");
            report.status(entry, "expected_headers", message);
        }
        // A required field that `responses` builds from a typed value is a
        // constructor parameter, so every response carries it. One without
        // a typed value (226's `IM`) is documented as required and set by
        // the caller with `header`.
        if header.typed.is_some() && !entry.constructor_headers.contains(header) {
            let message = format!(
                "`{header}` is required, so the typed constructor must take it: add it here"
            );
            report.status(entry, "constructor_headers", message);
        }
    }
    for header in entry.constructor_headers {
        if !entry.required_headers.contains(header) && !entry.expected_headers.contains(header) {
            let message =
                format!("`{header}` must also be in `required_headers` or `expected_headers`");
            report.status(entry, "constructor_headers", message);
        }
        if header.typed.is_none() {
            let message = format!(
                "`{header}` has no typed value in `responses`, so the constructor cannot take it"
            );
            report.status(entry, "constructor_headers", message);
        }
    }
}

fn standing(entry: &StatusEntry, report: &mut Report<'_>) {
    match (entry.standing, entry.standing_note) {
        (Standing::Current, Some(_)) => {
            let message = "only a code whose standing is not `current` has a note".to_owned();
            report.status(entry, "standing_note", message);
        }
        (standing, None) if standing != Standing::Current => {
            let message = format!("a `{}` code needs a note saying why", standing.key());
            report.status(entry, "standing_note", message);
        }
        _ => {}
    }
}

fn method(entry: &MethodEntry, report: &mut Report<'_>) {
    let label = method_label(entry);
    if !is_screaming_snake_case(entry.name) || entry.name.contains('_') {
        let message = format!(
            "`{}` must be an upper-case method token that is also a Rust identifier",
            entry.name
        );
        report.push(METHODS_FILE, label.clone(), "name", message);
    }
    // RFC 9110 section 9.2.2: every safe method is idempotent.
    if entry.safe && !entry.idempotent {
        let message = "a safe method is idempotent as well".to_owned();
        report.push(METHODS_FILE, label.clone(), "idempotent", message);
    }
    for (field, value) in [("summary", entry.summary), ("ok_meaning", entry.ok_meaning)] {
        if value.trim().is_empty() || value.contains('\n') {
            report.push(
                METHODS_FILE,
                label.clone(),
                field,
                "must be one line of text".to_owned(),
            );
        }
    }
    for (field, value) in [("spec", entry.spec), ("section", entry.section)] {
        if value.trim().is_empty() {
            report.push(
                METHODS_FILE,
                label.clone(),
                field,
                "must not be empty".to_owned(),
            );
        }
    }
    if !is_https_url(entry.url) {
        let message = format!("`{}` is not an https URL", entry.url);
        report.push(METHODS_FILE, label, "url", message);
    }
}

/// A status limited to some methods names registered ones, each once, and
/// the section that limits it.
fn answered_methods(entry: &StatusEntry, methods: &[MethodEntry], report: &mut Report<'_>) {
    for (index, name) in entry.methods.iter().enumerate() {
        if !methods.iter().any(|method| method.name == *name) {
            let message = format!("`{name}` is not a method of {METHODS_FILE}");
            report.status(entry, "methods", message);
        } else if entry.methods[..index].contains(name) {
            report.status(entry, "methods", format!("`{name}` is listed twice"));
        }
    }
    match (entry.methods.is_empty(), entry.methods_section) {
        (false, None) => report.status(
            entry,
            "methods_section",
            "required when `methods` limits the status".to_owned(),
        ),
        (true, Some(_)) => report.status(
            entry,
            "methods_section",
            "given without `methods`: there is no limit to cite".to_owned(),
        ),
        (false, Some(section)) if section.trim().is_empty() => {
            report.status(entry, "methods_section", "must not be empty".to_owned());
        }
        _ => {}
    }
}

/// Reports each value of `field` that an earlier entry already uses.
fn unique<'v>(
    report: &mut Report<'_>,
    file: &'static str,
    field: &str,
    values: impl Iterator<Item = (String, &'v str)>,
) {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (label, value) in values {
        if let Some(first) = seen.get(value) {
            let message = format!("`{value}` is used by the {first} already");
            report.push(file, label, field, message);
        } else {
            seen.insert(value, label);
        }
    }
}

fn is_camel_case(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && name != "Self"
}

fn is_screaming_snake_case(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !name.ends_with('_')
        && !name.contains("__")
}
