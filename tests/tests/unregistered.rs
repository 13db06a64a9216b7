//! Unregistered codes (`custom 499("Client Closed Request")(Problem)`): a
//! variant of its own whose status is the code with the declared phrase,
//! sent with that phrase by http, axum and actix-web, documented under its
//! own key, decoded from the wire ahead of its class's range, and shared
//! through sets with the overlap rules of registered statuses.

mod common;

use common::get_status_line;
use responses::response::OutsideRange;
use responses::status::{Standing, StatusClass};
use responses::{Problem, Responses, Status, responses};
use serde_json::Value;
use utoipa::IntoResponses;

/// A search behind nginx and Cloudflare, as a client sees it.
#[responses(
    200(String),
    404,
    custom 499("Client Closed Request")(Problem),
    custom 520("Web Server Returned an Unknown Error"),
    4XX(Problem),
    5XX(String),
)]
#[derive(Debug)]
enum Search {}

#[test]
fn the_variant_holds_the_declared_status() {
    let gone = Search::client_closed_request(Problem::detail("the client left"));
    let status = gone.status();
    assert_eq!(status.code(), 499);
    assert_eq!(status.phrase(), "Client Closed Request");
    assert_eq!(status.to_string(), "499 Client Closed Request");
    assert_eq!(status.name(), "ClientClosedRequest");
    assert_eq!(status.constant_name(), "CLIENT_CLOSED_REQUEST");
    assert_eq!(status.class(), StatusClass::ClientError);
    assert_eq!(status.standing(), Standing::Unregistered);
    assert!(!status.is_registered());
    assert!(Status::NOT_FOUND.is_registered());
    assert!(!status.is_content_forbidden());
    assert!(status.required_headers().is_empty());
    // The wire still refuses the code: only the declaration makes it a status.
    assert!(Status::from_u16(499).is_err());
    let Search::ClientClosedRequest(held) = gone else {
        panic!("expected the 499 variant");
    };
    assert_eq!(held.body().get_detail(), Some("the client left"));

    let unknown = Search::web_server_returned_an_unknown_error();
    assert_eq!(
        unknown.status().to_string(),
        "520 Web Server Returned an Unknown Error"
    );
    assert_eq!(unknown.status().class(), StatusClass::ServerError);
}

#[test]
fn statuses_lists_the_unregistered_codes_after_the_named_ones() {
    let codes: Vec<u16> = Search::STATUSES
        .iter()
        .map(|status| status.code())
        .collect();
    assert_eq!(codes, [200, 404, 499, 520]);
    assert_eq!(<Search as Responses>::STATUSES, Search::STATUSES);
    assert!(Search::STATUSES.contains(&Search::client_closed_request(Problem::new()).status()));
}

#[test]
fn a_range_does_not_hold_a_declared_code() {
    let held = Search::try_client_error(Search::STATUSES[2], Problem::new()).err();
    assert_eq!(held, Some(OutsideRange::Named(Search::STATUSES[2])));
}

#[test]
fn the_http_conversion_sends_the_code_and_a_problem_titled_with_the_phrase() {
    let response: http::Response<String> =
        Search::client_closed_request(Problem::detail("gone")).into();
    assert_eq!(response.status(), 499);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: Value = serde_json::from_str(response.body()).unwrap();
    assert_eq!(
        problem,
        serde_json::json!({
            "type": "about:blank",
            "title": "Client Closed Request",
            "status": 499,
            "detail": "gone",
        })
    );
    let empty: http::Response<String> = Search::web_server_returned_an_unknown_error().into();
    assert_eq!(empty.status(), 520);
    assert_eq!(empty.body(), "");
}

#[test]
fn a_refused_header_on_an_unregistered_code_sends_a_500() {
    let Search::ClientClosedRequest(held) = Search::client_closed_request(Problem::new()) else {
        panic!("expected the 499 variant");
    };
    let refused: Search = held.header("x-trace", "a\r\nb").into();
    let response: http::Response<String> = refused.into();
    assert_eq!(response.status(), 500);
    assert!(response.headers().get("x-trace").is_none());
}

fn closed() -> Search {
    Search::client_closed_request(Problem::detail("gone"))
}

fn unknown() -> Search {
    let Search::WebServerReturnedAnUnknownError(held) =
        Search::web_server_returned_an_unknown_error()
    else {
        panic!("expected the 520 variant");
    };
    held.header("x-origin", "down").into()
}

