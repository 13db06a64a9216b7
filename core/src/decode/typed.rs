//! [`DecodeTyped`]: a per-status type read back from a received response,
//! and the one generic function every per-status type's impl calls.

use bytes::Bytes;
use http::{HeaderMap, HeaderName};

use super::body::DecodeBody;
use super::error::{DecodeError, DecodeErrorKind};
use super::headers::DecodeHeader;
use crate::fields::Fields;
use crate::{Status, TypedResponse};

/// A per-status type (`responses::Created<B>`, `responses::NoContent`, ...)
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
/// let (see_other, (location,)) = responses::SeeOther::decode_typed(response).unwrap();
/// assert_eq!(location, Location::from_static("/orders/7"));
/// assert_eq!(see_other, responses::SeeOther::empty(location));
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

    /// [`decode_typed`](Self::decode_typed) of any body that converts into
    /// `Bytes`, for a generated enum's `from_response`: the per-status
    /// types read the response where it lies, so a `Bytes` body is not
    /// moved into a new `http::Response` first. Not public API.
    #[doc(hidden)]
    #[inline]
    fn __decode_from<R: Into<Bytes>>(
        response: http::Response<R>,
    ) -> Result<(Self, Self::Fields), DecodeError> {
        Self::decode_typed(response.map(Into::into))
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
/// to read its required fields, and how to assemble it.
///
/// Generic in the received body, which is converted where it lies: a
/// `Bytes` body costs nothing, where building an `http::Response<Bytes>`
/// first moved the whole response (11 instructions of a decoded 201, 6 of
/// a 303; section 3 of `BENCHMARKS.md`).
#[inline]
pub(crate) fn decode<T, F, B, R>(
    response: http::Response<R>,
    status: Status,
    content_forbidden: bool,
    fields: impl FnOnce(&HeaderMap) -> Result<F, DecodeErrorKind>,
    assemble: impl FnOnce(Fields, B) -> T,
) -> Result<(T, F), DecodeError>
where
    B: DecodeBody,
    R: Into<Bytes>,
{
    let (parts, body) = response.into_parts();
    let body: Bytes = body.into();
    if parts.status != status {
        return Err(DecodeError::new(
            DecodeErrorKind::UndeclaredStatus,
            parts,
            body,
        ));
    }
    if content_forbidden && !body.is_empty() {
        return Err(DecodeError::new(
            DecodeErrorKind::ContentForbidden,
            parts,
            body,
        ));
    }
    let fields = match fields(&parts.headers) {
        Ok(fields) => fields,
        Err(kind) => return Err(DecodeError::new(kind, parts, body)),
    };
    let decoded = match B::decode_body(&body) {
        Ok(decoded) => decoded,
        Err(error) => {
            let kind = match error.into_source() {
                None => DecodeErrorKind::UnexpectedContent,
                Some(source) => DecodeErrorKind::Body {
                    expected: std::any::type_name::<B>(),
                    source,
                },
            };
            return Err(DecodeError::new(kind, parts, body));
        }
    };
    Ok((assemble(Fields::received(parts.headers), decoded), fields))
}
