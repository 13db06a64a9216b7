//! The `actix-web` feature's extractors: [`Json`], [`Path`] and [`Query`] as
//! `FromRequest`, whose errors are the generated enums of
//! `extract/sets.rs`.
//!
//! They are extractors of our own rather than error handlers for
//! actix-web's (`JsonConfig`, `PathConfig` and `QueryConfig` each take an
//! `error_handler`): a handler set in a config applies only where the
//! application remembers to register it, sees serde's error without the
//! path of the member that failed, and answers with an untyped
//! `actix_web::Error`. Our extractors answer the same problem details in
//! actix-web as in axum, with no configuration.

use crate::Json;
use crate::extract::refusal::{
    Refusal, check_json_content_type, declares_body, first_name, json_from_slice,
    parameter_refusal, query_from_str, unreadable_body,
};
use crate::extract::{JsonRejection, Path, PathRejection, Query, QueryRejection};
use actix_web::dev::Payload;
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, TRANSFER_ENCODING};
use actix_web::http::{StatusCode, Version};
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;
use std::future::{Future, Ready, ready};
use std::pin::Pin;

/// Reads the body as JSON. The size limit is actix-web's `PayloadConfig`
/// (256 kB unless the application sets another).
impl<T> FromRequest for Json<T>
where
    T: DeserializeOwned + 'static,
{
    type Error = JsonRejection;
    type Future = Pin<Box<dyn Future<Output = Result<Json<T>, JsonRejection>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let headers = request.headers();
        // Answered before the body is read to its end, the connection is
        // closed, and says so (RFC 9112 section 9.6).
        let http1 = request.version() <= Version::HTTP_11;
        let has_body = declares_body(
            headers.get(CONTENT_LENGTH).map(HeaderValue::as_bytes),
            headers.contains_key(TRANSFER_ENCODING),
        );
        let early = move |refusal: Refusal| refusal.sent_over(http1, has_body);
        if let Err(refusal) =
            check_json_content_type(headers.get(CONTENT_TYPE).map(HeaderValue::as_bytes))
        {
            return Box::pin(ready(Err(early(refusal).into())));
        }
        let body = Bytes::from_request(request, payload);
        Box::pin(async move {
            let bytes = body.await.map_err(|error| {
                let status = error.as_response_error().status_code();
                early(unreadable_body(
                    status == StatusCode::PAYLOAD_TOO_LARGE,
                    &error,
                ))
            })?;
            Ok(Json(json_from_slice(&bytes)?))
        })
    }
}

/// Deserialises the route's parameters with actix-web's own path
/// deserialiser, and names the parameter that failed.
impl<T> FromRequest for Path<T>
where
    T: DeserializeOwned,
{
    type Error = PathRejection;
    type Future = Ready<Result<Path<T>, PathRejection>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        let params = request.match_info();
        let deserializer = actix_router::PathDeserializer::new(params);
        ready(
            serde_path_to_error::deserialize(deserializer)
                .map(Path)
                .map_err(|error| {
                    let names: Vec<&str> = params.iter().map(|(name, _)| name).collect();
                    path_refusal(&error, &names).into()
                }),
        )
    }
}

/// A struct's field or a tuple's position names the parameter; a single
/// value is the route's only parameter.
fn path_refusal(
    error: &serde_path_to_error::Error<serde::de::value::Error>,
    names: &[&str],
) -> Refusal {
    let parameter = first_name(error.path()).or_else(|| {
        match error.path().iter().next() {
            Some(serde_path_to_error::Segment::Seq { index }) => names.get(*index),
            None if names.len() == 1 => names.first(),
            _ => None,
        }
        .map(|name| (*name).to_owned())
    });
    parameter_refusal("path", parameter, &error.inner().to_string())
}

/// Deserialises the query string (`application/x-www-form-urlencoded`).
impl<T> FromRequest for Query<T>
where
    T: DeserializeOwned,
{
    type Error = QueryRejection;
    type Future = Ready<Result<Query<T>, QueryRejection>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(
            query_from_str(request.query_string())
                .map(Query)
                .map_err(QueryRejection::from),
        )
    }
}
