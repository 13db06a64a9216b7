//! Support for generated code. Not public API: anything here may change in
//! any release.

pub use http;

pub use crate::IntoHttpBody;
pub use crate::integrations::http::{into_http, into_http_empty};

/// What generated `IntoResponse` impls name.
#[cfg(feature = "axum")]
pub mod axum {
    pub use axum::response::{IntoResponse, Response};
}

/// What generated `Responder` impls name.
#[cfg(feature = "actix-web")]
pub mod actix {
    pub use actix_web::body::BoxBody;
    pub use actix_web::{HttpRequest, HttpResponse, Responder};
}

/// What generated `IntoResponses` impls name.
#[cfg(feature = "utoipa")]
pub mod utoipa {
    pub use crate::integrations::describe::{DescribeResponse, responses};
    pub use std::collections::BTreeMap;
    pub use std::string::String;
    pub use utoipa::IntoResponses;
    pub use utoipa::openapi::RefOr;
    pub use utoipa::openapi::response::Response;
}
