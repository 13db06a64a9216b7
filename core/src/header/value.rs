//! [`HeaderValue`]: a validated field value.

use std::borrow::Cow;
use std::fmt;

use super::chars::{find_non_value_byte, first_non_value_byte};
use super::error::InvalidHeader;

/// What error messages call the text given to [`HeaderValue::new`].
const FIELD: &str = "header value";

/// A header field value (RFC 9110 section 5.5) that cannot smuggle in another
/// header: it never contains CR, LF, NUL or any other control character
/// except horizontal tab.
///
/// ```
/// use responses::header::HeaderValue;
///
/// let value = HeaderValue::new(format!("id-{}", 42))?;
/// assert_eq!(value.as_str(), "id-42");
/// assert!(HeaderValue::new("a\r\nSet-Cookie: x=1").is_err());
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct HeaderValue {
    // Borrowed for `from_static` and typed values built from literals, so
    // those need no allocation; `Cow` compares and hashes by text.
    pub(super) text: Cow<'static, str>,
}

impl HeaderValue {
    /// A value from a string literal, checked at compile time in a `const`.
    ///
    /// ```
    /// use responses::header::HeaderValue;
    ///
    /// const NO_STORE: HeaderValue = HeaderValue::from_static("no-store");
    /// assert_eq!(NO_STORE.as_str(), "no-store");
    /// ```
    ///
    /// # Panics
    ///
    /// Panics if `value` contains a control character other than horizontal
    /// tab. This is meant for literals, where the panic is a compile error in
    /// a `const`; use [`HeaderValue::new`] for anything else.
    pub const fn from_static(value: &'static str) -> HeaderValue {
        assert!(
            find_non_value_byte(value.as_bytes()).is_none(),
            "HeaderValue::from_static: a header value cannot contain CR, LF or other control characters"
        );
        HeaderValue {
            text: Cow::Borrowed(value),
        }
    }

    /// A value from any text without control characters.
    ///
    /// # Errors
    ///
    /// Fails with [`InvalidHeaderKind::Byte`](super::InvalidHeaderKind::Byte)
    /// at the first control character (CR, LF, NUL, DEL, ...); horizontal tab
    /// is allowed.
    pub fn new(value: impl Into<String>) -> Result<HeaderValue, InvalidHeader> {
        let value = value.into();
        match first_non_value_byte(value.as_bytes()) {
            Some(index) => Err(InvalidHeader::byte(FIELD, &value, index)),
            None => Ok(HeaderValue {
                text: Cow::Owned(value),
            }),
        }
    }

    /// Wraps text that a typed header has already validated (it is built only
    /// from checked parts), so it is not scanned a second time.
    pub(crate) fn from_validated(text: impl Into<Cow<'static, str>>) -> HeaderValue {
        let text = text.into();
        debug_assert!(
            find_non_value_byte(text.as_bytes()).is_none(),
            "unvalidated header value {text:?}"
        );
        HeaderValue { text }
    }

    /// The value as text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for HeaderValue {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for HeaderValue {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for HeaderValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("HeaderValue").field(&self.as_str()).finish()
    }
}

impl fmt::Display for HeaderValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for HeaderValue {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl TryFrom<&str> for HeaderValue {
    type Error = InvalidHeader;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        HeaderValue::new(value)
    }
}

impl TryFrom<String> for HeaderValue {
    type Error = InvalidHeader;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        HeaderValue::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::super::InvalidHeaderKind;
    use super::*;

    fn kind(value: &str) -> InvalidHeaderKind {
        HeaderValue::new(value).unwrap_err().kind().clone()
    }

    #[test]
    fn accepts_text_tabs_and_non_ascii() {
        for text in [
            "",
            "text/html; charset=utf-8",
            "a\tb",
            "naïve",
            "\"quoted\"",
        ] {
            assert_eq!(HeaderValue::new(text).unwrap().as_str(), text);
        }
        assert_eq!(HeaderValue::try_from("x").unwrap(), "x");
        assert_eq!(
            HeaderValue::try_from(String::from("y"))
                .unwrap()
                .to_string(),
            "y"
        );
        assert_eq!(
            HeaderValue::from_static("z"),
            HeaderValue::new("z").unwrap()
        );
    }

    #[test]
    fn refuses_control_characters_with_their_index() {
        assert_eq!(
            kind("abcd\rx"),
            InvalidHeaderKind::Byte {
                byte: b'\r',
                index: 4
            }
        );
        assert_eq!(
            kind("a\nb"),
            InvalidHeaderKind::Byte {
                byte: b'\n',
                index: 1
            }
        );
        assert_eq!(kind("\0"), InvalidHeaderKind::Byte { byte: 0, index: 0 });
        assert_eq!(
            kind("ab\x7f"),
            InvalidHeaderKind::Byte {
                byte: 0x7f,
                index: 2
            }
        );
        assert_eq!(
            kind("é\x1b"),
            InvalidHeaderKind::Byte {
                byte: 0x1b,
                index: 2
            }
        );
        let error = HeaderValue::try_from(String::from("1\r\nSet-Cookie: a=b")).unwrap_err();
        assert_eq!(error.field(), "header value");
        assert!(error.to_string().contains("0x0d (CR) at index 1"));
    }

    #[test]
    #[should_panic(expected = "control characters")]
    fn from_static_refuses_line_breaks() {
        let _ = HeaderValue::from_static("a\nb");
    }
}
