//! The `?` pattern of a handler with a shared error set: `Result<CreateUser,
//! ApiError>` whose error is a problem, returned through a function that is
//! not inlined (as a handler's helpers are not), then sent with axum. The
//! size of the error enum is what moves at each `?` and each return.

use std::hint::black_box;

use axum::Json;
use axum::response::{IntoResponse, Response};
use http::header::CONTENT_TYPE;
use http::{HeaderValue, StatusCode};
use responses::{Problem, responses};

use crate::cases::User;

/// Failures shared by the service's handlers.
#[responses(409(Problem), 500(Problem), 503)]
pub enum ApiError {}

/// Outcomes of `POST /users`, the set included.
#[responses(201(Json<User>), ..ApiError)]
pub enum CreateUser {}

/// The store's own error.
pub struct Taken(&'static str);

impl From<Taken> for ApiError {
    fn from(taken: Taken) -> ApiError {
        ApiError::conflict(Problem::detail(taken.0))
    }
}

#[inline(never)]
fn insert() -> Result<User, Taken> {
    Err(Taken(black_box("email taken")))
}

#[inline(never)]
fn create() -> Result<CreateUser, ApiError> {
    let user = insert()?;
    Ok(CreateUser::created(Json(user)))
}

pub(crate) fn generated() {
    black_box(create().into_response());
}

/// The problem as one writes it by hand: the members a problem of the
/// generated form sends for a 409 with a detail.
#[derive(serde::Serialize)]
struct ProblemBody {
    #[serde(rename = "type")]
    type_: &'static str,
    title: &'static str,
    status: u16,
    detail: String,
}

fn problem(status: StatusCode, detail: &str) -> Response {
    let body = ProblemBody {
        type_: "about:blank",
        title: status.canonical_reason().unwrap_or(""),
        status: status.as_u16(),
        detail: detail.to_owned(),
    };
    let mut response = Json(body).into_response();
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
        response.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
    }
    response
}

#[inline(never)]
fn create_by_hand() -> Result<Response, Response> {
    let user = insert().map_err(|taken| problem(StatusCode::CONFLICT, taken.0))?;
    let mut response = Json(user).into_response();
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::CREATED;
    }
    Ok(response)
}

pub(crate) fn by_hand() {
    black_box(create_by_hand().into_response());
}
