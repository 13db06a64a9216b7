//! The header fields a hand-written variant holds.

/// A field of a `#[derive(Responses)]` variant that holds a header field its
/// status requires: the header's own type, such as [`Allow`](super::Allow)
/// for a 405 variant or [`Challenge`](super::Challenge) for a 401, which is
/// also what decoding gives back.
///
/// The derive passes each such field through this trait, so that a field of
/// another type is one error at that type, naming the status and the header
/// field. There is nothing to implement: every header type is its own field.
#[diagnostic::on_unimplemented(
    message = "a `{CODE}` variant holds its `{Field}` header field here, not `{Self}`",
    label = "expected `{Field}`",
    note = "a hand-written variant's fields are the header fields its status requires, \
            in order, then an optional body: write `{Field}` (`responses::header::{Field}`) \
            here"
)]
pub trait HeaderFieldOf<const CODE: u16, Field> {
    /// The header field, as the per-status type's constructor takes it.
    fn into_field(self) -> Field;
}

#[diagnostic::do_not_recommend]
impl<const CODE: u16, Field> HeaderFieldOf<CODE, Field> for Field {
    #[inline]
    fn into_field(self) -> Field {
        self
    }
}
