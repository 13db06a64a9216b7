//! Clean-build subject: syn, quote, serde and toml, nothing else.

pub use {proc_macro2, quote, serde, syn, toml};
