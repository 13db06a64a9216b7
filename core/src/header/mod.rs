//! The typed header values that add a rule the `http` crate has no notion
//! of, each producing an `http::HeaderValue`.
//!
//! Names, values and maps are `http`'s: per-status types hold an
//! [`http::HeaderMap`], and their `.header(name, value)` takes what
//! `http::response::Builder::header` takes (`http::header::ETAG`, `&str`,
//! [`http::HeaderValue`], ...). What is here checks more than a field value:
//!
//! * [`Location`]: a URI reference (visible ASCII), or path segments
//!   percent-encoded so that building one cannot fail;
//! * [`Challenge`]: a token scheme and token parameter names, values quoted;
//! * [`Allow`]: built from registered [`Method`](crate::Method)s;
//! * [`ContentRange`], [`Upgrade`], [`RetryAfter`]: their field's grammar.
//!
//! Every fallible constructor fails with [`InvalidHeader`], which names the
//! rule and the offending byte's index; only `Location::from_static`, meant
//! for literals, panics.
//!
//! # What a value may contain
//!
//! No value built here, nor any `http::HeaderValue`, contains NUL, CR, LF,
//! another C0 control character (0x00 to 0x1F) except horizontal tab, or
//! DEL (0x7F); so user data can never start a new header line or a body.
//! Bytes from 0x80 up are allowed in field values (RFC 9110 section 5.5
//! calls them obs-text): that includes non-ASCII text as UTF-8 and the C1
//! control characters U+0080 to U+009F, which UTF-8 encodes as two bytes
//! from 0x80. Where a rule is stricter, the type says so: a `Location` is
//! visible ASCII only; schemes, parameter names and protocols are tokens.
#![cfg_attr(feature = "json", doc = include_str!("../docs/declared.md"))]

mod allow;
mod challenge;
pub(crate) mod declared;
mod error;
mod field_of;
mod location;
mod range;
pub(crate) mod read;
mod retry_after;
mod rules;
mod syntax;
mod upgrade;

pub use allow::Allow;
pub use challenge::Challenge;
pub use declared::DeclaredField;
pub use error::{InvalidHeader, InvalidHeaderKind};
pub use field_of::HeaderFieldOf;
pub use location::Location;
pub use range::ContentRange;
pub use retry_after::RetryAfter;
pub use upgrade::Upgrade;
// The URI-reference check of `Location`, shared with problem details.
#[cfg(feature = "json")]
pub(crate) use rules::first_non_uri_byte;
