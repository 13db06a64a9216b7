//! The typed rejections of `responses::Json`, `Path` and `Query`, in axum
//! and in actix-web, against a real server and a real client: each kind of
//! malformed request gets its status, `application/problem+json`, and the
//! member that names what was wrong.

mod common;

use common::{Exchange, send, status_line};
use responses::{
    Json,
    extract::{JsonRejection, Path, Query},
};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct NewUser {
    name: String,
    age: u8,
}

#[derive(Deserialize)]
struct Page {
    limit: u32,
}

#[derive(Deserialize)]
struct Pair {
    owner: String,
    number: u32,
}

/// The size limit both servers set on `/small`.
const SMALL_LIMIT: usize = 64;

fn created(user: &NewUser) -> String {
    format!("{} is {}", user.name, user.age)
}

async fn json_body(base: &str, path: &str, content_type: Option<&str>, body: &str) -> Exchange {
    send(
        "POST",
        &format!("{base}{path}"),
        content_type,
        Some(body.to_owned()),
    )
    .await
}

/// The problem details of a rejection: the status member equals the
/// response's status, the title is the registered phrase.
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
    assert!(problem["detail"].is_string(), "{problem}");
    problem
}

/// Every rejection kind, against a server that routes:
/// `POST /users` (`Json<NewUser>`), `POST /small` (the same, with a body
/// limit of [`SMALL_LIMIT`] bytes), `GET /users/{id}` (`Path<u64>`),
/// `GET /pairs/{owner}/{number}` (`Path<Pair>`), `GET /search`
/// (`Query<Page>`).
async fn assert_every_rejection(base: &str) {
    assert_json_rejections(base).await;
    assert_json_content_rejections(base).await;
    assert_parameter_rejections(base).await;
    assert_status_lines(base).await;
    assert_connections(base).await;
}

