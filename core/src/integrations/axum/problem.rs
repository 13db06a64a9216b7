//! `IntoResponse` for [`Problem`] and [`Json`], and the two ways a problem
//! under a per-status type gets that type's status.
//!
//! A generated enum's arm sends a problem body directly, rendered once for
//! the arm's status ([`ByProblem`], chosen as `integrations/via.rs` says). Any other
//! path (a per-status type converted on its own, or a generic enum's arm,
//! where the body's type is not known) takes the body's own response: a
//! problem's carries its [`Prepared`] form as a response extension, and
//! [`give_status`] renders it again for the type's status. That is asked
//! only when the body's response is not a 200, which a problem's never
//! is, so other bodies' responses pay one status test.

use crate::Status;
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::fields::TypedFields;
use crate::integrations::via::{ByBody, ByProblem, ProblemParts};
use crate::problem::{self, Prepared};
use crate::{Json, Problem};

/// A response with `status` and a JSON body of `content_type`.
fn json_response(status: u16, content_type: &'static str, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn failed() -> Response {
    json_response(500, problem::CONTENT_TYPE, problem::failed())
}

impl<E: Serialize> IntoResponse for Problem<E> {
    /// The problem with the status it holds, or 500 (see [`Problem`]); a
    /// per-status type around it replaces that status with its own.
    fn into_response(self) -> Response {
        let Ok(prepared) = self.prepare() else {
            return failed();
        };
        let status = prepared.own_status();
        let mut response = json_response(status, problem::CONTENT_TYPE, prepared.render(status));
        response.extensions_mut().insert(prepared);
        response
    }
}

impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        match self.to_bytes() {
            Some(bytes) => json_response(200, crate::json::CONTENT_TYPE, bytes),
            None => failed(),
        }
    }
}

/// If `response` is a problem's, renders it again for `status` and says
/// so.
///
/// Asked only of a response that did not answer 200 (a problem's own
/// response answers 400..=599), so it is out of line and cold: the path of
/// a 200 stays one status test.
#[cold]
#[inline(never)]
pub(crate) fn give_status(response: &mut Response, status: Status) -> bool {
    let Some(prepared) = response.extensions_mut().remove::<Prepared>() else {
        return false;
    };
    let rendered = prepared.render_as(status);
    *response = json_response(status.code(), problem::CONTENT_TYPE, rendered);
    true
}

impl ByProblem {
    /// The axum response of `value`: as its `IntoResponse` answers (a
    /// problem given the value's status), without rendering the problem
    /// for a status of its own first.
    #[inline]
    pub fn respond<T: ProblemParts>(self, value: T) -> Response {
        let (status, fields, problem) = value.__problem_parts();
        respond_problem(status, fields, problem)
    }
}

impl ByBody {
    /// The axum response of `value`, through its `IntoResponse`.
    #[inline]
    pub fn respond<T: IntoResponse>(self, value: T) -> Response {
        value.into_response()
    }
}

/// A problem sent with `status` and `fields`: a bare 500 after a refused
/// `.header()` call, the failed problem if its extensions do not serialise.
fn respond_problem<E: Serialize>(
    status: Status,
    fields: Option<TypedFields>,
    problem: Problem<E>,
) -> Response {
    let Some(fields) = fields else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(rendered) = problem::render_for(problem, status) else {
        return failed();
    };
    let mut response = json_response(status.code(), problem::CONTENT_TYPE, rendered);
    super::send_as(&mut response, status, fields);
    response
}
