//! The `axum` feature: `IntoResponse` for every per-status type (generated
//! next to each type) and every generated enum (emitted by the macros when this feature is on).

use crate::{Empty, TypedResponse};
use axum::body::Body;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A per-status response with a body: the body's own response, given the
/// status and header fields of the typed response.
///
/// A body that fails to become a response (a `Json` that cannot be
/// serialised answers 500) is passed through unchanged: its error must not
/// be sent under a success status.
pub(crate) fn respond<T>(typed: T) -> Response
where
    T: TypedResponse,
    T::Body: IntoResponse,
{
    let (headers, body) = typed.into_parts();
    let mut response = body.into_response();
    // A problem takes the typed status; any other body that did not answer
    // 200 failed.
    if !super::axum_problem::give_status(&mut response, T::STATUS)
        && response.status() != StatusCode::OK
    {
        return response;
    }
    *response.status_mut() = T::STATUS.into();
    headers.replace_in_header_map(response.headers_mut());
    response
}

/// A per-status response whose status forbids content (204, 205, 304): no
/// body and no `Content-Type`.
pub(crate) fn respond_empty<T>(typed: T) -> Response
where
    T: TypedResponse<Body = Empty>,
{
    let (headers, Empty) = typed.into_parts();
    let mut response = Response::new(Body::empty());
    *response.status_mut() = T::STATUS.into();
    headers.replace_in_header_map(response.headers_mut());
    response
}

impl IntoResponse for Empty {
    /// An empty 200 response with no `Content-Type`, which the typed
    /// response then gives its status and header fields.
    fn into_response(self) -> Response {
        Response::new(Body::empty())
    }
}
