//! Support for generated code. Not public API: anything here may change in
//! any release.

#[cfg(feature = "http")]
pub use http;

#[cfg(feature = "http")]
pub use crate::integrations::http::response as http_response;

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
    pub use crate::integrations::openapi::{DescribeResponse, responses};
    pub use std::collections::BTreeMap;
    pub use std::string::String;
    pub use utoipa::IntoResponses;
    pub use utoipa::openapi::RefOr;
    pub use utoipa::openapi::response::Response;
}

/// Emits its input only when `responses` is built with the `http` feature.
///
/// Generated enums wrap their `http` impls in it, so that the decision rests
/// with the features of `responses`, not of the crate calling the macro.
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_http {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_http {
    ($($item:tt)*) => {};
}

/// Emits its input only when `responses` is built with the `axum` feature.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_axum {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_axum {
    ($($item:tt)*) => {};
}

/// Emits its input only when `responses` is built with the `actix-web` feature.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_actix {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_actix {
    ($($item:tt)*) => {};
}

/// Emits its input only when `responses` is built with the `utoipa` feature.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_utoipa {
    ($($item:tt)*) => { $($item)* };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cfg_utoipa {
    ($($item:tt)*) => {};
}
