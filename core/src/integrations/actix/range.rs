//! `Responder` for a range variant's response: the held status, with the
//! registry's phrase where actix-web's differs.

use super::{merge, problem};
use crate::response::Ranged;
use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder};

impl<const CLASS: u8, B: Responder> Responder for Ranged<CLASS, B> {
    type Body = BoxBody;

    fn respond_to(self, request: &HttpRequest) -> HttpResponse {
        let (status, fields, body) = self.into_sent();
        let Some(fields) = fields else {
            return HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR);
        };
        let mut response = body.respond_to(request).map_into_boxed_body();
        if !problem::give_status(&mut response, status) && response.status() != StatusCode::OK {
            return response;
        }
        // Registered codes are all in 100..=599, which actix accepts.
        *response.status_mut() =
            StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if let Some(phrase) = crate::integrations::reason::replaced_phrase_actix(status) {
            response.head_mut().reason = Some(phrase);
        }
        merge(response.headers_mut(), fields);
        response
    }
}
