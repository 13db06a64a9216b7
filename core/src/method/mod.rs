//! What goes with a [`Method`](crate::Method): whether a request with it
//! carries content, and the error of a name that is not a registered
//! method. `Method` itself is at the crate root.

use core::fmt;

pub(crate) mod registered;
pub(crate) mod sets;

pub use responses_data::RequestContent;

/// A method token that is not one of the registered methods `responses` knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownMethod;

impl fmt::Display for UnknownMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "not a method defined by RFC 9110 or RFC 5789 \
             (method names are case-sensitive: GET, not get)",
        )
    }
}

impl core::error::Error for UnknownMethod {}
