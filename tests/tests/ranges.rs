//! Range entries (`4XX(Problem)`, `5XX(String)`): any status of the class
//! that the enum does not name, held as a value, built with a checked
//! status, sent with its phrase by http, axum and actix-web, documented
//! under OpenAPI's range keys and decoded from the wire.

mod common;

use common::get_status_line;
use responses::response::{AnyClientError, OutsideRange};
use responses::{Problem, Status, responses, status};
use serde_json::Value;
use utoipa::IntoResponses;

#[responses(200(String), 404, 4XX(Problem), 5XX(String))]
#[derive(Debug)]
enum GetUser {}

#[test]
fn a_range_variant_holds_its_status_checked_at_compile_time() {
    let limited = GetUser::client_error::<429>(Problem::new());
    assert_eq!(limited.status(), Status::TOO_MANY_REQUESTS);
    let teapot = GetUser::client_error::<{ status!(418).code() }>(Problem::new());
    assert_eq!(teapot.status(), Status::IM_A_TEAPOT);
    let GetUser::ServerError(gateway) = GetUser::server_error::<502>("down".to_owned()) else {
        panic!("expected the 5XX variant");
    };
    assert_eq!(gateway.status(), Status::BAD_GATEWAY);
    assert_eq!(gateway.body(), "down");
    // The named statuses keep their own status.
    assert_eq!(GetUser::not_found().status(), Status::NOT_FOUND);
}

#[test]
fn a_status_known_at_run_time_is_checked_with_a_typed_error() {
    let conflict = GetUser::try_client_error(Status::CONFLICT, Problem::new()).unwrap();
    assert_eq!(conflict.status(), Status::CONFLICT);
    assert_eq!(
        GetUser::try_client_error(Status::BAD_GATEWAY, Problem::new()).err(),
        Some(OutsideRange::OtherClass {
            status: Status::BAD_GATEWAY,
            range: 4
        })
    );
    // 404 is named: it has its own variant.
    let named = GetUser::try_client_error(Status::NOT_FOUND, Problem::new()).err();
    assert_eq!(named, Some(OutsideRange::Named(Status::NOT_FOUND)));
    assert_eq!(
        named.unwrap().to_string(),
        "404 Not Found is declared by the enum: build its own variant instead of the range's"
    );
    assert_eq!(
        AnyClientError::try_new(Status::CONFLICT, ()).map(|range| range.status()),
        Ok(Status::CONFLICT)
    );
}

#[test]
fn the_http_conversion_sends_the_held_status_and_a_problem_of_it() {
    let response: http::Response<String> =
        GetUser::client_error::<422>(Problem::new().with_detail("bad")).into();
    assert_eq!(response.status(), 422);
    let problem: Value = serde_json::from_str(response.body()).unwrap();
    assert_eq!(problem["status"], 422);
    assert_eq!(problem["title"], "Unprocessable Content");
    assert_eq!(problem["detail"], "bad");
}

fn limited() -> GetUser {
    GetUser::client_error::<429>(Problem::new().with_detail("slow down"))
}

fn unprocessable() -> GetUser {
    GetUser::client_error::<422>(Problem::new())
}

fn gateway() -> GetUser {
    GetUser::server_error::<502>("upstream down".to_owned())
}

async fn assert_sent(base: &str) {
    let limited = common::get_path(base, "/limited").await;
    assert_eq!(limited.status, 429);
    assert_eq!(
        limited.header("content-type"),
        Some("application/problem+json")
    );
    let problem: Value = serde_json::from_str(&limited.body).unwrap();
    assert_eq!(problem["status"], 429);
    assert_eq!(problem["title"], "Too Many Requests");
    assert_eq!(problem["detail"], "slow down");
    let gateway = common::get_path(base, "/gateway").await;
    assert_eq!(gateway.status, 502);
    assert_eq!(gateway.body, "upstream down");
    // The registry's phrase, where the http crate still has the old one.
    assert_eq!(
        get_status_line(base, "/unprocessable").await,
        "HTTP/1.1 422 Unprocessable Content"
    );
    assert_eq!(
        get_status_line(base, "/gateway").await,
        "HTTP/1.1 502 Bad Gateway"
    );
}

#[tokio::test]
async fn axum_sends_the_held_status_with_its_phrase() {
    use axum::routing::get;
    let app = axum::Router::new()
        .route("/limited", get(|| async { limited() }))
        .route("/unprocessable", get(|| async { unprocessable() }))
        .route("/gateway", get(|| async { gateway() }));
    let base = common::axum_server(app).await;
    assert_sent(&base).await;
}

