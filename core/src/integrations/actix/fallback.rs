//! actix-web's own 405, for a method a resource does not serve, as problem
//! details with the resource's `Allow`.
//!
//! A resource answers that 405 itself (its default service), with the
//! methods its routes' guards named, which it keeps in a request extension
//! of a private type: a handler given as the resource's default service
//! cannot learn them. So the 405 is a middleware that turns the answer
//! actix-web made into a problem, keeping the `Allow` it wrote.

use std::future::Future;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, CONTENT_TYPE};
use actix_web::{Error, HttpResponse, Responder};

use crate::Problem;
use crate::header::Allow;
use crate::response::MethodNotAllowed;

/// Marks a bodiless 405 that a generated enum or `MethodNotAllowed` sent
/// as declared, which [`actix_method_not_allowed`] leaves alone.
#[derive(Clone, Copy)]
pub(crate) struct Declared;

/// A middleware for `App::wrap_fn` that sends actix-web's `405 Method Not
/// Allowed` as problem details, with the `Allow` actix-web wrote from the
/// resource's routes.
///
/// It changes only a 405 without content and without `Content-Type`, which
/// is what a resource answers for a method none of its routes serves; a
/// handler's own 405 problem, and a bodiless `405` a generated enum
/// declares, pass as they are. Routes of one path must be one
/// `web::resource` for actix-web to answer 405: `App::route` makes a
/// resource per call, and a method that none serves falls through to the
/// application's default service (the 404 of
/// [`not_found`](crate::extract::not_found)).
///
/// ```
/// use actix_web::{App, web};
/// use responses::extract::{actix_method_not_allowed, not_found};
///
/// let app = App::new()
///     .wrap_fn(actix_method_not_allowed)
///     .service(
///         web::resource("/users")
///             .route(web::get().to(|| async { "users" }))
///             .route(web::post().to(|| async { "made" })),
///     )
///     .default_service(web::to(not_found));
/// ```
pub fn actix_method_not_allowed<S, B>(
    request: ServiceRequest,
    service: &S,
) -> impl Future<Output = Result<ServiceResponse<EitherBody<B>>, Error>> + use<S, B>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
    B: MessageBody,
{
    let answer = service.call(request);
    async move {
        let response = answer.await?;
        if !is_bare_405(response.response()) {
            return Ok(response.map_into_left_body());
        }
        let (request, bare) = response.into_parts();
        let detail = format!("this resource does not serve {}", request.method());
        let mut problem =
            MethodNotAllowed::new(Allow::new(std::iter::empty()), Problem::detail(detail))
                .respond_to(&request);
        let headers = problem.headers_mut();
        headers.remove(ALLOW);
        for allow in bare.headers().get_all(ALLOW) {
            headers.append(ALLOW, allow.clone());
        }
        Ok(ServiceResponse::new(request, problem).map_into_right_body())
    }
}

fn is_bare_405<B: MessageBody>(response: &HttpResponse<B>) -> bool {
    response.status() == StatusCode::METHOD_NOT_ALLOWED
        && !response.headers().contains_key(CONTENT_TYPE)
        && matches!(
            response.body().size(),
            actix_web::body::BodySize::Sized(0) | actix_web::body::BodySize::None
        )
        && response.extensions().get::<Declared>().is_none()
}
