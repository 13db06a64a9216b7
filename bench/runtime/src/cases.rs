//! The cases. Each builds one response from inputs passed through
//! `black_box` and hands the result to `black_box`, so neither the inputs
//! nor the work can be folded away. A generated case and its hand-written
//! counterpart do the same job: same status, same header fields, same body.

use std::hint::black_box;

use responses::header::Location;
use responses::responses;

/// One runtime case.
pub struct Case {
    /// `target/scenario/form`, as the report shows it.
    pub name: &'static str,
    /// One operation.
    pub run: fn(),
}

/// Every case, generated form before its hand-written counterpart.
pub const ALL: &[Case] = &[
    Case {
        name: "http/created+location/generated",
        run: http_created_generated,
    },
    Case {
        name: "http/created+location/hand-written",
        run: http_created_by_hand,
    },
    Case {
        name: "http/conflict/generated",
        run: http_conflict_generated,
    },
    Case {
        name: "http/conflict/hand-written",
        run: http_conflict_by_hand,
    },
    Case {
        name: "decode/input",
        run: crate::decode::input,
    },
    Case {
        name: "decode/created+json/generated",
        run: crate::decode::created_generated,
    },
    Case {
        name: "decode/created+json/hand-written",
        run: crate::decode::created_by_hand,
    },
    Case {
        name: "decode/see-other+location/generated",
        run: crate::decode::see_other_generated,
    },
    Case {
        name: "decode/see-other+location/hand-written",
        run: crate::decode::see_other_by_hand,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/created+location/generated",
        run: axum_cases::created_generated,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/created+location/hand-written",
        run: axum_cases::created_by_hand,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/conflict/generated",
        run: axum_cases::conflict_generated,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/conflict/hand-written",
        run: axum_cases::conflict_by_hand,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/ok+etag/generated",
        run: axum_cases::ok_etag_generated,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/ok+etag/hand-written",
        run: axum_cases::ok_etag_by_hand,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/problem+?/generated",
        run: crate::problem::generated,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/problem+?/hand-written",
        run: crate::problem::by_hand,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/created+location/tuple",
        run: axum_cases::created_tuple,
    },
    #[cfg(feature = "axum")]
    Case {
        name: "axum/conflict/tuple",
        run: axum_cases::conflict_tuple,
    },
];

/// The body of a 201.
#[derive(serde::Serialize)]
#[allow(dead_code)] // read by nothing but `black_box` and serde
pub struct User {
    id: u64,
    name: &'static str,
}

/// The body of a 409 or 422.
#[derive(serde::Serialize)]
#[allow(dead_code)] // read by nothing but `black_box` and serde
pub struct ApiError {
    message: &'static str,
}

/// The body type of the `http::Response`s: any of the bodies, as a server
/// with one body type per response would have.
#[allow(dead_code)] // read by nothing but `black_box`
#[derive(Default)]
pub enum Payload {
    User(User),
    Error(ApiError),
    /// No content: what `http::Response<B>` conversions need `B::default()`
    /// for (bodiless statuses, and the 500 of a refused `.header()` call).
    #[default]
    Empty,
}

impl From<User> for Payload {
    fn from(user: User) -> Payload {
        Payload::User(user)
    }
}

impl From<ApiError> for Payload {
    fn from(error: ApiError) -> Payload {
        Payload::Error(error)
    }
}

fn user() -> User {
    User {
        id: black_box(1),
        name: black_box("Ada"),
    }
}

fn api_error() -> ApiError {
    ApiError {
        message: black_box("email taken"),
    }
}

fn location() -> &'static str {
    black_box("/users/1")
}

/// The location, checked by hand as `Location::new` checks it: a URI
/// reference, which is non-empty visible ASCII.
fn checked_location() -> &'static str {
    let location = location();
    assert!(
        !location.is_empty() && location.bytes().all(|byte| (0x21..=0x7e).contains(&byte)),
        "a valid location"
    );
    location
}

/// Outcomes of `POST /users`, with plain bodies for `http::Response<B>`.
#[responses(201(User), 409(ApiError), 422(ApiError))]
pub enum CreateUser {}

