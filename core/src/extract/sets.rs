//! The statuses the extractors answer a malformed request with, as
//! generated responses enums that a handler's enum includes with `..`.
//!
//! A handler's enum lists what the handler sends; the extractors answer
//! before it runs, so their statuses reach the enum (and its OpenAPI
//! operation) only by inclusion. Included sets must not overlap, and the
//! extractors of one handler share `400`, so a handler that uses more than
//! one of them includes [`Rejection`], the union.

use super::refusal::{Reason, Refusal};
use super::{InvalidMember, RejectionDetails};
use crate::{Problem, responses};

/// What [`Path`](crate::extract::Path) answers a path parameter that does not parse
/// with: `400 Bad Request`, naming the parameter.
#[responses(400(Problem<RejectionDetails>))]
#[derive(Clone, Debug)]
pub enum PathRejection {}

/// What [`Query`](crate::extract::Query) answers a query string that does not parse
/// with: `400 Bad Request`, naming the parameter.
#[responses(400(Problem<RejectionDetails>))]
#[derive(Clone, Debug)]
pub enum QueryRejection {}

/// What [`Json`](crate::Json) answers a body it cannot read with: `400` for
/// malformed JSON or an unreadable body, `413` for a body over the size
/// limit, `415` for a body not declared as JSON, `422` for JSON whose
/// content does not fit the type (with the member's JSON Pointer).
#[responses(
    400(Problem<RejectionDetails>),
    413(Problem<RejectionDetails>),
    415(Problem<RejectionDetails>),
    422(Problem<RejectionDetails>)
)]
#[derive(Clone, Debug)]
pub enum JsonRejection {}

/// What any of the extractors can answer: include it in the enum of a
/// handler that uses more than one (a `Path` and a `Json` body, say).
#[responses(
    400(Problem<RejectionDetails>),
    413(Problem<RejectionDetails>),
    415(Problem<RejectionDetails>),
    422(Problem<RejectionDetails>)
)]
#[derive(Clone, Debug)]
pub enum Rejection {}

/// The problem details of a refusal; its status and title come from the
/// status it is sent with.
fn problem(refusal: Refusal) -> Problem<RejectionDetails> {
    Problem::detail(refusal.detail).with_extensions(*refusal.details)
}

/// A refusal's per-status response, with `Connection: close` when the
/// request's body was left unread.
macro_rules! refused {
    ($status:ident, $refusal:expr) => {{
        let refusal: Refusal = $refusal;
        let close = refusal.close;
        let response = crate::response::$status::new(problem(refusal));
        if close {
            response.header(
                http::header::CONNECTION,
                http::HeaderValue::from_static("close"),
            )
        } else {
            response
        }
    }};
}

impl From<Refusal> for JsonRejection {
    fn from(refusal: Refusal) -> JsonRejection {
        match refusal.reason {
            Reason::BadRequest => JsonRejection::BadRequest(refused!(BadRequest, refusal)),
            Reason::ContentTooLarge => {
                JsonRejection::ContentTooLarge(refused!(ContentTooLarge, refusal))
            }
            Reason::UnsupportedMediaType => {
                JsonRejection::UnsupportedMediaType(refused!(UnsupportedMediaType, refusal))
            }
            Reason::UnprocessableContent => {
                JsonRejection::UnprocessableContent(refused!(UnprocessableContent, refusal))
            }
        }
    }
}

/// Path and query refusals are all `400`.
impl From<Refusal> for PathRejection {
    fn from(refusal: Refusal) -> PathRejection {
        PathRejection::bad_request(problem(refusal))
    }
}

impl From<Refusal> for QueryRejection {
    fn from(refusal: Refusal) -> QueryRejection {
        QueryRejection::bad_request(problem(refusal))
    }
}

