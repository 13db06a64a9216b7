//! The `actix-web` feature: `Responder` for every per-status type
//! (generated next to each type) and every generated enum (emitted by the
//! macros when this feature is on).
//!
//! actix-web 4 has its own header types (from `http` 0.2), so each field is
//! converted by its bytes, which both crates validate by the same rules.

mod extract;
pub(crate) mod fallback;
mod problem;
mod range;

use crate::Status;
use crate::fields::TypedFields;
use crate::parts::IntoTypedFields;
use crate::response::{Empty, TypedResponse};
use actix_web::http::header::{CONNECTION, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::{ConnectionType, StatusCode};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};
use std::cell::RefCell;
use std::fmt;

/// A per-status response with a body: the body's own response, given the
/// status and header fields of the typed response. A body whose response is
/// not 200 OK (it failed to serialise) is passed through unchanged. A
/// refused `.header()` call answers a bare 500 (no fields, empty body).
pub(crate) fn respond<T>(typed: T, request: &HttpRequest) -> HttpResponse
where
    T: IntoTypedFields,
    T::Body: Responder,
{
    let (Some(headers), body) = typed.__into_typed_fields() else {
        return HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let mut response = body.respond_to(request).map_into_boxed_body();
    // A problem takes the typed status; any other body that did not answer
    // 200 failed.
    if !problem::give_status(&mut response, T::STATUS) && response.status() != StatusCode::OK {
        return response;
    }
    *response.status_mut() = status_code::<T>();
    registry_phrase::<T>(&mut response);
    let any = !matches!(headers, TypedFields::None);
    merge(response.headers_mut(), headers);
    if any {
        close_if_asked(&mut response);
    }
    mark_declared_405::<T>(&mut response);
    response
}

/// A 405 sent as declared, with or without content, is not the bare 405
/// of a resource that [`fallback::actix_method_not_allowed`] turns into a
/// problem. Decided at compile time, so the other statuses pay nothing.
#[inline]
fn mark_declared_405<T: TypedResponse>(response: &mut HttpResponse) {
    if const { T::STATUS.code() == 405 } {
        response.extensions_mut().insert(fallback::Declared);
    }
}

/// A per-status response whose status forbids content: no body and no
/// `Content-Type`.
pub(crate) fn respond_empty<T>(typed: T, _request: &HttpRequest) -> HttpResponse
where
    T: IntoTypedFields<Body = Empty>,
{
    let (Some(headers), Empty) = typed.__into_typed_fields() else {
        return HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let mut response = HttpResponse::new(status_code::<T>());
    registry_phrase::<T>(&mut response);
    merge(response.headers_mut(), headers);
    close_if_asked(&mut response);
    mark_declared_405::<T>(&mut response);
    response
}

/// Gives a response whose status is held as a value (a range's, an
/// unregistered code's, or a problem's sent by a generated arm) that
/// status, its phrase and `fields`, as [`respond`] does for a per-status
/// type.
pub(crate) fn send_as(response: &mut HttpResponse, status: Status, fields: TypedFields) {
    // Every status, registered or declared, is in 100..=599, which actix
    // accepts.
    *response.status_mut() =
        StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(phrase) = super::reason::replaced_phrase_actix(status) {
        response.head_mut().reason = Some(phrase);
    }
    let any = !matches!(fields, TypedFields::None);
    merge(response.headers_mut(), fields);
    if any {
        close_if_asked(response);
    }
}

/// actix-web writes `Connection` itself, from the response's head, and
/// leaves the field of the map out: a `Connection: close` the response
/// carries (an extractor's answer to a body it did not read, or a
/// handler's own) is set on the head, so that it is sent and the connection
/// is closed after it.
fn close_if_asked(response: &mut HttpResponse) {
    let close = response
        .headers()
        .get(CONNECTION)
        .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"close"));
    if close {
        response
            .head_mut()
            .set_connection_type(ConnectionType::Close);
    }
}

fn status_code<T: TypedResponse>() -> StatusCode {
    // Registered codes are all in 100..=599, which actix accepts.
    StatusCode::from_u16(T::STATUS.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// Gives a response the registry's reason phrase where actix-web's own
/// (the `http` crate's canonical reason) is an older one: `422
/// Unprocessable Content`, not `422 Unprocessable Entity`. Decided at
/// compile time, so the other statuses pay nothing.
#[inline]
fn registry_phrase<T: TypedResponse>(response: &mut HttpResponse) {
    if let Some(phrase) = const { super::reason::replaced_phrase_actix(T::STATUS) } {
        response.head_mut().reason = Some(phrase);
    }
}

/// Sets the typed fields on the body's response: the first value of each
/// name replaces the body's values of that name, later values of the name
/// are appended, and the body's other fields stay (as under axum).
///
/// Inlined, so a response without fields pays one test; the loop over a
/// map is [`merge_map`].
#[inline]
fn merge(target: &mut HeaderMap, fields: TypedFields) {
    match fields {
        TypedFields::None => {}
        TypedFields::One(name, value, _) => {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_str().as_bytes()),
                HeaderValue::from_bytes(value.as_bytes()),
            ) {
                target.insert(name, value);
            }
        }
        TypedFields::Map(map) => merge_map(target, *map),
    }
}

/// [`merge`] for a map of fields.
fn merge_map(target: &mut HeaderMap, fields: http::HeaderMap) {
    // A map yields each name once, with its first value; `None` marks the
    // further values of the name before it.
    let mut current = None;
    for (name, value) in fields {
        if let Some(name) = name {
            // Both crates accept the same name and value bytes; a pair
            // actix still refused is left out rather than sent malformed.
            current = HeaderName::from_bytes(name.as_str().as_bytes()).ok();
            if let (Some(name), Ok(value)) = (&current, HeaderValue::from_bytes(value.as_bytes())) {
                target.insert(name.clone(), value);
            }
        } else if let (Some(name), Ok(value)) =
            (&current, HeaderValue::from_bytes(value.as_bytes()))
        {
            target.append(name.clone(), value);
        }
    }
}

impl Responder for Empty {
    type Body = actix_web::body::BoxBody;

    /// An empty 200 response with no `Content-Type`, which the typed
    /// response then gives its status and header fields.
    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        HttpResponse::new(StatusCode::OK)
    }
}

/// A generated enum as an `actix_web::Error`, so that it can be the error of
/// a handler's `Result` (whose responder needs `E: Into<actix_web::Error>`).
///
/// actix-web builds an error's response from `&self` and without the
/// request, so the response is built here, once, for a default request
/// (bodies such as `Json` and `String` do not look at it), and handed over
/// when actix-web asks for it.
pub fn error<'a, R>(response: R) -> actix_web::Error
where
    R: crate::included::IncludedResponder<'a>,
{
    let request = actix_web::test::TestRequest::default().to_http_request();
    let response = crate::included::IncludedResponder::respond_to(response, &request);
    actix_web::Error::from(BuiltResponse {
        status: response.status(),
        response: RefCell::new(Some(response)),
    })
}

/// A response built before actix-web asks for it.
struct BuiltResponse {
    status: StatusCode,
    /// Taken by the first `error_response` (actix-web asks once per error).
    response: RefCell<Option<HttpResponse>>,
}

impl fmt::Debug for BuiltResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BuiltResponse")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for BuiltResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.status, f)
    }
}

impl ResponseError for BuiltResponse {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    /// The built response; asked again, the status alone.
    fn error_response(&self) -> HttpResponse {
        self.response
            .borrow_mut()
            .take()
            .unwrap_or_else(|| HttpResponse::new(self.status))
    }
}
