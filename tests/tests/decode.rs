//! Decoding responses into their enums: what is read, and every kind of
//! `DecodeError` with what it keeps. The round trips are in
//! `decode_roundtrip.rs`; `from_reqwest` over a socket in `decode_reqwest.rs`.

use std::error::Error as _;

use axum::Json;
use bytes::Bytes;
use http::header::{ALLOW, CONTENT_RANGE, LOCATION, WWW_AUTHENTICATE};
use responses::decode::{Decode, DecodeError, DecodeErrorKind};
use responses::header::{Allow, InvalidHeaderKind, Location};
use responses::{Method, Responses, responses};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: u64,
    pub email: String,
}

/// Outcomes of `POST /users`, as a client reads them.
#[responses(201(Json<User>), 204, 303, 401(String), 404, 405, 206(Vec<u8>))]
#[derive(Debug)]
pub enum CreateUser {}

fn response(status: u16, headers: &[(&str, &str)], body: &'static [u8]) -> http::Response<Bytes> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Bytes::from_static(body)).unwrap()
}

fn error(response: http::Response<Bytes>) -> DecodeError {
    CreateUser::from_response(response).unwrap_err()
}

#[test]
fn the_variant_is_picked_by_status_and_the_body_decoded_by_its_type() {
    let created = CreateUser::from_response(response(
        201,
        &[("location", "/users/7"), ("x-request-id", "r-1")],
        br#"{"id":7,"email":"a@example.com"}"#,
    ))
    .unwrap();
    let CreateUser::Created(created) = created else {
        panic!("expected 201, got {created:?}");
    };
    // Every field stays readable, whether the status names it or not.
    assert_eq!(created.headers()["location"], "/users/7");
    assert_eq!(created.headers()["x-request-id"], "r-1");
    let user: User = created.into_body().0;
    assert_eq!(
        user,
        User {
            id: 7,
            email: "a@example.com".into()
        }
    );

    let moved = CreateUser::from_response(response(303, &[("location", "/users/7")], b"")).unwrap();
    assert!(matches!(moved, CreateUser::SeeOther(_)));
    let part = CreateUser::from_response(response(
        206,
        &[("content-range", "bytes 0-2/9")],
        b"\xff\x00a",
    ));
    let Ok(CreateUser::PartialContent(part)) = part else {
        panic!("{part:?}")
    };
    assert_eq!(part.body(), b"\xff\x00a");
}

#[test]
fn any_bytes_body_is_accepted() {
    let from_vec = http::Response::builder()
        .status(404)
        .body(Vec::new())
        .unwrap();
    let from_string = http::Response::builder()
        .status(404)
        .body(String::new())
        .unwrap();
    let from_str = http::Response::builder().status(404).body("").unwrap();
    assert!(matches!(
        CreateUser::from_response(from_vec),
        Ok(CreateUser::NotFound(_))
    ));
    assert!(matches!(
        CreateUser::from_response(from_string),
        Ok(CreateUser::NotFound(_))
    ));
    // Through the trait, for generic code.
    assert!(matches!(
        <CreateUser as Decode>::from_response(from_str),
        Ok(CreateUser::NotFound(_))
    ));
}

/// A body type of the caller's own, which converts into `Bytes`.
struct Collected(Vec<u8>);

impl From<Collected> for Bytes {
    fn from(body: Collected) -> Bytes {
        body.0.into()
    }
}

impl responses::decode::ReceivedBody for Collected {}

/// Decodes a 401 whose `String` body is `text`, from a body of type `B`.
fn unauthorized<B: responses::decode::ReceivedBody>(body: B) -> String {
    let response = http::Response::builder()
        .status(401)
        .header("www-authenticate", "Bearer")
        .body(body)
        .unwrap();
    match CreateUser::from_response(response) {
        Ok(CreateUser::Unauthorized(unauthorized)) => unauthorized.into_body(),
        other => panic!("expected a 401, got {other:?}"),
    }
}

#[test]
fn every_received_body_type_decodes_the_same_bytes() {
    let text = "no token";
    assert_eq!(unauthorized(Bytes::from_static(text.as_bytes())), text);
    assert_eq!(unauthorized(bytes::BytesMut::from(text)), text);
    assert_eq!(unauthorized(text.as_bytes().to_vec()), text);
    assert_eq!(
        unauthorized(text.as_bytes().to_vec().into_boxed_slice()),
        text
    );
    assert_eq!(unauthorized(String::from(text)), text);
    assert_eq!(unauthorized(text), text);
    assert_eq!(unauthorized(text.as_bytes()), text);
    assert_eq!(unauthorized(Collected(text.as_bytes().to_vec())), text);
}

