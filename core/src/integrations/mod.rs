//! Integrations with HTTP libraries and frameworks: `http` always, the
//! others one module per feature.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "actix-web")]
mod actix_extract;
#[cfg(feature = "actix-web")]
mod actix_problem;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(feature = "axum")]
mod axum_extract;
#[cfg(feature = "axum")]
mod axum_problem;
#[cfg(feature = "utoipa")]
pub(crate) mod describe;
pub(crate) mod http;
pub(crate) mod http_body;
#[cfg(feature = "utoipa")]
pub mod openapi;
#[cfg(feature = "utoipa")]
mod openapi_problem;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod reason;
