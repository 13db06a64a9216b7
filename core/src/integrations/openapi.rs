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

use crate::{Status, TypedResponse};
use std::collections::BTreeMap;
use utoipa::openapi::RefOr;
use utoipa::openapi::content::Content;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};

/// How a body type appears in an OpenAPI document: its media type and
/// schema, or no content at all.
///
/// Implemented for [`Empty`](crate::Empty) and `()` (no content), text (`String`, `&'static str`),
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

impl ResponseBody for crate::Empty {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        None
    }
}

impl ResponseBody for () {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        None
    }
}

fn string_schema(format: Option<KnownFormat>) -> RefOr<Schema> {
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

/// A response type that can describe itself in OpenAPI: every per-status
/// type whose body is a [`ResponseBody`].
pub trait DescribeResponse {
    /// The status and its OpenAPI response object.
    fn describe() -> (Status, Response);
}

impl<T> DescribeResponse for T
where
    T: TypedResponse,
    T::Body: ResponseBody,
{
    fn describe() -> (Status, Response) {
        (T::STATUS, describe(T::STATUS, T::Body::content()))
    }
}

/// The OpenAPI response object for `status` with `content`.
pub fn describe(status: Status, content: Option<(&'static str, RefOr<Schema>)>) -> Response {
    let mut response = Response::new(status.summary());
    if let Some((media_type, schema)) = content {
        response = response_with_content(response, media_type, schema);
    }
    for name in status.constructor_headers() {
        let description = if status.required_headers().contains(name) {
            format!(
                "Always sent: `{status}` requires it ({}, section {}).",
                status.spec(),
                status.section()
            )
        } else {
            format!("Always sent: a `{status}` response means nothing without it.")
        };
        response = response_with_header(response, name, description);
    }
    for name in status.expected_headers() {
        if status.constructor_headers().contains(name) {
            continue;
        }
        let description = format!("Sent when it applies to this `{status}` response.");
        response = response_with_header(response, name, description);
    }
    response
}

fn response_with_content(response: Response, media_type: &str, schema: RefOr<Schema>) -> Response {
    let mut response = response;
    response
        .content
        .insert(media_type.to_owned(), Content::new(Some(schema)));
    response
}

fn response_with_header(response: Response, name: &str, description: String) -> Response {
    let mut response = response;
    let header = HeaderBuilder::new()
        .schema(string_schema(None))
        .description(Some(description))
        .build();
    response.headers.insert(name.to_owned(), header);
    response
}

/// The responses map utoipa expects, keyed by status code.
pub fn responses(
    described: impl IntoIterator<Item = (Status, Response)>,
) -> BTreeMap<String, RefOr<Response>> {
    described
        .into_iter()
        .map(|(status, response)| (status.code().to_string(), RefOr::T(response)))
        .collect()
}
