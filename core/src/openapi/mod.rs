#![doc = include_str!("../docs/openapi.md")]

pub(crate) mod declared;
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
    note = "wrap the body in `axum::Json<T>` or `actix_web::web::Json<T>` with `T: utoipa::ToSchema`, or implement `responses::openapi::ResponseBody` for it"
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
impl<T: utoipa::PartialSchema> ResponseBody for axum::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}

#[cfg(feature = "actix-web")]
impl<T: utoipa::PartialSchema> ResponseBody for actix_web::web::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}
