//! Header fields declared per status, `headers(..)`: sent as declared by
//! axum and actix-web over a real socket, read back and checked when
//! decoding, and listed in the OpenAPI description.

#![allow(clippy::result_large_err)]

mod common;

use headers::{CacheControl, ETag, HeaderMapExt as _};
use responses::decode::DecodeErrorKind;
use responses::header::RetryAfter;
use responses::{Json, Problem, responses};
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Serialize, Deserialize, Debug, PartialEq, utoipa::ToSchema)]
struct User {
    id: u32,
}

#[responses(429(Problem, headers(RetryAfter)), 500(Problem))]
#[derive(Debug)]
pub enum ApiError {}

#[responses(
    200(Json<User>, headers(ETag, Option<CacheControl>)),
    304(headers(ETag)),
    404(Problem),
    ..ApiError
)]
#[derive(Debug)]
pub enum GetUser {}

fn tag() -> ETag {
    "\"v7\"".parse().expect("an entity tag")
}

/// The handler: 304 when `If-None-Match` names the current tag, 429 from
/// the included set for user 0.
fn get_user(id: u32, if_none_match: Option<&str>) -> GetUser {
    if id == 0 {
        return ApiError::too_many_requests(Problem::detail("slow down"), RetryAfter::seconds(30))
            .into();
    }
    if if_none_match == Some("\"v7\"") {
        return GetUser::not_modified(tag());
    }
    GetUser::ok(
        Json(User { id }),
        tag(),
        Some(CacheControl::new().with_max_age(Duration::from_secs(60))),
    )
}

async fn conditional(base: &str) {
    let client = reqwest::Client::new();
    let ok = client.get(format!("{base}/users/7")).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.headers()["etag"], "\"v7\"");
    assert_eq!(ok.headers()["cache-control"], "max-age=60");
    assert_eq!(ok.text().await.unwrap(), r#"{"id":7}"#);

    let not_modified = client
        .get(format!("{base}/users/7"))
        .header("if-none-match", "\"v7\"")
        .send()
        .await
        .unwrap();
    assert_eq!(not_modified.status(), 304);
    assert_eq!(not_modified.headers()["etag"], "\"v7\"");
    assert!(not_modified.headers().get("cache-control").is_none());
    assert_eq!(not_modified.text().await.unwrap(), "");

    let limited = client.get(format!("{base}/users/0")).send().await.unwrap();
    assert_eq!(limited.status(), 429);
    assert_eq!(limited.headers()["retry-after"], "30");
}

#[tokio::test]
async fn axum_sends_the_declared_fields() {
    use axum::extract::Path;
    use axum::http::HeaderMap;
    async fn handler(Path(id): Path<u32>, request: HeaderMap) -> GetUser {
        let tag = request
            .get("if-none-match")
            .and_then(|value| value.to_str().ok());
        get_user(id, tag)
    }
    let app = axum::Router::new().route("/users/{id}", axum::routing::get(handler));
    let base = common::axum_server(app).await;
    conditional(&base).await;
}

#[actix_web::test]
async fn actix_sends_the_declared_fields() {
    use actix_web::{App, HttpRequest, web};
    async fn handler(id: web::Path<u32>, request: HttpRequest) -> GetUser {
        let tag = request
            .headers()
            .get("if-none-match")
            .and_then(|value| value.to_str().ok());
        get_user(id.into_inner(), tag)
    }
    let (base, stop) =
        common::actix_server!(|| { App::new().route("/users/{id}", web::get().to(handler)) });
    conditional(&base).await;
    stop.stop(true).await;
}

#[test]
fn http_conversion_sends_the_declared_fields() {
    let response: http::Response<Vec<u8>> = get_user(3, None).into();
    assert_eq!(response.headers()["etag"], "\"v7\"");
    assert_eq!(response.headers()["cache-control"], "max-age=60");
    // An optional field left out is not sent.
    let response: http::Response<Vec<u8>> = GetUser::ok(Json(User { id: 3 }), tag(), None).into();
    assert_eq!(response.headers()["etag"], "\"v7\"");
    assert!(response.headers().get("cache-control").is_none());
}

fn received(
    status: u16,
    fields: &[(&str, &str)],
    body: &'static str,
) -> http::Response<&'static str> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in fields {
        builder = builder.header(*name, *value);
    }
    builder.body(body).unwrap()
}

#[test]
fn decoding_gives_the_fields_back() {
    let response = received(
        200,
        &[("etag", "\"v7\""), ("cache-control", "no-store")],
        r#"{"id":7}"#,
    );
    let GetUser::Ok(ok) = GetUser::from_response(response).unwrap() else {
        panic!("expected 200");
    };
    assert_eq!(ok.field::<ETag>(), Some(tag()));
    assert_eq!(
        ok.field::<CacheControl>(),
        Some(CacheControl::new().with_no_store())
    );
    assert_eq!(ok.body().0, User { id: 7 });
}

#[test]
fn an_optional_field_may_be_absent() {
    let response = received(200, &[("etag", "\"v7\"")], r#"{"id":7}"#);
    let GetUser::Ok(ok) = GetUser::from_response(response).unwrap() else {
        panic!("expected 200");
    };
    assert_eq!(ok.field::<CacheControl>(), None);
    assert_eq!(ok.field::<ETag>(), Some(tag()));
}

#[test]
fn a_missing_field_names_the_field_and_the_status() {
    let response = received(304, &[], "");
    let error = GetUser::from_response(response).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingDeclaredHeader { name } if name == "etag"),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "cannot decode a 304 Not Modified response: the `etag` header field is missing, \
         and the enum declares it for this status"
    );
}

