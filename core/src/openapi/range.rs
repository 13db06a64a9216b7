//! The OpenAPI entries of the variants that hold their status as a value:
//! a range's key `4XX` (OpenAPI 3.1, "Patterned Fields" of the Responses
//! Object), or `default`, and an unregistered code's own key (`499`), each
//! with the body's schema.

use super::ResponseBody;
use super::describe::response_with_content;
use crate::Status;
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

/// The map entry of an unregistered code that an enum declares, `499`,
/// described by its declared phrase.
pub fn describe_unregistered<B: ResponseBody>(status: Status) -> BTreeMap<String, RefOr<Response>> {
    let mut response = Response::new(format!(
        "{}: a code outside the IANA registry.",
        status.phrase()
    ));
    if let Some((media_type, schema)) = B::content() {
        response = response_with_content(response, media_type, schema);
    }
    BTreeMap::from([(status.code().to_string(), RefOr::T(response))])
}
