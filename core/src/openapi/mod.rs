//! OpenAPI descriptions of responses, for utoipa (the `utoipa` feature).
//!
//! Every generated enum implements [`utoipa::IntoResponses`], so one
//! declaration drives both the handler's real responses and its
//! documentation:
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! use axum::Json;
//! use responses::responses;
//! use utoipa::{IntoResponses, ToSchema};
//!
//! #[derive(serde::Serialize, ToSchema)]
//! pub struct User { id: u64 }
//!
//! #[responses(201(Json<User>), 409, 422)]
//! pub enum CreateUser {}
//!
//! let documented = CreateUser::responses();
//! assert_eq!(documented.keys().collect::<Vec<_>>(), ["201", "409", "422"]);
//! # }
//! ```
//!
//! Each status is described with its summary from the dataset, its body's
//! media type and schema ([`ResponseBody`]), and the header fields the
//! status requires or is expected to carry (`Location`, `Allow`,
//! `WWW-Authenticate`, `Retry-After`, ...).
//!
//! Schemas are inlined, so the document needs no `components` entry for
//! them; a body type whose schema refers to other named schemas needs those
//! registered in `#[openapi(components(schemas(..)))]` as usual.

pub(crate) mod describe;
mod problem;

pub use problem::ExtensionsSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};

/// How a body type appears in an OpenAPI document: its media type and
/// schema, or no content at all.
///
/// Implemented for [`Empty`](crate::response::Empty) and `()` (no content), text (`String`, `&'static str`),
/// bytes (`Vec<u8>`), and, with the framework features, `axum::Json<T>` and
/// `actix_web::web::Json<T>` for any `T: utoipa::PartialSchema` (which
/// `#[derive(utoipa::ToSchema)]` provides). Implement it for your own body
/// types.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no OpenAPI description",
    label = "used as a response body here",
    note = "a JSON body (`responses::Json<T>`, `axum::Json<T>`, `actix_web::web::Json<T>`) is described by the schema of `T`: derive `utoipa::ToSchema` for `T`; any other body type implements `responses::openapi::ResponseBody`"
)]
pub trait ResponseBody {
    /// The media type and schema of the content, or `None` for none.
    fn content() -> Option<(&'static str, RefOr<Schema>)>;
}

impl ResponseBody for crate::response::Empty {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        None
    }
}

impl ResponseBody for () {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        None
    }
}

pub(crate) fn string_schema(format: Option<KnownFormat>) -> RefOr<Schema> {
    let schema = ObjectBuilder::new()
        .schema_type(Type::String)
        .format(format.map(SchemaFormat::KnownFormat))
        .build();
    RefOr::T(Schema::Object(schema))
}

impl ResponseBody for String {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("text/plain; charset=utf-8", string_schema(None)))
    }
}

impl ResponseBody for &'static str {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        String::content()
    }
}

impl ResponseBody for Vec<u8> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some((
            "application/octet-stream",
            string_schema(Some(KnownFormat::Binary)),
        ))
    }
}

#[cfg(feature = "axum")]
// Reported as `Json<Item>` having no description, with the note on
// `ToSchema`, rather than as utoipa's trait behind `PartialSchema`.
#[diagnostic::do_not_recommend]
impl<T: utoipa::PartialSchema> ResponseBody for axum::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}

#[cfg(feature = "actix-web")]
// Reported as `Json<Item>` having no description, with the note on
// `ToSchema`, rather than as utoipa's trait behind `PartialSchema`.
#[diagnostic::do_not_recommend]
impl<T: utoipa::PartialSchema> ResponseBody for actix_web::web::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}
