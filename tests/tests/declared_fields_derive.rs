//! Header fields declared per status in the derive form,
//! `#[status(200, headers(ETag))]`: the variant holds them after its
//! status's own fields and before its body; sent as declared by http, axum
//! and actix-web over a real socket, read back into the variant when
//! decoding, and listed in the OpenAPI description.

#![allow(clippy::result_large_err)]

mod common;

use headers::{CacheControl, ETag};
use responses::decode::DecodeErrorKind;
use responses::header::Location;
use responses::{Json, Problem, Responses};
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Serialize, Deserialize, Debug, PartialEq, utoipa::ToSchema)]
pub struct User {
    id: u32,
}

#[derive(Responses, Debug)]
pub enum GetUser {
    #[status(200, headers(ETag, Option<CacheControl>))]
    Ok(ETag, Option<CacheControl>, Json<User>),
    #[status(304, headers(ETag))]
    NotModified(ETag),
    /// The status's own field, `Location`, comes before the declared one.
    #[status(303, headers(Option<CacheControl>))]
    SeeOther(Location, Option<CacheControl>),
    #[status(404)]
    NotFound(Problem),
}

fn tag() -> ETag {
    "\"v7\"".parse().expect("an entity tag")
}

fn a_minute() -> CacheControl {
    CacheControl::new().with_max_age(Duration::from_secs(60))
}

/// The handler: 304 when `If-None-Match` names the current tag, 303 for
/// user 1, 404 for user 0.
fn get_user(id: u32, if_none_match: Option<&str>) -> GetUser {
    match id {
        0 => GetUser::NotFound(Problem::detail("no such user")),
        1 => GetUser::SeeOther(
            Location::new("/users/7").unwrap(),
            Some(CacheControl::new().with_no_store()),
        ),
        _ if if_none_match == Some("\"v7\"") => GetUser::NotModified(tag()),
        _ => GetUser::Ok(tag(), Some(a_minute()), Json(User { id })),
    }
}

async fn conditional(base: &str) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
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

    let moved = client.get(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(moved.status(), 303);
    assert_eq!(moved.headers()["location"], "/users/7");
    assert_eq!(moved.headers()["cache-control"], "no-store");

    let missing = client.get(format!("{base}/users/0")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.headers().get("etag").is_none());
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
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["etag"], "\"v7\"");
    assert_eq!(response.headers()["cache-control"], "max-age=60");
    // An optional field left out is not sent.
    let response: http::Response<Vec<u8>> = GetUser::Ok(tag(), None, Json(User { id: 3 })).into();
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
fn decoding_fills_the_variant_s_fields() {
    let response = received(
        200,
        &[("etag", "\"v7\""), ("cache-control", "no-store")],
        r#"{"id":7}"#,
    );
    let GetUser::Ok(etag, cache, Json(user)) = GetUser::from_response(response).unwrap() else {
        panic!("expected 200");
    };
    assert_eq!(etag, tag());
    assert_eq!(cache, Some(CacheControl::new().with_no_store()));
    assert_eq!(user, User { id: 7 });

    let response = received(200, &[("etag", "\"v7\"")], r#"{"id":7}"#);
    let GetUser::Ok(_, cache, _) = GetUser::from_response(response).unwrap() else {
        panic!("expected 200");
    };
    assert_eq!(cache, None);

    let response = received(304, &[("etag", "\"v7\"")], "");
    let GetUser::NotModified(etag) = GetUser::from_response(response).unwrap() else {
        panic!("expected 304");
    };
    assert_eq!(etag, tag());

    let response = received(303, &[("location", "/users/7")], "");
    let GetUser::SeeOther(location, cache) = GetUser::from_response(response).unwrap() else {
        panic!("expected 303");
    };
    assert_eq!(location, Location::new("/users/7").unwrap());
    assert_eq!(cache, None);
}

#[test]
fn a_missing_field_names_the_field_and_the_status() {
    let error = GetUser::from_response(received(304, &[], "")).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingDeclaredHeader { name } if name == "etag"),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "cannot decode a 304 Not Modified response: the `etag` header field is missing, \
         and the enum declares it for this status"
    );
    // The refused response is kept.
    assert_eq!(error.status(), 304);
}

#[test]
fn a_malformed_field_is_refused() {
    let response = received(200, &[("etag", "not quoted")], r#"{"id":7}"#);
    let error = GetUser::from_response(response).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::InvalidHeader { name, .. } if name == "etag"),
        "{error}"
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
    assert!(
        ok["headers"]["cache-control"]["description"]
            .as_str()
            .unwrap()
            .contains("may be absent")
    );
    assert_eq!(ok["x-required-headers"], serde_json::json!(["etag"]));
    assert_eq!(
        map["304"]["x-required-headers"],
        serde_json::json!(["ETag"])
    );
    assert!(map["303"]["headers"]["cache-control"].is_object());
    assert!(map["404"].get("x-required-headers").is_none());
}

/// A field the status only permits, declared: held and sent, as the message
/// for an undeclared one suggests.
#[test]
fn a_permitted_field_declared_is_held_and_sent() {
    #[derive(Responses, Debug)]
    pub enum CreateUser {
        #[status(201, headers(Location))]
        Created(Location, Json<User>),
    }
    let created = CreateUser::Created(Location::new("/users/8").unwrap(), Json(User { id: 8 }));
    let response: http::Response<Vec<u8>> = created.into();
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["location"], "/users/8");
    let error = CreateUser::from_response(received(201, &[], r#"{"id":8}"#)).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingDeclaredHeader { name } if name == "location"),
        "{error}"
    );
}
