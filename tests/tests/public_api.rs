//! The public surface of `responses` is deliberate: the items it exports are
//! listed here, and this test fails when the crate and the list disagree.
//!
//! Three checks, each cheap: every listed item is imported below, so
//! removing one fails to compile; the crate's source is scanned for what
//! its public modules export, so adding one fails the comparison; and every
//! per-status type the dataset calls for is named below with its status, so
//! a type missing from `responses::response` fails to compile and one
//! missing from the list fails the comparison with the dataset.

use std::collections::BTreeSet;

// Removing or renaming any of these fails to compile.
#[allow(unused_imports)]
use responses::decode::{
    BodyError, Decode, DecodeBody, DecodeError, DecodeErrorKind, DecodeTyped, ReceivedBody,
};
#[allow(unused_imports)]
use responses::extract::{
    InvalidMember, JsonRejection, Path, PathRejection, Query, QueryRejection, Rejection,
    RejectionDetails, actix_method_not_allowed, method_not_allowed, not_found,
};
#[allow(unused_imports)]
use responses::header::{
    Allow, Challenge, ContentRange, HeaderFieldOf, InvalidHeader, InvalidHeaderKind, Location,
    RetryAfter, Upgrade,
};
#[allow(unused_imports)]
use responses::included::{
    IncludedDecode, IncludedResponder, IncludedResponse, IncludedResponses, IncludedSchemas,
};
#[allow(unused_imports)]
use responses::method::{RequestContent, UnknownMethod};
#[allow(unused_imports)]
use responses::openapi::{ExtensionsSchema, MethodMismatch, ResponseBody, check_method};
#[allow(unused_imports)]
use responses::problem::{
    ABOUT_BLANK, CONTENT_TYPE, Extensions, InvalidProblem, InvalidProblemKind,
};
#[allow(unused_imports)]
use responses::response::{Empty, IntoHttpBody, TypedResponse};
#[allow(unused_imports)]
use responses::status::{HeaderField, InvalidStatus, Standing, StatusClass};
#[allow(unused_imports)]
use responses::{
    Json, Method, Problem, Responses, Status, decode, extract, header, http, included, method,
    openapi, prelude, problem, response, responses, status,
};

/// Every public item of `responses`, by path (the per-status types aside:
/// they are [`PER_STATUS_TYPES`]).
const PUBLIC_API: &[&str] = &[
    // The crate root: its only names.
    "responses::Json",
    "responses::Method",
    "responses::Problem",
    "responses::Responses",
    "responses::Status",
    "responses::decode",
    "responses::extract",
    "responses::header",
    "responses::http",
    "responses::included",
    "responses::method",
    "responses::openapi",
    "responses::prelude",
    "responses::problem",
    "responses::response",
    "responses::responses",
    "responses::status",
    // The modules.
    "responses::included::IncludedDecode",
    "responses::included::IncludedResponder",
    "responses::included::IncludedResponse",
    "responses::included::IncludedResponses",
    "responses::included::IncludedSchemas",
    "responses::decode::BodyError",
    "responses::decode::Decode",
    "responses::decode::DecodeBody",
    "responses::decode::DecodeError",
    "responses::decode::DecodeErrorKind",
    "responses::decode::DecodeTyped",
    "responses::decode::ReceivedBody",
    "responses::extract::InvalidMember",
    "responses::extract::JsonRejection",
    "responses::extract::Path",
    "responses::extract::PathRejection",
    "responses::extract::Query",
    "responses::extract::QueryRejection",
    "responses::extract::Rejection",
    "responses::extract::RejectionDetails",
    "responses::extract::actix_method_not_allowed",
    "responses::extract::method_not_allowed",
    "responses::extract::not_found",
    "responses::header::Allow",
    "responses::header::Challenge",
    "responses::header::DeclaredField",
    "responses::header::ContentRange",
    "responses::header::HeaderFieldOf",
    "responses::header::InvalidHeader",
    "responses::header::InvalidHeaderKind",
    "responses::header::Location",
    "responses::header::RetryAfter",
    "responses::header::Upgrade",
    "responses::method::RequestContent",
    "responses::method::UnknownMethod",
    "responses::openapi::BodySchemas",
    "responses::openapi::ExtensionsSchema",
    "responses::openapi::HttpSecurity",
    "responses::openapi::MethodMismatch",
    "responses::openapi::ResponseBody",
    "responses::openapi::Schemas",
    "responses::openapi::check_method",
    "responses::openapi::register",
    "responses::problem::ABOUT_BLANK",
    "responses::problem::CONTENT_TYPE",
    "responses::problem::Extensions",
    "responses::problem::InvalidProblem",
    "responses::problem::InvalidProblemKind",
    "responses::response::AnyClientError",
    "responses::response::AnyRedirection",
    "responses::response::AnyServerError",
    "responses::response::AnyStatus",
    "responses::response::AnySuccess",
    "responses::response::Empty",
    "responses::response::IntoHttpBody",
    "responses::response::OutsideRange",
    "responses::response::Ranged",
    "responses::response::TypedResponse",
    "responses::response::Unregistered",
    "responses::status::HeaderField",
    "responses::status::InvalidStatus",
    "responses::status::Standing",
    "responses::status::StatusClass",
];

