//! The framework glue, one folder per framework: `http` always, the others
//! one feature each. Each folder translates the same model (a status, the
//! typed fields, a body) into its framework's response.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
pub(crate) mod http;
#[cfg(any(feature = "axum", feature = "actix-web"))]
mod reason;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod via;