/// An answer sent before the body was read to its end (415, 413) closes
/// the HTTP/1.1 connection and says so (`Connection: close`, RFC 9112
/// section 9.6); one sent after reading all of it (422, 400 for malformed
/// JSON) keeps the connection, and so does a 415 to a request without a
/// body. The client keeps connections alive: the field is the server's.
async fn assert_connections(base: &str) {
    let json = Some("application/json");
    let big = format!(r#"{{"name":"{}","age":36}}"#, "a".repeat(SMALL_LIMIT));
    let early = [
        json_body(base, "/users", Some("text/plain"), "{}").await,
        json_body(base, "/small", json, &big).await,
    ];
    for exchange in &early {
        assert_eq!(exchange.header("connection"), Some("close"), "{exchange:?}");
    }
    let read = [
        json_body(base, "/users", json, r#"{"name":1,"age":36}"#).await,
        json_body(base, "/users", json, "{bad").await,
        json_body(base, "/users", None, "").await,
    ];
    assert_eq!(
        read.iter()
            .map(|exchange| exchange.status)
            .collect::<Vec<_>>(),
        [422, 400, 415]
    );
    for exchange in &read {
        assert_eq!(exchange.header("connection"), None, "{exchange:?}");
    }
}

/// The status line carries the registry's phrase, not the `http` crate's
/// older one (`422 Unprocessable Entity`, `413 Payload Too Large`); a
/// status whose phrases agree is left as the server writes it.
async fn assert_status_lines(base: &str) {
    let json = "application/json";
    let wrong_type = status_line(base, "/users", json, r#"{"name":1,"age":36}"#).await;
    assert_eq!(wrong_type, "HTTP/1.1 422 Unprocessable Content");
    let big = format!(r#"{{"name":"{}","age":36}}"#, "a".repeat(SMALL_LIMIT));
    let too_large = status_line(base, "/small", json, &big).await;
    assert_eq!(too_large, "HTTP/1.1 413 Content Too Large");
    let unsupported = status_line(base, "/users", "text/plain", "{}").await;
    assert_eq!(unsupported, "HTTP/1.1 415 Unsupported Media Type");
    let fine = status_line(base, "/users", json, r#"{"name":"Ada","age":36}"#).await;
    assert_eq!(fine, "HTTP/1.1 200 OK");
}

/// `Json`: 415 and 400, and the rejection taken by the handler.
async fn assert_json_rejections(base: &str) {
    // A handler that takes `Result<Json<T>, JsonRejection>` gets the
    // rejection instead of the extractor answering.
    let lenient = json_body(base, "/lenient", Some("text/plain"), "{}").await;
    assert_eq!(
        (lenient.status, lenient.body.as_str()),
        (200, "refused with 415")
    );

    let accepted = json_body(
        base,
        "/users",
        Some("application/json"),
        r#"{"name":"Ada","age":36}"#,
    )
    .await;
    assert_eq!(
        (accepted.status, accepted.body.as_str()),
        (200, "Ada is 36")
    );
    let suffixed = json_body(
        base,
        "/users",
        Some("application/merge-patch+json; charset=utf-8"),
        r#"{"name":"Ada","age":36}"#,
    )
    .await;
    assert_eq!(suffixed.status, 200, "{suffixed:?}");

    // 415: not declared as JSON, or not declared at all.
    let text = json_body(
        base,
        "/users",
        Some("text/plain"),
        r#"{"name":"Ada","age":36}"#,
    )
    .await;
    let problem_415 = problem(&text, 415, "Unsupported Media Type");
    assert_eq!(problem_415["expected_media_type"], "application/json");
    assert!(
        problem_415["detail"]
            .as_str()
            .unwrap()
            .contains("`text/plain`"),
        "{problem_415}"
    );
    let undeclared = json_body(base, "/users", None, r#"{"name":"Ada","age":36}"#).await;
    problem(&undeclared, 415, "Unsupported Media Type");

    // 400: not JSON at all; the pointer is where the parser stopped.
    let malformed = json_body(base, "/users", Some("application/json"), "{bad").await;
    let problem_400 = problem(&malformed, 400, "Bad Request");
    assert_eq!(problem_400["pointer"], "");
    assert_eq!(
        problem_400["detail"],
        "key must be a string at line 1 column 2"
    );
}

/// `Json`: 422 and 413.
async fn assert_json_content_rejections(base: &str) {
    // 422: JSON of the wrong shape, with the member's JSON Pointer and
    // serde's message.
    let wrong_type = json_body(
        base,
        "/users",
        Some("application/json"),
        r#"{"name":1,"age":36}"#,
    )
    .await;
    let problem_422 = problem(&wrong_type, 422, "Unprocessable Content");
    assert_eq!(problem_422["pointer"], "/name");
    assert_eq!(
        problem_422["detail"],
        "invalid type: integer `1`, expected a string at line 1 column 9"
    );
    let out_of_range = json_body(
        base,
        "/users",
        Some("application/json"),
        r#"{"name":"Ada","age":300}"#,
    )
    .await;
    assert_eq!(
        problem(&out_of_range, 422, "Unprocessable Content")["pointer"],
        "/age"
    );
    let missing = json_body(
        base,
        "/users",
        Some("application/json"),
        r#"{"name":"Ada"}"#,
    )
    .await;
    let problem_missing = problem(&missing, 422, "Unprocessable Content");
    assert_eq!(problem_missing["pointer"], "");
    assert!(
        problem_missing["detail"]
            .as_str()
            .unwrap()
            .starts_with("missing field `age`")
    );

    // 413: over the limit the route sets.
    let small = json_body(
        base,
        "/small",
        Some("application/json"),
        r#"{"name":"Ada","age":36}"#,
    )
    .await;
    assert_eq!(small.status, 200, "{small:?}");
    let big = format!(r#"{{"name":"{}","age":36}}"#, "a".repeat(SMALL_LIMIT));
    let too_large = json_body(base, "/small", Some("application/json"), &big).await;
    problem(&too_large, 413, "Content Too Large");
}

/// `Path` and `Query`: 400, naming the parameter.
async fn assert_parameter_rejections(base: &str) {
    // 400: a path parameter that does not parse, named.
    let found = send("GET", &format!("{base}/users/7"), None, None).await;
    assert_eq!((found.status, found.body.as_str()), (200, "user 7"));
    let not_a_number = send("GET", &format!("{base}/users/abc"), None, None).await;
    let problem_path = problem(&not_a_number, 400, "Bad Request");
    assert_eq!(problem_path["parameter"], "id");
    assert!(
        problem_path["detail"]
            .as_str()
            .unwrap()
            .starts_with("path parameter `id`: "),
        "{problem_path}"
    );
    let negative = send("GET", &format!("{base}/users/-1"), None, None).await;
    assert_eq!(problem(&negative, 400, "Bad Request")["parameter"], "id");
    let pair = send("GET", &format!("{base}/pairs/ada/x"), None, None).await;
    assert_eq!(problem(&pair, 400, "Bad Request")["parameter"], "number");

    // 400: a query parameter that does not parse, named; a missing one, in
    // serde's words.
    let page = send("GET", &format!("{base}/search?limit=10"), None, None).await;
    assert_eq!((page.status, page.body.as_str()), (200, "limit 10"));
    let bad_limit = send("GET", &format!("{base}/search?limit=ten"), None, None).await;
    let problem_query = problem(&bad_limit, 400, "Bad Request");
    assert_eq!(problem_query["parameter"], "limit");
    assert!(
        problem_query["detail"]
            .as_str()
            .unwrap()
            .starts_with("query parameter `limit`: "),
        "{problem_query}"
    );
    let no_limit = send("GET", &format!("{base}/search"), None, None).await;
    let problem_no_limit = problem(&no_limit, 400, "Bad Request");
    assert_eq!(problem_no_limit.get("parameter"), None);
    assert!(
        problem_no_limit["detail"]
            .as_str()
            .unwrap()
            .contains("missing field `limit`")
    );
}

// The handlers both servers route to: the extractors are the same types
// under axum and actix-web.

async fn create(Json(user): Json<NewUser>) -> String {
    created(&user)
}

/// Takes the rejection itself, and answers 200 naming its status.
async fn lenient(body: Result<Json<NewUser>, JsonRejection>) -> String {
    match body {
        Ok(Json(user)) => created(&user),
        Err(rejection) => format!("refused with {}", rejection.status().code()),
    }
}

async fn read(Path(id): Path<u64>) -> String {
    format!("user {id}")
}

async fn pair(Path(pair): Path<Pair>) -> String {
    format!("{} {}", pair.owner, pair.number)
}

async fn search(Query(page): Query<Page>) -> String {
    format!("limit {}", page.limit)
}

mod axum_server {
    use super::*;
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};

    #[tokio::test]
    async fn every_rejection_over_http() {
        let app = axum::Router::new()
            .route("/users", post(create))
            .route("/lenient", post(lenient))
            .route(
                "/small",
                post(create).layer(DefaultBodyLimit::max(SMALL_LIMIT)),
            )
            .route("/users/{id}", get(read))
            .route("/pairs/{owner}/{number}", get(pair))
            .route("/search", get(search));
        let base = common::axum_server(app).await;
        assert_every_rejection(&base).await;
    }
}

mod actix_server {
    use super::*;
    use actix_web::{App, web};

    #[actix_web::test]
    async fn every_rejection_over_http() {
        let (base, stop) = common::actix_server!(|| {
            App::new()
                .route("/users", web::post().to(create))
                .route("/lenient", web::post().to(lenient))
                .service(
                    web::resource("/small")
                        .app_data(web::PayloadConfig::new(SMALL_LIMIT))
                        .route(web::post().to(create)),
                )
                .route("/users/{id}", web::get().to(read))
                .route("/pairs/{owner}/{number}", web::get().to(pair))
                .route("/search", web::get().to(search))
        });
        assert_every_rejection(&base).await;
        stop.stop(true).await;
    }
}

/// A handler that uses a `Json` body: its enum includes the extractor's
/// statuses.
#[responses::responses(201(String), 409(responses::Problem), ..responses::extract::JsonRejection)]
#[derive(Debug)]
enum CreateUser {}

#[test]
fn an_including_enum_lists_the_rejections_statuses() {
    use responses::Status;
    assert_eq!(
        CreateUser::STATUSES,
        [
            Status::CREATED,
            Status::CONFLICT,
            Status::BAD_REQUEST,
            Status::CONTENT_TOO_LARGE,
            Status::UNSUPPORTED_MEDIA_TYPE,
            Status::UNPROCESSABLE_CONTENT,
        ]
    );
}

/// A handler's own 422 goes through the set's constructor (declaring it
/// again would overlap, `ui/rejections/own_422.rs`): one 422, one schema.
#[test]
fn a_handlers_own_422_is_sent_through_the_set() {
    let own: CreateUser = responses::extract::JsonRejection::unprocessable_content(
        responses::Problem::detail("the email is on a block list").with_extensions(
            responses::extract::RejectionDetails {
                pointer: Some("/email".to_owned()),
                ..responses::extract::RejectionDetails::default()
            },
        ),
    )
    .into();
    let response: http::Response<String> = own.into();
    assert_eq!(response.status(), 422);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: Value = serde_json::from_str(response.body()).unwrap();
    assert_eq!(problem["pointer"], "/email");
    assert_eq!(problem["title"], "Unprocessable Content");
}

#[test]
fn the_rejections_are_documented_as_problem_details() {
    use utoipa::IntoResponses;
    let documented = serde_json::to_value(CreateUser::responses()).unwrap();
    let codes: Vec<&String> = documented.as_object().unwrap().keys().collect();
    assert_eq!(codes, ["201", "400", "409", "413", "415", "422"]);
    // Each is a problem joined to the rejection's members, both by `$ref`,
    // and the components hold what they refer to.
    let mut document = utoipa::openapi::OpenApi::default();
    responses::openapi::register::<CreateUser>(&mut document);
    let components = serde_json::to_value(document.components.unwrap().schemas).unwrap();
    for code in ["400", "413", "415", "422"] {
        let schema = &documented[code]["content"]["application/problem+json"]["schema"];
        let refs: Vec<&str> = schema["allOf"]
            .as_array()
            .unwrap_or_else(|| panic!("{code}: {schema}"))
            .iter()
            .map(|part| part["$ref"].as_str().unwrap())
            .collect();
        assert_eq!(
            refs,
            [
                "#/components/schemas/Problem",
                "#/components/schemas/RejectionDetails"
            ],
            "{code}"
        );
    }
    assert!(components["Problem"]["properties"].get("status").is_some());
    let details = &components["RejectionDetails"]["properties"];
    for member in ["pointer", "parameter", "expected_media_type", "errors"] {
        assert!(
            details.get(member).is_some(),
            "RejectionDetails lacks {member}: {details}"
        );
    }
}

/// A handler that takes the rejection itself and answers with it, through
/// `Rejection`, which its enum includes.
#[test]
fn each_extractors_rejection_is_a_rejection() {
    #[responses::responses(200(String), ..responses::extract::Rejection)]
    enum Update {}

    let refused = responses::extract::PathRejection::bad_request(
        responses::Problem::detail("x")
            .with_extensions(responses::extract::RejectionDetails::default()),
    );
    let answer = Update::from(responses::extract::Rejection::from(refused));
    assert_eq!(answer.status(), responses::Status::BAD_REQUEST);
    let too_large = responses::extract::JsonRejection::content_too_large(
        responses::Problem::detail("x")
            .with_extensions(responses::extract::RejectionDetails::default()),
    );
    assert_eq!(
        responses::extract::Rejection::from(too_large).status(),
        responses::Status::CONTENT_TOO_LARGE
    );
}

/// Every rejection's body is the same type, handed back whichever status
/// it has: the one conversion a service with an error body of its own
/// writes.
#[test]
fn a_rejection_hands_back_its_problem() {
    use responses::extract::{PathRejection, Rejection, RejectionDetails};
    let details = RejectionDetails {
        pointer: Some("/age".to_owned()),
        ..RejectionDetails::default()
    };
    let rejection = JsonRejection::content_too_large(
        responses::Problem::detail("too big").with_extensions(details.clone()),
    );
    assert_eq!(rejection.status(), responses::Status::CONTENT_TOO_LARGE);
    let problem = rejection.clone().into_problem();
    assert_eq!(problem.get_detail(), Some("too big"));
    assert_eq!(problem.extensions(), &details);
    assert_eq!(
        Rejection::from(rejection).into_problem().get_detail(),
        Some("too big")
    );
    let path = PathRejection::bad_request(
        responses::Problem::detail("not a number").with_extensions(RejectionDetails::default()),
    );
    assert_eq!(path.into_problem().get_detail(), Some("not a number"));
}

/// A handler's own validation errors, listed as RFC 9457 section 3's
/// example lists them, through the one set it includes.
#[test]
fn a_handlers_validation_errors_are_one_422() {
    use responses::extract::InvalidMember;
    let own: CreateUser = JsonRejection::invalid(
        "two members are invalid",
        [
            InvalidMember::new("/age", "must be a positive integer"),
            InvalidMember::new("/profile/color", "must be 'green', 'red' or 'blue'"),
        ],
    )
    .into();
    assert_eq!(own.status(), responses::Status::UNPROCESSABLE_CONTENT);
    let response: http::Response<String> = own.into();
    let problem: Value = serde_json::from_str(response.body()).unwrap();
    assert_eq!(problem["detail"], "two members are invalid");
    assert_eq!(
        problem["errors"],
        serde_json::json!([
            {"pointer": "/age", "detail": "must be a positive integer"},
            {"pointer": "/profile/color", "detail": "must be 'green', 'red' or 'blue'"},
        ])
    );
    assert!(problem.get("pointer").is_none(), "{problem}");
}
