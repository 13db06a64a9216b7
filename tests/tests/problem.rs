//! Problem details and `responses::Json` without a server: `http`
//! conversions, the builders' typed errors, serde both ways, OpenAPI, and
//! the check that the framework tests cover every 4xx and 5xx status.

mod common;

use common::problems::{self, CODES, CreateUser, DETAIL};
use responses::problem::InvalidProblemKind;
use responses::{Json, Problem, Status};
use serde_json::{Value, json};

fn json_of(response: &http::Response<Vec<u8>>) -> Value {
    serde_json::from_slice(response.body()).unwrap()
}

#[test]
fn the_list_of_the_framework_tests_is_every_error_status_that_can_carry_content() {
    let every: Vec<u16> = Status::ALL
        .iter()
        .filter(|status| status.is_client_error() || status.is_server_error())
        .filter(|status| !status.is_content_forbidden())
        .filter(|status| status.standing() != responses::status::Standing::Unused)
        .map(|status| status.code())
        .collect();
    assert_eq!(CODES, every);
}

#[test]
fn every_error_status_as_http_has_its_status_and_phrase() {
    for (code, response) in problems::http_responses() {
        assert_eq!(response.status(), code);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        assert_eq!(json_of(&response), problems::expected_every(code), "{code}");
    }
}

