//! The router in process: the statuses, header fields and error bodies that
//! the RealWorld collection does not look at (it checks successes only).

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use conduit::{AppState, auth, db, router};
use serde_json::{Value, json};
use std::sync::Arc;
use tower::ServiceExt;

fn app() -> Router {
    let state = AppState {
        db: db::Db::open(None).expect("an in-memory database opens"),
        keys: Arc::new(auth::Keys::new(b"test secret")),
    };
    router(state)
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Value,
}

async fn send(
    app: &Router,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> Answer {
    let mut request = Request::builder().method(method).uri(path);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Token {token}"));
    }
    if body.is_some() {
        request = request.header(header::CONTENT_TYPE, "application/json");
    }
    let request = request
        .body(Body::from(body.unwrap_or_default().to_owned()))
        .expect("a valid request");
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("a body");
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).expect("a JSON body")
    };
    Answer {
        status,
        headers,
        body,
    }
}

async fn register(app: &Router, name: &str) -> String {
    let body = json!({"user": {"username": name, "email": format!("{name}@example.com"), "password": "secret"}});
    let answer = send(app, "POST", "/api/users", None, Some(&body.to_string())).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    assert_eq!(
        answer.headers[header::LOCATION],
        format!("/api/profiles/{name}")
    );
    answer.body["user"]["token"]
        .as_str()
        .expect("a token")
        .to_owned()
}

/// The specification's error body, with its one message.
fn message(answer: &Answer) -> &str {
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/json");
    let messages = answer.body["errors"]["body"]
        .as_array()
        .expect("errors.body");
    assert_eq!(messages.len(), 1, "{}", answer.body);
    messages[0].as_str().expect("a string")
}

#[tokio::test]
async fn a_taken_username_is_a_409_with_the_specifications_body() {
    let app = app();
    register(&app, "ada").await;
    let again = json!({"user": {"username": "ada", "email": "other@example.com", "password": "x"}});
    let answer = send(&app, "POST", "/api/users", None, Some(&again.to_string())).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(message(&answer), "username has already been taken");
}

#[tokio::test]
async fn refused_requests_are_422_with_the_specifications_body() {
    let app = app();
    let cases = [
        (r#"{"user": {"username": "a""#, "(400 Bad Request)"),
        (r#"{"user": ["a", "b", "c"]}"#, "at /user"),
        (
            r#"{"user": {"username": "", "email": "e", "password": "p"}}"#,
            "at /user/username",
        ),
    ];
    for (body, expected) in cases {
        let answer = send(&app, "POST", "/api/users", None, Some(body)).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(
            message(&answer).contains(expected),
            "{body}: {}",
            answer.body
        );
    }
    let answer = send(&app, "GET", "/api/articles?limit=0", None, None).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(message(&answer), "limit must be at least 1");
    let answer = send(&app, "GET", "/api/articles?offset=ten", None, None).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        message(&answer).contains("in parameter offset"),
        "{}",
        answer.body
    );
}

#[tokio::test]
async fn no_or_a_bad_token_is_a_401_with_the_token_challenge() {
    let app = app();
    for token in [None, Some("not-a-jwt")] {
        let answer = send(&app, "GET", "/api/user", token, None).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        assert_eq!(
            answer.headers[header::WWW_AUTHENTICATE],
            r#"Token realm="conduit""#
        );
        assert_eq!(answer.body, Value::Null);
    }
    // A token signed with another secret is refused too.
    let foreign = auth::Keys::new(b"another secret").issue(1);
    let answer = send(&app, "GET", "/api/articles", Some(&foreign), None).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_the_author_changes_an_article_and_a_deleted_one_is_gone() {
    let app = app();
    let author = register(&app, "author").await;
    let reader = register(&app, "reader").await;
    let article = json!({"article": {"title": "Dragons", "description": "d", "body": "b", "tagList": ["x", "a", "x"]}});
    let created = send(
        &app,
        "POST",
        "/api/articles",
        Some(&author),
        Some(&article.to_string()),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.headers[header::LOCATION], "/api/articles/dragons");
    assert_eq!(created.body["article"]["tagList"], json!(["a", "x"]));

    let change = json!({"article": {"title": "Wyverns"}}).to_string();
    let denied = send(
        &app,
        "PUT",
        "/api/articles/dragons",
        Some(&reader),
        Some(&change),
    )
    .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    assert_eq!(message(&denied), "only the author may change this article");
    let changed = send(
        &app,
        "PUT",
        "/api/articles/dragons",
        Some(&author),
        Some(&change),
    )
    .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_eq!(changed.body["article"]["slug"], "wyverns");

    let deleted = send(&app, "DELETE", "/api/articles/wyverns", Some(&author), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let gone = send(&app, "GET", "/api/articles/wyverns", None, None).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(message(&gone), "article not found");
}

#[tokio::test]
async fn the_feed_has_the_articles_of_followed_authors_only() {
    let app = app();
    let author = register(&app, "writer").await;
    let reader = register(&app, "follower").await;
    for title in ["One", "Two", "Three"] {
        let article = json!({"article": {"title": title, "description": "d", "body": "b"}});
        let created = send(
            &app,
            "POST",
            "/api/articles",
            Some(&author),
            Some(&article.to_string()),
        )
        .await;
        assert_eq!(created.status, StatusCode::CREATED);
    }
    let empty = send(&app, "GET", "/api/articles/feed", Some(&reader), None).await;
    assert_eq!(empty.body["articlesCount"], 0);
    let followed = send(
        &app,
        "POST",
        "/api/profiles/writer/follow",
        Some(&reader),
        None,
    )
    .await;
    assert_eq!(followed.body["profile"]["following"], true);
    let page = send(
        &app,
        "GET",
        "/api/articles/feed?limit=2&offset=1",
        Some(&reader),
        None,
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body["articlesCount"], 3);
    let slugs: Vec<&str> = page.body["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|article| article["slug"].as_str().expect("a slug"))
        .collect();
    // Most recent first, one skipped.
    assert_eq!(slugs, ["two", "one"]);
    assert!(page.body["articles"][0].get("body").is_none());
}

#[tokio::test]
async fn the_served_document_is_the_printed_one() {
    use utoipa::OpenApi;
    let app = app();
    let served = send(&app, "GET", "/api/openapi.json", None, None).await;
    assert_eq!(served.status, StatusCode::OK);
    let printed = serde_json::to_value(conduit::ApiDoc::openapi()).expect("serialises");
    assert_eq!(served.body, printed);
    let statuses: Vec<&String> = printed["paths"]["/articles/{slug}"]["delete"]["responses"]
        .as_object()
        .expect("responses")
        .keys()
        .collect();
    assert_eq!(statuses, ["204", "401", "403", "404", "409", "422", "500"]);
}
