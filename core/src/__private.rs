//! Support for generated code. Not public API: anything here may change in
//! any release.

pub use http;

pub use crate::set::{check_disjoint, check_range_once, concat_ranges, concat_statuses};

pub use crate::method::sets::{check_content, check_refused};

pub use crate::fields::TypedFields;
pub use crate::integrations::http::{into_http, into_http_empty, into_http_unregistered_empty};
pub use crate::parts::IntoTypedFields;
pub use crate::response::IntoHttpBody;

#[cfg(feature = "decode")]
pub use crate::decode::support::*;
pub use crate::response::range::{refuse_named, refuse_ranged, unnamed, unranged};
pub use responses_data::{Class, HeaderField, Standing, StatusEntry};

/// The record of an unregistered code that an enum declares
/// (`custom 499("Client Closed Request")`), every fact but the code, the
/// phrase and the names being that of no registration. The macro has
/// checked the code (100..=599, unregistered, final) and the phrase.
pub const fn unregistered_record(
    code: u16,
    phrase: &'static str,
    name: &'static str,
    constant: &'static str,
) -> StatusEntry {
    let Some(class) = crate::status::StatusClass::of(code) else {
        panic!("the macro checks that the code is in 100..=599")
    };
    StatusEntry {
        code,
        phrase,
        name,
        constant,
        class,
        summary: "A code outside the IANA registry, declared by the enum.",
        description: "",
        spec: "",
        section: "",
        url: "",
        content_forbidden: false,
        cacheable: false,
        required_headers: &[],
        expected_headers: &[],
        constructor_headers: &[],
        standing: Standing::Unregistered,
        standing_note: Some("not in the IANA HTTP Status Code Registry"),
        former_phrases: &[],
        methods: &[],
        methods_section: None,
    }
}

/// What the argument of `from_response` of a generated enum must be when
/// `responses` is built without its `decode` feature. Nothing implements
/// it, so a call fails at the argument with a message naming the feature,
/// where a missing method would only say that there is none.
#[cfg(not(feature = "decode"))]
#[diagnostic::on_unimplemented(
    message = "decoding a response needs the `decode` feature of `responses`",
    label = "`from_response` is generated only with the `decode` feature",
    note = "turn it on where the crate depends on `responses`: `features = [\"decode\"]` \
            (under `[dev-dependencies]` when only tests decode); `reqwest` implies it"
)]
pub trait DecodeFeature {
    /// Never called: nothing implements the trait. (Not named
    /// `from_response`, which rustc would suggest implementing.)
    fn unreachable<T>(self) -> Result<T, ::core::convert::Infallible>;
}

#[cfg(feature = "decode")]
pub use crate::header::declared::FieldCheck;

#[cfg(feature = "reqwest")]
pub use reqwest;

/// How generated axum and actix-web arms send a problem body once.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use crate::integrations::via::{ByBody, ByProblem, ProblemParts, ViaBody, ViaProblem};

/// What generated `IntoResponse` impls name.
#[cfg(feature = "axum")]
pub mod axum {
    pub use axum::response::{IntoResponse, Response};
}

/// What generated `Responder` impls name.
#[cfg(feature = "actix-web")]
pub mod actix {
    pub use crate::integrations::actix::error;
    pub use actix_web::body::BoxBody;
    pub use actix_web::{Error, HttpRequest, HttpResponse, Responder};
}

/// What generated `IntoResponses` impls name.
#[cfg(feature = "utoipa")]
pub mod utoipa {
    pub use crate::openapi::BodySchemas;
    pub use crate::openapi::ResponseBody;
    pub use crate::openapi::declared::{DeclaredDoc, with_fields};
    pub use crate::openapi::describe::{CollectSchemas, Describe, DescribeResponse};
    pub use crate::openapi::range::{describe_range, describe_unregistered};
    pub use std::collections::BTreeMap;
    pub use std::string::String;
    pub use std::vec::Vec;
    pub use utoipa::IntoResponses;
    pub use utoipa::openapi::RefOr;
    pub use utoipa::openapi::response::Response;
    pub use utoipa::openapi::schema::Schema;

    /// How a generated enum reads an included set's map:
    /// `<Set as IncludedResponses<'_>>::responses`.
    pub type DescribeSet = fn() -> BTreeMap<String, RefOr<Response>>;

    /// The responses map of an enum: its own statuses, described, and the
    /// maps of its included sets (whose statuses are disjoint from its own,
    /// checked at compile time).
    ///
    /// Both are tables of function pointers, so a generated impl is one
    /// call of this function and no code that builds a map is compiled per
    /// enum.
    pub fn responses(own: &[Describe], sets: &[DescribeSet]) -> BTreeMap<String, RefOr<Response>> {
        let mut map = crate::openapi::describe::responses(own);
        for set in sets {
            map.extend(set());
        }
        map
    }

    /// The named body schemas of an enum: those of its own statuses' bodies
    /// and those of its included sets, both tables of function pointers as
    /// in [`responses`].
    pub fn schemas(
        own: &[CollectSchemas],
        sets: &[CollectSchemas],
        schemas: &mut Vec<(String, RefOr<Schema>)>,
    ) {
        for collect in own.iter().chain(sets) {
            collect(schemas);
        }
    }
}

/// The fallback of a `status!` whose argument is refused:
/// `<Status as StatusFallback<compile_error!{..}>>::STATUS`. The error sits
/// in a type argument, so the whole is valid where `status!` may be written,
/// in an expression and in a pattern, and it resolves to a constant of the
/// right type: the error is the only message. (A bare `compile_error!` in a
/// pattern becomes a wildcard, and rustc then warns that the match's other
/// arms are unreachable.)
pub trait StatusFallback<Error: ?Sized> {
    /// Any status; never used by a program that compiles.
    const STATUS: crate::Status;
}

impl<Error: ?Sized> StatusFallback<Error> for crate::Status {
    const STATUS: crate::Status = crate::Status::OK;
}
