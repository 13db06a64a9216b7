//! The actix-web integration, against a real server on 127.0.0.1 and a
//! real client: every constructor shape sends the right status, header
//! fields and body.

// A handler's error is a response about to be sent, as large as its
// success side (see the guide on shared error sets).
#![allow(clippy::result_large_err)]

mod common;

use actix_web::App;
use actix_web::web::{self, Json};
use responses::header::{Challenge, ContentRange, Location, RetryAfter, Upgrade};
use responses::{Method, responses};
use serde::Serialize;

#[derive(Serialize)]
struct Item {
    id: u32,
}

#[responses(
    200(Json<Item>),
    201(Json<Item>),
    204,
    206(String),
    303,
    401(String),
    405,
    416,
    426,
    429,
    503
)]
enum Shapes {}

async fn ok() -> Shapes {
    Shapes::ok(Json(Item { id: 1 }))
}
async fn created() -> Shapes {
    responses::response::Created::new(Json(Item { id: 2 }))
        .location(Location::from_static("/items/2"))
        .into()
}
async fn no_content() -> Shapes {
    Shapes::no_content()
}
async fn partial() -> Shapes {
    Shapes::partial_content(
        ContentRange::bytes(0, 4, Some(11)).unwrap(),
        "hello".to_owned(),
    )
}
async fn see_other() -> Shapes {
    Shapes::see_other(Location::from_static("/ok"))
}
async fn unauthorized() -> Shapes {
    Shapes::unauthorized(Challenge::basic("shop").unwrap(), "log in".to_owned())
}
async fn not_allowed() -> Shapes {
    Shapes::method_not_allowed([Method::GET, Method::HEAD])
}
async fn range() -> Shapes {
    Shapes::range_not_satisfiable(ContentRange::unsatisfied(11))
}
async fn upgrade() -> Shapes {
    Shapes::upgrade_required(Upgrade::websocket())
}
async fn limited() -> Shapes {
    responses::response::TooManyRequests::empty()
        .retry_after(RetryAfter::seconds(30))
        .into()
}
async fn unavailable() -> Shapes {
    Shapes::service_unavailable()
}
async fn per_status_type() -> responses::response::Accepted<&'static str> {
    responses::response::Accepted::new("queued")
}

#[actix_web::test]
async fn every_constructor_shape_over_http() {
    let (base, stop) = common::actix_server!(|| {
        App::new()
            .route("/ok", web::get().to(ok))
            .route("/created", web::get().to(created))
            .route("/no-content", web::get().to(no_content))
            .route("/partial", web::get().to(partial))
            .route("/see-other", web::get().to(see_other))
            .route("/unauthorized", web::get().to(unauthorized))
            .route("/not-allowed", web::get().to(not_allowed))
            .route("/range", web::get().to(range))
            .route("/upgrade", web::get().to(upgrade))
            .route("/limited", web::get().to(limited))
            .route("/unavailable", web::get().to(unavailable))
            .route("/per-status-type", web::get().to(per_status_type))
            .route("/etag", web::get().to(|| async { common::tagged() }))
            .route("/typed", web::get().to(|| async { common::typed() }))
            .route("/refused", web::get().to(|| async { common::refused() }))
            .route(
                "/refused-name",
                web::get().to(|| async { common::refused_name() }),
            )
    });

    common::assert_every_shape(&base).await;
    common::assert_header_fields(&base).await;

    stop.stop(true).await;
}

/// A body that sets header fields of its own, as `Json` sets
/// `Content-Type`.
struct Labelled;

impl actix_web::Responder for Labelled {
    type Body = actix_web::body::BoxBody;

    fn respond_to(self, _: &actix_web::HttpRequest) -> actix_web::HttpResponse {
        actix_web::HttpResponse::Ok()
            .insert_header(("content-type", "text/plain"))
            .insert_header(("vary", "accept"))
            .insert_header(("x-body", "kept"))
            .body("text")
    }
}

fn values(response: &actix_web::HttpResponse, name: &str) -> Vec<String> {
    response
        .headers()
        .get_all(name)
        .map(|value| value.to_str().expect("visible ASCII").to_owned())
        .collect()
}

