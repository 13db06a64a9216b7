//! The public surface of `responses` is deliberate: the items it exports are
//! listed here, and this test fails when the crate and the list disagree.
//!
//! Two checks, each cheap: every listed item is imported below, so removing
//! one fails to compile; and the crate's source is scanned for what its
//! public modules export, so adding one fails the comparison.

use std::collections::BTreeSet;

// Removing or renaming any of these fails to compile.
#[allow(unused_imports)]
use responses::decode::{
    BodyError, Decode, DecodeBody, DecodeError, DecodeErrorKind, DecodeTyped, ReceivedBody,
};
#[allow(unused_imports)]
use responses::header::{
    Allow, Challenge, ContentRange, InvalidHeader, InvalidHeaderKind, Location, RetryAfter, Upgrade,
};
#[allow(unused_imports)]
use responses::openapi::{ExtensionsSchema, ResponseBody};
#[allow(unused_imports)]
use responses::problem::{ABOUT_BLANK, CONTENT_TYPE, Extensions, InvalidProblemKind};
#[allow(unused_imports)]
use responses::{
    Empty, HeaderField, IntoHttpBody, InvalidProblem, InvalidStatus, Json, Method, Problem,
    RequestContent, Responses, Standing, Status, StatusClass, TypedResponse, UnknownMethod, header,
    http, openapi, prelude, problem, responses, status,
};
#[allow(unused_imports)]
use responses::{
    JsonRejection, Path, PathRejection, Query, QueryRejection, Rejection, RejectionDetails,
};
// A sample of the per-status types, which are generated, one per status.
#[allow(unused_imports)]
use responses::{Created, ImUsed, MethodNotAllowed, NoContent, NotFound};

/// Every public item of `responses`, by path (the per-status types aside).
const PUBLIC_API: &[&str] = &[
    "responses::Empty",
    "responses::HeaderField",
    "responses::IntoHttpBody",
    "responses::InvalidProblem",
    "responses::InvalidStatus",
    "responses::Json",
    "responses::JsonRejection",
    "responses::Method",
    "responses::Path",
    "responses::PathRejection",
    "responses::Problem",
    "responses::Query",
    "responses::QueryRejection",
    "responses::Rejection",
    "responses::RejectionDetails",
    "responses::RequestContent",
    "responses::Responses",
    "responses::Standing",
    "responses::Status",
    "responses::StatusClass",
    "responses::TypedResponse",
    "responses::UnknownMethod",
    "responses::decode",
    "responses::decode::BodyError",
    "responses::decode::Decode",
    "responses::decode::DecodeBody",
    "responses::decode::DecodeError",
    "responses::decode::DecodeErrorKind",
    "responses::decode::DecodeTyped",
    "responses::decode::ReceivedBody",
    "responses::header",
    "responses::header::Allow",
    "responses::header::Challenge",
    "responses::header::ContentRange",
    "responses::header::InvalidHeader",
    "responses::header::InvalidHeaderKind",
    "responses::header::Location",
    "responses::header::RetryAfter",
    "responses::header::Upgrade",
    "responses::http",
    "responses::openapi",
    "responses::openapi::ExtensionsSchema",
    "responses::openapi::ResponseBody",
    "responses::prelude",
    "responses::problem",
    "responses::problem::ABOUT_BLANK",
    "responses::problem::CONTENT_TYPE",
    "responses::problem::Extensions",
    "responses::problem::InvalidProblem",
    "responses::problem::InvalidProblemKind",
    "responses::problem::Problem",
    "responses::responses",
    "responses::status",
];

/// The public modules whose exports are scanned, and their files.
const MODULES: &[(&str, &str)] = &[
    ("responses", "core/src/lib.rs"),
    ("responses::decode", "core/src/decode/mod.rs"),
    ("responses::header", "core/src/header/mod.rs"),
    ("responses::openapi", "core/src/integrations/openapi.rs"),
    ("responses::problem", "core/src/problem/mod.rs"),
];

fn workspace_file(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    std::fs::read_to_string(format!("{root}/{path}"))
        .unwrap_or_else(|error| panic!("cannot read {path}: {error}"))
}

/// The names a `use` tree brings in: `a::{b, c::d as e}` -> `b`, `e`.
fn use_names(tree: &str, names: &mut Vec<String>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let inner = &tree[open + 1..tree.rfind('}').expect("balanced braces")];
        let mut depth = 0;
        let mut start = 0;
        for (index, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    use_names(&inner[start..index], names);
                    start = index + 1;
                }
                _ => {}
            }
        }
        use_names(&inner[start..], names);
    } else if !tree.is_empty() {
        let last = match tree.split_once(" as ") {
            Some((_, alias)) => alias,
            None => tree.rsplit("::").next().unwrap_or(tree),
        };
        names.push(last.trim().to_owned());
    }
}

/// What a module's file makes public at its top level: `pub use` trees and
/// `pub` items written at column 0, hidden (`__`) modules left out.
fn exported(module: &str, source: &str) -> BTreeSet<String> {
    let mut names = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("\npub use ") {
        let statement = &rest[at + "\npub use ".len()..];
        let end = statement.find(';').expect("a `use` ends with `;`");
        let tree = &statement[..end];
        // The per-status types, one per status, are checked separately.
        if tree.trim() != "crate::types::*" {
            use_names(tree, &mut names);
        }
        rest = &statement[end..];
    }
    for line in source.lines() {
        for kind in [
            "mod", "struct", "enum", "trait", "fn", "const", "static", "type", "macro",
        ] {
            if let Some(item) = line.strip_prefix(&format!("pub {kind} ")) {
                let name: String = item
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.starts_with("__") {
                    names.push(name);
                }
            }
        }
    }
    names
        .into_iter()
        .map(|name| format!("{module}::{name}"))
        .collect()
}

fn listed() -> BTreeSet<String> {
    PUBLIC_API.iter().map(|&path| path.to_owned()).collect()
}

#[test]
fn the_crate_exports_exactly_the_listed_items() {
    let mut found = BTreeSet::new();
    for (module, file) in MODULES {
        found.extend(exported(module, &workspace_file(file)));
    }
    let listed = listed();
    let unlisted: Vec<_> = found.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&found).collect();
    assert!(
        unlisted.is_empty() && missing.is_empty(),
        "exported but not in PUBLIC_API: {unlisted:?}; \
         listed but not exported: {missing:?}"
    );
}

#[test]
fn every_final_status_that_is_not_unused_has_a_type() {
    // The generated per-status types: checked by name through their status.
    assert_eq!(Created::<()>::STATUS, Status::CREATED);
    assert_eq!(ImUsed::<()>::STATUS, Status::IM_USED);
    assert_eq!(NoContent::STATUS, Status::NO_CONTENT);
    let with_types = Status::ALL
        .iter()
        .filter(|status| !status.is_informational() && status.standing() != Standing::Unused)
        .count();
    // 64 registered codes, less five 1xx and two unused.
    assert_eq!(with_types, 57);
}