fn http_created_generated() {
    let location = Location::new(location()).expect("a valid location");
    let response: CreateUser = responses::response::Created::new(user())
        .location(location)
        .into();
    let response: http::Response<Payload> = response.into();
    black_box(response);
}

fn http_created_by_hand() {
    let response = http::Response::builder()
        .status(http::StatusCode::CREATED)
        .header(http::header::LOCATION, checked_location())
        .body(Payload::from(user()))
        .expect("a valid response");
    black_box(response);
}

fn http_conflict_generated() {
    let response: http::Response<Payload> = CreateUser::conflict(api_error()).into();
    black_box(response);
}

fn http_conflict_by_hand() {
    let response = http::Response::builder()
        .status(http::StatusCode::CONFLICT)
        .body(Payload::from(api_error()))
        .expect("a valid response");
    black_box(response);
}

#[cfg(feature = "axum")]
mod axum_cases {
    use std::hint::black_box;

    use axum::Json;
    use axum::response::IntoResponse;
    use headers::{ETag, HeaderMapExt};
    use http::header::LOCATION;
    use http::{HeaderValue, StatusCode};
    use responses::header::Location;
    use responses::responses;

    use super::{ApiError, User, api_error, checked_location, location, user};

    /// Outcomes of `POST /users`, with JSON bodies for axum.
    #[responses(201(Json<User>), 409(Json<ApiError>), 422(Json<ApiError>))]
    pub enum CreateUserJson {}

    pub(super) fn created_generated() {
        let location = Location::new(location()).expect("a valid location");
        let response: CreateUserJson = responses::response::Created::new(Json(user()))
            .location(location)
            .into();
        black_box(response.into_response());
    }

    // The hand-written forms do what the generated form does: the location
    // is checked as `Location::new` checks it (a URI reference: non-empty,
    // visible ASCII), and a body that failed to become a response (axum's
    // `Json` answers 500 with a text body when serialisation fails) is sent
    // as it is, without the header fields meant for the success; otherwise
    // the body's response takes the status and the fields.

    pub(super) fn created_by_hand() {
        let location = HeaderValue::from_str(checked_location()).expect("a valid location");
        let mut response = Json(user()).into_response();
        if response.status() == StatusCode::OK {
            *response.status_mut() = StatusCode::CREATED;
            response.headers_mut().insert(LOCATION, location);
        }
        black_box(response);
    }

    pub(super) fn conflict_generated() {
        black_box(CreateUserJson::conflict(Json(api_error())).into_response());
    }

    pub(super) fn conflict_by_hand() {
        let mut response = Json(api_error()).into_response();
        if response.status() == StatusCode::OK {
            *response.status_mut() = StatusCode::CONFLICT;
        }
        black_box(response);
    }

    /// Outcomes of `GET /users/{id}`, with an `ETag` declared on the 200.
    #[responses(200(Json<User>, headers(ETag)), 304(headers(ETag)), 404(Json<ApiError>))]
    pub enum GetUser {}

    /// The entity tag of the user, parsed on both sides as a server that
    /// computes it per request would.
    fn etag() -> ETag {
        black_box("\"1-ada\"").parse().expect("a valid entity tag")
    }

    pub(super) fn ok_etag_generated() {
        black_box(GetUser::ok(Json(user()), etag()).into_response());
    }

    pub(super) fn ok_etag_by_hand() {
        let etag = etag();
        let mut response = Json(user()).into_response();
        if response.status() == StatusCode::OK {
            response.headers_mut().typed_insert(etag);
        }
        black_box(response);
    }

    // The tuples axum's documentation shows, for reference. They do less:
    // the status (and the `Location`) are set on whatever the body answered,
    // so a body that failed is sent as a 201 or a 409 with the error's text.

    pub(super) fn created_tuple() {
        let response =
            (StatusCode::CREATED, [(LOCATION, location())], Json(user())).into_response();
        black_box(response);
    }

    pub(super) fn conflict_tuple() {
        black_box((StatusCode::CONFLICT, Json(api_error())).into_response());
    }
}
