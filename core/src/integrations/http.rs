//! The `http` feature: conversions between [`Status`]/[`Method`] and the
//! `http` crate's types, and every response into `http::Response`.

use crate::header::Headers;
use crate::{InvalidStatus, Method, Status};

/// Builds an `http::Response` from a status, validated header fields and a
/// body: the one place every conversion goes through.
#[inline]
pub fn response<B>(status: Status, headers: Headers, body: B) -> http::Response<B> {
    let mut response = http::Response::new(body);
    *response.status_mut() = status.into();
    headers.extend_header_map(response.headers_mut());
    response
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
        match method.as_str() {
            "GET" => http::Method::GET,
            "HEAD" => http::Method::HEAD,
            "POST" => http::Method::POST,
            "PUT" => http::Method::PUT,
            "DELETE" => http::Method::DELETE,
            "CONNECT" => http::Method::CONNECT,
            "OPTIONS" => http::Method::OPTIONS,
            "TRACE" => http::Method::TRACE,
            "PATCH" => http::Method::PATCH,
            // Registered method names are tokens, which http accepts.
            other => http::Method::from_bytes(other.as_bytes())
                .unwrap_or_else(|_| unreachable!("registered method names are tokens")),
        }
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
