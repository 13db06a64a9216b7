//! The problem-details routes both framework tests serve, built once for
//! each framework from the same list, and what a client must see.

#![allow(dead_code)] // each test file uses part of it

use responses::header::{Challenge, ContentRange, Upgrade};
use responses::{Json, Method, Problem, responses};
use serde::{Serialize, Serializer};
use serde_json::{Value, json};

use super::{get_path, get_status_line};

/// Typed extension members, as a 422 would carry them.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ValidationErrors {
    pub errors: Vec<FieldError>,
}

/// One invalid field.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub pointer: String,
    pub detail: String,
}

/// Extensions whose serialisation fails, as one sometimes does.
#[derive(utoipa::ToSchema)]
pub struct Unserialisable;

impl Serialize for Unserialisable {
    fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("no"))
    }
}

/// Typed extensions that take a standard member's name.
#[derive(Serialize)]
pub struct Clashing {
    pub status: u16,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct User {
    pub id: u64,
}

#[responses(
    201(Json<User>),
    401(Problem),
    409(Problem),
    422(Problem<ValidationErrors>),
    500(Problem<Unserialisable>)
)]
pub enum CreateUser {}

pub fn challenge() -> Challenge {
    Challenge::basic("shop").unwrap()
}

pub const DETAIL: &str = "ada@example.com is already registered";

/// Every 4xx and 5xx status with a response type and content allowed, each
/// with what its per-status constructor requires before the body. The list
/// is checked against `Status::ALL` by `tests/problem.rs`, so a status added
/// to the dataset fails that test until it is added here.
macro_rules! every_error {
    ($($code:literal $name:ident ($($param:expr),*)),* $(,)?) => {
        /// The codes of the list, in order.
        pub const CODES: &[u16] = &[$($code),*];

        /// `/every/{code}` for each: the per-status type with a problem.
        #[allow(deprecated)]
        pub fn axum_routes(mut router: axum::Router) -> axum::Router {
            $(
                router = router.route(
                    concat!("/every/", $code),
                    axum::routing::get(|| async {
                        responses::response::$name::new($($param,)* Problem::detail("every"))
                    }),
                );
            )*
            router
        }

        /// The same routes for actix-web.
        #[allow(deprecated)]
        pub fn actix_routes(config: &mut actix_web::web::ServiceConfig) {
            $(
                config.route(
                    concat!("/every/", $code),
                    actix_web::web::get().to(|| async {
                        responses::response::$name::new($($param,)* Problem::detail("every"))
                    }),
                );
            )*
        }

        /// Each as an `http::Response<Vec<u8>>`.
        #[allow(deprecated)]
        pub fn http_responses() -> Vec<(u16, http::Response<Vec<u8>>)> {
            vec![$(
                ($code, responses::response::$name::new($($param,)* Problem::detail("every")).into()),
            )*]
        }
    };
}

every_error! {
    400 BadRequest(),
    401 Unauthorized(challenge()),
    402 PaymentRequired(),
    403 Forbidden(),
    404 NotFound(),
    405 MethodNotAllowed([Method::GET]),
    406 NotAcceptable(),
    407 ProxyAuthenticationRequired(challenge()),
    408 RequestTimeout(),
    409 Conflict(),
    410 Gone(),
    411 LengthRequired(),
    412 PreconditionFailed(),
    413 ContentTooLarge(),
    414 UriTooLong(),
    415 UnsupportedMediaType(),
    416 RangeNotSatisfiable(ContentRange::unsatisfied(11)),
    417 ExpectationFailed(),
    421 MisdirectedRequest(),
    422 UnprocessableContent(),
    423 Locked(),
    424 FailedDependency(),
    425 TooEarly(),
    426 UpgradeRequired(Upgrade::websocket()),
    428 PreconditionRequired(),
    429 TooManyRequests(),
    431 RequestHeaderFieldsTooLarge(),
    451 UnavailableForLegalReasons(),
    500 InternalServerError(),
    501 NotImplemented(),
    502 BadGateway(),
    503 ServiceUnavailable(),
    504 GatewayTimeout(),
    505 HttpVersionNotSupported(),
    506 VariantAlsoNegotiates(),
    507 InsufficientStorage(),
    508 LoopDetected(),
    510 NotExtended(),
    511 NetworkAuthenticationRequired(),
}

/// The JSON a per-status problem with detail "every" must have for `code`.
pub fn expected_every(code: u16) -> Value {
    let phrase = super::iana::phrase(code);
    json!({"type": "about:blank", "title": phrase, "status": code, "detail": "every"})
}

pub fn conflict() -> CreateUser {
    CreateUser::conflict(Problem::detail(DETAIL))
}

