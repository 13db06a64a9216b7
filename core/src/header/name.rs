//! [`HeaderName`]: a validated, lower-case field name.

use std::fmt;
use std::hash::{Hash, Hasher};

use super::chars::find_non_tchar;
use super::error::{InvalidHeader, InvalidHeaderKind};
use super::standard::Standard;

/// What error messages call the text given to [`HeaderName::new`].
const FIELD: &str = "header name";

/// The longest name accepted, in bytes: the `http` crate's limit, so every
/// `HeaderName` converts to an `http::HeaderName`.
pub(crate) const MAX_LEN: usize = u16::MAX as usize;

/// A header field name: a token (RFC 9110 section 5.1), stored lower-case.
///
/// Field names are case-insensitive; storing them lower-case makes equality
/// plain string equality and matches what HTTP/2 and HTTP/3 put on the wire.
///
/// ```
/// use responses::header::HeaderName;
///
/// let name = HeaderName::new("X-Request-Id")?;
/// assert_eq!(name.as_str(), "x-request-id");
/// assert_eq!(HeaderName::new("Location")?, HeaderName::LOCATION);
/// assert!(HeaderName::new("bad name").is_err());
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone)]
pub struct HeaderName {
    pub(super) repr: NameRepr,
}

/// Where the text of a [`HeaderName`] lives; constants never allocate.
#[derive(Clone)]
pub(super) enum NameRepr {
    /// One of the associated constants (or the same text given at run time).
    Standard(Standard),
    /// A validated lower-case `&'static str` from [`HeaderName::from_static`].
    Static(&'static str),
    /// A validated lower-case name built at run time.
    Owned(Box<str>),
}

impl HeaderName {
    /// `Allow`: the methods the target resource supports (RFC 9110 section 10.2.1).
    pub const ALLOW: HeaderName = HeaderName::standard(Standard::Allow);
    /// `Cache-Control`: caching directives (RFC 9111 section 5.2).
    pub const CACHE_CONTROL: HeaderName = HeaderName::standard(Standard::CacheControl);
    /// `Content-Location`: a URI for the enclosed representation (RFC 9110 section 8.7).
    pub const CONTENT_LOCATION: HeaderName = HeaderName::standard(Standard::ContentLocation);
    /// `Content-Range`: which part of a representation is enclosed (RFC 9110 section 14.4).
    pub const CONTENT_RANGE: HeaderName = HeaderName::standard(Standard::ContentRange);
    /// `Content-Type`: the media type of the content (RFC 9110 section 8.3).
    pub const CONTENT_TYPE: HeaderName = HeaderName::standard(Standard::ContentType);
    /// `Date`: when the message was generated (RFC 9110 section 6.6.1).
    pub const DATE: HeaderName = HeaderName::standard(Standard::Date);
    /// `ETag`: the entity tag of the selected representation (RFC 9110 section 8.8.3).
    pub const ETAG: HeaderName = HeaderName::standard(Standard::ETag);
    /// `Expires`: when the response becomes stale (RFC 9111 section 5.3).
    pub const EXPIRES: HeaderName = HeaderName::standard(Standard::Expires);
    /// `Link`: typed links to other resources (RFC 8288 section 3).
    pub const LINK: HeaderName = HeaderName::standard(Standard::Link);
    /// `Location`: a redirect target or a created resource (RFC 9110 section 10.2.2).
    pub const LOCATION: HeaderName = HeaderName::standard(Standard::Location);
    /// `Proxy-Authenticate`: challenges from a proxy (RFC 9110 section 11.7.1).
    pub const PROXY_AUTHENTICATE: HeaderName = HeaderName::standard(Standard::ProxyAuthenticate);
    /// `Retry-After`: how long to wait before a new request (RFC 9110 section 10.2.3).
    pub const RETRY_AFTER: HeaderName = HeaderName::standard(Standard::RetryAfter);
    /// `Upgrade`: protocols to switch to (RFC 9110 section 7.8).
    pub const UPGRADE: HeaderName = HeaderName::standard(Standard::Upgrade);
    /// `Vary`: request headers that selected the representation (RFC 9110 section 12.5.5).
    pub const VARY: HeaderName = HeaderName::standard(Standard::Vary);
    /// `WWW-Authenticate`: challenges from the origin server (RFC 9110 section 11.6.1).
    pub const WWW_AUTHENTICATE: HeaderName = HeaderName::standard(Standard::WwwAuthenticate);

