//! `Responder` for [`Problem`] and [`Json`], and the step of the per-status
//! integration that gives a problem its status (as under axum: see
//! `integrations/axum/problem.rs`).

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use crate::problem::{self, Prepared};
use crate::{Json, Problem, Status};

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
