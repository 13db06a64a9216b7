//! The router-level fallbacks of axum, over a real socket: an unknown path
//! is a 404 problem, a method a route does not serve a 405 problem with
//! the route's `Allow`.

mod common;

use axum::routing::get;
use common::{Exchange, fetch};
use responses::extract::{method_not_allowed, not_found};
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
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let base = format!("http://{address}");

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
