//! The header fields the dataset may name, each once, with everything code
//! generation needs to know about it.

/// A header field a status entry names in `required_headers`,
/// `expected_headers` or `constructor_headers`.
///
/// It is the one place that ties the registered spelling of a field to the
/// name of its constant in `http::header` and, for fields `responses` builds
/// from a typed value, to that value's type and the parameter or builder
/// method that takes it. Nothing derives one of these from another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeaderField {
    /// The registered spelling of the field name (`WWW-Authenticate`).
    pub name: &'static str,
    /// The name of the field's constant in `http::header`
    /// (`WWW_AUTHENTICATE`), or `None` for a field `http` has no constant for
    /// (`IM`).
    pub constant: Option<&'static str>,
    /// How `responses` builds the field from a typed value, if it does.
    pub typed: Option<TypedValue>,
}

/// How `responses` builds a header field from a typed, validated value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TypedValue {
    /// The name of the constructor parameter or builder method that takes
    /// the value (`challenge`).
    pub param: &'static str,
    /// The type in `responses::header` that holds the value (`Challenge`).
    pub ty: &'static str,
}

/// Every header field name the dataset may use, sorted by name.
///
/// A status entry that names any other field fails to parse, which catches
/// misspellings (`Retry-after`, `WWW-Authentication`) before they reach
/// generated code.
pub const HEADER_FIELDS: &[HeaderField] = &[
    untyped("Accept-Encoding", Some("ACCEPT_ENCODING")),
    typed("Allow", "ALLOW", "allow", "Allow"),
    untyped("Cache-Control", Some("CACHE_CONTROL")),
    untyped("Content-Location", Some("CONTENT_LOCATION")),
    typed(
        "Content-Range",
        "CONTENT_RANGE",
        "content_range",
        "ContentRange",
    ),
    untyped("Date", Some("DATE")),
    // RFC 3229 section 10.5.1; `http` has no constant for it.
    untyped("Delta-Base", None),
    untyped("ETag", Some("ETAG")),
    untyped("Expires", Some("EXPIRES")),
    // RFC 3229 section 10.5.2; `http` has no constant for it.
    untyped("IM", None),
    untyped("Link", Some("LINK")),
    typed("Location", "LOCATION", "location", "Location"),
    typed(
        "Proxy-Authenticate",
        "PROXY_AUTHENTICATE",
        "challenge",
        "Challenge",
    ),
    typed("Retry-After", "RETRY_AFTER", "retry_after", "RetryAfter"),
    typed("Upgrade", "UPGRADE", "upgrade", "Upgrade"),
    untyped("Vary", Some("VARY")),
    typed(
        "WWW-Authenticate",
        "WWW_AUTHENTICATE",
        "challenge",
        "Challenge",
    ),
];

const fn typed(
    name: &'static str,
    constant: &'static str,
    param: &'static str,
    ty: &'static str,
) -> HeaderField {
    HeaderField {
        name,
        constant: Some(constant),
        typed: Some(TypedValue { param, ty }),
    }
}

const fn untyped(name: &'static str, constant: Option<&'static str>) -> HeaderField {
    HeaderField {
        name,
        constant,
        typed: None,
    }
}

impl HeaderField {
    /// The field named exactly `name`, if the dataset may use it.
    pub fn find(name: &str) -> Option<&'static HeaderField> {
        HEADER_FIELDS.iter().find(|field| field.name == name)
    }

    /// The registered spelling of the name, `"WWW-Authenticate"`.
    pub const fn as_str(&self) -> &'static str {
        self.name
    }

    /// The parameter or builder method that takes the typed value, or `""`
    /// for a field without one (constructor headers always have one: the
    /// dataset is validated so).
    pub const fn param(&self) -> &'static str {
        match self.typed {
            Some(typed) => typed.param,
            None => "",
        }
    }

    /// The type in `responses::header` of the typed value, or `""` for a
    /// field without one.
    pub const fn ty(&self) -> &'static str {
        match self.typed {
            Some(typed) => typed.ty,
            None => "",
        }
    }
}

impl core::fmt::Display for HeaderField {
    /// The registered spelling of the name.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name)
    }
}

/// Compares the registered spelling exactly, so that a list of fields reads
/// as a list of names: `assert_eq!(status.required_headers(), ["Allow"])`.
impl PartialEq<str> for HeaderField {
    fn eq(&self, name: &str) -> bool {
        self.name == name
    }
}

impl PartialEq<&str> for HeaderField {
    fn eq(&self, name: &&str) -> bool {
        self.name == *name
    }
}

#[cfg(test)]
mod tests {
    use super::HEADER_FIELDS;

    #[test]
    fn fields_are_sorted_and_unique() {
        for pair in HEADER_FIELDS.windows(2) {
            assert!(pair[0].name < pair[1].name, "{} {}", pair[0], pair[1]);
        }
    }
}
