//! Conversions to the `http` crate's header types.
//!
//! These run for every response, so the common cases avoid work: standard
//! names map to `http`'s constants, static values are borrowed, and owned
//! values hand their buffer over instead of being copied.
//!
//! Our validators accept exactly what `http` accepts (tokens of 1 to 65535
//! bytes for names; any byte but controls other than HTAB for values; the
//! tests below check this byte by byte), so the fallible `http` constructors
//! cannot fail here. Their error branches still exist, and are handled
//! without panicking, so that a server never aborts on header data.

use std::borrow::Cow;

use super::map::Count;
use super::name::NameRepr;
use super::standard::Standard;
use super::{HeaderName, HeaderValue, Headers, InvalidHeader, Location};

impl Headers {
    /// Every field as an `http::HeaderMap`, in order, repeated names kept.
    ///
    /// An `http::HeaderMap` has a size limit (24576 distinct names in
    /// `http` 1.5); fields past it are dropped rather than panicking.
    pub fn into_header_map(self) -> http::HeaderMap {
        let mut map = http::HeaderMap::try_with_capacity(self.len()).unwrap_or_default();
        self.extend_header_map(&mut map);
        map
    }

    /// Appends every field to `map`, keeping the values `map` already has.
    ///
    /// An `http::HeaderMap` has a size limit (24576 distinct names in
    /// `http` 1.5); fields past it are dropped rather than panicking.
    #[inline]
    pub fn extend_header_map(self, map: &mut http::HeaderMap) {
        // Inline so that a response with no field or one pays no call and no
        // loop; unreachable `None`s from the conversions (see the module
        // docs) skip the field rather than abort the response.
        match self.into_count() {
            Count::None => {}
            Count::One((name, value)) => {
                if let Some((name, value)) = to_http(&name, value) {
                    let _ = map.try_append(name, value);
                }
            }
            Count::Many(headers) => headers.append_many(map),
        }
    }

    fn append_many(self, map: &mut http::HeaderMap) {
        // Reserving is only an optimisation (`try_append` reports a full
        // map), and for one field a loss: an empty map's first insert
        // allocates room for several fields anyway, while reserving one
        // would allocate and then grow.
        if self.len() > 1 {
            let _ = map.try_reserve(self.len());
        }
        for (name, value) in self {
            if let Some((name, value)) = to_http(&name, value)
                && map.try_append(name, value).is_err()
            {
                break;
            }
        }
    }

    /// Sets every field in `map`, replacing the values `map` had under the
    /// same names (a typed response's fields win over those its body set);
    /// a name repeated in `self` keeps all its values.
    ///
    /// Costs one map operation per field, like `HeaderMap::insert`: no
    /// separate removal pass.
    #[cfg(feature = "axum")]
    #[inline]
    pub(crate) fn replace_in_header_map(self, map: &mut http::HeaderMap) {
        match self.into_count() {
            Count::None => {}
            Count::One((name, value)) => {
                if let Some((name, value)) = to_http(&name, value) {
                    let _ = map.try_insert(name, value);
                }
            }
            Count::Many(headers) => headers.replace_many(map),
        }
    }

    #[cfg(feature = "axum")]
    fn replace_many(self, map: &mut http::HeaderMap) {
        let mut seen: Vec<http::HeaderName> = Vec::with_capacity(self.len());
        for (name, value) in self {
            let Some((name, value)) = to_http(&name, value) else {
                continue;
            };
            // The first value of a name replaces the body's; later ones join it.
            let done = if seen.contains(&name) {
                map.try_append(name, value).map(drop)
            } else {
                seen.push(name.clone());
                map.try_insert(name, value).map(drop)
            };
            if done.is_err() {
                break;
            }
        }
    }
}

impl From<Headers> for http::HeaderMap {
    fn from(headers: Headers) -> http::HeaderMap {
        headers.into_header_map()
    }
}

impl From<&HeaderName> for http::HeaderName {
    fn from(name: &HeaderName) -> http::HeaderName {
        // Unreachable fallback (see the module docs): a visibly wrong name
        // is better than a panic in the middle of a response.
        to_http_name(name).unwrap_or_else(|| http::HeaderName::from_static("x-invalid-header-name"))
    }
}

impl From<HeaderName> for http::HeaderName {
    fn from(name: HeaderName) -> http::HeaderName {
        http::HeaderName::from(&name)
    }
}

