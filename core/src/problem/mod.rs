#![doc = include_str!("../docs/problem.md")]

// One step per file: `details.rs` holds the type and its builders,
// `serde_impls.rs` its `Serialize` and `Deserialize` impls, `render.rs` the
// bytes sent for a given status, and `error.rs` the builders' typed error.

pub(crate) mod details;
mod error;
mod extensions;
mod render;
mod serde_impls;

pub use error::{InvalidProblem, InvalidProblemKind};
pub use extensions::Extensions;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) use render::Prepared;
pub(crate) use render::failed;
pub(crate) use render::render_for;

/// The media type of a problem details document in JSON (RFC 9457 section 3).
pub const CONTENT_TYPE: &str = "application/problem+json";

/// The problem type when none is given: the problem is nothing more than its
/// status code (RFC 9457 section 4.2.1).
pub const ABOUT_BLANK: &str = "about:blank";
