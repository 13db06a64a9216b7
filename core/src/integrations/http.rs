//! The `http` feature: conversions between [`Status`]/[`Method`] and the
//! `http` crate's types, and every response into `http::Response`.

use crate::header::Headers;
use crate::{Empty, IntoHttpBody as _, InvalidStatus, Method, Status, TypedResponse};

/// Builds an `http::Response` from a status, validated header fields and a
/// body: the one place every conversion goes through.
#[inline]
pub(crate) fn response<B>(status: Status, headers: Headers, body: B) -> http::Response<B> {
    let mut response = http::Response::new(body);
    *response.status_mut() = status.into();
    headers.extend_header_map(response.headers_mut());
    response
}

/// A typed response as an `http::Response` whose body its body becomes
/// ([`IntoHttpBody`](crate::IntoHttpBody)): one arm of a generated enum's
/// conversion.
#[inline]
pub fn into_http<T, B>(typed: T) -> http::Response<B>
where
    T: TypedResponse,
    T::Body: crate::IntoHttpBody<B>,
{
    let (headers, body) = typed.into_parts();
    body.into_http_response(T::STATUS, headers)
}

/// A typed response without a body as an `http::Response` with an empty
/// (default) body: one arm of a generated enum's conversion.
#[inline]
pub fn into_http_empty<T, B>(typed: T) -> http::Response<B>
where
    T: TypedResponse<Body = Empty>,
    B: Default,
{
    let (headers, Empty) = typed.into_parts();
    response(T::STATUS, headers, B::default())
}

impl From<Status> for http::StatusCode {
    #[inline]
    fn from(status: Status) -> http::StatusCode {
        match http::StatusCode::from_u16(status.code()) {
            Ok(code) => code,
            // Every registered code is in 100..=599, which http accepts.
            Err(_) => unreachable!("registered status codes are in 100..=599"),
        }
    }
}

impl TryFrom<http::StatusCode> for Status {
    type Error = InvalidStatus;

    fn try_from(code: http::StatusCode) -> Result<Status, InvalidStatus> {
        Status::from_u16(code.as_u16())
    }
}

impl PartialEq<http::StatusCode> for Status {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

impl PartialEq<Status> for http::StatusCode {
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.code()
    }
}

impl From<Method> for http::Method {
    fn from(method: Method) -> http::Method {
        // `http` maps the standard names to its constants without
        // allocating; registered method names are all tokens, which it
        // accepts.
        http::Method::from_bytes(method.as_str().as_bytes())
            .unwrap_or_else(|_| unreachable!("registered method names are tokens"))
    }
}

impl TryFrom<&http::Method> for Method {
    type Error = crate::UnknownMethod;

    fn try_from(method: &http::Method) -> Result<Method, crate::UnknownMethod> {
        method.as_str().parse()
    }
}

impl TryFrom<http::Method> for Method {
    type Error = crate::UnknownMethod;

    fn try_from(method: http::Method) -> Result<Method, crate::UnknownMethod> {
        Method::try_from(&method)
    }
}