impl From<HeaderValue> for http::HeaderValue {
    fn from(value: HeaderValue) -> http::HeaderValue {
        // Unreachable fallback (see the module docs): an empty value is
        // better than a panic in the middle of a response.
        to_http_value(value.text).unwrap_or_else(|| http::HeaderValue::from_static(""))
    }
}

impl From<&HeaderValue> for http::HeaderValue {
    fn from(value: &HeaderValue) -> http::HeaderValue {
        http::HeaderValue::from(value.clone())
    }
}

impl TryFrom<&http::Uri> for Location {
    type Error = InvalidHeader;

    /// A location from a parsed URI. A `Uri` is always visible ASCII, so this
    /// succeeds unless `http` ever relaxes its parser.
    fn try_from(uri: &http::Uri) -> Result<Self, Self::Error> {
        Location::new(uri.to_string())
    }
}

/// The `http` name and value of a field; `None` only if the two crates
/// disagreed on what is valid.
#[inline]
fn to_http(name: &HeaderName, value: HeaderValue) -> Option<(http::HeaderName, http::HeaderValue)> {
    Some((to_http_name(name)?, to_http_value(value.text)?))
}

/// The `http` name for `name`; `None` only if the two crates disagreed on
/// what a valid name is.
#[inline]
fn to_http_name(name: &HeaderName) -> Option<http::HeaderName> {
    match &name.repr {
        NameRepr::Standard(standard) => Some(standard_to_http(*standard)),
        // A lower-case token of 1 to 65535 bytes, which `from_static`
        // accepts: no allocation, no panic.
        NameRepr::Static(name) => Some(http::HeaderName::from_static(name)),
        NameRepr::Owned(name) => http::HeaderName::from_bytes(name.as_bytes()).ok(),
    }
}

/// The `http` value for `text`; `None` only if the two crates disagreed on
/// what a valid value is.
#[inline]
fn to_http_value(text: Cow<'static, str>) -> Option<http::HeaderValue> {
    match text {
        // `http::HeaderValue::from_static` takes visible ASCII and HTAB only,
        // which is our rule minus non-ASCII bytes.
        Cow::Borrowed(text) if text.is_ascii() => Some(http::HeaderValue::from_static(text)),
        Cow::Borrowed(text) => http::HeaderValue::from_bytes(text.as_bytes()).ok(),
        // Moves the buffer into `http`'s `Bytes` without copying.
        Cow::Owned(text) => http::HeaderValue::try_from(text).ok(),
    }
}

/// The `http` constant for a standard name.
fn standard_to_http(standard: Standard) -> http::HeaderName {
    use http::header;
    match standard {
        Standard::Allow => header::ALLOW,
        Standard::CacheControl => header::CACHE_CONTROL,
        Standard::ContentLocation => header::CONTENT_LOCATION,
        Standard::ContentRange => header::CONTENT_RANGE,
        Standard::ContentType => header::CONTENT_TYPE,
        Standard::Date => header::DATE,
        Standard::ETag => header::ETAG,
        Standard::Expires => header::EXPIRES,
        Standard::Link => header::LINK,
        Standard::Location => header::LOCATION,
        Standard::ProxyAuthenticate => header::PROXY_AUTHENTICATE,
        Standard::RetryAfter => header::RETRY_AFTER,
        Standard::Upgrade => header::UPGRADE,
        Standard::Vary => header::VARY,
        Standard::WwwAuthenticate => header::WWW_AUTHENTICATE,
    }
}

#[cfg(test)]
mod tests {
    use super::super::chars::{is_tchar, is_value_byte};
    use super::super::name::MAX_LEN;
    use super::super::{Challenge, ContentRange, TypedHeader};
    use super::*;

    #[test]
    fn standard_names_map_to_http_constants() {
        let names = [
            HeaderName::ALLOW,
            HeaderName::CACHE_CONTROL,
            HeaderName::CONTENT_LOCATION,
            HeaderName::CONTENT_RANGE,
            HeaderName::CONTENT_TYPE,
            HeaderName::DATE,
            HeaderName::ETAG,
            HeaderName::EXPIRES,
            HeaderName::LINK,
            HeaderName::LOCATION,
            HeaderName::PROXY_AUTHENTICATE,
            HeaderName::RETRY_AFTER,
            HeaderName::UPGRADE,
            HeaderName::VARY,
            HeaderName::WWW_AUTHENTICATE,
        ];
        for name in names {
            let converted = http::HeaderName::from(&name);
            assert_eq!(converted.as_str(), name.as_str());
            assert_eq!(
                converted,
                http::HeaderName::from_bytes(name.as_str().as_bytes()).unwrap()
            );
        }
    }

