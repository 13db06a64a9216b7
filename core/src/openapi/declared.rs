//! The header fields a status declares in `headers(..)`, in its OpenAPI
//! response object: each under `headers` with a string schema and a
//! description that says whether it is always sent. OpenAPI's Header Object
//! has `required`, but utoipa's `Header` has no such member, so the fact is
//! also given as the response's `x-required-headers` extension (the names
//! of the fields always sent), which tools can read (see ARCHITECTURE.md).

use super::string_schema;
use crate::Status;
use http::HeaderName;
use std::fmt::Write as _;
use utoipa::openapi::RefOr;
use utoipa::openapi::extensions::ExtensionsBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::Response;

/// One declared field: how to name it, and whether it is always sent
/// (declared without `Option`).
pub type DeclaredDoc = (fn() -> HeaderName, bool);

/// The extension listing the fields always sent.
const REQUIRED_EXTENSION: &str = "x-required-headers";

/// `described` with each of `fields` documented under its `headers`.
pub fn with_fields(described: (Status, Response), fields: &[DeclaredDoc]) -> (Status, Response) {
    let (status, mut response) = described;
    let mut required = Vec::new();
    for (name, always) in fields {
        let name = name();
        let mut description = if *always {
            format!("Always sent with this `{status}` response (declared for it).")
        } else {
            format!("Sent with this `{status}` response when it applies; may be absent.")
        };
        // A field the dataset lists for the status is documented under its
        // registered spelling, replacing the dataset's generic entry.
        let mut key = name.as_str().to_owned();
        if let Some(known) = status
            .expected_headers()
            .iter()
            .find(|field| field.name.eq_ignore_ascii_case(name.as_str()))
        {
            let _ = write!(
                description,
                " {status} lists `{}` among the fields it carries ({}, section {}).",
                known.name,
                status.spec(),
                status.section()
            );
            known.name.clone_into(&mut key);
        }
        let header = HeaderBuilder::new()
            .schema(Some(string_schema(None)))
            .description(Some(description))
            .build();
        if *always {
            required.push(serde_json::Value::String(key.clone()));
        }
        response.headers.insert(key, RefOr::T(header));
    }
    if !required.is_empty() {
        let extension = ExtensionsBuilder::new()
            .add(REQUIRED_EXTENSION, serde_json::Value::Array(required))
            .build();
        match &mut response.extensions {
            Some(extensions) => extensions.merge(extension),
            None => response.extensions = Some(extension),
        }
    }
    (status, response)
}