#[test]
fn an_undeclared_status_keeps_status_fields_and_body() {
    let error = error(response(500, &[("retry-after", "5")], b"database down"));
    assert!(matches!(error.kind(), DecodeErrorKind::UndeclaredStatus));
    assert_eq!(error.status(), 500);
    assert_eq!(error.headers()["retry-after"], "5");
    assert_eq!(error.body(), "database down");
    assert_eq!(
        error.to_string(),
        "cannot decode a 500 Internal Server Error response: the enum does not declare this status"
    );
    // An unregistered code has no phrase to show.
    let error = self::error(response(299, &[], b""));
    assert_eq!(error.status(), 299);
    assert!(
        error
            .to_string()
            .starts_with("cannot decode a 299 response: ")
    );
    // The response comes back whole.
    let again = self::error(response(418, &[("x-a", "1")], b"tea")).into_response();
    assert_eq!(again.status(), 418);
    assert_eq!(again.headers()["x-a"], "1");
    assert_eq!(again.body(), "tea");
}

#[test]
fn a_body_that_does_not_decode_gives_serdes_message_and_keeps_the_bytes() {
    let error = error(response(
        201,
        &[("location", "/users/7")],
        br#"{"id":"seven"}"#,
    ));
    let DecodeErrorKind::Body { expected, source } = error.kind() else {
        panic!("{error:?}");
    };
    assert!(
        expected.contains("Json") && expected.contains("User"),
        "{expected}"
    );
    let serde = source
        .downcast_ref::<serde_json::Error>()
        .expect("serde's error");
    assert!(
        serde
            .to_string()
            .starts_with("invalid type: string \"seven\", expected u64"),
        "{serde}"
    );
    assert_eq!(error.status(), 201);
    assert_eq!(error.body(), r#"{"id":"seven"}"#);
    assert!(error.source().is_some());
    let message = error.to_string();
    // The body type as the enum declares it (`201(Json<User>)`), without
    // the module paths where axum and this test define the types.
    assert!(
        message.starts_with(
            "cannot decode a 201 Created response: the body is not a valid `Json<User>`: "
        ),
        "{message}"
    );
    assert!(message.ends_with(&serde.to_string()), "{message}");

    // A `String` body must be UTF-8.
    let error = self::error(response(401, &[("www-authenticate", "Basic")], b"caf\xe9"));
    let DecodeErrorKind::Body { source, .. } = error.kind() else {
        panic!("{error:?}");
    };
    assert!(source.is::<std::str::Utf8Error>(), "{source:?}");
    assert!(
        error.to_string().starts_with(
            "cannot decode a 401 Unauthorized response: the body is not a valid `String`: "
        ),
        "{error}"
    );
    assert_eq!(error.body(), &b"caf\xe9"[..]);
}

#[test]
fn a_missing_required_field_is_named_with_the_status() {
    let error = error(response(405, &[], b""));
    assert!(matches!(error.kind(), DecodeErrorKind::MissingHeader { name } if name == ALLOW));
    assert_eq!(
        error.to_string(),
        "cannot decode a 405 Method Not Allowed response: the `allow` header field is missing, and the status requires it"
    );
    for (status, name) in [
        (303, LOCATION),
        (401, WWW_AUTHENTICATE),
        (206, CONTENT_RANGE),
    ] {
        let error = self::error(response(status, &[], b""));
        assert!(
            matches!(error.kind(), DecodeErrorKind::MissingHeader { name: missing } if *missing == name),
            "{error}"
        );
        assert_eq!(error.status(), status);
    }
}

#[test]
fn a_malformed_required_field_is_named_with_its_rule() {
    let error = error(response(303, &[("location", "/users/7 and more")], b""));
    let DecodeErrorKind::InvalidHeader { name, source } = error.kind() else {
        panic!("{error:?}")
    };
    assert_eq!(name, LOCATION);
    assert!(matches!(
        source.kind(),
        InvalidHeaderKind::UriByte {
            byte: b' ',
            index: 8
        }
    ));
    // The field, the status, then the header type's own message.
    let message = error.to_string();
    let prefix =
        "cannot decode a 303 See Other response: the `location` header field is not valid: ";
    assert_eq!(message, format!("{prefix}{source}"));

    let cases: [(u16, &str, &str); 8] = [
        (405, "allow", "GET, FETCH"),
        (405, "allow", "get"),
        (303, "location", ""),
        (206, "content-range", "bytes 9-1/10"),
        (206, "content-range", "bytes 0-9/5"),
        (206, "content-range", "items 0-1/2"),
        (206, "content-range", "bytes 0-/2"),
        (401, "www-authenticate", "Negotiate abc=="),
    ];
    for (status, name, value) in cases {
        let error = self::error(response(status, &[(name, value)], b""));
        assert!(
            matches!(error.kind(), DecodeErrorKind::InvalidHeader { name: field, .. } if field == name),
            "{status} {name}: {value:?} gave {error}"
        );
        assert_eq!(error.headers()[name], value);
    }
    // A singleton field sent twice is ambiguous.
    let twice = http::Response::builder()
        .status(303)
        .header("location", "/a")
        .header("location", "/b")
        .body(Bytes::new())
        .unwrap();
    assert!(matches!(
        self::error(twice).kind(),
        DecodeErrorKind::InvalidHeader { .. }
    ));
}

#[test]
fn content_on_204_205_304_is_refused() {
    let error = error(response(204, &[], b"{}"));
    assert!(matches!(error.kind(), DecodeErrorKind::ContentForbidden));
    assert_eq!(error.body(), "{}");
    assert_eq!(
        error.to_string(),
        "cannot decode a 204 No Content response: it has 2 bytes of content, which the status forbids (RFC 9110, section 6.4.1)"
    );
    assert!(matches!(
        CreateUser::from_response(response(204, &[], b"")),
        Ok(CreateUser::NoContent(_))
    ));
}

#[test]
fn content_where_the_enum_declares_none_is_refused() {
    let error = error(response(
        404,
        &[("content-type", "text/html")],
        b"<h1>Not Found</h1>",
    ));
    assert!(matches!(error.kind(), DecodeErrorKind::UnexpectedContent));
    assert_eq!(error.body(), "<h1>Not Found</h1>");
    assert_eq!(error.headers()["content-type"], "text/html");
    assert_eq!(
        error.to_string(),
        "cannot decode a 404 Not Found response: it has 18 bytes of content, and the enum declares no body for this status"
    );
}

/// The derive form decodes into its own variants and fields.
#[derive(Debug, PartialEq, Responses)]
pub enum GetPage {
    #[status(200)]
    Found(String),
    #[status(301)]
    Moved(Location),
    #[status(405)]
    WrongMethod(Allow),
    #[status(NotFound)]
    Missing,
}

#[test]
fn the_derive_form_decodes_into_its_fields() {
    let decode = |status, headers: &[(&str, &str)], body| {
        GetPage::from_response(response(status, headers, body))
    };
    assert_eq!(
        decode(200, &[], b"hello").unwrap(),
        GetPage::Found("hello".into())
    );
    assert_eq!(
        decode(301, &[("location", "/new")], b"").unwrap(),
        GetPage::Moved(Location::from_static("/new"))
    );
    assert_eq!(
        decode(405, &[("allow", "GET, HEAD")], b"").unwrap(),
        GetPage::WrongMethod(Allow::new([Method::GET, Method::HEAD]))
    );
    assert_eq!(decode(404, &[], b"").unwrap(), GetPage::Missing);
    // A list field may come on several lines, which mean one line joined
    // by commas (RFC 9110 section 5.3); empty elements are ignored.
    let split = http::Response::builder()
        .status(405)
        .header("allow", "GET")
        .header("allow", "HEAD, , PUT")
        .body(Bytes::new())
        .unwrap();
    assert_eq!(
        GetPage::from_response(split).unwrap(),
        GetPage::WrongMethod(Allow::new([Method::GET, Method::HEAD, Method::PUT]))
    );
    assert!(matches!(
        decode(404, &[], b"gone").unwrap_err().kind(),
        DecodeErrorKind::UnexpectedContent
    ));
    assert!(matches!(
        decode(405, &[], b"").unwrap_err().kind(),
        DecodeErrorKind::MissingHeader { .. }
    ));
    assert!(matches!(
        decode(201, &[], b"").unwrap_err().kind(),
        DecodeErrorKind::UndeclaredStatus
    ));
}

/// Generic enums decode when their bodies do.
#[responses(200(T), 404(E))]
#[derive(Debug, PartialEq)]
pub enum Fetch<T, E> {}

#[test]
fn generic_enums_decode() {
    let found = Fetch::<String, Vec<u8>>::from_response(response(200, &[], b"x")).unwrap();
    assert_eq!(found, Fetch::ok("x".to_owned()));
    let missing = Fetch::<String, Vec<u8>>::from_response(response(404, &[], b"\x01")).unwrap();
    assert_eq!(missing, Fetch::not_found(vec![1]));
}

/// The framework-neutral bodies: `responses::Json` and problem details.
#[responses(201(responses::Json<User>), 409(responses::Problem), 422(responses::Problem<Field>))]
#[derive(Debug)]
pub enum Register {}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field {
    pub field: String,
}

/// The server path: the enum into an `http::Response` of bytes.
fn sent(value: Register) -> http::Response<Bytes> {
    let response: http::Response<Vec<u8>> = value.into();
    response.map(Bytes::from)
}

#[test]
fn json_and_problem_bodies_decode_and_serve_the_same_bytes_again() {
    let values = [
        Register::created(responses::Json(User {
            id: 3,
            email: "c@example.com".into(),
        })),
        Register::conflict(responses::Problem::detail("email taken")),
        Register::conflict(responses::Problem::detail("x").title("Clash")),
        Register::unprocessable_content(responses::Problem::detail("bad").with_extensions(Field {
            field: "email".into(),
        })),
    ];
    for value in values {
        let first = sent(value);
        let decoded = Register::from_response(first.clone()).unwrap();
        let again = sent(decoded);
        assert_eq!(again.status(), first.status());
        assert_eq!(again.headers(), first.headers());
        assert_eq!(again.body(), first.body());
    }
}

#[test]
fn a_decoded_problem_holds_its_members_as_sent() {
    let Register::Conflict(conflict) = Register::from_response(sent(Register::conflict(
        responses::Problem::detail("email taken"),
    )))
    .unwrap() else {
        panic!()
    };
    let problem = conflict.body();
    // Filled in when it was sent: the status member and the default title.
    assert_eq!(problem.get_status(), Some(409));
    assert_eq!(problem.get_title(), Some("Conflict"));
    assert_eq!(problem.get_detail(), Some("email taken"));
    assert_eq!(
        conflict.headers()["content-type"],
        "application/problem+json"
    );

    let Register::UnprocessableContent(invalid) = Register::from_response(response(
        422,
        &[("content-type", "application/problem+json")],
        br#"{"title":"Invalid","field":"name","detail":7}"#,
    ))
    .unwrap() else {
        panic!()
    };
    assert_eq!(
        invalid.body().extensions(),
        &Field {
            field: "name".into()
        }
    );
    // RFC 9457 section 3.1: a member of the wrong type is ignored.
    assert_eq!(invalid.body().get_detail(), None);

    let error = Register::from_response(response(422, &[], br#"{"title":"Invalid"}"#)).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::Body { .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("missing field `field`"),
        "{error}"
    );
}

/// A shared error set, included by other enums.
#[responses(401(String), 403, 503)]
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {}

/// A set that includes a set.
#[responses(404, ..ApiError)]
#[derive(Clone, Debug, PartialEq)]
pub enum LookupError {}

#[responses(200(String), ..LookupError, 409(String))]
#[derive(Clone, Debug, PartialEq)]
pub enum GetNote {}

#[derive(Debug, PartialEq, Responses)]
pub enum Handwritten {
    #[status(200)]
    Found(String),
    #[status(..)]
    Api(ApiError),
}

fn note_response(value: GetNote) -> http::Response<Bytes> {
    let response: http::Response<String> = value.into();
    response.map(Bytes::from)
}

#[test]
fn included_sets_decode_into_their_variant() {
    let challenge = responses::header::Challenge::bearer("notes").unwrap();
    let values = [
        GetNote::ok("text".to_owned()),
        GetNote::conflict("stale".to_owned()),
        GetNote::from(LookupError::not_found()),
        GetNote::from(LookupError::from(ApiError::unauthorized(
            challenge,
            "sign in".to_owned(),
        ))),
        GetNote::from(LookupError::from(ApiError::service_unavailable())),
    ];
    for value in values {
        let decoded = GetNote::from_response(note_response(value.clone())).unwrap();
        assert_eq!(decoded, value);
    }
    // The set's own rules apply: its 401 still needs its challenge.
    let error = GetNote::from_response(response(401, &[], b"sign in")).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingHeader { .. }),
        "{error}"
    );
    // A status neither the enum nor its sets declare.
    let error = GetNote::from_response(response(500, &[], b"")).unwrap_err();
    assert!(matches!(error.kind(), DecodeErrorKind::UndeclaredStatus));

    let decoded = Handwritten::from_response(response(403, &[], b"")).unwrap();
    assert!(
        matches!(decoded, Handwritten::Api(ApiError::Forbidden(_))),
        "{decoded:?}"
    );
    let decoded = Handwritten::from_response(response(200, &[], b"hi")).unwrap();
    assert_eq!(decoded, Handwritten::Found("hi".into()));
}
