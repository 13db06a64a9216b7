//! [`DecodeTyped`]: a per-status type read back from a received response,
//! and the one generic function every per-status type's impl calls.

use bytes::Bytes;
use http::{HeaderMap, HeaderName};

use super::body::DecodeBody;
use super::error::{DecodeError, DecodeErrorKind};
use crate::Status;
use crate::fields::Fields;
use crate::header::read::DecodeHeader;
use crate::response::TypedResponse;

/// A per-status type (`responses::response::Created<B>`, `responses::response::NoContent`, ...)
/// read back from a received response of its status.
///
/// Every per-status type implements it, for every body type that
/// implements [`DecodeBody`]. Generated enums use it for their variants;
/// call it directly to decode a response that has one possible status.
///
/// ```
/// use responses::decode::DecodeTyped;
/// use responses::header::Location;
///
/// let response = http::Response::builder()
///     .status(303)
///     .header("location", "/orders/7")
///     .body(bytes::Bytes::new())
///     .unwrap();
/// let (see_other, (location,)) = responses::response::SeeOther::decode_typed(response).unwrap();
/// assert_eq!(location, Location::from_static("/orders/7"));
/// assert_eq!(see_other, responses::response::SeeOther::empty(location));
/// ```
pub trait DecodeTyped: TypedResponse + Sized {
    /// The typed values of the header fields the status's constructor
    /// takes, in order: `(Location,)` for a 303, `()` for a 200.
    type Fields;

    /// The response and the typed values of its required header fields.
    ///
    /// # Errors
    ///
    /// Fails if the status is not this type's (as
    /// [`UndeclaredStatus`](DecodeErrorKind::UndeclaredStatus)), if a
    /// required header field is missing or invalid, or if the body does not
    /// decode.
    fn decode_typed(response: http::Response<Bytes>) -> Result<(Self, Self::Fields), DecodeError>;

    /// [`decode_typed`](Self::decode_typed) with `make` applied where the
    /// response is read, for a generated enum's arm, which makes its
    /// variant: mapping the result afterwards tested again whether it is
    /// an error. Not public API.
    #[doc(hidden)]
    #[inline]
    fn __decode_with<T>(
        response: http::Response<Bytes>,
        make: impl FnOnce(Self, Self::Fields) -> T,
    ) -> Result<T, DecodeError> {
        Self::decode_typed(response).map(|(typed, fields)| make(typed, fields))
    }
}

/// The typed value of the required field `name`: every line of it must
/// be valid.
#[inline]
pub(crate) fn field<T: DecodeHeader>(
    headers: &HeaderMap,
    name: &HeaderName,
) -> Result<T, DecodeErrorKind> {
    let mut lines = headers.get_all(name).iter().peekable();
    if lines.peek().is_none() {
        return Err(DecodeErrorKind::MissingHeader { name: name.clone() });
    }
    T::decode_lines(lines).map_err(|source| DecodeErrorKind::InvalidHeader {
        name: name.clone(),
        source,
    })
}

/// What every per-status type's [`DecodeTyped`] impl does, its own parts
/// passed in: the status it has, whether that status forbids content, how
/// to read its required fields, and what to make of the received fields,
/// the decoded body and the typed field values (the per-status type and its
/// values for `decode_typed`, an enum's variant for `__decode_with`).
#[inline]
pub(crate) fn decode<T, F, B>(
    response: http::Response<Bytes>,
    status: Status,
    content_forbidden: bool,
    fields: impl FnOnce(&HeaderMap) -> Result<F, DecodeErrorKind>,
    assemble: impl FnOnce(Fields, B, F) -> T,
) -> Result<T, DecodeError>
where
    B: DecodeBody,
{
    if response.status() != status {
        return Err(DecodeError::new(
            DecodeErrorKind::UndeclaredStatus,
            response,
        ));
    }
    if content_forbidden && !response.body().is_empty() {
        return Err(DecodeError::new(
            DecodeErrorKind::ContentForbidden,
            response,
        ));
    }
    let fields = match fields(response.headers()) {
        Ok(fields) => fields,
        Err(kind) => return Err(DecodeError::new(kind, response)),
    };
    let body = match B::decode_body(response.body()) {
        Ok(body) => body,
        Err(error) => {
            let kind = match error.into_source() {
                None => DecodeErrorKind::UnexpectedContent,
                Some(source) => DecodeErrorKind::Body {
                    expected: std::any::type_name::<B>(),
                    source,
                },
            };
            return Err(DecodeError::new(kind, response));
        }
    };
    if let Some(stated) = body.stated_status()
        && stated != response.status().as_u16()
    {
        let kind = DecodeErrorKind::StatusMismatch { stated };
        return Err(DecodeError::new(kind, response));
    }
    let (parts, _) = response.into_parts();
    Ok(assemble(Fields::received(parts.headers), body, fields))
}
