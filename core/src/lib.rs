//! HTTP status codes as a compile-time type system for web handlers.
//!
//! Declare what a handler can answer, and get a typed enum whose variants,
//! constructors and documentation come from the IANA status code registry:
//!
//! ```
//! use responses::header::Location;
//! use responses::{Status, responses};
//!
//! # #[derive(Debug)] pub struct User { id: u64 }
//! # #[derive(Debug)] pub struct ApiError(&'static str);
//! /// Outcomes of `POST /users`.
//! #[responses(201(User), 409(ApiError), 422(ApiError))]
//! pub enum CreateUser {}
//!
//! fn create(id: u64, taken: bool) -> CreateUser {
//!     if taken {
//!         return CreateUser::conflict(ApiError("email taken"));
//!     }
//!     CreateUser::created_at(Location::path(["users", &id.to_string()]), User { id })
//! }
//!
//! assert_eq!(create(7, false).status(), Status::CREATED);
//! assert_eq!(create(7, true).status(), Status::CONFLICT);
//! assert_eq!(CreateUser::STATUSES, [Status::CREATED, Status::CONFLICT, Status::UNPROCESSABLE_CONTENT]);
//! ```
//!
//! Mistakes are compile errors at the offending token: an unregistered code
//! (`299`), a duplicate, a 1xx among final responses, a body on `204`, an
//! unused code such as `418`.
//!
//! The README of the repository tours the whole API and lists every
//! diagnostic.
//!
//! # Features
//!
//! `http` 1 is the vocabulary, not a feature: per-status types hold an
//! [`http::HeaderMap`], `.header()` takes `http::header::*` names and
//! anything `http::response::Builder::header` takes, and every response
//! converts into `http::Response`. The crate is re-exported as
//! [`responses::http`](http) for users of a stack on another version.
//!
//! * `axum`: `IntoResponse` for every per-status type and generated enum.
//! * `actix-web`: `Responder` for the same.
//! * `json` (default): [`Problem`] (problem details, RFC 9457) and
//!   [`Json`], serialised with serde and `serde_json`. `axum`, `actix-web`
//!   and `utoipa` turn it on.
//! * `utoipa`: `utoipa::IntoResponses` for every generated enum; see [`openapi`].
//! * `headers`: `.typed_header(h)` on every per-status type, for any typed
//!   field of the `headers` crate (`ETag`, `CacheControl`, `LastModified`, ...).
//!
//! # Imports
//!
//! The per-status types sit at the crate root (`responses::Created`,
//! `responses::Ok`, ...). `responses::Ok` would shadow `Result::Ok` under a
//! glob import, so import names one by one, or use [`prelude`], which has
//! everything except the per-status types.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod fields;
pub mod header;
mod integrations;
#[cfg(feature = "json")]
mod json;
mod method;
#[cfg(feature = "json")]
pub mod problem;
mod response;
mod set;
mod status;
mod types;

#[doc(hidden)]
pub mod __private;

/// The `http` crate (1.x), whose names, values and maps this crate uses.
pub use http;

pub use crate::integrations::http_body::IntoHttpBody;
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub use crate::integrations::openapi;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use crate::json::Json;
pub use crate::method::{Method, RequestContent, UnknownMethod};
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use crate::problem::{InvalidProblem, Problem};
pub use crate::response::{Empty, Responses, TypedResponse};
pub use crate::status::{HeaderField, InvalidStatus, Standing, Status, StatusClass};
pub use crate::types::*;

/// Turns an empty enum into a typed response enum, one variant per status.
///
/// ```
/// # use responses::responses;
/// # pub struct User;
/// #[responses(200(User), 404)]
/// pub enum GetUser {}
///
/// let found = GetUser::ok(User);
/// let missing = GetUser::not_found();
/// assert_eq!(missing.status().code(), 404);
/// # let _ = found;
/// ```
///
/// Each entry is a registered code (`404`) or status name (`NotFound`),
/// optionally followed by the body type in parentheses. The enum gets one
/// variant per status, named from the registry, holding the per-status
/// type (`GetUser::Ok(responses::Ok<User>)`); a `snake_case` constructor per
/// variant taking exactly what the status needs; `From` for each per-status
/// type; `STATUSES`, `status()` and the [`Responses`] trait; and the
/// integrations of the enabled features.
pub use responses_macros::responses;

/// Implements the response machinery for an enum written by hand.
///
/// Each variant is marked `#[status(CODE)]`; its fields are the parameters of
/// the status's constructor in order, then an optional body:
///
/// ```
/// use responses::header::Allow;
/// use responses::{Method, Responses, Status};
///
/// # pub struct Page;
/// #[derive(Responses)]
/// pub enum GetPage {
///     #[status(200)]
///     Found(Page),
///     #[status(405)]
///     WrongMethod(Allow),
///     #[status(NotFound)]
///     Missing,
/// }
///
/// let response = GetPage::WrongMethod(Allow::new([Method::GET]));
/// assert_eq!(response.status(), Status::METHOD_NOT_ALLOWED);
/// ```
pub use responses_macros::Responses;

/// A [`Status`] constant for a registered code or name, checked at compile
/// time.
///
/// ```
/// use responses::{Status, status};
///
/// assert_eq!(status!(409), Status::CONFLICT);
/// assert_eq!(status!(NotFound), Status::NOT_FOUND);
/// ```
///
/// ```compile_fail
/// let status = responses::status!(299); // not a registered code
/// ```
pub use responses_macros::status;

/// Everything but the per-status types, for a glob import.
pub mod prelude {
    pub use crate::header::{Allow, Challenge, ContentRange, Location, RetryAfter, Upgrade};
    pub use crate::{
        Empty, Method, Responses, Status, StatusClass, TypedResponse, responses, status,
    };
    #[cfg(feature = "json")]
    pub use crate::{Json, Problem};
}