pub fn titled() -> CreateUser {
    CreateUser::conflict(
        Problem::detail("not enough credit")
            .title("You do not have enough credit")
            .type_("https://example.com/probs/out-of-credit")
            .unwrap()
            .instance("/account/12345/msgs/abc")
            .unwrap(),
    )
}

pub fn with_members() -> CreateUser {
    CreateUser::conflict(
        Problem::detail("already taken")
            .with("balance", 30)
            .unwrap()
            .with("accounts", ["/account/12345", "/account/67890"])
            .unwrap(),
    )
}

pub fn typed() -> CreateUser {
    CreateUser::unprocessable_content(Problem::detail("one field is invalid").with_extensions(
        ValidationErrors {
            errors: vec![FieldError {
                pointer: "#/age".to_owned(),
                detail: "must be a positive integer".to_owned(),
            }],
        },
    ))
}

pub fn unauthorized() -> CreateUser {
    CreateUser::unauthorized(challenge(), Problem::detail("log in"))
}

pub fn broken() -> CreateUser {
    CreateUser::internal_server_error(Problem::new().with_extensions(Unserialisable))
}

pub fn clashing() -> responses::response::Conflict<Problem<Clashing>> {
    responses::response::Conflict::new(Problem::new().with_extensions(Clashing { status: 200 }))
}

pub fn bare() -> Problem {
    Problem::detail("nothing declared a status")
}

pub fn created() -> CreateUser {
    CreateUser::created(Json(User { id: 7 }))
}

/// The named routes both framework tests serve and the framework-neutral
/// `Json` (`/created`), checked over a real socket, then every status of
/// the list.
pub async fn assert_problems(base: &str) {
    let conflict = get_path(base, "/conflict").await;
    assert_eq!(conflict.status, 409);
    assert_eq!(
        conflict.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(
        conflict.body,
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"ada@example.com is already registered"}"#
    );

    let titled = body_of(&get_path(base, "/titled").await, 409);
    assert_eq!(
        titled,
        json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit",
            "status": 409,
            "detail": "not enough credit",
            "instance": "/account/12345/msgs/abc",
        })
    );

    let members = body_of(&get_path(base, "/members").await, 409);
    assert_eq!(members["balance"], 30);
    assert_eq!(
        members["accounts"],
        json!(["/account/12345", "/account/67890"])
    );
    assert_eq!(members["title"], "Conflict");

    let typed = body_of(&get_path(base, "/typed").await, 422);
    assert_eq!(
        typed,
        json!({
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "one field is invalid",
            "errors": [{"pointer": "#/age", "detail": "must be a positive integer"}],
        })
    );

    let unauthorized = get_path(base, "/unauthorized").await;
    assert_eq!(
        unauthorized.header("www-authenticate"),
        Some(r#"Basic realm="shop""#)
    );
    assert_eq!(body_of(&unauthorized, 401)["title"], "Unauthorized");

    // Extensions that fail to serialise, or take a standard member's name:
    // a minimal 500 problem, never the typed status.
    for path in ["/broken", "/clashing"] {
        let failed = get_path(base, path).await;
        assert_eq!(failed.status, 500, "{path}");
        assert_eq!(
            failed.header("content-type"),
            Some("application/problem+json")
        );
        assert_eq!(
            failed.body,
            r#"{"type":"about:blank","title":"Internal Server Error","status":500}"#
        );
    }

    // No status type around it: 500.
    let alone = body_of(&get_path(base, "/bare").await, 500);
    assert_eq!(alone["title"], "Internal Server Error");
    assert_eq!(alone["detail"], "nothing declared a status");

    let created = get_path(base, "/created").await;
    assert_eq!(created.status, 201);
    assert_eq!(created.header("content-type"), Some("application/json"));
    assert_eq!(created.body, r#"{"id":7}"#);

    for &code in CODES {
        let path = format!("/every/{code}");
        let every = get_path(base, &path).await;
        assert_eq!(body_of(&every, code), expected_every(code), "{code}");
        // The reason phrase on the wire is the registry's, as the title.
        let phrase = super::iana::phrase(code);
        assert_eq!(
            get_status_line(base, &path).await,
            format!("HTTP/1.1 {code} {phrase}"),
        );
    }
}

/// The body of a problem response, after checking its status line, its
/// content type and that its status member is the status line's.
pub fn body_of(exchange: &super::Exchange, status: u16) -> Value {
    assert_eq!(exchange.status, status, "{}", exchange.body);
    assert_eq!(
        exchange.header("content-type"),
        Some("application/problem+json")
    );
    let body: Value = serde_json::from_str(&exchange.body).unwrap();
    assert_eq!(body["status"], status);
    body
}
