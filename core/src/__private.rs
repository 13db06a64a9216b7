//! Support for generated code. Not public API: anything here may change in
//! any release.

pub use http;

pub use crate::set::{check_disjoint, concat_statuses};

pub use crate::fields::TypedFields;
pub use crate::integrations::http::{into_http, into_http_empty};
pub use crate::parts::IntoTypedFields;
pub use crate::response::IntoHttpBody;

pub use crate::decode::support::*;

#[cfg(feature = "reqwest")]
pub use reqwest;

/// What generated `IntoResponse` impls name.
#[cfg(feature = "axum")]
pub mod axum {
    pub use axum::response::{IntoResponse, Response};
}

/// What generated `Responder` impls name.
#[cfg(feature = "actix-web")]
pub mod actix {
    pub use crate::integrations::actix::error;
    pub use actix_web::body::BoxBody;
    pub use actix_web::{Error, HttpRequest, HttpResponse, Responder};
}

/// What generated `IntoResponses` impls name.
#[cfg(feature = "utoipa")]
pub mod utoipa {
    pub use crate::openapi::ResponseBody;
    pub use crate::openapi::describe::{Describe, DescribeResponse};
    pub use std::collections::BTreeMap;
    pub use std::string::String;
    pub use utoipa::IntoResponses;
    pub use utoipa::openapi::RefOr;
    pub use utoipa::openapi::response::Response;

    /// How a generated enum reads an included set's map:
    /// `<Set as IntoResponses>::responses`.
    pub type DescribeSet = fn() -> BTreeMap<String, RefOr<Response>>;

    /// The responses map of an enum: its own statuses, described, and the
    /// maps of its included sets (whose statuses are disjoint from its own,
    /// checked at compile time).
    ///
    /// Both are tables of function pointers, so a generated impl is one
    /// call of this function and no code that builds a map is compiled per
    /// enum.
    pub fn responses(own: &[Describe], sets: &[DescribeSet]) -> BTreeMap<String, RefOr<Response>> {
        let mut map = crate::openapi::describe::responses(own);
        for set in sets {
            map.extend(set());
        }
        map
    }
}

/// The fallback of a `status!` whose argument is refused:
/// `<Status as StatusFallback<compile_error!{..}>>::STATUS`. The error sits
/// in a type argument, so the whole is valid where `status!` may be written,
/// in an expression and in a pattern, and it resolves to a constant of the
/// right type: the error is the only message. (A bare `compile_error!` in a
/// pattern becomes a wildcard, and rustc then warns that the match's other
/// arms are unreachable.)
pub trait StatusFallback<Error: ?Sized> {
    /// Any status; never used by a program that compiles.
    const STATUS: crate::Status;
}

impl<Error: ?Sized> StatusFallback<Error> for crate::Status {
    const STATUS: crate::Status = crate::Status::OK;
}

