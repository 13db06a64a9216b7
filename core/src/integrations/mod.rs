//! Opt-in integrations with HTTP libraries and frameworks, one module per
//! feature.

#[cfg(feature = "http")]
pub(crate) mod http;
