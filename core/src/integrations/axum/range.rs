//! `IntoResponse` for a range variant's response: the held status, with
//! the registry's phrase where hyper's differs.

use super::{insert_phrase, merge, problem};
use crate::response::Ranged;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

impl<const CLASS: u8, B: IntoResponse> IntoResponse for Ranged<CLASS, B> {
    fn into_response(self) -> Response {
        let (status, fields, body) = self.into_sent();
        let Some(fields) = fields else {
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        };
        let mut response = body.into_response();
        // As for a per-status type: a problem is rendered again for the
        // status, any other body that did not answer 200 failed.
        if response.status() != StatusCode::OK
            && !problem::give_status(&mut response, status.code())
        {
            return response;
        }
        *response.status_mut() = status.into();
        if let Some(phrase) = crate::integrations::reason::replaced_phrase(status) {
            insert_phrase(&mut response, phrase);
        }
        merge(response.headers_mut(), fields);
        response
    }
}
