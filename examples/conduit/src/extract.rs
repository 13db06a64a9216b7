//! The request extractors of the handlers: `responses`' own `Json`,
//! `Path` and `Query`, whose typed refusals are re-sent with the
//! specification's error body, and the `Authorization: Token <jwt>` header.

use crate::AppState;
use crate::errors::ApiError;
use crate::models::Object;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use responses::extract::{
    JsonRejection, Path, PathRejection, Query, QueryRejection, RejectionDetails,
};
use responses::{Json, Problem, Status};
use serde::de::DeserializeOwned;

/// A JSON request body, read by [`responses::Json`].
///
/// Its refusals (malformed JSON, a body not declared as JSON, one over the
/// size limit, a field that does not fit) are problem details under 400,
/// 413, 415 or 422; the specification has one error body and names 422 for
/// every request it cannot process, so each is sent as that, keeping the
/// problem's explanation and the member it names.
pub struct Body<T>(pub T);

impl<T, S> FromRequest<S> for Body<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Body<T>, ApiError> {
        match Json::<Object<T>>::from_request(request, state).await {
            Ok(Json(Object(value))) => Ok(Body(value)),
            Err(rejection) => Err(refused(rejection.status(), &json_problem(rejection))),
        }
    }
}

/// Path parameters, read by [`responses::extract::Path`], refused as a 422.
pub struct PathParams<T>(pub T);

impl<T, S> FromRequestParts<S> for PathParams<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<PathParams<T>, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(PathParams(value)),
            Err(rejection) => {
                let status = rejection.status();
                let PathRejection::BadRequest(response) = rejection;
                Err(refused(status, response.body()))
            }
        }
    }
}

/// The query string, read by [`responses::extract::Query`], refused as a 422.
pub struct QueryParams<T>(pub T);

impl<T, S> FromRequestParts<S> for QueryParams<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<QueryParams<T>, ApiError> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(QueryParams(value)),
            Err(rejection) => {
                let status = rejection.status();
                let QueryRejection::BadRequest(response) = rejection;
                Err(refused(status, response.body()))
            }
        }
    }
}

/// The problem details of a JSON refusal, whichever status it has.
fn json_problem(rejection: JsonRejection) -> Problem<RejectionDetails> {
    match rejection {
        JsonRejection::BadRequest(response) => response.into_body(),
        JsonRejection::ContentTooLarge(response) => response.into_body(),
        JsonRejection::UnsupportedMediaType(response) => response.into_body(),
        JsonRejection::UnprocessableContent(response) => response.into_body(),
    }
}

/// A refusal as the specification's 422: the problem's detail, where in the
/// request it was, and the status the extractor chose.
fn refused(status: Status, problem: &Problem<RejectionDetails>) -> ApiError {
    let detail = problem.get_detail().unwrap_or("the request is malformed");
    let details = problem.extensions();
    let place = match (&details.pointer, &details.parameter) {
        (Some(pointer), _) if !pointer.is_empty() => format!(" at {pointer}"),
        (_, Some(parameter)) => format!(" in parameter {parameter}"),
        _ => String::new(),
    };
    ApiError::invalid(format!("{detail}{place} ({status})"))
}

/// The caller, from a valid `Authorization: Token <jwt>` of an existing user.
/// Without one, the request is answered 401.
pub struct Auth {
    /// The user's id.
    pub user_id: i64,
    /// The token as sent, which the user endpoints answer with.
    pub token: String,
}

/// The caller if the request has an `Authorization` header, which must then
/// be valid (401 if not); `None` without one.
pub struct MaybeAuth(pub Option<Auth>);

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Auth, ApiError> {
        match MaybeAuth::from_request_parts(parts, state).await? {
            MaybeAuth(Some(auth)) => Ok(auth),
            MaybeAuth(None) => Err(ApiError::unauthenticated()),
        }
    }
}

impl FromRequestParts<AppState> for MaybeAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<MaybeAuth, ApiError> {
        let Some(value) = parts.headers.get(AUTHORIZATION) else {
            return Ok(MaybeAuth(None));
        };
        let token = value
            .to_str()
            .ok()
            .and_then(|value| value.strip_prefix("Token "))
            .map(str::trim)
            .ok_or_else(ApiError::unauthenticated)?;
        let user_id = state
            .keys
            .verify(token)
            .ok_or_else(ApiError::unauthenticated)?;
        // A token outlives nothing: its user must still exist.
        let exists = state.db.with(|db| {
            db.query_row("SELECT 1 FROM users WHERE id = ?1", [user_id], |_| Ok(()))
                .map(|()| true)
                .or_else(|error| match error {
                    rusqlite::Error::QueryReturnedNoRows => Ok(false),
                    other => Err(ApiError::from(other)),
                })
        })?;
        if !exists {
            return Err(ApiError::unauthenticated());
        }
        Ok(MaybeAuth(Some(Auth {
            user_id,
            token: token.to_owned(),
        })))
    }
}
