//! The dataset behind `responses`: every status code of the IANA HTTP Status
//! Code Registry and the request methods RFC 9110 and RFC 5789 define, with
//! the rules that matter to code.
//!
//! The data lives in `status.toml` and `methods.toml` next to this crate's
//! manifest; both are embedded with `include_str!` so the crate works from a
//! package as well as from the workspace. [`Registry::parse`] reads and
//! validates them and reports every problem at once, each naming the file,
//! the entry and the field, so that a bad edit fails the build of
//! `responses-macros` (whose build script is the only regular caller) with a
//! message that says what to fix.
//!
//! ```
//! let registry = responses_data::Registry::embedded().unwrap();
//! let conflict = registry.status(409).unwrap();
//! assert_eq!(conflict.phrase, "Conflict");
//! ```

mod error;
mod headers;
mod model;
mod parse;
mod validate;

pub use crate::error::{DataError, DataErrors};
pub use crate::headers::{HEADER_FIELDS, HeaderField};
pub use crate::model::{Class, MethodEntry, Registry, RequestContent, Standing, StatusEntry};

/// Path of the status dataset, relative to the workspace root, as errors name it.
pub const STATUS_FILE: &str = "data/status.toml";
/// Path of the method dataset, relative to the workspace root, as errors name it.
pub const METHODS_FILE: &str = "data/methods.toml";
/// The text of `data/status.toml`, as this crate was built with it.
pub const STATUS_TOML: &str = include_str!("../status.toml");
/// The text of `data/methods.toml`, as this crate was built with it.
pub const METHODS_TOML: &str = include_str!("../methods.toml");

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