#[actix_web::test]
async fn actix_web_sends_the_held_status_with_its_phrase() {
    use actix_web::{App, web};
    let (base, stop) = common::actix_server!(|| {
        App::new()
            .route("/limited", web::get().to(|| async { limited() }))
            .route(
                "/unprocessable",
                web::get().to(|| async { unprocessable() }),
            )
            .route("/gateway", web::get().to(|| async { gateway() }))
    });
    assert_sent(&base).await;
    stop.stop(true).await;
}

#[test]
fn openapi_documents_the_range_keys_with_the_bodys_schema() {
    let documented = serde_json::to_value(GetUser::responses()).unwrap();
    let keys: Vec<&str> = documented
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["200", "404", "4XX", "5XX"]);
    assert!(
        documented["4XX"]["content"]["application/problem+json"]["schema"].is_object(),
        "{documented:#}"
    );
    assert_eq!(
        documented["5XX"]["content"]["text/plain; charset=utf-8"]["schema"]["type"],
        "string"
    );
}

#[derive(serde::Serialize, utoipa::ToSchema)]
struct Unavailable {
    retry_in: u32,
}

#[responses(204, 5XX(axum::Json<Unavailable>))]
enum Refresh {}

#[test]
fn a_range_bodys_named_schema_is_registered_and_referred_to() {
    let documented = serde_json::to_value(Refresh::responses()).unwrap();
    assert_eq!(
        documented["5XX"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/Unavailable",
        "{documented:#}"
    );
    let mut document = utoipa::openapi::OpenApi::default();
    responses::openapi::register::<Refresh>(&mut document);
    let schemas = &document.components.unwrap().schemas;
    assert!(schemas.contains_key("Unavailable"), "{:?}", schemas.keys());
}

fn received(code: u16, content_type: &str, body: &'static str) -> http::Response<&'static str> {
    http::Response::builder()
        .status(code)
        .header("content-type", content_type)
        .body(body)
        .unwrap()
}

#[test]
fn an_unnamed_status_of_the_class_decodes_into_the_range() {
    let limited = received(
        429,
        "application/problem+json",
        r#"{"status":429,"title":"Too Many Requests","detail":"slow down"}"#,
    );
    let GetUser::ClientError(limited) = GetUser::from_response(limited).unwrap() else {
        panic!("expected the 4XX variant");
    };
    assert_eq!(limited.status(), Status::TOO_MANY_REQUESTS);
    assert_eq!(limited.body().get_detail(), Some("slow down"));

    let gateway = received(502, "text/html", "<h1>Bad Gateway</h1>");
    let GetUser::ServerError(gateway) = GetUser::from_response(gateway).unwrap() else {
        panic!("expected the 5XX variant");
    };
    assert_eq!(gateway.status(), Status::BAD_GATEWAY);
    assert_eq!(gateway.headers()["content-type"], "text/html");
    assert_eq!(gateway.into_body(), "<h1>Bad Gateway</h1>");
}

#[test]
fn a_named_status_decodes_into_its_own_variant() {
    let missing = received(404, "text/plain", "");
    assert!(matches!(
        GetUser::from_response(missing),
        Ok(GetUser::NotFound(_))
    ));
}

#[test]
fn a_status_of_an_undeclared_class_is_refused() {
    let found = http::Response::builder()
        .status(302)
        .header("location", "/elsewhere")
        .body("")
        .unwrap();
    let error = GetUser::from_response(found).unwrap_err();
    assert!(matches!(
        error.kind(),
        responses::decode::DecodeErrorKind::UndeclaredStatus
    ));
    assert_eq!(error.status(), 302);
}

#[test]
fn a_body_that_does_not_decode_as_declared_is_refused() {
    let not_a_problem = received(429, "application/problem+json", "not json");
    assert!(GetUser::from_response(not_a_problem).is_err());
}

/// The errors every handler shares, a range among them.
#[responses(401(Problem), 5XX(Problem))]
#[derive(Debug)]
enum ApiError {}

/// A set that names a status of `ApiError`'s range.
#[responses(503)]
#[derive(Debug)]
enum Maintenance {}

#[responses(200(String), 404, ..ApiError, ..Maintenance)]
#[derive(Debug)]
enum GetOrder {}

/// A set including a set: its range reaches the outer enum too.
#[responses(404, ..ApiError)]
#[derive(Debug)]
enum Lookup {}

#[responses(200(String), ..Lookup)]
#[derive(Debug)]
enum GetInvoice {}

#[test]
fn an_enum_knows_the_ranges_of_its_sets() {
    use responses::Responses;
    use responses::status::StatusClass;
    assert_eq!(
        <GetUser as Responses>::RANGES,
        [StatusClass::ClientError, StatusClass::ServerError]
    );
    assert_eq!(<GetOrder as Responses>::RANGES, [StatusClass::ServerError]);
    assert_eq!(
        <GetInvoice as Responses>::RANGES,
        [StatusClass::ServerError]
    );
    assert!(<Maintenance as Responses>::RANGES.is_empty());
}

fn failed_upstream() -> GetOrder {
    ApiError::server_error::<502>(Problem::new().with_detail("upstream down")).into()
}

async fn assert_set_range_sent(base: &str) {
    let failed = common::get_path(base, "/failed").await;
    assert_eq!(failed.status, 502);
    let problem: Value = serde_json::from_str(&failed.body).unwrap();
    assert_eq!(problem["status"], 502);
    assert_eq!(problem["title"], "Bad Gateway");
    assert_eq!(problem["detail"], "upstream down");
    assert_eq!(
        get_status_line(base, "/failed").await,
        "HTTP/1.1 502 Bad Gateway"
    );
}

#[tokio::test]
async fn axum_sends_a_sets_range_variant() {
    use axum::routing::get;
    let app = axum::Router::new().route("/failed", get(|| async { failed_upstream() }));
    let base = common::axum_server(app).await;
    assert_set_range_sent(&base).await;
}

#[actix_web::test]
async fn actix_web_sends_a_sets_range_variant() {
    use actix_web::{App, web};
    let (base, stop) = common::actix_server!(|| {
        App::new().route("/failed", web::get().to(|| async { failed_upstream() }))
    });
    assert_set_range_sent(&base).await;
    stop.stop(true).await;
}

#[test]
fn an_unnamed_status_decodes_into_a_sets_range() {
    let gateway = received(
        502,
        "application/problem+json",
        r#"{"status":502,"title":"Bad Gateway"}"#,
    );
    let GetOrder::ApiError(ApiError::ServerError(gateway)) =
        GetOrder::from_response(gateway).unwrap()
    else {
        panic!("expected the 5XX variant of ApiError");
    };
    assert_eq!(gateway.status(), Status::BAD_GATEWAY);
    assert_eq!(gateway.body().get_status(), Some(502));

    // Through two sets.
    let failed = received(500, "application/problem+json", r#"{"status":500}"#);
    assert!(matches!(
        GetInvoice::from_response(failed),
        Ok(GetInvoice::Lookup(Lookup::ApiError(ApiError::ServerError(
            _
        ))))
    ));
}

#[test]
fn a_named_status_wins_over_a_sets_range() {
    // Named by another set.
    let unavailable = received(503, "text/plain", "");
    assert!(matches!(
        GetOrder::from_response(unavailable),
        Ok(GetOrder::Maintenance(Maintenance::ServiceUnavailable(_)))
    ));
    // Named by the set itself, and by the enum.
    let unauthorized = http::Response::builder()
        .status(401)
        .header("www-authenticate", "Bearer")
        .header("content-type", "application/problem+json")
        .body(r#"{"status":401}"#)
        .unwrap();
    assert!(matches!(
        GetOrder::from_response(unauthorized),
        Ok(GetOrder::ApiError(ApiError::Unauthorized(_)))
    ));
    let missing = received(404, "text/plain", "");
    assert!(matches!(
        GetOrder::from_response(missing),
        Ok(GetOrder::NotFound(_))
    ));
    // No range of the class: refused.
    let limited = received(429, "application/problem+json", r#"{"status":429}"#);
    let error = GetOrder::from_response(limited).unwrap_err();
    assert!(matches!(
        error.kind(),
        responses::decode::DecodeErrorKind::UndeclaredStatus
    ));
}

#[test]
fn openapi_documents_a_sets_range_under_its_key() {
    let documented = serde_json::to_value(GetOrder::responses()).unwrap();
    let keys: Vec<&str> = documented
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["200", "401", "404", "503", "5XX"]);
    assert!(
        documented["5XX"]["content"]["application/problem+json"]["schema"].is_object(),
        "{documented:#}"
    );
    let nested = serde_json::to_value(GetInvoice::responses()).unwrap();
    assert!(nested.get("5XX").is_some(), "{nested:#}");
}

/// `default`: anything neither named nor held by a range.
#[responses(200(String), 404, 5XX(String), default(Problem))]
#[derive(Debug)]
enum Fetch {}

#[test]
fn default_holds_what_no_status_or_range_names() {
    let limited = Fetch::other::<429>(Problem::new());
    assert_eq!(limited.status(), Status::TOO_MANY_REQUESTS);
    let Fetch::Other(moved) = Fetch::try_other(Status::PERMANENT_REDIRECT, Problem::new()).unwrap()
    else {
        panic!("expected the default variant");
    };
    assert_eq!(moved.status(), Status::PERMANENT_REDIRECT);
    assert_eq!(
        Fetch::try_other(Status::BAD_GATEWAY, Problem::new()).err(),
        Some(OutsideRange::HeldByRange(Status::BAD_GATEWAY))
    );
    assert_eq!(
        Fetch::try_other(Status::NOT_FOUND, Problem::new()).err(),
        Some(OutsideRange::Named(Status::NOT_FOUND))
    );
    assert_eq!(
        Fetch::try_other(Status::CONTINUE, Problem::new()).err(),
        Some(OutsideRange::Informational(Status::CONTINUE))
    );
    assert_eq!(
        Fetch::try_other(Status::NO_CONTENT, Problem::new()).err(),
        Some(OutsideRange::ContentForbidden(Status::NO_CONTENT))
    );
    assert_eq!(
        OutsideRange::HeldByRange(Status::BAD_GATEWAY).to_string(),
        "502 Bad Gateway is of a range the enum declares: build that range's variant \
         instead of the default's"
    );
}

fn conflict() -> Fetch {
    Fetch::other::<409>(Problem::new().with_detail("taken"))
}

async fn assert_default_sent(base: &str) {
    let conflict = common::get_path(base, "/conflict").await;
    assert_eq!(conflict.status, 409);
    let problem: Value = serde_json::from_str(&conflict.body).unwrap();
    assert_eq!(problem["status"], 409);
    assert_eq!(problem["title"], "Conflict");
    assert_eq!(problem["detail"], "taken");
    assert_eq!(
        get_status_line(base, "/conflict").await,
        "HTTP/1.1 409 Conflict"
    );
}

#[tokio::test]
async fn axum_sends_the_default_variant() {
    use axum::routing::get;
    let app = axum::Router::new().route("/conflict", get(|| async { conflict() }));
    let base = common::axum_server(app).await;
    assert_default_sent(&base).await;
}

#[actix_web::test]
async fn actix_web_sends_the_default_variant() {
    use actix_web::{App, web};
    let (base, stop) = common::actix_server!(|| {
        App::new().route("/conflict", web::get().to(|| async { conflict() }))
    });
    assert_default_sent(&base).await;
    stop.stop(true).await;
}

#[test]
fn default_decodes_what_no_status_or_range_takes() {
    let limited = received(429, "application/problem+json", r#"{"status":429}"#);
    let Fetch::Other(limited) = Fetch::from_response(limited).unwrap() else {
        panic!("expected the default variant");
    };
    assert_eq!(limited.status(), Status::TOO_MANY_REQUESTS);
    let found = http::Response::builder()
        .status(302)
        .header("location", "/elsewhere")
        .header("content-type", "application/problem+json")
        .body("{}")
        .unwrap();
    assert!(matches!(Fetch::from_response(found), Ok(Fetch::Other(_))));
    // The range and the named status win.
    let gateway = received(502, "text/plain", "down");
    assert!(matches!(
        Fetch::from_response(gateway),
        Ok(Fetch::ServerError(_))
    ));
    let missing = received(404, "text/plain", "");
    assert!(matches!(
        Fetch::from_response(missing),
        Ok(Fetch::NotFound(_))
    ));
    // Neither an unregistered code nor a status without content.
    for code in [499, 204] {
        let error = Fetch::from_response(received(code, "text/plain", "")).unwrap_err();
        assert!(
            matches!(
                error.kind(),
                responses::decode::DecodeErrorKind::UndeclaredStatus
            ),
            "{code}"
        );
    }
}

#[test]
fn openapi_documents_default_under_its_key() {
    let documented = serde_json::to_value(Fetch::responses()).unwrap();
    let keys: Vec<&str> = documented
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["200", "404", "5XX", "default"]);
    assert_eq!(documented["default"]["description"], "Any other status.");
    assert!(
        documented["default"]["content"]["application/problem+json"]["schema"].is_object(),
        "{documented:#}"
    );
}

/// A set whose `default` the including enum's own entries narrow.
#[responses(401(Problem), default(Problem))]
#[derive(Debug)]
enum Fallback {}

#[responses(200(String), 4XX(String), ..Fallback)]
#[derive(Debug)]
enum Search {}

#[test]
fn a_sets_default_takes_what_no_entry_of_the_enum_names() {
    use responses::Responses;
    assert_eq!(
        [
            <Search as Responses>::HAS_DEFAULT,
            <GetOrder as Responses>::HAS_DEFAULT
        ],
        [true, false]
    );
    let found = http::Response::builder()
        .status(302)
        .header("location", "/elsewhere")
        .header("content-type", "application/problem+json")
        .body("{}")
        .unwrap();
    assert!(matches!(
        Search::from_response(found),
        Ok(Search::Fallback(Fallback::Other(_)))
    ));
    // The enum's own range wins over the set's default.
    let limited = received(429, "text/plain", "slow down");
    assert!(matches!(
        Search::from_response(limited),
        Ok(Search::ClientError(_))
    ));
    let documented = serde_json::to_value(Search::responses()).unwrap();
    let keys: Vec<&str> = documented
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["200", "401", "4XX", "default"]);
}
