//! The header names this crate sends itself, known by number rather than text.
//!
//! A [`HeaderName`](super::HeaderName) that is one of these converts to the
//! matching `http::header` constant without parsing or allocating.

/// A header name with an associated constant on `HeaderName`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Standard {
    Allow,
    CacheControl,
    ContentLocation,
    ContentRange,
    ContentType,
    Date,
    ETag,
    Expires,
    Link,
    Location,
    ProxyAuthenticate,
    RetryAfter,
    Upgrade,
    Vary,
    WwwAuthenticate,
}

impl Standard {
    /// Every variant, for lookups by text.
    const ALL: [Standard; 15] = [
        Standard::Allow,
        Standard::CacheControl,
        Standard::ContentLocation,
        Standard::ContentRange,
        Standard::ContentType,
        Standard::Date,
        Standard::ETag,
        Standard::Expires,
        Standard::Link,
        Standard::Location,
        Standard::ProxyAuthenticate,
        Standard::RetryAfter,
        Standard::Upgrade,
        Standard::Vary,
        Standard::WwwAuthenticate,
    ];

    /// The lower-case name.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Standard::Allow => "allow",
            Standard::CacheControl => "cache-control",
            Standard::ContentLocation => "content-location",
            Standard::ContentRange => "content-range",
            Standard::ContentType => "content-type",
            Standard::Date => "date",
            Standard::ETag => "etag",
            Standard::Expires => "expires",
            Standard::Link => "link",
            Standard::Location => "location",
            Standard::ProxyAuthenticate => "proxy-authenticate",
            Standard::RetryAfter => "retry-after",
            Standard::Upgrade => "upgrade",
            Standard::Vary => "vary",
            Standard::WwwAuthenticate => "www-authenticate",
        }
    }

    /// The variant whose name is exactly `name` (already lower-case); `const`
    /// so `HeaderName::from_static` finds it at compile time.
    pub(crate) const fn find(name: &[u8]) -> Option<Standard> {
        let mut i = 0;
        while i < Self::ALL.len() {
            if bytes_eq(Self::ALL[i].as_str().as_bytes(), name) {
                return Some(Self::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// The variant whose name is `name` in any case.
    pub(crate) fn find_ignore_case(name: &str) -> Option<Standard> {
        Self::ALL
            .into_iter()
            .find(|standard| standard.as_str().eq_ignore_ascii_case(name))
    }
}

/// `a == b` for byte slices, which `const fn` cannot yet write as `==`.
const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_found_by_its_text() {
        for standard in Standard::ALL {
            assert_eq!(Standard::find(standard.as_str().as_bytes()), Some(standard));
            let upper = standard.as_str().to_ascii_uppercase();
            assert_eq!(Standard::find_ignore_case(&upper), Some(standard));
            assert_eq!(Standard::find(upper.as_bytes()), None);
        }
        assert_eq!(Standard::find(b"x-custom"), None);
        assert_eq!(Standard::find(b"locatio"), None);
    }
}
