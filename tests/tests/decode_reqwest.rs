//! `from_reqwest` against a real server on 127.0.0.1: an axum service built
//! from the same enums its client decodes with.

mod common;

use axum::Json;
use axum::routing::{get, post};
use responses::decode::DecodeErrorKind;
use responses::header::{Allow, Challenge, Location};
use responses::{Method, Responses, responses};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: u64,
}

#[responses(201(Json<User>), 401(String), 405, 409(Json<String>), 204)]
#[derive(Debug)]
pub enum CreateUser {}

#[derive(Debug, Responses)]
pub enum GetUser {
    #[status(200)]
    Found(Json<User>),
    #[status(303)]
    Elsewhere(Location),
    #[status(404)]
    Missing,
}

async fn serve() -> String {
    let app = axum::Router::new()
        .route(
            "/created",
            post(|| async {
                let location = Location::new("/users/7").unwrap();
                CreateUser::from(
                    responses::response::Created::new(Json(User { id: 7 })).location(location),
                )
            }),
        )
        .route(
            "/conflict",
            post(|| async { CreateUser::conflict(Json("email taken".to_owned())) }),
        )
        .route(
            "/unauthorized",
            post(|| async {
                CreateUser::unauthorized(Challenge::bearer("users").unwrap(), "sign in".to_owned())
            }),
        )
        .route(
            "/wrong-method",
            post(|| async { CreateUser::method_not_allowed([Method::GET, Method::HEAD]) }),
        )
        .route("/deleted", post(|| async { CreateUser::no_content() }))
        .route(
            "/users/7",
            get(|| async { GetUser::Found(Json(User { id: 7 })) }),
        )
        .route(
            "/users/me",
            get(|| async { GetUser::Elsewhere(Location::from_static("/users/7")) }),
        )
        .route("/users/8", get(|| async { GetUser::Missing }))
        .route(
            "/broken",
            post(|| async { (axum::http::StatusCode::CREATED, "not json") }),
        );
    common::axum_server(app).await
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_answer_decodes_into_its_variant() {
    let base = serve().await;
    let client = client();
    let post = |path: &str| client.post(format!("{base}{path}")).send();

    let created = CreateUser::from_reqwest(post("/created").await.unwrap())
        .await
        .unwrap();
    let CreateUser::Created(created) = created else {
        panic!("{created:?}")
    };
    assert_eq!(created.headers()["location"], "/users/7");
    assert_eq!(created.headers()["content-type"], "application/json");
    assert_eq!(created.into_body().0, User { id: 7 });

    let conflict = CreateUser::from_reqwest(post("/conflict").await.unwrap())
        .await
        .unwrap();
    let CreateUser::Conflict(conflict) = conflict else {
        panic!("{conflict:?}")
    };
    assert_eq!(conflict.body().0, "email taken");

    let unauthorized = CreateUser::from_reqwest(post("/unauthorized").await.unwrap())
        .await
        .unwrap();
    let CreateUser::Unauthorized(unauthorized) = unauthorized else {
        panic!()
    };
    assert_eq!(unauthorized.body(), "sign in");
    assert_eq!(
        unauthorized.headers()["www-authenticate"],
        r#"Bearer realm="users""#
    );

    let wrong = CreateUser::from_reqwest(post("/wrong-method").await.unwrap())
        .await
        .unwrap();
    assert!(matches!(wrong, CreateUser::MethodNotAllowed(_)));
    let deleted = CreateUser::from_reqwest(post("/deleted").await.unwrap())
        .await
        .unwrap();
    assert!(matches!(deleted, CreateUser::NoContent(_)));
}

#[tokio::test]
async fn the_derive_form_decodes_over_http() {
    let base = serve().await;
    let client = client();
    let get = |path: &str| client.get(format!("{base}{path}")).send();

    let found = GetUser::from_reqwest(get("/users/7").await.unwrap())
        .await
        .unwrap();
    assert!(matches!(found, GetUser::Found(Json(User { id: 7 }))));
    let elsewhere = GetUser::from_reqwest(get("/users/me").await.unwrap())
        .await
        .unwrap();
    assert!(matches!(elsewhere, GetUser::Elsewhere(location) if location.as_str() == "/users/7"));
    let missing = GetUser::from_reqwest(get("/users/8").await.unwrap())
        .await
        .unwrap();
    assert!(matches!(missing, GetUser::Missing));
}

#[tokio::test]
async fn errors_over_http_keep_the_response() {
    let base = serve().await;
    let client = client();

    // A route the enum does not describe: axum's 404 for an unknown path.
    let response = client.get(format!("{base}/nowhere")).send().await.unwrap();
    let error = CreateUser::from_reqwest(response).await.unwrap_err();
    assert!(matches!(error.kind(), DecodeErrorKind::UndeclaredStatus));
    assert_eq!(error.status(), 404);

    // A 201 whose body is not the declared JSON.
    let response = client.post(format!("{base}/broken")).send().await.unwrap();
    let error = CreateUser::from_reqwest(response).await.unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::Body { .. }),
        "{error}"
    );
    assert_eq!(error.body(), "not json");
    assert_eq!(error.headers()["content-type"], "text/plain; charset=utf-8");

    // `Allow` read back as what the server built.
    let response = client
        .post(format!("{base}/wrong-method"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        Allow::try_from(&response.headers()["allow"]).unwrap(),
        Allow::new([Method::GET, Method::HEAD])
    );
}
