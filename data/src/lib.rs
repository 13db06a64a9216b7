//! The dataset behind `responses`: every status code of the IANA HTTP Status
//! Code Registry and the request methods RFC 9110 and RFC 5789 define, with
//! the rules that matter to code.
//!
//! This crate is the one schema of the dataset: each concept (a status
//! entry, a method entry, a class, a standing, what request content means, a
//! header field) is one Rust type, defined once, here. The types are always
//! compiled; what reads, checks and writes them is behind features:
//!
//! * `parse`: [`Registry::parse`] reads `status.toml` and `methods.toml`
//!   (embedded with `include_str!`, so the crate works from a package as well
//!   as from the workspace), validates them and reports every problem at
//!   once, each naming the file, the entry and the field, so that a bad edit
//!   fails the build with a message that says what to fix;
//! * `docs`: the rustdoc text written from an entry ([`docs`]);
//! * `codegen`: `quote::ToTokens` for the model, so that a build script
//!   writes the dataset as a Rust literal of these same types.
//!
//! `responses` and `responses-macros` depend on this crate twice: as a
//! build-dependency with `codegen`, whose build scripts parse the dataset
//! once and write it out, and as a plain dependency, whose types the written
//! tables are made of. Cargo resolves features for the build machine and
//! the target separately, so the copy `responses` links has neither `toml`
//! nor `quote`; the macro crate, which runs on the build machine like the
//! build scripts, shares their copy (compiled once, its parser never called
//! by a macro).
//!
//! ```
//! # #[cfg(feature = "parse")] {
//! let registry = responses_data::Registry::embedded().unwrap();
//! let conflict = registry.status(409).unwrap();
//! assert_eq!(conflict.phrase, "Conflict");
//! assert_eq!(conflict.class, responses_data::Class::ClientError);
//! # }
//! ```

#[cfg(feature = "codegen")]
mod codegen;
#[cfg(feature = "docs")]
pub mod docs;
#[cfg(feature = "parse")]
mod error;
mod headers;
mod model;
#[cfg(feature = "parse")]
mod parse;
#[cfg(feature = "parse")]
mod validate;

#[cfg(feature = "parse")]
pub use crate::error::{DataError, DataErrors};
pub use crate::headers::{HEADER_FIELDS, HeaderField, TypedValue};
pub use crate::model::{
    Class, MethodEntry, RequestContent, ResponseContent, Standing, StatusEntry,
};

/// The whole dataset, parsed and validated.
#[cfg(feature = "parse")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registry {
    /// Every registered status code, in ascending order of code.
    pub statuses: Vec<StatusEntry>,
    /// Every registered method, in the order of `methods.toml`.
    pub methods: Vec<MethodEntry>,
}

#[cfg(feature = "parse")]
/// Path of the status dataset, relative to the workspace root, as errors name it.
pub const STATUS_FILE: &str = "data/status.toml";
#[cfg(feature = "parse")]
/// Path of the method dataset, relative to the workspace root, as errors name it.
pub const METHODS_FILE: &str = "data/methods.toml";
#[cfg(feature = "parse")]
/// The text of `data/status.toml`, as this crate was built with it.
pub const STATUS_TOML: &str = include_str!("../status.toml");
#[cfg(feature = "parse")]
/// The text of `data/methods.toml`, as this crate was built with it.
pub const METHODS_TOML: &str = include_str!("../methods.toml");

#[cfg(feature = "parse")]
impl Registry {
    /// Parses and validates the embedded dataset.
    pub fn embedded() -> Result<Self, DataErrors> {
        Self::parse(STATUS_TOML, METHODS_TOML)
    }

    /// Parses and validates a status and a method dataset given as text.
    ///
    /// Every problem found is returned, not only the first.
    pub fn parse(status_toml: &str, methods_toml: &str) -> Result<Self, DataErrors> {
        let mut errors = Vec::new();
        let statuses = parse::statuses(status_toml, &mut errors);
        let methods = parse::methods(methods_toml, &mut errors);
        let registry = Registry { statuses, methods };
        validate::registry(&registry, &mut errors);
        if errors.is_empty() {
            Ok(registry)
        } else {
            Err(DataErrors(errors))
        }
    }

    /// The entry for `code`, if it is registered.
    pub fn status(&self, code: u16) -> Option<&StatusEntry> {
        self.statuses
            .binary_search_by_key(&code, |entry| entry.code)
            .ok()
            .map(|index| &self.statuses[index])
    }

    /// The entry for the method `name` (case-sensitive, as registered).
    pub fn method(&self, name: &str) -> Option<&MethodEntry> {
        self.methods.iter().find(|entry| entry.name == name)
    }
}