    #[test]
    fn custom_names_convert() {
        let static_name = http::HeaderName::from(HeaderName::from_static("x-static"));
        assert_eq!(static_name.as_str(), "x-static");
        let owned = http::HeaderName::from(HeaderName::new("X-Owned").unwrap());
        assert_eq!(owned.as_str(), "x-owned");
    }

    #[test]
    fn values_convert_static_owned_and_non_ascii() {
        for value in [
            HeaderValue::from_static("no-store"),
            HeaderValue::from_static("naïve"),
            HeaderValue::new("a\tb").unwrap(),
            HeaderValue::new("ünïcode").unwrap(),
            HeaderValue::new("").unwrap(),
        ] {
            let converted = http::HeaderValue::from(&value);
            assert_eq!(converted.as_bytes(), value.as_str().as_bytes());
        }
    }

    #[test]
    fn name_rules_match_http_byte_by_byte() {
        for byte in 0..=255u8 {
            let ours = HeaderName::new(&String::from_utf8_lossy(&[byte])).is_ok();
            let theirs = http::HeaderName::from_bytes(&[byte]).is_ok();
            assert_eq!(is_tchar(byte), theirs, "byte {byte:#04x}");
            if byte.is_ascii() {
                assert_eq!(ours, theirs, "byte {byte:#04x}");
            }
        }
        let longest = "a".repeat(MAX_LEN);
        assert!(HeaderName::new(&longest).is_ok());
        assert!(http::HeaderName::from_bytes(longest.as_bytes()).is_ok());
        assert!(http::HeaderName::from_bytes("a".repeat(MAX_LEN + 1).as_bytes()).is_err());
    }

    #[test]
    fn value_rules_match_http_byte_by_byte() {
        for byte in 0..=255u8 {
            let theirs = http::HeaderValue::from_bytes(&[byte]).is_ok();
            assert_eq!(is_value_byte(byte), theirs, "byte {byte:#04x}");
        }
    }

    #[test]
    fn headers_become_a_header_map_in_order() {
        let mut headers = Headers::new();
        headers.insert_typed(&Location::from_static("/a"));
        headers.append(HeaderName::VARY, HeaderValue::from_static("accept"));
        headers.append(
            HeaderName::new("Vary").unwrap(),
            HeaderValue::new("origin").unwrap(),
        );
        headers.insert_typed(&ContentRange::unsatisfied(10));
        headers.append(
            Challenge::NAME,
            Challenge::bearer("api").unwrap().to_value(),
        );

        let map = headers.clone().into_header_map();
        assert_eq!(map.len(), 5);
        assert_eq!(map[http::header::LOCATION], "/a");
        let vary: Vec<_> = map.get_all(http::header::VARY).iter().collect();
        assert_eq!(vary, ["accept", "origin"]);
        assert_eq!(map[http::header::CONTENT_RANGE], "bytes */10");
        assert_eq!(map[http::header::WWW_AUTHENTICATE], r#"Bearer realm="api""#);
        assert_eq!(http::HeaderMap::from(headers), map);
    }

    #[test]
    fn extend_appends_to_existing_values() {
        let mut map = http::HeaderMap::new();
        map.insert(http::header::VARY, http::HeaderValue::from_static("accept"));
        let headers: Headers = [(HeaderName::VARY, HeaderValue::from_static("origin"))]
            .into_iter()
            .collect();
        headers.extend_header_map(&mut map);
        assert_eq!(map.get_all(http::header::VARY).iter().count(), 2);
    }

    #[test]
    fn an_overfull_map_drops_fields_instead_of_panicking() {
        let headers: Headers = (0..40_000)
            .map(|i| {
                (
                    HeaderName::new(&format!("x-{i}")).unwrap(),
                    HeaderValue::from_static("1"),
                )
            })
            .collect();
        let map = headers.into_header_map();
        assert!((20_000..40_000).contains(&map.len()), "{}", map.len());
    }

    #[test]
    fn locations_come_from_uris() {
        let uri: http::Uri = "https://example.com/a?b=1".parse().unwrap();
        assert_eq!(
            Location::try_from(&uri).unwrap().as_str(),
            "https://example.com/a?b=1"
        );
        let path: http::Uri = "/items/7".parse().unwrap();
        assert_eq!(
            Location::try_from(&path).unwrap(),
            Location::from_static("/items/7")
        );
    }
}
