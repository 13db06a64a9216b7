//! Conversions between [`Status`]/[`Method`] and the `http` crate's types,
//! and every response into `http::Response`.

use crate::{Empty, InvalidStatus, Method, Status, TypedResponse};

/// A typed response as an `http::Response` whose body its body converts
/// into: the one path every conversion goes through.
///
/// A response whose `.header()` call was refused becomes a bare
/// `500 Internal Server Error`: no header fields and `B::default()` as the
/// body, so neither the refused bytes nor the intended body are sent.
#[inline]
pub fn into_http<T, B>(typed: T) -> http::Response<B>
where
    T: TypedResponse,
    T::Body: Into<B>,
    B: Default,
{
    if let Ok((headers, body)) = typed.__into_fields() {
        let mut response = http::Response::new(body.into());
        *response.status_mut() = T::STATUS.into();
        if let Some(headers) = headers {
            *response.headers_mut() = headers;
        }
        response
    } else {
        let mut response = http::Response::new(B::default());
        *response.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
        response
    }
}

/// A typed response without a body as an `http::Response` with an empty
/// (default) body.
#[inline]
pub fn into_http_empty<T, B>(typed: T) -> http::Response<B>
where
    T: TypedResponse<Body = Empty>,
    B: Default,
{
    into_http::<_, EmptyInto<B>>(typed).map(|EmptyInto(body)| body)
}

/// `B::default()` as the conversion of [`Empty`].
#[derive(Default)]
struct EmptyInto<B>(B);

impl<B: Default> From<Empty> for EmptyInto<B> {
    #[inline]
    fn from(Empty: Empty) -> Self {
        EmptyInto(B::default())
    }
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
