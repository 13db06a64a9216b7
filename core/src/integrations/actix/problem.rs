//! `Responder` for [`Problem`] and [`Json`], and the two ways a problem
//! under a per-status type gets that type's status (as under axum: see
//! `integrations/axum/problem.rs` and `integrations/via.rs`).

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use crate::fields::TypedFields;
use crate::integrations::via::{ByBody, ByProblem, ProblemParts};
use crate::problem::{self, Prepared};
use crate::{Json, Problem, Status};
use actix_web::body::BoxBody;

fn json_response(status: u16, content_type: &'static str, body: Vec<u8>) -> HttpResponse {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::with_body(status, body).map_into_boxed_body();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

fn failed() -> HttpResponse {
    json_response(500, problem::CONTENT_TYPE, problem::failed())
}

impl<E: Serialize> Responder for Problem<E> {
    type Body = actix_web::body::BoxBody;

    /// The problem with the status it holds, or 500 (see [`Problem`]); a
    /// per-status type around it replaces that status with its own.
    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        let Ok(prepared) = self.prepare() else {
            return failed();
        };
        let status = prepared.own_status();
        let mut response = json_response(status, problem::CONTENT_TYPE, prepared.render(status));
        response.extensions_mut().insert(prepared);
        response
    }
}

impl<T: Serialize> Responder for Json<T> {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        match self.to_bytes() {
            Some(bytes) => json_response(200, crate::json::CONTENT_TYPE, bytes),
            None => failed(),
        }
    }
}

/// If `response` is a problem's, renders it again for `status` and says so.
pub(crate) fn give_status(response: &mut HttpResponse, status: Status) -> bool {
    let Some(prepared) = response.extensions_mut().remove::<Prepared>() else {
        return false;
    };
    *response = json_response(
        status.code(),
        problem::CONTENT_TYPE,
        prepared.render_as(status),
    );
    true
}

impl ByProblem {
    /// The actix-web response of `value`: as its `Responder` answers (a
    /// problem given the value's status), without rendering the problem
    /// for a status of its own first.
    #[inline]
    pub fn respond_to<T: ProblemParts>(self, value: T, _request: &HttpRequest) -> HttpResponse {
        let (status, fields, problem) = value.__problem_parts();
        respond_problem(status, fields, problem)
    }
}

impl ByBody {
    /// The actix-web response of `value`, through its `Responder`.
    #[inline]
    pub fn respond_to<T>(self, value: T, request: &HttpRequest) -> HttpResponse
    where
        T: Responder<Body = BoxBody>,
    {
        value.respond_to(request)
    }
}

/// A problem sent with `status` and `fields`: a bare 500 after a refused
/// `.header()` call, the failed problem if its extensions do not serialise.
fn respond_problem<E: Serialize>(
    status: Status,
    fields: Option<TypedFields>,
    problem: Problem<E>,
) -> HttpResponse {
    let Some(fields) = fields else {
        return HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let Some(rendered) = problem::render_for(problem, status) else {
        return failed();
    };
    let mut response = json_response(status.code(), problem::CONTENT_TYPE, rendered);
    super::send_as(&mut response, status, fields);
    response
}
