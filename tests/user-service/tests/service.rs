//! The service over a real socket: the router's 404 and 405 problems, the
//! handler's own 422 next to the extractor's, a store failure that reaches
//! the shared set through `?`, and the served OpenAPI document, in which
//! every body type is one schema under `components` and every `$ref`
//! resolves.

use std::collections::BTreeSet;
use std::sync::Arc;

use responses_tests_user::{Store, app};
use serde_json::{Value, json};

/// The service on an ephemeral port of 127.0.0.1, its store, and its base
/// URL.
async fn serve() -> (Arc<Store>, String) {
    let store = Arc::new(Store::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let address = listener.local_addr().expect("a bound address");
    let service = app(Arc::clone(&store));
    tokio::spawn(async move { axum::serve(listener, service).await });
    (store, format!("http://{address}"))
}

/// An answer: status, its `Content-Type` and `Allow`, and the body.
struct Answer {
    status: u16,
    content_type: Option<String>,
    allow: Option<String>,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }

    /// The body as a problem of `status`, after checking the media type.
    fn problem(&self, status: u16) -> Value {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(
            self.content_type.as_deref(),
            Some("application/problem+json")
        );
        let problem = self.json();
        assert_eq!(problem["status"], status, "{problem}");
        problem
    }
}

async fn send(method: &str, url: &str, body: Option<&str>) -> Answer {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = reqwest::Client::new().request(method, url);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_owned());
    }
    let response = request.send().await.expect("an answer");
    let field = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().expect("visible ASCII").to_owned())
    };
    let (content_type, allow) = (field("content-type"), field("allow"));
    let status = response.status().as_u16();
    let body = response.text().await.expect("a body");
    Answer {
        status,
        content_type,
        allow,
        body,
    }
}

