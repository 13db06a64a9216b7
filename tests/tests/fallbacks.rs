//! The router-level fallbacks of axum and actix-web, over a real socket: an
//! unknown path is a 404 problem, a method a route does not serve a 405
//! problem with the route's `Allow`.

mod common;

use axum::routing::get;
use common::{Exchange, fetch};
use responses::extract::{actix_method_not_allowed, method_not_allowed, not_found};
use responses::{Problem, responses};
use serde_json::Value;

fn problem(exchange: &Exchange, status: u16, title: &str) -> Value {
    assert_eq!(exchange.status, status, "{exchange:?}");
    assert_eq!(
        exchange.header("content-type"),
        Some("application/problem+json"),
        "{exchange:?}"
    );
    let problem: Value = serde_json::from_str(&exchange.body).expect("a JSON body");
    assert_eq!(problem["status"], status);
    assert_eq!(problem["title"], title);
    problem
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problems() {
    let app = axum::Router::new()
        .route(
            "/users",
            get(|| async { "users" }).post(|| async { "made" }),
        )
        .route("/tags", get(|| async { "tags" }))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed);
    let base = common::axum_server(app).await;

    let missing = fetch("GET", &format!("{base}/nowhere")).await;
    problem(&missing, 404, "Not Found");
    assert_eq!(missing.header("allow"), None);

    let wrong = fetch("DELETE", &format!("{base}/users")).await;
    let body = problem(&wrong, 405, "Method Not Allowed");
    assert_eq!(body["detail"], "this resource does not serve DELETE");
    assert_eq!(wrong.header("allow"), Some("GET,HEAD,POST"));
    let wrong = fetch("PUT", &format!("{base}/tags")).await;
    problem(&wrong, 405, "Method Not Allowed");
    assert_eq!(wrong.header("allow"), Some("GET,HEAD"));

    let served = fetch("GET", &format!("{base}/tags")).await;
    assert_eq!((served.status, served.body.as_str()), (200, "tags"));
}

/// A declared 405 without content, and one with a problem of its own.
#[responses(200(String), 405)]
enum Locked {}

#[responses(200(String), 405(Problem))]
enum Frozen {}

async fn locked() -> Locked {
    Locked::method_not_allowed(responses::header::Allow::new([responses::Method::GET]))
}

async fn frozen() -> Frozen {
    Frozen::method_not_allowed(
        responses::header::Allow::new([responses::Method::GET]),
        Problem::detail("frozen until Monday"),
    )
}

#[actix_web::test]
async fn unknown_routes_and_methods_are_problems_in_actix_web() {
    use actix_web::{App, HttpResponse, web};

    let (base, stop) = common::actix_server!(|| {
        App::new()
            .wrap_fn(actix_method_not_allowed)
            .service(
                web::resource("/users")
                    .route(web::get().to(|| async { "users" }))
                    .route(web::post().to(|| async { "made" })),
            )
            .service(web::resource("/tags").route(web::get().to(|| async { "tags" })))
            // One resource per call: a method none serves falls through to
            // the default service, a 404.
            .route("/one", web::get().to(|| async { "one" }))
            .route("/locked", web::put().to(locked))
            .route("/frozen", web::put().to(frozen))
            .route("/bare", web::put().to(HttpResponse::MethodNotAllowed))
            .default_service(web::to(not_found))
    });

    let missing = fetch("GET", &format!("{base}/nowhere")).await;
    let body = problem(&missing, 404, "Not Found");
    assert_eq!(body["detail"], "nothing is found at this path");
    assert_eq!(missing.header("allow"), None);

    let wrong = fetch("DELETE", &format!("{base}/users")).await;
    let body = problem(&wrong, 405, "Method Not Allowed");
    assert_eq!(body["detail"], "this resource does not serve DELETE");
    assert_eq!(wrong.header("allow"), Some("GET, POST"));
    let wrong = fetch("PUT", &format!("{base}/tags")).await;
    problem(&wrong, 405, "Method Not Allowed");
    assert_eq!(wrong.header("allow"), Some("GET"));

    let fell_through = fetch("POST", &format!("{base}/one")).await;
    problem(&fell_through, 404, "Not Found");

    // What handlers send passes as it is: a declared bodiless 405, a 405
    // problem of a handler's own. A bare 405 written by hand is what a
    // resource sends, and is answered as one.
    let declared = fetch("PUT", &format!("{base}/locked")).await;
    assert_eq!(declared.status, 405);
    assert_eq!(
        (declared.header("content-type"), declared.body.as_str()),
        (None, "")
    );
    assert_eq!(declared.header("allow"), Some("GET"));
    let own = fetch("PUT", &format!("{base}/frozen")).await;
    assert_eq!(
        problem(&own, 405, "Method Not Allowed")["detail"],
        "frozen until Monday"
    );
    let bare = fetch("PUT", &format!("{base}/bare")).await;
    problem(&bare, 405, "Method Not Allowed");
    assert_eq!(bare.header("allow"), None);

    let served = fetch("GET", &format!("{base}/tags")).await;
    assert_eq!((served.status, served.body.as_str()), (200, "tags"));
    stop.stop(true).await;
}
