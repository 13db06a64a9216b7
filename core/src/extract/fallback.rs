//! The answer to a request that no route matches, the same handler for
//! axum and actix-web. The 405 of a method a route does not serve needs
//! the framework's knowledge of the route: `integrations/axum/fallback.rs`
//! and `integrations/actix/fallback.rs`.

use crate::Problem;
use crate::response::NotFound;

/// `404 Not Found` as problem details, for a request that no route
/// matches; the frameworks' own is an empty body. A handler for axum's
/// `Router::fallback` and actix-web's `App::default_service` (with
/// `web::to`), shown with the 405 of each framework in the guide: the
/// chapter on [request rejections](crate::extract) for axum, the crate's
/// actix-web chapter for actix-web.
pub async fn not_found() -> NotFound<Problem> {
    NotFound::new(Problem::detail("nothing is found at this path"))
}