#[test]
fn a_malformed_field_is_refused() {
    let response = received(200, &[("etag", "not quoted")], r#"{"id":7}"#);
    let error = GetUser::from_response(response).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::InvalidHeader { name, .. } if name == "etag"),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .starts_with("cannot decode a 200 OK response: the `etag`")
    );
    // An optional field, present, must be valid too.
    let response = received(
        200,
        &[("etag", "\"v7\""), ("cache-control", "max-age=\"x")],
        r#"{"id":7}"#,
    );
    let error = GetUser::from_response(response).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::InvalidHeader { name, .. } if name == "cache-control"),
        "{error}"
    );
}

#[test]
fn an_included_set_checks_its_own_fields() {
    let error = GetUser::from_response(received(429, &[], "")).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingDeclaredHeader { name } if name == "retry-after"),
        "{error}"
    );
    let response = received(
        429,
        &[
            ("retry-after", "30"),
            ("content-type", "application/problem+json"),
        ],
        r#"{"title":"Too Many Requests","status":429}"#,
    );
    let GetUser::ApiError(ApiError::TooManyRequests(limited)) =
        GetUser::from_response(response).unwrap()
    else {
        panic!("expected 429");
    };
    assert_eq!(limited.field::<RetryAfter>(), Some(RetryAfter::seconds(30)));
}

#[test]
fn the_document_lists_the_fields_and_which_are_always_sent() {
    use utoipa::IntoResponses as _;
    let map = serde_json::to_value(GetUser::responses()).unwrap();
    let ok = &map["200"];
    assert!(
        ok["headers"]["etag"]["description"]
            .as_str()
            .unwrap()
            .starts_with("Always sent")
    );
    assert_eq!(ok["headers"]["etag"]["schema"]["type"], "string");
    assert!(
        ok["headers"]["cache-control"]["description"]
            .as_str()
            .unwrap()
            .contains("may be absent")
    );
    assert_eq!(ok["x-required-headers"], serde_json::json!(["etag"]));
    let not_modified = &map["304"];
    // Under the dataset's spelling, once: 304 lists ETag among its fields.
    assert!(not_modified["headers"].get("etag").is_none());
    assert_eq!(
        not_modified["x-required-headers"],
        serde_json::json!(["ETag"])
    );
    assert!(
        not_modified["headers"]["ETag"]["description"]
            .as_str()
            .unwrap()
            .contains("RFC 9110, section 15.4.5")
    );
    // The included set's fields come with its statuses.
    assert_eq!(
        map["429"]["x-required-headers"],
        serde_json::json!(["Retry-After"])
    );
    assert!(map["404"].get("x-required-headers").is_none());
}

#[test]
fn the_typed_map_round_trips_through_the_headers_crate() {
    let GetUser::Ok(ok) = GetUser::ok(Json(User { id: 1 }), tag(), None) else {
        panic!("expected 200");
    };
    assert_eq!(ok.headers().typed_get::<ETag>(), Some(tag()));
}

/// A field type of the user's own, implemented with `DeclaredField`'s
/// three required methods only.
#[derive(Debug, PartialEq)]
struct RequestId(String);

impl responses::header::DeclaredField for RequestId {
    fn field_name() -> http::HeaderName {
        http::HeaderName::from_static("x-request-id")
    }

    fn insert_into(self, map: &mut http::HeaderMap) {
        let value = http::HeaderValue::try_from(self.0).expect("a visible-ASCII id");
        map.insert(Self::field_name(), value);
    }

    fn read_from(map: &http::HeaderMap) -> Result<Option<Self>, responses::header::InvalidHeader> {
        Ok(map
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
            .map(|id| RequestId(id.to_owned())))
    }
}

#[responses(202(String, headers(RequestId, ETag)), 404)]
#[derive(Debug)]
pub enum Enqueue {}

#[test]
fn a_users_own_field_type_is_sent_and_decoded() {
    // Its field goes into the map beside a `headers` field kept inline.
    let sent = Enqueue::accepted("queued".to_owned(), RequestId("r-1".to_owned()), tag());
    let response: http::Response<String> = sent.into();
    assert_eq!(response.headers()["x-request-id"], "r-1");
    assert_eq!(response.headers()["etag"], "\"v7\"");
    assert_eq!(response.headers().len(), 2);

    let decoded = Enqueue::from_response(response).expect("a declared 202");
    let Enqueue::Accepted(accepted) = decoded else {
        panic!("a 202, decoded as {decoded:?}");
    };
    assert_eq!(
        accepted.field::<RequestId>(),
        Some(RequestId("r-1".to_owned()))
    );
    assert_eq!(accepted.field::<ETag>(), Some(tag()));

    // Without it, the 202 does not decode.
    let missing = http::Response::builder()
        .status(202)
        .header("etag", "\"v7\"")
        .body("queued".to_owned())
        .unwrap();
    let error = Enqueue::from_response(missing).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingDeclaredHeader { name } if name == "x-request-id"),
        "{error:?}"
    );
}
