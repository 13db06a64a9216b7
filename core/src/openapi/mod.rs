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
//! # Body schemas under `components`
//!
//! A body of a named schema type (a struct or an enum deriving
//! `utoipa::ToSchema`) is described by `$ref` to `#/components/schemas/..`,
//! so a client generator makes one class per type however many responses
//! carry it. utoipa's `#[utoipa::path(responses(CreateUser))]` does not
//! collect the schemas of an `IntoResponses` type, so the document
//! registers them with one line, a [`Schemas`] modifier listing the enums
//! (their included sets come along; utoipa takes a modifier by name, so it
//! is a `const`):
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! use axum::Json;
//! use responses::responses;
//! use utoipa::{OpenApi, ToSchema};
//!
//! #[derive(serde::Serialize, ToSchema)]
//! pub struct User { id: u64 }
//!
//! #[responses(201(Json<User>), 409)]
//! pub enum CreateUser {}
//!
//! #[responses(200(Json<User>), 404)]
//! pub enum GetUser {}
//!
//! #[utoipa::path(post, path = "/users", responses(CreateUser))]
//! async fn create_user() {}
//!
//! #[utoipa::path(get, path = "/users/{id}", responses(GetUser))]
//! async fn get_user() {}
//!
//! const BODIES: responses::openapi::Schemas<(CreateUser, GetUser)> =
//!     responses::openapi::Schemas::new();
//!
//! #[derive(OpenApi)]
//! #[openapi(paths(create_user, get_user), modifiers(&BODIES))]
//! struct ApiDoc;
//!
//! let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
//! let created = &document["paths"]["/users"]["post"]["responses"]["201"];
//! assert_eq!(
//!     created["content"]["application/json"]["schema"]["$ref"],
//!     "#/components/schemas/User"
//! );
//! assert_eq!(document["components"]["schemas"]["User"]["type"], "object");
//! # }
//! ```
//!
//! Primitives, collections and generic types (`Json<u64>`,
//! `Json<Vec<User>>`, `Json<Page<User>>`) are written inline, as utoipa
//! writes them, where one name would be wrong for every instance; the named
//! schemas their schema refers to are registered.
//!
//! # The security scheme of a 401
//!
//! A `401` carries a `WWW-Authenticate` challenge naming an authentication
//! scheme; [`HttpSecurity`] declares that scheme under
//! `components/securitySchemes`, so that operations can require it
//! (`#[utoipa::path(.., security(("bearer" = [])))]`):
//!
//! ```
//! use responses::openapi::HttpSecurity;
//! use utoipa::OpenApi;
//!
//! const BEARER: HttpSecurity = HttpSecurity::bearer("bearer");
//!
//! #[derive(OpenApi)]
//! #[openapi(modifiers(&BEARER))]
//! struct ApiDoc;
//!
//! let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
//! let scheme = &document["components"]["securitySchemes"]["bearer"];
//! assert_eq!(scheme["type"], "http");
//! assert_eq!(scheme["scheme"], "bearer");
//! ```
//!
//! [`HttpSecurity::of`] takes the scheme from a
//! [`Challenge`](crate::header::Challenge), the value the handler sends.

mod components;
pub(crate) mod describe;
mod problem;
mod security;

pub use components::{BodySchemas, Schemas, register};
pub use problem::ExtensionsSchema;
pub use security::HttpSecurity;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{Ref, RefOr};
use utoipa::ToSchema;

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
    note = "wrap the body in `axum::Json<T>` or `actix_web::web::Json<T>` with `T: utoipa::ToSchema`, or implement `responses::openapi::ResponseBody` for it"
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
impl<T: ToSchema> ResponseBody for axum::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", schema_of::<T>()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas_of::<T>(schemas);
    }
}

#[cfg(feature = "actix-web")]
impl<T: ToSchema> ResponseBody for actix_web::web::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", schema_of::<T>()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        schemas_of::<T>(schemas);
    }
}
