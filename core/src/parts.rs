//! How the integrations take a per-status type apart.

use crate::fields::TypedFields;
use crate::response::TypedResponse;

/// A per-status type taken apart for an integration: its fields, `None` if
/// a `.header()` call was refused, and its body, which the conversion into
/// `http::Response` needs in both cases. Not public API.
#[doc(hidden)]
pub trait IntoTypedFields: TypedResponse + Sized {
    /// The fields (`None` after a refused `.header()` call) and the body.
    fn __into_typed_fields(self) -> (Option<TypedFields>, Self::Body);
}