/// The names a glob import of the prelude brings in, none of them a name of
/// Rust's prelude.
#[test]
fn the_prelude_shadows_nothing_of_rusts() {
    #[allow(unused_imports)]
    use responses::prelude::*;

    #[responses(204)]
    enum Deleted {}

    fn statuses<R: Responses>() -> &'static [Status] {
        R::STATUSES
    }

    // Under the glob, `Ok`, `Some` and `Result` are still Rust's.
    let parsed: Result<u8, ()> = Ok(1);
    assert_eq!(parsed.ok(), Some(1));
    assert_eq!(status!(409), Status::CONFLICT);
    let _: fn(Allow, Location, Challenge, ContentRange, RetryAfter, Upgrade, Method, Json<()>) =
        |_, _, _, _, _, _, _, _| {};
    let _: (Empty, Option<Problem>) = (Empty, None);
    assert_eq!(
        <responses::response::Created as TypedResponse>::STATUS,
        Status::CREATED
    );
    assert_eq!(statuses::<Deleted>(), [Status::NO_CONTENT]);
}

/// Every per-status type with its status, by name. A generated type missing
/// from `responses::response` fails to compile here.
macro_rules! per_status_types {
    ($($name:ident),* $(,)?) => {
        &[$((
            stringify!($name),
            <responses::response::$name as responses::response::TypedResponse>::STATUS,
        )),*]
    };
}

#[allow(deprecated)]
const PER_STATUS_TYPES: &[(&str, Status)] = per_status_types![
    Ok,
    Created,
    Accepted,
    NonAuthoritativeInformation,
    NoContent,
    ResetContent,
    PartialContent,
    MultiStatus,
    AlreadyReported,
    ImUsed,
    MultipleChoices,
    MovedPermanently,
    Found,
    SeeOther,
    NotModified,
    UseProxy,
    TemporaryRedirect,
    PermanentRedirect,
    BadRequest,
    Unauthorized,
    PaymentRequired,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    NotAcceptable,
    ProxyAuthenticationRequired,
    RequestTimeout,
    Conflict,
    Gone,
    LengthRequired,
    PreconditionFailed,
    ContentTooLarge,
    UriTooLong,
    UnsupportedMediaType,
    RangeNotSatisfiable,
    ExpectationFailed,
    MisdirectedRequest,
    UnprocessableContent,
    Locked,
    FailedDependency,
    TooEarly,
    UpgradeRequired,
    PreconditionRequired,
    TooManyRequests,
    RequestHeaderFieldsTooLarge,
    UnavailableForLegalReasons,
    InternalServerError,
    NotImplemented,
    BadGateway,
    ServiceUnavailable,
    GatewayTimeout,
    HttpVersionNotSupported,
    VariantAlsoNegotiates,
    InsufficientStorage,
    LoopDetected,
    NotExtended,
    NetworkAuthenticationRequired,
];

/// The public modules whose exports are scanned, and their files.
const MODULES: &[(&str, &str)] = &[
    ("responses", "core/src/lib.rs"),
    ("responses::decode", "core/src/decode/mod.rs"),
    ("responses::extract", "core/src/extract/mod.rs"),
    ("responses::header", "core/src/header/mod.rs"),
    ("responses::included", "core/src/included.rs"),
    ("responses::method", "core/src/method/mod.rs"),
    ("responses::openapi", "core/src/openapi/mod.rs"),
    ("responses::problem", "core/src/problem/mod.rs"),
    ("responses::response", "core/src/response/mod.rs"),
    ("responses::status", "core/src/status/mod.rs"),
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
        if tree.trim() != "types::*" {
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
    let registry = responses_data::Registry::embedded().unwrap_or_else(|errors| panic!("{errors}"));
    let expected: Vec<(&str, u16)> = registry
        .statuses
        .iter()
        .filter(|entry| entry.code >= 200 && entry.standing != responses_data::Standing::Unused)
        .map(|entry| (entry.name, entry.code))
        .collect();
    let named: Vec<(&str, u16)> = PER_STATUS_TYPES
        .iter()
        .map(|&(name, status)| (name, status.code()))
        .collect();
    assert_eq!(
        named, expected,
        "the per-status types, in the dataset's order"
    );
    // The crate's own table agrees: a type per such status.
    let with_types = Status::ALL
        .iter()
        .filter(|status| !status.is_informational() && status.standing() != Standing::Unused)
        .count();
    assert_eq!(with_types, PER_STATUS_TYPES.len());
}
