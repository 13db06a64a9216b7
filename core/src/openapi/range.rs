//! The OpenAPI entry of a range variant: the key `4XX` (OpenAPI 3.1,
//! "Patterned Fields" of the Responses Object), or `default`, with the
//! body's schema.

use super::ResponseBody;
use super::describe::response_with_content;
use std::collections::BTreeMap;
use utoipa::openapi::RefOr;
use utoipa::openapi::response::Response;

/// The map entry of the range of class `CLASS` (2 to 5, or 0 for
/// `default`) with body `B`, as
/// a one-entry map, so that a generated enum lists it with its included
/// sets' maps.
pub fn describe_range<const CLASS: u8, B: ResponseBody>() -> BTreeMap<String, RefOr<Response>> {
    let description = match CLASS {
        0 => "Any other status.",
        2 => "Any other successful (2xx) status.",
        3 => "Any other redirection (3xx) status.",
        4 => "Any other client error (4xx) status.",
        _ => "Any other server error (5xx) status.",
    };
    let mut response = Response::new(description);
    if let Some((media_type, schema)) = B::content() {
        response = response_with_content(response, media_type, schema);
    }
    let key = match CLASS {
        0 => "default".to_owned(),
        _ => format!("{CLASS}XX"),
    };
    BTreeMap::from([(key, RefOr::T(response))])
}
