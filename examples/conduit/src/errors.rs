//! The failures the handlers share, as response sets, and the error body the
//! RealWorld specification gives every one of them.

use responses::header::Challenge;
use responses::{Json, responses};
use serde::Serialize;
use utoipa::ToSchema;

/// `{"errors": {"body": ["..."]}}`: the specification's `GenericErrorModel`.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub errors: ErrorList,
}

/// The messages of an [`ErrorBody`].
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ErrorList {
    /// One sentence per problem found.
    pub body: Vec<String>,
}

/// The body of every error response, with one message.
pub fn errors(message: impl Into<String>) -> Json<ErrorBody> {
    Json(ErrorBody {
        errors: ErrorList {
            body: vec![message.into()],
        },
    })
}

/// A failure of the service itself (its database), the only one `GET
/// /tags` can have.
#[responses(500(Json<ErrorBody>))]
#[derive(Debug)]
pub enum ServerError {}

/// What the other handlers can fail with, and what their helpers return
/// for `?`: no or a bad token (401, without content as the specification
/// says), another user's resource (403), nothing by that name (404), a
/// username or email already taken (409), a request the extractors or the
/// field rules refuse (422), and [`ServerError`].
#[responses(
    401,
    403(Json<ErrorBody>),
    404(Json<ErrorBody>),
    409(Json<ErrorBody>),
    422(Json<ErrorBody>),
    ..ServerError
)]
#[derive(Debug)]
pub enum ApiError {}

/// The challenge of every 401, checked when conduit is compiled.
const TOKEN: Challenge = Challenge::from_static("Token", &[("realm", "conduit")]);

impl ApiError {
    /// 401 with the scheme the specification names: `Token <jwt>`.
    pub fn unauthenticated() -> ApiError {
        ApiError::unauthorized(TOKEN)
    }

    /// 404 for the thing named.
    pub fn missing(what: &str) -> ApiError {
        ApiError::not_found(errors(format!("{what} not found")))
    }

    /// 403: only the author may change or delete it.
    pub fn not_yours(what: &str) -> ApiError {
        ApiError::forbidden(errors(format!("only the author may change this {what}")))
    }

    /// 409 for a username or email in use.
    pub fn taken(field: &str) -> ApiError {
        ApiError::conflict(errors(format!("{field} has already been taken")))
    }

    /// 422 with a message for the client.
    pub fn invalid(message: impl Into<String>) -> ApiError {
        ApiError::unprocessable_content(errors(message))
    }
}

impl From<rusqlite::Error> for ServerError {
    fn from(error: rusqlite::Error) -> ServerError {
        // The cause is for the operator; the client learns only that it failed.
        eprintln!("error: database: {error}");
        ServerError::internal_server_error(errors("the database failed"))
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ServerError::from(error).into()
    }
}
