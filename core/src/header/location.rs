//! [`Location`]: the URI reference of a `Location` header.

use std::fmt;

use http::HeaderValue;

use super::error::{InvalidHeader, InvalidHeaderKind};
use super::rules::{Class, first_non_uri_byte, first_outside};

/// What error messages call the text given to [`Location::new`].
const FIELD: &str = "Location";

/// A URI reference for the `Location` header (RFC 9110 section 10.2.2): where
/// a redirect leads, or where a created resource lives.
///
/// It may be absolute (`https://example.com/a`) or relative (`/a?b=1`).
/// [`Location::path`] builds one from path segments and cannot fail;
/// [`Location::new`] checks text built any other way for what a URI can
/// never contain: it must be non-empty visible ASCII, so spaces, control
/// characters (CR and LF among them) and non-ASCII characters must be
/// percent-encoded by the caller.
///
/// ```
/// use responses::header::Location;
///
/// let id = 7;
/// assert_eq!(Location::path(["items", &id.to_string()]).as_str(), "/items/7");
/// assert_eq!(Location::new("/search?q=a%20b")?.as_str(), "/search?q=a%20b");
/// assert!(Location::new("/search?q=two words").is_err());
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    /// Visible ASCII only, so `to_str` always succeeds.
    value: HeaderValue,
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
            first_outside(uri.as_bytes(), Class::Uri).is_none(),
            "Location::from_static: the URI reference must be visible ASCII; percent-encode the rest"
        );
        Location {
            value: HeaderValue::from_static(uri),
        }
    }

    /// A location from a URI reference built at run time.
    ///
    /// # Errors
    ///
    /// Fails with [`InvalidHeaderKind::Empty`] on empty text and with
    /// [`InvalidHeaderKind::UriByte`] at the first space, control character
    /// or non-ASCII byte.
    // Inlined, so the location can move straight into the response instead
    // of through a returned `Result`; the refusals are out of line.
    #[inline]
    pub fn new(uri: impl Into<String>) -> Result<Location, InvalidHeader> {
        let uri = uri.into();
        if uri.is_empty() {
            return Err(refused_empty());
        }
        if let Some(index) = first_non_uri_byte(uri.as_bytes()) {
            return Err(refused_byte(&uri, index));
        }
        // Visible ASCII is a field value `http` accepts.
        match HeaderValue::try_from(uri) {
            Ok(value) => Ok(Location { value }),
            Err(_) => Err(refused_value()),
        }
    }

    /// A location read from a received field value, under the rules of
    /// [`Location::new`]; it shares the value's bytes instead of copying
    /// them (decoding reads every redirect's `Location`).
    pub(crate) fn from_received(value: &HeaderValue) -> Result<Location, InvalidHeader> {
        let bytes = value.as_bytes();
        if bytes.is_empty() {
            return Err(refused_empty());
        }
        if let Some(index) = first_non_uri_byte(bytes) {
            let kind = InvalidHeaderKind::UriByte {
                byte: bytes[index],
                index,
            };
            return Err(InvalidHeader::new(FIELD, kind));
        }
        Ok(Location {
            value: value.clone(),
        })
    }

    /// The absolute path `/segment/segment/..`, each segment
    /// percent-encoded, so any text (user names, ids, slashes, spaces,
    /// non-ASCII) lands inside its own segment. No segments give `/`.
    ///
    /// Every byte but the unreserved characters of RFC 3986 (ASCII letters,
    /// digits and `-._~`) is encoded as `%XX`. A segment that is exactly `.`
    /// or `..` is sent as `%2E` or `%2E%2E`; note that URL parsers following
    /// the WHATWG URL standard still read those as dot segments, so do not
    /// pass them unless that is meant.
    ///
    /// ```
    /// use responses::header::Location;
    ///
    /// let location = Location::path(["users", "ana maría", "a/b"]);
    /// assert_eq!(location.as_str(), "/users/ana%20mar%C3%ADa/a%2Fb");
    /// assert_eq!(Location::path([] as [&str; 0]).as_str(), "/");
    /// ```
    pub fn path<I>(segments: I) -> Location
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let mut uri = String::new();
        for segment in segments {
            uri.push('/');
            let segment = segment.as_ref();
            if segment == "." || segment == ".." {
                for _ in 0..segment.len() {
                    uri.push_str("%2E");
                }
                continue;
            }
            for &byte in segment.as_bytes() {
                if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                    uri.push(char::from(byte));
                } else {
                    push_encoded(&mut uri, byte);
                }
            }
        }
        if uri.is_empty() {
            uri.push('/');
        }
        Location {
            value: super::rules::rendered(uri),
        }
    }

    /// The URI reference.
    pub fn as_str(&self) -> &str {
        // Every constructor admits visible ASCII only.
        self.value.to_str().unwrap_or_default()
    }
}

/// Appends `%XX` for `byte`, upper-case hex as RFC 3986 recommends.
fn push_encoded(uri: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    uri.push('%');
    uri.push(char::from(HEX[usize::from(byte >> 4)]));
    uri.push(char::from(HEX[usize::from(byte & 0xf)]));
}

#[cold]
fn refused_empty() -> InvalidHeader {
    InvalidHeader::new(FIELD, InvalidHeaderKind::Empty)
}

#[cold]
fn refused_byte(uri: &str, index: usize) -> InvalidHeader {
    InvalidHeader::uri_byte(FIELD, uri, index)
}

#[cold]
fn refused_value() -> InvalidHeader {
    InvalidHeader::new(FIELD, InvalidHeaderKind::Value)
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for Location {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// The value of a `Location` field, or of a `Content-Location` field.
impl From<Location> for HeaderValue {
    fn from(location: Location) -> HeaderValue {
        location.value
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
