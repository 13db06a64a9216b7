//! The `axum` feature: `IntoResponse` for every per-status type (generated
//! next to each type) and every generated enum (emitted by the macros when
//! this feature is on).
//!
//! axum speaks `http` 1, so the typed fields move over as they are.

mod extract;
pub(crate) mod fallback;
mod problem;
mod range;

use crate::Status;
use crate::fields::{Fields, TypedFields};
use crate::parts::IntoTypedFields;
use crate::response::{Empty, TypedResponse};
use axum::body::Body;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// A per-status response with a body: the body's own response, given the
/// status and header fields of the typed response.
///
/// A body that fails to become a response (a `Json` that cannot be
/// serialised answers 500) is passed through unchanged: its error must not
/// be sent under a success status. A refused `.header()` call answers a
/// bare 500 (no fields, empty body).
// Always inlined into the enum's arm: the response is then built where the
// arm returns it (section 3 of `BENCHMARKS.md`).
#[inline(always)]
#[allow(clippy::inline_always, reason = "measured: see above")]
pub(crate) fn respond<T>(fields: Fields, body: T::Body) -> Response
where
    T: TypedResponse,
    T::Body: IntoResponse,
{
    if fields.is_plain() {
        // The common case, on a path of its own: no fields to merge.
        let mut response = body.into_response();
        if succeeded::<T>(&mut response) {
            typed_status::<T>(&mut response);
        }
        return response;
    }
    let Some(fields) = fields.into_accepted() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut response = body.into_response();
    if !succeeded::<T>(&mut response) {
        return response;
    }
    typed_status::<T>(&mut response);
    merge(response.headers_mut(), fields);
    response
}

/// Whether the body's response takes the typed status and fields: a
/// problem does (rendered again for the status); any other body that did
/// not answer 200 failed, and its response is sent as it is.
#[inline]
fn succeeded<T: TypedResponse>(response: &mut Response) -> bool {
    // A problem's own response is never a 200 (it answers 400..=599), so
    // the common case is one test.
    response.status() == StatusCode::OK || problem::give_status(response, T::STATUS)
}

/// A per-status response whose status forbids content (204, 205, 304): no
/// body and no `Content-Type`.
pub(crate) fn respond_empty<T>(typed: T) -> Response
where
    T: IntoTypedFields<Body = Empty>,
{
    let (Some(headers), Empty) = typed.__into_typed_fields() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut response = Response::new(Body::empty());
    typed_status::<T>(&mut response);
    merge(response.headers_mut(), headers);
    response
}

/// Gives a response the typed status, and the registry's reason phrase
/// where hyper's own (the `http` crate's canonical reason) is an older one:
/// `422 Unprocessable Content`, not `422 Unprocessable Entity`. The phrase
/// is decided at compile time, so the other statuses pay nothing for it.
#[inline]
fn typed_status<T: TypedResponse>(response: &mut Response) {
    *response.status_mut() = T::STATUS.into();
    if let Some(phrase) = const { super::reason::replaced_phrase(T::STATUS) } {
        insert_phrase(response, phrase);
    }
}

/// Gives a response whose status is held as a value (a range's, an
/// unregistered code's, or a problem's sent by a generated arm) that
/// status, its phrase and `fields`, as [`respond`] does for a per-status
/// type.
pub(crate) fn send_as(response: &mut Response, status: Status, fields: TypedFields) {
    *response.status_mut() = status.into();
    if let Some(phrase) = super::reason::replaced_phrase(status) {
        insert_phrase(response, phrase);
    }
    merge(response.headers_mut(), fields);
}

/// Out of line: an enum's response inlines every variant's arm, and the
/// insertion would otherwise weigh on the arms that need no phrase.
#[inline(never)]
fn insert_phrase(response: &mut Response, phrase: &'static str) {
    response
        .extensions_mut()
        .insert(hyper::ext::ReasonPhrase::from_static(phrase.as_bytes()));
}

/// Sets the typed fields on the body's response: the first value of each
/// name replaces the body's values of that name (a typed `Content-Type`
/// wins over the body's), later values of the name are appended, and the
/// body's other fields stay. The loop over a map is [`merge_map`].
#[inline]
fn merge(target: &mut HeaderMap, fields: TypedFields) {
    match fields {
        TypedFields::None => {}
        // The common case: one typed field, inserted as a hand-written
        // response would insert it.
        TypedFields::One(name, value, _) => {
            target.insert(name, value);
        }
        TypedFields::Map(map) => merge_map(target, *map),
    }
}

/// [`merge`] for a map of fields.
fn merge_map(target: &mut HeaderMap, fields: HeaderMap) {
    // A map yields each name once, with its first value; `None` marks the
    // further values of the name before it.
    let mut current = None;
    for (name, value) in fields {
        match name {
            Some(name) => {
                target.insert(&name, value);
                current = Some(name);
            }
            None => {
                if let Some(name) = &current {
                    target.append(name, value);
                }
            }
        }
    }
}

impl IntoResponse for Empty {
    /// An empty 200 response with no `Content-Type`, which the typed
    /// response then gives its status and header fields.
    fn into_response(self) -> Response {
        Response::new(Body::empty())
    }
}