/// Each extractor's rejection is one of [`Rejection`]'s, so a handler whose
/// enum includes `..Rejection` can send one it took as
/// `Result<Json<T>, JsonRejection>` (or the path's, or the query's).
impl From<JsonRejection> for Rejection {
    fn from(rejection: JsonRejection) -> Rejection {
        match rejection {
            JsonRejection::BadRequest(response) => Rejection::BadRequest(response),
            JsonRejection::ContentTooLarge(response) => Rejection::ContentTooLarge(response),
            JsonRejection::UnsupportedMediaType(response) => {
                Rejection::UnsupportedMediaType(response)
            }
            JsonRejection::UnprocessableContent(response) => {
                Rejection::UnprocessableContent(response)
            }
        }
    }
}

impl From<PathRejection> for Rejection {
    fn from(rejection: PathRejection) -> Rejection {
        match rejection {
            PathRejection::BadRequest(response) => Rejection::BadRequest(response),
        }
    }
}

impl From<QueryRejection> for Rejection {
    fn from(rejection: QueryRejection) -> Rejection {
        match rejection {
            QueryRejection::BadRequest(response) => Rejection::BadRequest(response),
        }
    }
}

/// The problem details of a rejection, whichever status it has: every
/// rejection's body is a `Problem<RejectionDetails>`, so a service that
/// answers malformed requests in a shape of its own (one status, its own
/// error body) converts once, from this and [`status`](JsonRejection::status).
macro_rules! into_problem {
    ($set:ident: $($variant:ident),+) => {
        impl $set {
            /// The rejection's problem details (its `detail` and the
            /// [`RejectionDetails`] naming what was wrong), whichever
            /// status it has; [`status`](Self::status) is that status.
            pub fn into_problem(self) -> Problem<RejectionDetails> {
                match self {
                    $($set::$variant(response) => response.into_body(),)+
                }
            }
        }
    };
}

into_problem!(JsonRejection: BadRequest, ContentTooLarge, UnsupportedMediaType, UnprocessableContent);
into_problem!(Rejection: BadRequest, ContentTooLarge, UnsupportedMediaType, UnprocessableContent);
into_problem!(PathRejection: BadRequest);
into_problem!(QueryRejection: BadRequest);

/// A handler's own `422` for members it refuses itself (a rule that
/// `Deserialize` cannot check), in the shape the extractor's 422 has, with
/// each invalid member listed in `errors` as RFC 9457 section 3's example
/// does. It converts into every enum that includes the set, so one
/// declaration (`..JsonRejection`) documents one 422 for both.
macro_rules! invalid {
    ($set:ident) => {
        impl $set {
            /// `422 Unprocessable Content` for a body whose `members` the
            /// handler refuses, with `detail` for a person; convert it into
            /// the handler's enum with `.into()` (or `?`).
            ///
            /// ```
            /// use responses::extract::{InvalidMember, JsonRejection};
            /// use responses::responses;
            ///
            /// #[responses(201, ..JsonRejection)]
            /// pub enum CreateUser {}
            ///
            /// let refused: CreateUser = JsonRejection::invalid(
            ///     "two members are invalid",
            ///     [
            ///         InvalidMember::new("/age", "must be a positive integer"),
            ///         InvalidMember::new("/profile/color", "must be 'green', 'red' or 'blue'"),
            ///     ],
            /// )
            /// .into();
            /// let response: http::Response<String> = refused.into();
            /// assert_eq!(response.status(), 422);
            /// assert!(response.body().contains(r#""errors":[{"detail":"must be a positive integer","pointer":"/age"}"#));
            /// ```
            pub fn invalid(
                detail: impl Into<String>,
                members: impl IntoIterator<Item = InvalidMember>,
            ) -> $set {
                let details = RejectionDetails {
                    errors: members.into_iter().collect(),
                    ..RejectionDetails::default()
                };
                $set::unprocessable_content(Problem::detail(detail).with_extensions(details))
            }
        }
    };
}

invalid!(JsonRejection);
invalid!(Rejection);
