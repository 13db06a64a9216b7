//! What the generated `IntoResponses` impls call: each per-status type's
//! OpenAPI response object, and the map utoipa expects. Reached only through
//! `responses::__private::utoipa`; the public side is
//! [`openapi`](crate::openapi).

use super::{ResponseBody, string_schema};
use crate::Status;
use crate::response::TypedResponse;
use std::collections::BTreeMap;
use utoipa::openapi::RefOr;
use utoipa::openapi::content::Content;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::Response;
use utoipa::openapi::schema::Schema;

/// A response type that can describe itself in OpenAPI: every per-status
/// type whose body is a [`ResponseBody`].
pub trait DescribeResponse {
    /// The status and its OpenAPI response object.
    fn describe() -> (Status, Response);

    /// Adds the named schemas the body's description refers to.
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>);
}

impl<T> DescribeResponse for T
where
    T: TypedResponse,
    T::Body: ResponseBody,
{
    fn describe() -> (Status, Response) {
        let mut response = describe(T::STATUS, T::Body::content());
        if !T::Body::sends_expected_headers() {
            for field in T::STATUS.expected_headers() {
                if !T::STATUS.constructor_headers().contains(field) {
                    response.headers.remove(field.name);
                }
            }
        }
        (T::STATUS, response)
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        T::Body::schemas(schemas);
    }
}

/// The OpenAPI response object for `status` with `content`.
pub(crate) fn describe(status: Status, content: Option<(&'static str, RefOr<Schema>)>) -> Response {
    let mut response = Response::new(status.summary());
    if let Some((media_type, schema)) = content {
        response = response_with_content(response, media_type, schema);
    }
    for field in status.required_headers() {
        let description = if status.constructor_headers().contains(field) {
            format!(
                "Always sent: `{status}` requires it ({}, section {}).",
                status.spec(),
                status.section()
            )
        } else {
            // No typed value in `responses`: the handler sets it.
            format!(
                "Required by `{status}` ({}, section {}).",
                status.spec(),
                status.section()
            )
        };
        response = response_with_header(response, field.name, description);
    }
    for field in status.constructor_headers() {
        if status.required_headers().contains(field) {
            continue;
        }
        let description = format!("Always sent: a `{status}` response means nothing without it.");
        response = response_with_header(response, field.name, description);
    }
    for field in status.expected_headers() {
        if status.constructor_headers().contains(field) {
            continue;
        }
        let description = format!("Sent when it applies to this `{status}` response.");
        response = response_with_header(response, field.name, description);
    }
    response
}

pub(super) fn response_with_content(
    response: Response,
    media_type: &str,
    schema: RefOr<Schema>,
) -> Response {
    let mut response = response;
    response
        .content
        .insert(media_type.to_owned(), RefOr::T(Content::new(Some(schema))));
    response
}

fn response_with_header(response: Response, name: &str, description: String) -> Response {
    let mut response = response;
    let header = HeaderBuilder::new()
        .schema(Some(string_schema(None)))
        .description(Some(description))
        .build();
    response.headers.insert(name.to_owned(), RefOr::T(header));
    response
}

/// How a generated enum describes one of its statuses:
/// `<PerStatusType as DescribeResponse>::describe`.
pub type Describe = fn() -> (Status, Response);

/// How a generated enum collects its bodies' schemas:
/// `<PerStatusType as DescribeResponse>::schemas`.
pub type CollectSchemas = fn(&mut Vec<(String, RefOr<Schema>)>);

/// The responses map utoipa expects, keyed by status code, from the table
/// of an enum's own statuses.
pub(crate) fn responses(table: &[Describe]) -> BTreeMap<String, RefOr<Response>> {
    table
        .iter()
        .map(|describe| {
            let (status, response) = describe();
            (status.code().to_string(), RefOr::T(response))
        })
        .collect()
}
