//! What generated enums' decoding names (through `responses::__private`):
//! one `match` on the status whose arms call these generic functions, so
//! the expansion stays small.

use super::{DecodeError, DecodeErrorKind, DecodeTyped};

/// The body type of a received response. An alias, not a re-export, so that
/// the compiler never names `bytes::Bytes` by a path through this module in
/// its messages.
pub type Bytes = bytes::Bytes;

/// The status code to match on.
#[inline]
pub fn status_code(response: &http::Response<Bytes>) -> u16 {
    response.status().as_u16()
}

/// A derive-form arm: the variant holds the typed header values and the
/// body, which `variant` takes from the per-status type and its fields.
#[inline]
pub fn decode_fields<T: DecodeTyped, E>(
    response: http::Response<Bytes>,
    variant: impl FnOnce(T, T::Fields) -> E,
) -> Result<E, DecodeError> {
    T::__decode_with(response, variant)
}

/// Whether an included set declares `code`: the guard of its arm.
#[inline]
pub fn declares(statuses: &[crate::Status], code: u16) -> bool {
    statuses.iter().any(|status| status.code() == code)
}

/// Whether an included set has a range of `code`'s class: the guard of its
/// range arm, after every named status of the enum and its sets.
#[inline]
pub fn in_ranges(ranges: &[crate::status::StatusClass], code: u16) -> bool {
    crate::status::StatusClass::of(code).is_some_and(|class| ranges.contains(&class))
}

/// An included set's arm: the set decodes the response itself.
#[inline]
pub fn decode_set<'a, S: crate::included::IncludedDecode<'a>, E>(
    response: http::Response<Bytes>,
    variant: impl FnOnce(S) -> E,
) -> Result<E, DecodeError> {
    S::decode(response).map(variant)
}

/// The last arm: a status the enum does not declare.
#[cold]
pub fn undeclared<E>(response: http::Response<Bytes>) -> Result<E, DecodeError> {
    Err(DecodeError::new(
        DecodeErrorKind::UndeclaredStatus,
        response,
    ))
}

/// `from_reqwest` of a generated enum.
#[cfg(feature = "reqwest")]
pub async fn from_reqwest<T: super::Decode>(response: reqwest::Response) -> Result<T, DecodeError> {
    T::from_reqwest(response).await
}

/// An attribute-form arm: the per-status type `T` read from the response,
/// then made the enum's variant by the enum's `From<T>`.
#[inline]
pub fn decode_into<T: DecodeTyped, E: From<T>>(
    response: http::Response<Bytes>,
) -> Result<E, DecodeError> {
    T::__decode_with(response, |typed, _| E::from(typed))
}

/// A range variant's arm (`4XX(Problem)`): any registered status of the
/// class that the enum does not name (those arms come first), the body
/// decoded as declared. An unregistered code, or one whose content is
/// forbidden, is not the range's.
#[inline]
pub fn decode_range<const CLASS: u8, B: super::DecodeBody, E>(
    response: http::Response<Bytes>,
    variant: impl FnOnce(crate::response::Ranged<CLASS, B>) -> E,
) -> Result<E, DecodeError> {
    let status = match crate::Status::from_u16(status_code(&response)) {
        Ok(status) if crate::response::Ranged::<CLASS, B>::check(status).is_ok() => status,
        _ => return undeclared(response),
    };
    super::decode::<_, (), B>(
        response,
        status,
        false,
        |_| Ok(()),
        |fields, body, ()| variant(crate::response::Ranged::received(status, fields, body)),
    )
}

/// An unregistered code's arm (`custom 499("Client Closed Request")(Problem)`):
/// the declared status, the body decoded as declared.
#[inline]
pub fn decode_unregistered<const CODE: u16, B: super::DecodeBody, E>(
    response: http::Response<Bytes>,
    status: crate::Status,
    variant: impl FnOnce(crate::response::Unregistered<CODE, B>) -> E,
) -> Result<E, DecodeError> {
    super::decode::<_, (), B>(
        response,
        status,
        false,
        |_| Ok(()),
        |fields, body, ()| {
            variant(crate::response::Unregistered::received(
                status, fields, body,
            ))
        },
    )
}

/// An attribute-form arm of a status with declared header fields: each
/// field checked (present and valid, or absent and valid when optional),
/// then the per-status type read as [`decode_into`] does.
#[inline]
pub fn decode_declared<T: DecodeTyped, E: From<T>>(
    response: http::Response<Bytes>,
    checks: &[crate::header::declared::FieldCheck],
) -> Result<E, DecodeError> {
    // The status is checked first, so that a response of another status is
    // refused for that and not for a field it need not carry.
    if response.status() == T::STATUS {
        for check in checks {
            if let Err(kind) = check(response.headers()) {
                return Err(DecodeError::new(kind, response));
            }
        }
    }
    decode_into(response)
}

/// A derive-form arm of a status with declared header fields: the fields
/// read (`declared`, which fails as the checks of [`decode_declared`] do),
/// then the per-status type read as [`decode_fields`] does, and the variant
/// made of both.
#[inline]
pub fn decode_fields_declared<T: DecodeTyped, D, E>(
    response: http::Response<Bytes>,
    declared: impl FnOnce(&http::HeaderMap) -> Result<D, DecodeErrorKind>,
    variant: impl FnOnce(T, T::Fields, D) -> E,
) -> Result<E, DecodeError> {
    let declared = match declared(response.headers()) {
        Ok(declared) => declared,
        Err(kind) => return Err(DecodeError::new(kind, response)),
    };
    T::__decode_with(response, |typed, fields| variant(typed, fields, declared))
}
