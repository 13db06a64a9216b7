//! `Responder` for the responses that hold their status as a value: a
//! range variant's and an unregistered code's. Each is sent with its status,
//! and with the registry's phrase where actix-web's differs (the declared
//! one for an unregistered code).

use super::{problem, send_as};
use crate::Status;
use crate::fields::TypedFields;
use crate::response::{Ranged, Unregistered};
use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder};

impl<const CLASS: u8, B: Responder> Responder for Ranged<CLASS, B> {
    type Body = BoxBody;

    fn respond_to(self, request: &HttpRequest) -> HttpResponse {
        let (status, fields, body) = self.into_sent();
        held(request, status, fields, body)
    }
}

impl<const CODE: u16, B: Responder> Responder for Unregistered<CODE, B> {
    type Body = BoxBody;

    fn respond_to(self, request: &HttpRequest) -> HttpResponse {
        let (status, fields, body) = self.into_sent();
        held(request, status, fields, body)
    }
}

fn held(
    request: &HttpRequest,
    status: Status,
    fields: Option<TypedFields>,
    body: impl Responder,
) -> HttpResponse {
    let Some(fields) = fields else {
        return HttpResponse::new(StatusCode::INTERNAL_SERVER_ERROR);
    };
    let mut response = body.respond_to(request).map_into_boxed_body();
    if !problem::give_status(&mut response, status) && response.status() != StatusCode::OK {
        return response;
    }
    send_as(&mut response, status, fields);
    response
}
