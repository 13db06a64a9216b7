//! `IntoResponse` for the responses that hold their status as a value: a
//! range variant's and an unregistered code's. Each is sent with its status,
//! and with the registry's phrase where hyper's differs (the declared one
//! for an unregistered code, which hyper has none for).

use super::{problem, send_as};
use crate::Status;
use crate::fields::TypedFields;
use crate::response::{Ranged, Unregistered};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

impl<const CLASS: u8, B: IntoResponse> IntoResponse for Ranged<CLASS, B> {
    fn into_response(self) -> Response {
        let (status, fields, body) = self.into_sent();
        held(status, fields, body)
    }
}

impl<const CODE: u16, B: IntoResponse> IntoResponse for Unregistered<CODE, B> {
    fn into_response(self) -> Response {
        let (status, fields, body) = self.into_sent();
        held(status, fields, body)
    }
}

fn held(status: Status, fields: Option<TypedFields>, body: impl IntoResponse) -> Response {
    let Some(fields) = fields else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut response = body.into_response();
    // As for a per-status type: a problem is rendered again for the
    // status, any other body that did not answer 200 failed.
    if response.status() != StatusCode::OK && !problem::give_status(&mut response, status) {
        return response;
    }
    send_as(&mut response, status, fields);
    response
}