#[test]
fn the_enum_and_the_per_status_type_render_the_same_into_every_byte_body() {
    let expected =
        format!(r#"{{"type":"about:blank","title":"Conflict","status":409,"detail":"{DETAIL}"}}"#);
    let from_enum: http::Response<Vec<u8>> = problems::conflict().into();
    assert_eq!(from_enum.body(), expected.as_bytes());
    let from_type: http::Response<String> =
        responses::response::Conflict::new(Problem::detail(DETAIL)).into();
    assert_eq!(from_type.status(), 409);
    assert_eq!(
        from_type.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(from_type.body(), &expected);
    let bytes: http::Response<axum::body::Bytes> = problems::conflict().into();
    assert_eq!(bytes.body().as_ref(), expected.as_bytes());
}

#[test]
fn typed_header_fields_stay_next_to_a_problem() {
    let response: http::Response<Vec<u8>> = problems::unauthorized().into();
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.headers()["www-authenticate"],
        r#"Basic realm="shop""#
    );
    assert_eq!(json_of(&response)["title"], "Unauthorized");
}

#[test]
fn extensions_that_fail_give_a_minimal_500_in_http() {
    for response in [
        http::Response::<Vec<u8>>::from(problems::broken()),
        problems::clashing().into(),
    ] {
        assert_eq!(response.status(), 500);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        assert_eq!(
            response.body(),
            br#"{"type":"about:blank","title":"Internal Server Error","status":500}"#
        );
    }
}

#[test]
fn a_refused_header_call_beside_a_problem_is_the_minimal_500() {
    // The refusal wins over the problem: nothing of the response meant for
    // 409, its problem document included, is sent; the minimal 500 problem
    // is, as when a problem fails to render.
    let minimal = r#"{"type":"about:blank","title":"Internal Server Error","status":500}"#;
    let refused =
        responses::response::Conflict::new(Problem::detail(DETAIL)).header("x-evil", "a\r\nb");
    let response: http::Response<Vec<u8>> = refused.clone().into();
    assert_eq!(response.status(), 500);
    assert_eq!(
        response.headers().iter().collect::<Vec<_>>(),
        [(
            &http::header::CONTENT_TYPE,
            &http::HeaderValue::from_static("application/problem+json")
        )]
    );
    assert_eq!(response.body(), minimal.as_bytes());
    let response: http::Response<String> = refused.into();
    assert_eq!(
        (response.status().as_u16(), response.body().as_str()),
        (500, minimal)
    );
    let refused = responses::response::Created::new(Json(DETAIL)).header("x-evil", "\0");
    let response: http::Response<bytes::Bytes> = refused.into();
    assert_eq!(
        (response.status().as_u16(), &response.body()[..]),
        (500, minimal.as_bytes())
    );
}

#[test]
fn json_renders_into_http_with_its_content_type() {
    let response: http::Response<Vec<u8>> = problems::created().into();
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.body(), br#"{"id":7}"#);

    // A value that does not serialise is not sent under the success status.
    let failed: http::Response<String> =
        responses::response::Ok::new(Json(problems::Unserialisable)).into();
    assert_eq!(failed.status(), 500);
    assert_eq!(failed.headers()["content-type"], "application/problem+json");
}

#[test]
fn extension_members_with_a_standard_name_are_refused() {
    for name in ["type", "title", "status", "detail", "instance"] {
        let error = Problem::new().with(name, 1).unwrap_err();
        assert_eq!(error.member(), name);
        assert_eq!(error.kind(), &InvalidProblemKind::ReservedName);
        assert!(error.to_string().contains("would overwrite"), "{error}");
    }
    // Names that only look alike are members like any other.
    let problem = Problem::new()
        .with("Status", 1)
        .unwrap()
        .with("types", 2)
        .unwrap();
    assert_eq!(problem.extensions().len(), 2);
}

#[test]
fn an_extension_value_that_fails_to_serialise_is_refused_where_it_is_set() {
    let error = Problem::new()
        .with("x", problems::Unserialisable)
        .unwrap_err();
    assert_eq!(error.member(), "x");
    assert_eq!(
        error.kind(),
        &InvalidProblemKind::Serialize("no".to_owned())
    );
}

#[test]
fn type_and_instance_must_be_uri_references() {
    let spaced = Problem::new().type_("https://example.com/a b").unwrap_err();
    assert_eq!(spaced.member(), "type");
    assert_eq!(
        spaced.kind(),
        &InvalidProblemKind::NotUriReference { index: Some(21) }
    );
    let injected = Problem::new().instance("/a\r\nX-Injected: 1").unwrap_err();
    assert_eq!(injected.member(), "instance");
    assert_eq!(
        injected.kind(),
        &InvalidProblemKind::NotUriReference { index: Some(2) }
    );
    let empty = Problem::new().with_type("").unwrap_err();
    assert_eq!(
        empty.kind(),
        &InvalidProblemKind::NotUriReference { index: None }
    );
    assert!(Problem::new().instance("/caf\u{e9}").is_err());

    let fine = Problem::new()
        .with_type("tag:example.com,2026:out-of-credit")
        .unwrap()
        .instance("../msgs/abc?x=1#y")
        .unwrap();
    assert_eq!(fine.get_type(), "tag:example.com,2026:out-of-credit");
    assert_eq!(fine.get_instance(), Some("../msgs/abc?x=1#y"));
}

#[test]
fn a_problem_serialises_the_members_it_holds() {
    // Outside a response there is no status to fill in.
    let value = serde_json::to_value(Problem::detail("d").with("n", 1).unwrap()).unwrap();
    assert_eq!(value, json!({"type": "about:blank", "detail": "d", "n": 1}));
    // Extensions that are nothing add no member.
    let none = serde_json::to_value(Problem::new().with_extensions(())).unwrap();
    assert_eq!(none, json!({"type": "about:blank"}));
    // Typed extensions that are not a map cannot be members.
    assert!(serde_json::to_value(Problem::new().with_extensions(7)).is_err());
}

#[derive(serde::Deserialize, PartialEq, Debug)]
struct Balance {
    balance: u32,
}

#[test]
fn a_problem_decodes_and_ignores_members_of_the_wrong_type() {
    let decoded: Problem = serde_json::from_str(
        r#"{"type":"https://example.com/probs/out-of-credit","title":"Out of credit",
            "status":403,"detail":"30 is more than 20","instance":"/account/1",
            "balance":30}"#,
    )
    .unwrap();
    assert_eq!(
        decoded.get_type(),
        "https://example.com/probs/out-of-credit"
    );
    assert_eq!(decoded.get_title(), Some("Out of credit"));
    assert_eq!(decoded.get_status(), Some(403));
    assert_eq!(decoded.get_detail(), Some("30 is more than 20"));
    assert_eq!(decoded.get_instance(), Some("/account/1"));
    assert_eq!(decoded.extensions().get("balance"), Some(&json!(30)));

    // RFC 9457 section 3.1: a member of the wrong type is ignored.
    let odd: Problem =
        serde_json::from_str(r#"{"type":7,"title":["x"],"status":"403","detail":null}"#).unwrap();
    assert_eq!(odd, Problem::new());

    // Typed extensions decode from the remaining members.
    let typed: Problem<Balance> = serde_json::from_str(r#"{"status":403,"balance":30}"#).unwrap();
    assert_eq!(typed.extensions(), &Balance { balance: 30 });
    assert!(serde_json::from_str::<Problem<Balance>>(r#"{"status":403}"#).is_err());
    let plain: Problem<()> = serde_json::from_str(r#"{"status":403,"balance":30}"#).unwrap();
    assert_eq!(plain.get_status(), Some(403));
}

#[test]
fn a_decoded_problem_sent_on_its_own_keeps_its_status() {
    use axum::response::IntoResponse;

    let relayed: Problem = serde_json::from_str(r#"{"status":404,"detail":"gone"}"#).unwrap();
    let response = relayed.into_response();
    assert_eq!(response.status(), 404);
    // A decoded status that is not an error is not one to send a problem with.
    let odd: Problem = serde_json::from_str(r#"{"status":200}"#).unwrap();
    assert_eq!(odd.into_response().status(), 500);
    // Inside a status type, the type's status wins over the decoded one.
    let relayed: Problem = serde_json::from_str(r#"{"status":404}"#).unwrap();
    let typed: http::Response<Vec<u8>> = responses::response::Gone::new(relayed).into();
    assert_eq!(json_of(&typed)["status"], 410);
    assert_eq!(json_of(&typed)["title"], "Gone");
}

#[test]
fn json_round_trips_through_serde() {
    let encoded = serde_json::to_string(&Json(vec![1, 2])).unwrap();
    assert_eq!(encoded, "[1,2]");
    let decoded: Json<Vec<u8>> = serde_json::from_str(&encoded).unwrap();
    assert_eq!(decoded, Json(vec![1, 2]));
    assert_eq!(decoded.into_inner(), [1, 2]);
}

#[test]
fn openapi_describes_problems_and_json() {
    use utoipa::IntoResponses;
    use utoipa::openapi::RefOr;

    let responses = CreateUser::responses();
    let document = serde_json::to_value(&responses).unwrap();
    let conflict = &document["409"]["content"];
    assert_eq!(
        conflict.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["application/problem+json"]
    );
    // Problems and named bodies by reference, their schemas registered
    // with the enum's.
    let schemas = {
        use responses::openapi::BodySchemas;
        let mut schemas = Vec::new();
        CreateUser::body_schemas(&mut schemas);
        serde_json::to_value(
            schemas
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>(),
        )
        .unwrap()
    };
    let schema = &conflict["application/problem+json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/Problem");
    let problem = &schemas["Problem"];
    assert_eq!(problem["type"], "object");
    assert_eq!(problem["additionalProperties"], true);
    assert_eq!(problem["properties"]["type"]["format"], "uri-reference");
    assert_eq!(problem["properties"]["type"]["default"], "about:blank");
    assert_eq!(problem["properties"]["status"]["type"], "integer");

    // Typed extensions: the standard members and the extension's schema.
    let typed = &document["422"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(typed[0]["$ref"], "#/components/schemas/Problem");
    let extension = typed[1]["$ref"].as_str().unwrap();
    let extension = &schemas[extension.trim_start_matches("#/components/schemas/")];
    assert!(extension["properties"]["errors"].is_object(), "{extension}");

    let created = &document["201"]["content"]["application/json"]["schema"];
    assert!(created["$ref"].is_string(), "{created}");
    assert!(matches!(responses["201"], RefOr::T(_)));
}

/// clippy's `result_large_err` fires on an error type of 128 bytes or more
/// (its default `large-error-threshold`): the shared error sets of the
/// guide's `?` pattern, with problem, text and small JSON bodies, stay
/// below it, so `Result<CreateUser, ApiError>` passes default lints.
#[test]
fn error_sets_stay_below_clippys_large_err_threshold() {
    use responses::extract::{JsonRejection, Rejection};
    use responses::responses;

    #[derive(serde::Serialize)]
    struct Message {
        detail: String,
    }

    #[responses(401(Problem), 403(Problem), 500(Problem), 503)]
    enum ApiError {}

    #[responses(500(String), 503)]
    enum TextError {}

    #[responses(422(Json<Message>), 500(Json<Message>))]
    enum JsonError {}

    const THRESHOLD: usize = 128;
    for (name, size) in [
        ("Problem", size_of::<Problem>()),
        ("ApiError", size_of::<ApiError>()),
        ("TextError", size_of::<TextError>()),
        ("JsonError", size_of::<JsonError>()),
        ("JsonRejection", size_of::<JsonRejection>()),
        ("Rejection", size_of::<Rejection>()),
    ] {
        assert!(size < THRESHOLD, "{name} is {size} bytes");
    }
}
