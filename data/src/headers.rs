/// A header field the dataset may name in `required_headers`,
/// `expected_headers` or `parameters`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeaderField {
    /// The registered spelling of the field name (`WWW-Authenticate`).
    pub name: &'static str,
    /// For fields `responses` builds from a typed value: the name of the
    /// constructor parameter or builder method (`challenge`) and the type in
    /// `responses::header` it takes (`Challenge`). Only such fields may be
    /// constructor `parameters`.
    pub typed: Option<(&'static str, &'static str)>,
}

/// Every header field name the dataset may use, sorted by name.
///
/// A status entry that names any other field fails validation, which catches
/// misspellings (`Retry-after`, `WWW-Authentication`) before they reach
/// generated code.
pub const HEADER_FIELDS: &[HeaderField] = &[
    typed("Allow", "allow", "Allow"),
    untyped("Cache-Control"),
    untyped("Content-Location"),
    typed("Content-Range", "content_range", "ContentRange"),
    untyped("Date"),
    untyped("ETag"),
    untyped("Expires"),
    untyped("Link"),
    typed("Location", "location", "Location"),
    typed("Proxy-Authenticate", "challenge", "Challenge"),
    typed("Retry-After", "retry_after", "RetryAfter"),
    typed("Upgrade", "upgrade", "Upgrade"),
    untyped("Vary"),
    typed("WWW-Authenticate", "challenge", "Challenge"),
];

const fn typed(name: &'static str, param: &'static str, ty: &'static str) -> HeaderField {
    HeaderField {
        name,
        typed: Some((param, ty)),
    }
}

const fn untyped(name: &'static str) -> HeaderField {
    HeaderField { name, typed: None }
}

impl HeaderField {
    /// The field named exactly `name`, if the dataset may use it.
    pub fn find(name: &str) -> Option<&'static HeaderField> {
        HEADER_FIELDS.iter().find(|field| field.name == name)
    }
}
