#![doc = include_str!("../docs/openapi.md")]

mod components;
pub(crate) mod declared;
pub(crate) mod describe;
mod method;
mod problem;
pub(crate) mod range;
mod security;

pub use components::{BodySchemas, Schemas, register};
pub use method::{MethodMismatch, check_method};
pub use problem::ExtensionsSchema;
pub use security::HttpSecurity;
use utoipa::ToSchema;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{Ref, RefOr};

/// How a body type appears in an OpenAPI document: its media type and
/// schema, or no content at all.
///
/// Implemented for [`Empty`](crate::response::Empty) and `()` (no content), text (`String`, `&'static str`),
/// bytes (`Vec<u8>`), and, with the framework features, `axum::Json<T>` and
/// `actix_web::web::Json<T>` for any `T: utoipa::ToSchema` (which
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

    /// Adds the named schemas that [`content`](ResponseBody::content)
    /// refers to by `$ref`, each as its name and schema; [`Schemas`]
    /// registers them under `components/schemas`. None by default.
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        let _ = schemas;
    }

    /// Whether a response with this body may carry the header fields its
    /// status is merely expected to carry (`Retry-After` on a `413`, say),
    /// so that the document lists them. `true` by default; `false` for the
    /// bodies of the extractors' rejections, which never set them.
    fn sends_expected_headers() -> bool {
        true
    }
}

/// Whether `T` is described by `$ref` to its name: a type of its own (a
/// struct or an enum deriving `ToSchema`), not a primitive, a collection,
/// a reference or a generic type, whose name would not say which instance
/// it is.
fn is_named<T: ToSchema + ?Sized>() -> bool {
    if std::any::type_name::<T>().contains(['<', '[', '(', '&']) {
        return false;
    }
    match T::schema() {
        RefOr::Ref(_) | RefOr::T(Schema::Array(_)) => false,
        RefOr::T(Schema::Object(object)) => {
            object.schema_type == utoipa::openapi::schema::SchemaType::Type(Type::Object)
                || object.enum_values.is_some()
        }
        RefOr::T(_) => true,
    }
}

/// `T`'s schema by `$ref` when it is named ([`is_named`]), else inline.
pub(crate) fn schema_of<T: ToSchema + ?Sized>() -> RefOr<Schema> {
    if is_named::<T>() {
        RefOr::Ref(Ref::from_schema_name(T::name()))
    } else {
        T::schema()
    }
}

/// `T`'s own schema when it is referred to by name, and the named schemas
/// inside it.
pub(crate) fn schemas_of<T: ToSchema + ?Sized>(schemas: &mut Vec<(String, RefOr<Schema>)>) {
    if is_named::<T>() {
        schemas.push((T::name().into_owned(), T::schema()));
    }
    T::schemas(schemas);
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
// `ToSchema`, rather than as utoipa's `ToSchema` behind it.
#[diagnostic::do_not_recommend]
impl<T: ToSchema> ResponseBody for axum::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", schema_of::<T>()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas_of::<T>(schemas);
    }
}

#[cfg(feature = "actix-web")]
// Reported as `Json<Item>` having no description, with the note on
// `ToSchema`, rather than as utoipa's `ToSchema` behind it.
#[diagnostic::do_not_recommend]
impl<T: ToSchema> ResponseBody for actix_web::web::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", schema_of::<T>()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas_of::<T>(schemas);
    }
}