    const fn standard(standard: Standard) -> HeaderName {
        HeaderName {
            repr: NameRepr::Standard(standard),
        }
    }

    /// A name from a string literal, checked at compile time in a `const`.
    ///
    /// ```
    /// use responses::header::HeaderName;
    ///
    /// const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
    /// assert_eq!(REQUEST_ID.as_str(), "x-request-id");
    /// ```
    ///
    /// # Panics
    ///
    /// Panics if `name` is empty, longer than 65535 bytes, or not a
    /// lower-case token. This is meant for literals, where the panic is a
    /// compile error in a `const`; use [`HeaderName::new`] for anything else.
    pub const fn from_static(name: &'static str) -> HeaderName {
        let bytes = name.as_bytes();
        if let Some(standard) = Standard::find(bytes) {
            return HeaderName::standard(standard);
        }
        assert!(
            !bytes.is_empty() && bytes.len() <= MAX_LEN,
            "HeaderName::from_static: a header name must be 1 to 65535 bytes long"
        );
        assert!(
            find_non_tchar(bytes).is_none(),
            "HeaderName::from_static: a header name must be a token (RFC 9110 section 5.6.2)"
        );
        let mut i = 0;
        while i < bytes.len() {
            assert!(
                !bytes[i].is_ascii_uppercase(),
                "HeaderName::from_static: the name must be lower-case"
            );
            i += 1;
        }
        HeaderName {
            repr: NameRepr::Static(name),
        }
    }

    /// A name from text in any case; it is stored lower-case.
    ///
    /// # Errors
    ///
    /// Fails if `name` is empty, longer than 65535 bytes, or contains a byte
    /// that is not a token character (a space, a colon, CR, LF, ...).
    pub fn new(name: &str) -> Result<HeaderName, InvalidHeader> {
        if let Some(standard) = Standard::find_ignore_case(name) {
            return Ok(HeaderName::standard(standard));
        }
        validate(name)?;
        Ok(HeaderName {
            repr: NameRepr::Owned(name.to_ascii_lowercase().into_boxed_str()),
        })
    }

    /// Like [`HeaderName::new`], reusing the allocation of `name`.
    fn from_string(mut name: String) -> Result<HeaderName, InvalidHeader> {
        if let Some(standard) = Standard::find_ignore_case(&name) {
            return Ok(HeaderName::standard(standard));
        }
        validate(&name)?;
        name.make_ascii_lowercase();
        Ok(HeaderName {
            repr: NameRepr::Owned(name.into_boxed_str()),
        })
    }

    /// The name, lower-case.
    pub fn as_str(&self) -> &str {
        match &self.repr {
            NameRepr::Standard(standard) => standard.as_str(),
            NameRepr::Static(name) => name,
            NameRepr::Owned(name) => name,
        }
    }
}

/// Checks that `text` is a non-empty token (RFC 9110 section 5.6.2): a
/// header name, an auth scheme or parameter name. Errors are about `field`.
pub(super) fn check_token(field: &'static str, text: &str) -> Result<(), InvalidHeader> {
    if text.is_empty() {
        return Err(InvalidHeader::new(field, InvalidHeaderKind::Empty));
    }
    match find_non_tchar(text.as_bytes()) {
        Some(index) => Err(InvalidHeader::token(field, text, index)),
        None => Ok(()),
    }
}

/// Checks that `name` is a token the `http` crate accepts too.
fn validate(name: &str) -> Result<(), InvalidHeader> {
    check_token(FIELD, name)?;
    if name.len() > MAX_LEN {
        return Err(InvalidHeader::new(
            FIELD,
            InvalidHeaderKind::TooLong {
                len: name.len(),
                max: MAX_LEN,
            },
        ));
    }
    Ok(())
}

// Equality and hashing go by the text: `from_static("x-a")` equals `new("X-A")`
// although one is borrowed and the other owned.
impl PartialEq for HeaderName {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for HeaderName {}

impl PartialEq<str> for HeaderName {
    /// Compares ignoring case, as field names are case-insensitive.
    fn eq(&self, other: &str) -> bool {
        self.as_str().eq_ignore_ascii_case(other)
    }
}

impl PartialEq<&str> for HeaderName {
    /// Compares ignoring case, as field names are case-insensitive.
    fn eq(&self, other: &&str) -> bool {
        self.as_str().eq_ignore_ascii_case(other)
    }
}

impl Hash for HeaderName {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for HeaderName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("HeaderName").field(&self.as_str()).finish()
    }
}

impl fmt::Display for HeaderName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for HeaderName {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl TryFrom<&str> for HeaderName {
    type Error = InvalidHeader;

