//! Integrations with HTTP libraries and frameworks: `http` always, the
//! others one module per feature.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(feature = "utoipa")]
pub(crate) mod describe;
pub(crate) mod http;
#[cfg(feature = "utoipa")]
pub mod openapi;
