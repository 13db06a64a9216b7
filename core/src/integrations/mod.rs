//! Opt-in integrations with HTTP libraries and frameworks, one module per
//! feature.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(feature = "utoipa")]
pub(crate) mod describe;
#[cfg(feature = "http")]
pub(crate) mod http;
#[cfg(feature = "utoipa")]
pub mod openapi;
