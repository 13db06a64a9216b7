//! [`DecodeBody`]: how each body type is read back from received bytes.

use std::error::Error;
use std::fmt;

use bytes::Bytes;

use crate::response::Empty;

/// A body type that can be read back from the bytes of a received response:
/// the inverse of what the server path does with it.
///
/// Implemented for [`Empty`] (there must be no content), `String` (UTF-8),
/// `Vec<u8>` and `Bytes` (as they are), and, with the `json` feature,
/// [`Json`](crate::Json), [`Problem`](crate::Problem) and the JSON bodies of
/// axum and actix-web (through serde). The `Content-Type`
/// field is not consulted: the declared body type says how to read the
/// bytes. Implement it for your own body types:
///
/// ```
/// use responses::decode::{BodyError, DecodeBody};
///
/// /// A body of decimal digits.
/// pub struct Count(pub u64);
///
/// impl DecodeBody for Count {
///     fn decode_body(content: &bytes::Bytes) -> Result<Count, BodyError> {
///         let text = std::str::from_utf8(content).map_err(BodyError::invalid)?;
///         text.parse().map(Count).map_err(BodyError::invalid)
///     }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be read back from a response body",
    note = "write `impl responses::decode::DecodeBody for {Self}`, or declare the body as \
            `Json<{Self}>` to read it as JSON; `String`, `Vec<u8>` and `Bytes` decode as they are"
)]
pub trait DecodeBody: Sized {
    /// The body read from `content`, the whole received body.
    fn decode_body(content: &Bytes) -> Result<Self, BodyError>;

    /// The status the body itself states, if it states one: a
    /// [`Problem`](crate::Problem)'s `status` member. A response whose body
    /// states another status than its status line is refused
    /// ([`DecodeErrorKind::StatusMismatch`](crate::decode::DecodeErrorKind::StatusMismatch)).
    fn stated_status(&self) -> Option<u16> {
        None
    }
}

/// Why a body did not decode.
#[derive(Debug)]
pub struct BodyError {
    repr: Repr,
}

#[derive(Debug)]
enum Repr {
    /// Content where the body type says there is none.
    Unexpected,
    /// Content that is not a valid value of the body type.
    Invalid(Box<dyn Error + Send + Sync>),
}

impl BodyError {
    /// The content is not a valid value of the body type, for the reason
    /// `source` gives (serde's error, a UTF-8 error, ...).
    pub fn invalid(source: impl Into<Box<dyn Error + Send + Sync>>) -> BodyError {
        BodyError {
            repr: Repr::Invalid(source.into()),
        }
    }

    /// There is content, but the body type holds none.
    pub fn unexpected_content() -> BodyError {
        BodyError {
            repr: Repr::Unexpected,
        }
    }

    /// The reason, for an invalid body; `None` for unexpected content.
    pub(crate) fn into_source(self) -> Option<Box<dyn Error + Send + Sync>> {
        match self.repr {
            Repr::Unexpected => None,
            Repr::Invalid(source) => Some(source),
        }
    }
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Unexpected => f.write_str("there is content where none was expected"),
            Repr::Invalid(source) => fmt::Display::fmt(source, f),
        }
    }
}

impl Error for BodyError {}

impl DecodeBody for Empty {
    /// No content at all: a response declared without a body that carries
    /// bytes anyway is not the response the enum describes.
    fn decode_body(content: &Bytes) -> Result<Empty, BodyError> {
        if content.is_empty() {
            Ok(Empty)
        } else {
            Err(BodyError::unexpected_content())
        }
    }
}

impl DecodeBody for Bytes {
    fn decode_body(content: &Bytes) -> Result<Bytes, BodyError> {
        // Shares the buffer: no copy.
        Ok(content.clone())
    }
}

impl DecodeBody for Vec<u8> {
    fn decode_body(content: &Bytes) -> Result<Vec<u8>, BodyError> {
        Ok(content.to_vec())
    }
}

impl DecodeBody for String {
    /// UTF-8, strictly: invalid sequences are an error, not replaced.
    fn decode_body(content: &Bytes) -> Result<String, BodyError> {
        std::str::from_utf8(content)
            .map(str::to_owned)
            .map_err(BodyError::invalid)
    }
}

/// JSON through serde: the one rule every JSON body type shares.
#[cfg(feature = "json")]
pub(crate) fn json<T: serde::de::DeserializeOwned>(content: &Bytes) -> Result<T, BodyError> {
    serde_json::from_slice(content).map_err(BodyError::invalid)
}

#[cfg(feature = "json")]
impl<T: serde::de::DeserializeOwned> DecodeBody for crate::Json<T> {
    fn decode_body(content: &Bytes) -> Result<Self, BodyError> {
        json(content).map(crate::Json)
    }
}

/// A problem as sent: its `status` and `title` members are kept even when
/// they are the response's status and that status's phrase, which a
/// problem built for a typed response leaves out (they are filled in when
/// it is sent), so a client reads the title it was shown.
#[cfg(feature = "json")]
impl<E: serde::de::DeserializeOwned> DecodeBody for crate::Problem<E> {
    fn decode_body(content: &Bytes) -> Result<Self, BodyError> {
        json(content)
    }

    fn stated_status(&self) -> Option<u16> {
        self.get_status()
    }
}

#[cfg(all(feature = "json", feature = "axum"))]
impl<T: serde::de::DeserializeOwned> DecodeBody for axum::Json<T> {
    fn decode_body(content: &Bytes) -> Result<Self, BodyError> {
        json(content).map(axum::Json)
    }
}

#[cfg(all(feature = "json", feature = "actix-web"))]
impl<T: serde::de::DeserializeOwned> DecodeBody for actix_web::web::Json<T> {
    fn decode_body(content: &Bytes) -> Result<Self, BodyError> {
        json(content).map(actix_web::web::Json)
    }
}
