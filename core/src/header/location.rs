//! [`Location`]: the URI reference of a `Location` header.

use std::borrow::Cow;
use std::fmt;

use super::chars::{find_non_uri_byte, first_non_uri_byte};
use super::error::{InvalidHeader, InvalidHeaderKind};
use super::{HeaderName, HeaderValue, TypedHeader};

/// What error messages call the text given to [`Location::new`].
const FIELD: &str = "Location";

/// A URI reference for the `Location` header (RFC 9110 section 10.2.2): where
/// a redirect leads, or where a created resource lives.
///
/// It may be absolute (`https://example.com/a`) or relative (`/a?b=1`). It is
/// checked only for what a URI can never contain: it must be non-empty
/// visible ASCII, so spaces and non-ASCII characters must be percent-encoded
/// by the caller. That also rules out CR and LF.
///
/// ```
/// use responses::header::Location;
///
/// let id = 7;
/// let location = Location::new(format!("/items/{id}"))?;
/// assert_eq!(location.as_str(), "/items/7");
/// assert!(Location::new("/search?q=two words").is_err());
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    uri: Cow<'static, str>,
}

impl Location {
    /// A location from a string literal, checked at compile time in a `const`.
    ///
    /// ```
    /// use responses::header::Location;
    ///
    /// const LOGIN: Location = Location::from_static("/login");
    /// assert_eq!(LOGIN.as_str(), "/login");
    /// ```
    ///
    /// # Panics
    ///
    /// Panics if `uri` is empty or contains a byte other than visible ASCII
    /// (0x21 to 0x7E). This is meant for literals, where the panic is a
    /// compile error in a `const`; use [`Location::new`] for anything else.
    pub const fn from_static(uri: &'static str) -> Location {
        assert!(
            !uri.is_empty(),
            "Location::from_static: the URI reference must not be empty"
        );
        assert!(
            find_non_uri_byte(uri.as_bytes()).is_none(),
            "Location::from_static: the URI reference must be visible ASCII; percent-encode the rest"
        );
        Location {
            uri: Cow::Borrowed(uri),
        }
    }

    /// A location from a URI reference built at run time.
    ///
    /// # Errors
    ///
    /// Fails with [`InvalidHeaderKind::Empty`] on empty text and with
    /// [`InvalidHeaderKind::UriByte`] at the first space, control character
    /// or non-ASCII byte.
    pub fn new(uri: impl Into<String>) -> Result<Location, InvalidHeader> {
        let uri = uri.into();
        if uri.is_empty() {
            return Err(InvalidHeader::new(FIELD, InvalidHeaderKind::Empty));
        }
        if let Some(index) = first_non_uri_byte(uri.as_bytes()) {
            return Err(InvalidHeader::uri_byte(FIELD, &uri, index));
        }
        Ok(Location {
            uri: Cow::Owned(uri),
        })
    }

    /// The URI reference.
    pub fn as_str(&self) -> &str {
        &self.uri
    }

    /// The header value; the same value also serves `Content-Location`.
    pub fn to_value(&self) -> HeaderValue {
        // Visible ASCII is a subset of what a header value allows.
        HeaderValue::from_validated(self.uri.clone())
    }
}

impl TypedHeader for Location {
    const NAME: HeaderName = HeaderName::LOCATION;

    fn to_value(&self) -> HeaderValue {
        Location::to_value(self)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.uri)
    }
}

impl AsRef<str> for Location {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<Location> for HeaderValue {
    fn from(location: Location) -> HeaderValue {
        HeaderValue::from_validated(location.uri)
    }
}

impl TryFrom<&str> for Location {
    type Error = InvalidHeader;

    fn try_from(uri: &str) -> Result<Self, Self::Error> {
        Location::new(uri)
    }
}

impl TryFrom<String> for Location {
    type Error = InvalidHeader;

    fn try_from(uri: String) -> Result<Self, Self::Error> {
        Location::new(uri)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(uri: &str) -> InvalidHeaderKind {
        Location::new(uri).unwrap_err().kind().clone()
    }

    #[test]
    fn accepts_absolute_and_relative_references() {
        for uri in [
            "https://example.com/a?b=1#c",
            "/items/7",
            "../up",
            "?q=%20x",
        ] {
            let location = Location::new(uri).unwrap();
            assert_eq!(location.as_str(), uri);
            assert_eq!(location.to_string(), uri);
            assert_eq!(HeaderValue::from(location).as_str(), uri);
        }
        assert_eq!(
            Location::try_from("/a").unwrap(),
            Location::from_static("/a")
        );
        assert_eq!(
            Location::try_from(String::from("/b")).unwrap().to_value(),
            "/b"
        );
    }

    #[test]
    fn refuses_injection_bytes_with_their_index() {
        assert_eq!(
            kind("/abc\r\nSet-Cookie: a=b"),
            InvalidHeaderKind::UriByte {
                byte: b'\r',
                index: 4
            }
        );
        assert_eq!(
            kind("/a\nb"),
            InvalidHeaderKind::UriByte {
                byte: b'\n',
                index: 2
            }
        );
        assert_eq!(
            kind("/\0"),
            InvalidHeaderKind::UriByte { byte: 0, index: 1 }
        );
        assert_eq!(
            kind("/x\x7f"),
            InvalidHeaderKind::UriByte {
                byte: 0x7f,
                index: 2
            }
        );
        assert_eq!(
            kind("/a b"),
            InvalidHeaderKind::UriByte {
                byte: b' ',
                index: 2
            }
        );
        assert_eq!(
            kind("/a\tb"),
            InvalidHeaderKind::UriByte {
                byte: b'\t',
                index: 2
            }
        );
        assert_eq!(
            kind("/café"),
            InvalidHeaderKind::UriByte {
                byte: 0xc3,
                index: 4
            }
        );
        assert_eq!(kind(""), InvalidHeaderKind::Empty);
    }

    #[test]
    fn error_tells_to_percent_encode() {
        let error = Location::new("/a b").unwrap_err();
        assert_eq!(error.field(), "Location");
        assert_eq!(
            error.to_string(),
            "invalid Location: byte 0x20 (space) at index 2 is not allowed in a URI reference; \
             percent-encode spaces, control characters and non-ASCII characters"
        );
    }

    #[test]
    fn is_a_typed_header_without_allocation_for_literals() {
        const HOME: Location = Location::from_static("/");
        assert_eq!(Location::NAME, HeaderName::LOCATION);
        assert!(matches!(
            TypedHeader::to_value(&HOME).text,
            Cow::Borrowed("/")
        ));
    }

    #[test]
    #[should_panic(expected = "visible ASCII")]
    fn from_static_refuses_spaces() {
        let _ = Location::from_static("/a b");
    }
}
