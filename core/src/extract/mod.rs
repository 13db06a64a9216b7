#![cfg_attr(feature = "axum", doc = include_str!("../docs/rejections.md"))]
#![cfg_attr(
    not(feature = "axum"),
    doc = "Request extractors whose rejections are typed problems. (Its guide's examples use axum; docs.rs has every feature.)"
)]

// One step per file: `refusal.rs` decides, with no framework in sight,
// whether and why a request is refused; the axum and actix-web
// integrations read the request and send the refusal.

mod fallback;
pub(crate) mod refusal;
mod sets;

pub use sets::{JsonRejection, PathRejection, QueryRejection, Rejection};

pub use fallback::not_found;

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use crate::integrations::axum::fallback::method_not_allowed;

#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub use crate::integrations::actix::fallback::actix_method_not_allowed;

use serde::{Deserialize, Serialize};

/// The members of a rejection's problem details that name what was wrong.
///
/// Each is present only where it applies: `pointer` for a JSON body (400
/// and 422), `parameter` for a path or query parameter (400),
/// `expected_media_type` for a body of the wrong media type (415).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
pub struct RejectionDetails {
    /// The JSON Pointer (RFC 6901) of the body's member that was wrong, such
    /// as `/email` or `/tags/1`; `""` is the whole body (a missing member is
    /// reported at the object that lacks it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// The path or query parameter that was wrong, when it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// The media type the request body must have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_media_type: Option<String>,
    /// Each invalid member of a body that a handler refuses itself, as
    /// in RFC 9457 section 3's example of validation errors (see
    /// [`JsonRejection::invalid`]); the extractors leave it empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<InvalidMember>,
}

/// One invalid member of a request body: where it is and what is wrong
/// with it, an item of [`RejectionDetails::errors`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
pub struct InvalidMember {
    /// What is wrong with it, for a person: `must be a positive integer`.
    pub detail: String,
    /// The member's JSON Pointer (RFC 6901), such as `/age`.
    pub pointer: String,
}

impl InvalidMember {
    /// The member at `pointer`, and what is wrong with it.
    pub fn new(pointer: impl Into<String>, detail: impl Into<String>) -> InvalidMember {
        InvalidMember {
            pointer: pointer.into(),
            detail: detail.into(),
        }
    }
}

/// Path parameters, deserialised with serde; a parameter that does not
/// parse is answered `400 Bad Request` with a [`PathRejection`] naming it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path<T>(pub T);

/// The query string, deserialised with serde; a parameter that does not
/// parse, or a missing one, is answered `400 Bad Request` with a
/// [`QueryRejection`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Query<T>(pub T);

impl<T> Path<T> {
    /// The parameters.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Query<T> {
    /// The parameters.
    pub fn into_inner(self) -> T {
        self.0
    }
}
