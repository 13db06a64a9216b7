//! The router-level answer to a method a matched route does not serve, as
//! problem details (405, with the route's `Allow`); the 404 of an unknown
//! route is `extract/fallback.rs`, shared with actix-web.

use crate::Problem;
use crate::header::Allow;
use crate::response::MethodNotAllowed;
use axum::http::Method;
use axum::http::header::ALLOW;
use axum::response::{IntoResponse, Response};

/// `405 Method Not Allowed` as problem details, with the route's `Allow`,
/// for a method that a route matched by its path does not serve: give it
/// to `Router::method_not_allowed_fallback`, after the routes.
///
/// ```
/// use axum::{Router, routing::get};
/// use responses::extract::{method_not_allowed, not_found};
///
/// let app: Router = Router::new()
///     .route("/users", get(|| async { "users" }))
///     .fallback(not_found)
///     .method_not_allowed_fallback(method_not_allowed);
/// ```
///
/// axum knows the methods of the route and fills in `Allow` where the
/// answer has none, so the answer leaves it to axum rather than repeat
/// every route's methods.
pub async fn method_not_allowed(method: Method) -> Response {
    let detail = format!("this resource does not serve {method}");
    let problem = Problem::detail(detail);
    let mut response =
        MethodNotAllowed::new(Allow::new(std::iter::empty()), problem).into_response();
    response.headers_mut().remove(ALLOW);
    response
}