    fn try_from(name: &str) -> Result<Self, Self::Error> {
        HeaderName::new(name)
    }
}

impl TryFrom<String> for HeaderName {
    type Error = InvalidHeader;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        HeaderName::from_string(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(name: &str) -> InvalidHeaderKind {
        HeaderName::new(name).unwrap_err().kind().clone()
    }

    #[test]
    fn stores_lower_case_and_compares_by_text() {
        let name = HeaderName::new("X-Request-ID").unwrap();
        assert_eq!(name.as_str(), "x-request-id");
        assert_eq!(name, HeaderName::from_static("x-request-id"));
        assert_eq!(name, "X-REQUEST-ID");
        assert_eq!(name.to_string(), "x-request-id");
        assert_eq!(format!("{name:?}"), r#"HeaderName("x-request-id")"#);
        let owned = HeaderName::try_from(String::from("X-Mixed")).unwrap();
        assert_eq!(owned.as_str(), "x-mixed");
    }

    #[test]
    fn standard_names_are_recognised_in_any_form() {
        assert_eq!(HeaderName::new("LOCATION").unwrap(), HeaderName::LOCATION);
        assert!(matches!(
            HeaderName::new("Location").unwrap().repr,
            NameRepr::Standard(_)
        ));
        assert!(matches!(
            HeaderName::from_static("etag").repr,
            NameRepr::Standard(_)
        ));
        assert_eq!(HeaderName::WWW_AUTHENTICATE.as_str(), "www-authenticate");
        assert_eq!(HeaderName::ETAG.as_str(), "etag");
    }

    #[test]
    fn equal_names_hash_equally() {
        use std::collections::HashSet;
        let set: HashSet<HeaderName> = [
            HeaderName::from_static("x-a"),
            HeaderName::new("X-A").unwrap(),
        ]
        .into_iter()
        .collect();
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn refuses_injection_bytes_with_their_index() {
        assert_eq!(
            kind("x-a\r\nb"),
            InvalidHeaderKind::Token {
                byte: b'\r',
                index: 3
            }
        );
        assert_eq!(
            kind("x\nb"),
            InvalidHeaderKind::Token {
                byte: b'\n',
                index: 1
            }
        );
        assert_eq!(kind("ab\0"), InvalidHeaderKind::Token { byte: 0, index: 2 });
        assert_eq!(
            kind("a\x7f"),
            InvalidHeaderKind::Token {
                byte: 0x7f,
                index: 1
            }
        );
        assert_eq!(
            kind("a b"),
            InvalidHeaderKind::Token {
                byte: b' ',
                index: 1
            }
        );
        assert_eq!(
            kind("a:b"),
            InvalidHeaderKind::Token {
                byte: b':',
                index: 1
            }
        );
        assert_eq!(
            kind("é"),
            InvalidHeaderKind::Token {
                byte: 0xc3,
                index: 0
            }
        );
        assert_eq!(
            HeaderName::try_from(String::from("a\rb"))
                .unwrap_err()
                .field(),
            "header name"
        );
    }

    #[test]
    fn refuses_empty_and_overlong_names() {
        assert_eq!(kind(""), InvalidHeaderKind::Empty);
        assert!(HeaderName::new(&"a".repeat(MAX_LEN)).is_ok());
        assert_eq!(
            kind(&"a".repeat(MAX_LEN + 1)),
            InvalidHeaderKind::TooLong {
                len: MAX_LEN + 1,
                max: MAX_LEN
            }
        );
    }

    #[test]
    #[should_panic(expected = "lower-case")]
    fn from_static_refuses_upper_case() {
        let _ = HeaderName::from_static("X-Upper");
    }

    #[test]
    #[should_panic(expected = "token")]
    fn from_static_refuses_non_tokens() {
        let _ = HeaderName::from_static("x-a\r\n");
    }
}
