//! The `axum` feature's extractors: [`Json`], [`Path`] and [`Query`] as
//! `FromRequest` / `FromRequestParts`, whose rejections are the generated
//! enums of `extract/sets.rs`.

use crate::Json;
use crate::extract::refusal::{
    Refusal, check_json_content_type, json_from_slice, parameter_refusal, query_from_str,
    unreadable_body,
};
use crate::extract::{JsonRejection, Path, PathRejection, Query, QueryRejection};
use axum::body::Bytes;
use axum::extract::path::ErrorKind;
use axum::extract::rejection::PathRejection as AxumPathRejection;
use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::HeaderValue;
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// Reads the body as JSON. The size limit is axum's (`DefaultBodyLimit`,
/// 2 MB unless the router sets another).
impl<T, S> FromRequest<S> for Json<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = JsonRejection;

    async fn from_request(request: Request, state: &S) -> Result<Json<T>, JsonRejection> {
        let content_type = request
            .headers()
            .get(CONTENT_TYPE)
            .map(HeaderValue::as_bytes);
        check_json_content_type(content_type)?;
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                unreadable_body(
                    rejection.status() == StatusCode::PAYLOAD_TOO_LARGE,
                    &rejection,
                )
            })?;
        Ok(Json(json_from_slice(&bytes)?))
    }
}

/// Deserialises the route's parameters with axum's own path deserialiser,
/// and names the parameter that failed.
impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = PathRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Path<T>, PathRejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Path(value)),
            Err(rejection) => {
                let names: Vec<String> = RawPathParams::from_request_parts(parts, state)
                    .await
                    .map(|params| params.iter().map(|(name, _)| name.to_owned()).collect())
                    .unwrap_or_default();
                Err(path_refusal(&rejection, &names).into())
            }
        }
    }
}

/// Every failure is a 400 with axum's description of it. (A route whose
/// pattern does not fit the type, a service's own mistake, is answered the
/// same way, as actix-web's path extractor does: see ARCHITECTURE.md,
/// "Request rejections".)
fn path_refusal(rejection: &AxumPathRejection, names: &[String]) -> Refusal {
    let AxumPathRejection::FailedToDeserializePathParams(failed) = rejection else {
        return parameter_refusal("path", None, &rejection.body_text());
    };
    let kind = failed.kind();
    let parameter = match kind {
        ErrorKind::ParseErrorAtKey { key, .. }
        | ErrorKind::InvalidUtf8InPathParam { key }
        | ErrorKind::DeserializeError { key, .. } => Some(key.clone()),
        ErrorKind::ParseErrorAtIndex { index, .. } => names.get(*index).cloned(),
        // One value for the whole path: the route's only parameter.
        ErrorKind::ParseError { .. } if names.len() == 1 => names.first().cloned(),
        _ => None,
    };
    parameter_refusal("path", parameter, &kind.to_string())
}

/// Deserialises the query string (`application/x-www-form-urlencoded`).
impl<T, S> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = QueryRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Query<T>, QueryRejection> {
        Ok(Query(query_from_str(
            parts.uri.query().unwrap_or_default(),
        )?))
    }
}