#[tokio::test]
async fn users_are_created_read_and_deleted() {
    let (_, base) = serve().await;
    let created = send(
        "POST",
        &format!("{base}/users"),
        Some(r#"{"name":"Ada","email":"ada@example.com"}"#),
    )
    .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.content_type.as_deref(), Some("application/json"));
    let id = created.json()["id"].as_u64().expect("an id");

    let read = send("GET", &format!("{base}/users/{id}"), None).await;
    assert_eq!(read.status, 200);
    assert_eq!(read.json()["email"], "ada@example.com");

    let taken = send(
        "POST",
        &format!("{base}/users"),
        Some(r#"{"name":"Ada","email":"ada@example.com"}"#),
    )
    .await;
    let problem = taken.problem(409);
    assert_eq!(problem["detail"], "ada@example.com is already registered");

    let deleted = send("DELETE", &format!("{base}/users/{id}"), None).await;
    assert_eq!((deleted.status, deleted.body.as_str()), (204, ""));
    let gone = send("GET", &format!("{base}/users/{id}"), None).await;
    assert_eq!(gone.problem(404)["detail"], format!("no user {id}"));
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problems() {
    let (_, base) = serve().await;
    let missing = send("GET", &format!("{base}/nowhere"), None).await;
    let problem = missing.problem(404);
    assert_eq!(problem["title"], "Not Found");
    assert_eq!(missing.allow, None);

    let wrong = send("PUT", &format!("{base}/users"), None).await;
    let problem = wrong.problem(405);
    assert_eq!(problem["title"], "Method Not Allowed");
    assert_eq!(problem["detail"], "this resource does not serve PUT");
    assert_eq!(wrong.allow.as_deref(), Some("POST"));

    let wrong = send("PATCH", &format!("{base}/users/1"), None).await;
    wrong.problem(405);
    assert_eq!(wrong.allow.as_deref(), Some("GET,HEAD,DELETE"));
}

#[tokio::test]
async fn the_handlers_own_422_and_the_extractors_have_one_shape() {
    let (_, base) = serve().await;
    let refused = send(
        "POST",
        &format!("{base}/users"),
        Some(r#"{"name":" ","email":"ada"}"#),
    )
    .await;
    let problem = refused.problem(422);
    assert_eq!(
        problem,
        json!({
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "the user is not valid",
            "errors": [
                {"detail": "must not be empty", "pointer": "/name"},
                {"detail": "must be an email address", "pointer": "/email"},
            ],
        })
    );

    // The extractor's 422, before the handler runs.
    let mistyped = send(
        "POST",
        &format!("{base}/users"),
        Some(r#"{"name":1,"email":"ada@example.com"}"#),
    )
    .await;
    let problem = mistyped.problem(422);
    assert_eq!(problem["pointer"], "/name", "{problem}");

    let malformed = send("POST", &format!("{base}/users"), Some("{")).await;
    malformed.problem(400);
    let path = send("GET", &format!("{base}/users/seven"), None).await;
    assert_eq!(path.problem(400)["parameter"], "id");
}

#[tokio::test]
async fn a_store_failure_reaches_the_shared_set_through_question_mark() {
    let (store, base) = serve().await;
    store.set_down(true);
    let down = send(
        "POST",
        &format!("{base}/users"),
        Some(r#"{"name":"Ada","email":"ada@example.com"}"#),
    )
    .await;
    let problem = down.problem(503);
    assert_eq!(problem["title"], "Service Unavailable");
    assert_eq!(problem["detail"], "the user store is not answering");
    let down = send("GET", &format!("{base}/users/1"), None).await;
    down.problem(503);

    store.set_down(false);
    let missing = send("GET", &format!("{base}/users/1"), None).await;
    missing.problem(404);
}

/// Every `$ref` in `value`, with where it was found.
fn references<'a>(value: &'a Value, at: &str, found: &mut Vec<(String, &'a str)>) {
    match value {
        Value::Object(members) => {
            for (name, member) in members {
                match (name.as_str(), member) {
                    ("$ref", Value::String(target)) => found.push((at.to_owned(), target)),
                    _ => references(member, &format!("{at}/{name}"), found),
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                references(item, &format!("{at}/{index}"), found);
            }
        }
        _ => {}
    }
}

/// Every schema of a response's content, as `(operation and status, media
/// type, schema)`.
fn response_schemas(document: &Value) -> Vec<(String, String, &Value)> {
    let mut schemas = Vec::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("a path item") {
            for (status, response) in operation["responses"].as_object().expect("responses") {
                let Some(content) = response["content"].as_object() else {
                    continue;
                };
                for (media_type, media) in content {
                    let at = format!("{method} {path} {status}");
                    schemas.push((at, media_type.clone(), &media["schema"]));
                }
            }
        }
    }
    schemas
}

#[tokio::test]
async fn the_served_document_names_each_body_type_once_and_every_ref_resolves() {
    let (_, base) = serve().await;
    let served = send("GET", &format!("{base}/openapi.json"), None).await;
    assert_eq!(served.status, 200);
    let document = served.json();

    let components = document["components"]["schemas"]
        .as_object()
        .expect("components/schemas");
    let names: BTreeSet<&str> = components.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        BTreeSet::from([
            "InvalidMember",
            "NewUser",
            "Problem",
            "RejectionDetails",
            "User"
        ])
    );

    // Each body is a reference (a problem with typed extensions joins two
    // with `allOf`), never the schema written out again.
    for (at, media_type, schema) in response_schemas(&document) {
        let parts: Vec<&Value> = match schema["allOf"].as_array() {
            Some(parts) => parts.iter().collect(),
            None => vec![schema],
        };
        for part in parts {
            assert!(part["$ref"].is_string(), "{at} {media_type}: {schema}");
        }
    }
    let body = |path: &str, method: &str, status: &str| {
        &document["paths"][path][method]["responses"][status]["content"]
    };
    assert_eq!(
        body("/users", "post", "201")["application/json"]["schema"]["$ref"],
        "#/components/schemas/User"
    );
    assert_eq!(
        body("/users/{id}", "get", "200")["application/json"]["schema"]["$ref"],
        "#/components/schemas/User"
    );
    let rejected = &body("/users", "post", "422")["application/problem+json"]["schema"]["allOf"];
    assert_eq!(rejected[0]["$ref"], "#/components/schemas/Problem");
    assert_eq!(rejected[1]["$ref"], "#/components/schemas/RejectionDetails");
    // One 422, for the extractor's and the handler's.
    assert_eq!(
        document["paths"]["/users"]["post"]["responses"]
            .as_object()
            .expect("responses")
            .keys()
            .collect::<Vec<_>>(),
        ["201", "400", "409", "413", "415", "422", "500", "503"]
    );

    let mut found = Vec::new();
    references(&document, "", &mut found);
    assert!(found.len() > 10, "{found:?}");
    for (at, target) in &found {
        let pointer = target
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{at}: {target} is not local"));
        assert!(
            document.pointer(pointer).is_some(),
            "{at}: {target} does not resolve"
        );
    }
    // Every registered schema is used.
    for name in names {
        let target = format!("#/components/schemas/{name}");
        assert!(
            found.iter().any(|(_, used)| *used == target),
            "{name} is never referred to"
        );
    }
}
