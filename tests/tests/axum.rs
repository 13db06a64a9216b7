//! The axum integration, against a real server on 127.0.0.1 and a real
//! client: every constructor shape sends the right status, header fields
//! and body. How typed fields merge with a body's own fields is checked on
//! the converted response directly.

// A handler's error is a response about to be sent, as large as its
// success side (see the guide on shared error sets).
#![allow(clippy::result_large_err)]

mod common;

use axum::Json;
use axum::routing::get;
use common::{fetch, get_path};
use responses::header::{Challenge, ContentRange, Location, RetryAfter, Upgrade};
use responses::{Method, responses};
use serde::{Serialize, Serializer};

#[derive(Serialize)]
struct Item {
    id: u32,
}

/// Serialising it fails, as a body sometimes does.
struct Unserialisable;

impl Serialize for Unserialisable {
    fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("no"))
    }
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
    202(Json<Unserialisable>),
    503
)]
enum Shapes {}

async fn serve() -> String {
    let app = axum::Router::new()
        .route("/ok", get(|| async { Shapes::ok(Json(Item { id: 1 })) }))
        .route(
            "/created",
            get(|| async {
                Shapes::from(
                    responses::response::Created::new(Json(Item { id: 2 }))
                        .location(Location::from_static("/items/2")),
                )
            }),
        )
        .route("/no-content", get(|| async { Shapes::no_content() }))
        .route(
            "/partial",
            get(|| async {
                let range = ContentRange::bytes(0, 4, Some(11)).unwrap();
                Shapes::partial_content(range, "hello".to_owned())
            }),
        )
        .route(
            "/see-other",
            get(|| async { Shapes::see_other(Location::from_static("/ok")) }),
        )
        .route(
            "/unauthorized",
            get(|| async {
                Shapes::unauthorized(Challenge::basic("shop").unwrap(), "log in".to_owned())
            }),
        )
        .route(
            "/not-allowed",
            get(|| async { Shapes::method_not_allowed([Method::GET, Method::HEAD]) }),
        )
        .route(
            "/range",
            get(|| async { Shapes::range_not_satisfiable(ContentRange::unsatisfied(11)) }),
        )
        .route(
            "/upgrade",
            get(|| async { Shapes::upgrade_required(Upgrade::websocket()) }),
        )
        .route(
            "/limited",
            get(|| async {
                Shapes::from(
                    responses::response::TooManyRequests::empty()
                        .retry_after(RetryAfter::seconds(30)),
                )
            }),
        )
        .route(
            "/broken-body",
            get(|| async { Shapes::accepted(Json(Unserialisable)) }),
        )
        .route(
            "/broken-body-with-field",
            get(|| async {
                Shapes::from(
                    responses::response::Accepted::new(Json(Unserialisable))
                        .header("x-trace", "t-1"),
                )
            }),
        )
        .route(
            "/per-status-type",
            get(|| async { responses::response::Accepted::new("queued") }),
        )
        .route(
            "/unavailable",
            get(|| async { Shapes::service_unavailable() }),
        )
        .route("/etag", get(|| async { common::tagged() }))
        .route("/typed", get(|| async { common::typed() }))
        .route("/refused", get(|| async { common::refused() }))
        .route("/refused-name", get(|| async { common::refused_name() }));
    common::axum_server(app).await
}

#[tokio::test]
async fn every_constructor_shape_over_http() {
    let base = serve().await;

    common::assert_every_shape(&base).await;
}

#[tokio::test]
async fn header_fields_reach_the_wire_unchanged_and_refused_ones_answer_500() {
    let base = serve().await;

    common::assert_header_fields(&base).await;
}

#[tokio::test]
async fn a_body_that_fails_keeps_its_error_status() {
    let base = serve().await;
    let broken = get_path(&base, "/broken-body").await;
    // axum answers 500 with the serialisation error; the typed response
    // must not relabel that as its own status and headers.
    assert_eq!(broken.status, 500);
    assert!(broken.body.contains("no"), "{}", broken.body);

    // With header fields set, the failed body's response is sent as it is
    // too: the fields were meant for the 202.
    let broken = get_path(&base, "/broken-body-with-field").await;
    assert_eq!(broken.status, 500);
    assert!(broken.body.contains("no"), "{}", broken.body);
    assert_eq!(broken.header("x-trace"), None);
}

