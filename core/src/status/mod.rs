//! What the registry says about a [`Status`](crate::Status) besides its
//! code: its class, its standing and the header fields it names; and the
//! error of a code or text outside the registry. `Status` itself is at the
//! crate root, and [`status!`](macro@crate::status) checks a code at
//! compile time.

use core::fmt;

pub(crate) mod registered;

pub use responses_data::{Class as StatusClass, HeaderField, Standing};

/// Why a code or text is not a registered [`Status`](crate::Status).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidStatus {
    /// Outside 100..=599, so not an HTTP status code at all.
    OutOfRange(u16),
    /// In range, but the registry has no such code.
    Unregistered(u16),
    /// Text that is neither a code nor the name or phrase of a registered status.
    UnknownName,
}

impl fmt::Display for InvalidStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidStatus::OutOfRange(code) => write!(
                f,
                "{code} is not an HTTP status code: codes have three digits, from 100 to 599"
            ),
            InvalidStatus::Unregistered(code) => {
                write!(f, "{code} is not in the IANA HTTP Status Code Registry")
            }
            InvalidStatus::UnknownName => f.write_str(
                "not a registered status: expected a code such as 404, \
                 a name such as NotFound or a phrase such as \"Not Found\"",
            ),
        }
    }
}

impl core::error::Error for InvalidStatus {}