async fn assert_sent(base: &str) {
    assert_eq!(
        get_status_line(base, "/closed").await,
        "HTTP/1.1 499 Client Closed Request"
    );
    let closed = common::get_path(base, "/closed").await;
    assert_eq!(closed.status, 499);
    let problem: Value = serde_json::from_str(&closed.body).unwrap();
    assert_eq!(problem["status"], 499);
    assert_eq!(problem["title"], "Client Closed Request");
    assert_eq!(
        get_status_line(base, "/unknown").await,
        "HTTP/1.1 520 Web Server Returned an Unknown Error"
    );
    let unknown = common::get_path(base, "/unknown").await;
    assert_eq!(unknown.status, 520);
    assert_eq!(unknown.header("x-origin"), Some("down"));
    assert_eq!(unknown.body, "");
}

#[tokio::test]
async fn axum_sends_the_code_with_its_declared_phrase() {
    use axum::routing::get;
    let app = axum::Router::new()
        .route("/closed", get(|| async { closed() }))
        .route("/unknown", get(|| async { unknown() }));
    let base = common::axum_server(app).await;
    assert_sent(&base).await;
}

#[actix_web::test]
async fn actix_web_sends_the_code_with_its_declared_phrase() {
    use actix_web::{App, web};
    let (base, stop) = common::actix_server!(|| {
        App::new()
            .route("/closed", web::get().to(|| async { closed() }))
            .route("/unknown", web::get().to(|| async { unknown() }))
    });
    assert_sent(&base).await;
    stop.stop(true).await;
}

#[test]
fn openapi_documents_the_code_under_its_own_key() {
    let documented = serde_json::to_value(Search::responses()).unwrap();
    let keys: Vec<&str> = documented
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["200", "404", "499", "4XX", "520", "5XX"]);
    assert_eq!(
        documented["499"]["description"],
        "Client Closed Request: a code outside the IANA registry."
    );
    assert!(
        documented["499"]["content"]["application/problem+json"]["schema"].is_object(),
        "{documented:#}"
    );
    assert!(documented["520"].get("content").is_none(), "{documented:#}");
}

fn received(code: u16, content_type: &str, body: &'static str) -> http::Response<&'static str> {
    http::Response::builder()
        .status(code)
        .header("content-type", content_type)
        .body(body)
        .unwrap()
}

#[test]
fn a_declared_code_decodes_into_its_variant_ahead_of_the_range() {
    let closed = received(
        499,
        "application/problem+json",
        r#"{"status":499,"title":"Client Closed Request"}"#,
    );
    let Search::ClientClosedRequest(closed) = Search::from_response(closed).unwrap() else {
        panic!("expected the 499 variant");
    };
    assert_eq!(closed.status().to_string(), "499 Client Closed Request");
    assert_eq!(closed.body().get_title(), Some("Client Closed Request"));

    let unknown = received(520, "text/plain", "");
    assert!(matches!(
        Search::from_response(unknown),
        Ok(Search::WebServerReturnedAnUnknownError(_))
    ));
    // A registered status of the class still goes to the range.
    let limited = received(429, "application/problem+json", r#"{"status":429}"#);
    assert!(matches!(
        Search::from_response(limited),
        Ok(Search::ClientError(_))
    ));
}

#[test]
fn a_problem_whose_status_member_differs_from_the_line_is_refused() {
    let mismatched = received(499, "application/problem+json", r#"{"status":404}"#);
    assert!(Search::from_response(mismatched).is_err());
}

#[test]
fn an_undeclared_unregistered_code_is_refused() {
    let error = Search::from_response(received(498, "text/plain", "")).unwrap_err();
    assert!(matches!(
        error.kind(),
        responses::decode::DecodeErrorKind::UndeclaredStatus
    ));
    assert_eq!(error.status(), 498);
}

/// A set of the statuses a proxy adds, an unregistered one among them.
#[responses(502, custom 499("Client Closed Request")(Problem))]
#[derive(Debug)]
enum Proxy {}

#[responses(200(String), ..Proxy, 4XX(Problem))]
#[derive(Debug)]
enum Fetch {}

#[test]
fn a_set_brings_its_unregistered_code() {
    let codes: Vec<u16> = Fetch::STATUSES.iter().map(|status| status.code()).collect();
    assert_eq!(codes, [200, 502, 499]);
    let closed: Fetch = Proxy::client_closed_request(Problem::new()).into();
    assert_eq!(closed.status().to_string(), "499 Client Closed Request");
    let response: http::Response<String> = closed.into();
    assert_eq!(response.status(), 499);
    // Decoded into the set's variant, not the enum's 4XX range.
    let received = received(499, "application/problem+json", r#"{"status":499}"#);
    assert!(matches!(
        Fetch::from_response(received),
        Ok(Fetch::Proxy(Proxy::ClientClosedRequest(_)))
    ));
    let documented = serde_json::to_value(Fetch::responses()).unwrap();
    assert!(documented.get("499").is_some(), "{documented:#}");
}