#[tokio::test]
async fn head_requests_carry_the_header_fields_without_the_body() {
    let base = serve().await;
    let head = fetch("HEAD", &format!("{base}/created")).await;
    assert_eq!(head.status, 201);
    assert_eq!(head.header("location"), Some("/items/2"));
    // A client reads no body after a HEAD whatever the server sends; the
    // bytes on the socket show whether one was sent.
    let address = base.strip_prefix("http://").unwrap();
    let request = format!("HEAD /created HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n");
    let answer = common::raw_answer(address, &request).await;
    let (fields, body) = answer.split_once("\r\n\r\n").expect("a header section");
    assert!(fields.starts_with("HTTP/1.1 201 Created\r\n"), "{fields}");
    assert!(fields.contains("\r\nlocation: /items/2"), "{fields}");
    assert_eq!(body, "");
}

/// A body that sets header fields of its own, as `Json` sets
/// `Content-Type`.
struct Labelled;

impl axum::response::IntoResponse for Labelled {
    fn into_response(self) -> axum::response::Response {
        (
            [
                ("content-type", "text/plain"),
                ("vary", "accept"),
                ("x-body", "kept"),
            ],
            "text",
        )
            .into_response()
    }
}

fn values(response: &axum::response::Response, name: &str) -> Vec<String> {
    response
        .headers()
        .get_all(name)
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_typed_fields_replace_the_bodys_fields_of_the_same_name() {
    use axum::response::IntoResponse;
    use http::HeaderValue;
    use http::header::{CONTENT_TYPE, VARY};

    // One field (kept inline): it replaces the body's value.
    let one = responses::response::Ok::new(Labelled)
        .header(CONTENT_TYPE, HeaderValue::from_static("text/x-mine"))
        .into_response();
    assert_eq!(values(&one, "content-type"), ["text/x-mine"]);
    assert_eq!(values(&one, "vary"), ["accept"]);
    assert_eq!(values(&one, "x-body"), ["kept"]);

    // Several: each name's first value replaces the body's, the repeated
    // ones are appended, and the body's other fields stay.
    let several = responses::response::Ok::new(Labelled)
        .header(VARY, HeaderValue::from_static("origin"))
        .header(CONTENT_TYPE, HeaderValue::from_static("text/x-mine"))
        .header(VARY, HeaderValue::from_static("cookie"))
        .into_response();
    assert_eq!(several.status(), 200);
    assert_eq!(values(&several, "vary"), ["origin", "cookie"]);
    assert_eq!(values(&several, "content-type"), ["text/x-mine"]);
    assert_eq!(values(&several, "x-body"), ["kept"]);
    assert_eq!(several.headers().len(), 4);

    // None: the body's fields as they were.
    let none = responses::response::Ok::new(Labelled).into_response();
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

#[tokio::test]
async fn a_result_of_a_set_and_its_including_enum_is_a_handler_and_question_mark_works() {
    let app = axum::Router::new()
        .route("/created", get(|| async { create_item(true) }))
        .route("/store-down", get(|| async { create_item(false) }))
        .route(
            "/forbidden",
            get(|| async { CreateItem::from(ApiError::forbidden(Json(Item { id: 9 }))) }),
        )
        .route(
            "/conflict",
            get(|| async { CreateItem::conflict("taken".to_owned()) }),
        );
    let base = common::axum_server(app).await;

    let created = get_path(&base, "/created").await;
    assert_eq!(
        (created.status, created.body.as_str()),
        (201, r#"{"id":3}"#)
    );
    let down = get_path(&base, "/store-down").await;
    assert_eq!((down.status, down.body.as_str()), (503, ""));
    let forbidden = get_path(&base, "/forbidden").await;
    assert_eq!(
        (forbidden.status, forbidden.body.as_str()),
        (403, r#"{"id":9}"#)
    );
    assert_eq!(forbidden.header("content-type"), Some("application/json"));
    let conflict = get_path(&base, "/conflict").await;
    assert_eq!((conflict.status, conflict.body.as_str()), (409, "taken"));
}