#[test]
fn the_typed_fields_replace_the_bodys_fields_of_the_same_name() {
    use actix_web::Responder as _;
    use http::HeaderValue;
    use http::header::{CONTENT_TYPE, VARY};

    let request = actix_web::test::TestRequest::default().to_http_request();

    // One field: it replaces the body's value.
    let one = responses::response::Ok::new(Labelled)
        .header(CONTENT_TYPE, HeaderValue::from_static("text/x-mine"))
        .respond_to(&request);
    assert_eq!(values(&one, "content-type"), ["text/x-mine"]);
    assert_eq!(values(&one, "vary"), ["accept"]);
    assert_eq!(values(&one, "x-body"), ["kept"]);

    // Several: each name's first value replaces the body's, the repeated
    // ones are appended, and the body's other fields stay.
    let several = responses::response::Created::new(Labelled)
        .header(VARY, HeaderValue::from_static("origin"))
        .header(CONTENT_TYPE, HeaderValue::from_static("text/x-mine"))
        .header(VARY, HeaderValue::from_static("cookie"))
        .respond_to(&request);
    assert_eq!(several.status(), 201);
    assert_eq!(values(&several, "vary"), ["origin", "cookie"]);
    assert_eq!(values(&several, "content-type"), ["text/x-mine"]);
    assert_eq!(values(&several, "x-body"), ["kept"]);
    assert_eq!(several.headers().len(), 4);

    // None: the body's fields as they were.
    let none = responses::response::Ok::new(Labelled).respond_to(&request);
    assert_eq!(values(&none, "content-type"), ["text/plain"]);
    assert_eq!(none.headers().len(), 3);
}

/// A shared error set, and a handler's own enum that includes it.
#[responses(401(String), 403(Json<Item>), 503)]
enum ApiError {}

#[responses(201(Json<Item>), 409(String), ..ApiError)]
enum CreateItem {}

/// A failing step with its own error type, mapped by an ordinary `From`.
struct StoreDown;

impl From<StoreDown> for ApiError {
    fn from(StoreDown: StoreDown) -> ApiError {
        ApiError::service_unavailable()
    }
}

fn store(up: bool) -> Result<u32, StoreDown> {
    if up { Ok(3) } else { Err(StoreDown) }
}

fn create_item(up: bool) -> Result<CreateItem, ApiError> {
    let id = store(up)?;
    Ok(CreateItem::created(Json(Item { id })))
}

async fn created_item() -> Result<CreateItem, ApiError> {
    create_item(true)
}
async fn store_down() -> Result<CreateItem, ApiError> {
    create_item(false)
}
async fn forbidden() -> Result<CreateItem, ApiError> {
    Err(ApiError::forbidden(Json(Item { id: 9 })))
}
async fn included() -> CreateItem {
    ApiError::unauthorized(Challenge::basic("shop").unwrap(), "log in".to_owned()).into()
}

#[actix_web::test]
async fn a_result_of_a_set_and_its_including_enum_is_a_handler_and_question_mark_works() {
    let (base, stop) = common::actix_server!(|| {
        App::new()
            .route("/created", web::get().to(created_item))
            .route("/store-down", web::get().to(store_down))
            .route("/forbidden", web::get().to(forbidden))
            .route("/included", web::get().to(included))
    });

    let created = common::get_path(&base, "/created").await;
    assert_eq!(
        (created.status, created.body.as_str()),
        (201, r#"{"id":3}"#)
    );
    let down = common::get_path(&base, "/store-down").await;
    assert_eq!((down.status, down.body.as_str()), (503, ""));
    let forbidden = common::get_path(&base, "/forbidden").await;
    assert_eq!(
        (forbidden.status, forbidden.body.as_str()),
        (403, r#"{"id":9}"#)
    );
    assert_eq!(forbidden.header("content-type"), Some("application/json"));
    let included = common::get_path(&base, "/included").await;
    assert_eq!((included.status, included.body.as_str()), (401, "log in"));
    assert_eq!(
        included.header("www-authenticate"),
        Some(r#"Basic realm="shop""#)
    );

    stop.stop(true).await;
}

#[test]
fn a_set_as_an_actix_error_keeps_its_status_and_display() {
    let error = actix_web::Error::from(ApiError::service_unavailable());
    assert_eq!(error.as_response_error().status_code(), 503);
    assert_eq!(error.to_string(), "503 Service Unavailable");
    assert_eq!(error.error_response().status(), 503);
}
