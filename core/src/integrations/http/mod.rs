//! Conversions between [`Status`]/[`Method`] and the `http` crate's types,
//! and every response into `http::Response`.

mod body;

use crate::fields::TypedFields;
use crate::method::UnknownMethod;
use crate::parts::IntoTypedFields;
use crate::response::{Empty, IntoHttpBody};
use crate::status::InvalidStatus;
use crate::{Method, Status};

/// Builds an `http::Response` from a status, header fields and a body: the
/// one place every conversion goes through. One typed field goes straight
/// into the map the response is made with, as a hand-written response's
/// would; a map of several replaces it.
// Always inlined: as a call, the response is built in its frame and copied
// out (section 3 of `BENCHMARKS.md`).
#[inline(always)]
#[allow(clippy::inline_always, reason = "measured: see above")]
pub(crate) fn response<B>(status: Status, fields: TypedFields, body: B) -> http::Response<B> {
    let mut response = http::Response::new(body);
    *response.status_mut() = status.into();
    match fields {
        TypedFields::None => {}
        TypedFields::One(name, value, _) => {
            // The map is new and empty: appending is inserting, without
            // looking for a value to replace and return.
            response.headers_mut().append(name.clone(), value);
        }
        TypedFields::Map(map) => *response.headers_mut() = *map,
    }
    response
}

/// [`response`] for a map of fields that is not boxed.
#[inline]
pub(crate) fn response_with_map<B>(
    status: Status,
    headers: http::HeaderMap,
    body: B,
) -> http::Response<B> {
    let mut response = http::Response::new(body);
    *response.status_mut() = status.into();
    *response.headers_mut() = headers;
    response
}

/// A typed response as an `http::Response` whose body its body becomes
/// ([`IntoHttpBody`]): one arm of a generated enum's conversion.
///
/// There is no bound on `B`. A response whose `.header()` call was refused
/// is sent as `500 Internal Server Error` without header fields, so the
/// refused bytes never reach the wire; its body is the one
/// [`IntoHttpBody::into_refused_response`] gives. An empty `B` would need
/// `B: Default` of every caller for the sake of this one error path, and
/// some bodies have no empty value: an enum whose body is the
/// `http::Response` body itself (`200(Box<Self>)` into
/// `http::Response<Box<Self>>`).
// Inlined, so the response is built where the caller keeps it (section 3
// of `BENCHMARKS.md`).
#[inline]
pub fn into_http<T, B>(typed: T) -> http::Response<B>
where
    T: IntoTypedFields,
    T::Body: IntoHttpBody<B>,
{
    match typed.__into_typed_fields() {
        (Some(fields), body) => body.__into_http_response(T::STATUS, fields),
        (None, body) => refused(body),
    }
}

/// The 500 of a response whose `.header()` call was refused.
#[cold]
fn refused<T: IntoHttpBody<B>, B>(body: T) -> http::Response<B> {
    body.into_refused_response()
}

/// A typed response without a body as an `http::Response` with an empty
/// (default) body; a refused `.header()` call makes it a bare 500.
#[inline]
pub fn into_http_empty<T, B>(typed: T) -> http::Response<B>
where
    T: IntoTypedFields<Body = Empty>,
    B: Default,
{
    into_http::<_, EmptyInto<B>>(typed).map(|EmptyInto(body)| body)
}

/// [`into_http_empty`] for an unregistered code declared without a body.
#[inline]
pub fn into_http_unregistered_empty<const CODE: u16, B: Default>(
    response: crate::response::Unregistered<CODE, Empty>,
) -> http::Response<B> {
    http::Response::from(response.map_body(|Empty| EmptyInto(B::default())))
        .map(|EmptyInto(body)| body)
}

/// `B::default()` as the conversion of [`Empty`].
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
            // Every status, registered or declared, is in 100..=599, which
            // http accepts.
            Err(_) => unreachable!("status codes are in 100..=599"),
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
    type Error = UnknownMethod;

    fn try_from(method: &http::Method) -> Result<Method, UnknownMethod> {
        method.as_str().parse()
    }
}

impl TryFrom<http::Method> for Method {
    type Error = UnknownMethod;

    fn try_from(method: http::Method) -> Result<Method, UnknownMethod> {
        Method::try_from(&method)
    }
}
