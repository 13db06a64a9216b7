//! The dataset as static data, written by `build.rs` in the types of
//! `responses-data`, and lookups in it.

pub(crate) use responses_data::{MethodEntry, Standing, StatusEntry};

include!(concat!(env!("OUT_DIR"), "/registry.rs"));

/// The entry registered for `code`.
pub(crate) fn by_code(code: u16) -> Option<&'static StatusEntry> {
    position(code).map(|index| &STATUSES[index])
}

/// Where the entry for `code` stands in `STATUSES`.
pub(crate) fn position(code: u16) -> Option<usize> {
    STATUSES
        .binary_search_by_key(&code, |entry| entry.code)
        .ok()
}

/// The entry whose Rust name is exactly `name` (`Conflict`).
pub(crate) fn by_name(name: &str) -> Option<&'static StatusEntry> {
    let index = NAMES.binary_search_by_key(&name, |&(name, _)| name).ok()?;
    by_code(NAMES[index].1)
}

/// The method registered as exactly `name` (`GET`: method names are
/// case-sensitive, RFC 9110 section 9.1).
pub(crate) fn method(name: &str) -> Option<&'static MethodEntry> {
    METHODS.iter().find(|entry| entry.name == name)
}
