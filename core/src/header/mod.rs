//! Header names, values and the typed headers responses need, all validated
//! so that user data can never inject a line break (and with it a header or a
//! body) into a response.
//!
//! * [`HeaderName`] and [`HeaderValue`] are the generic, validated building
//!   blocks; [`Headers`] is an ordered list of them.
//! * [`Location`], [`Allow`], [`Challenge`], [`ContentRange`], [`Upgrade`] and
//!   [`RetryAfter`] are structured values that render themselves and know
//!   their field ([`TypedHeader`]).
//! * Every fallible constructor fails with [`InvalidHeader`]; only the
//!   `from_static` constructors, meant for literals, panic.
//!
//! With the `http` feature, [`Headers::into_header_map`] and `From` impls
//! convert to the `http` crate's types.

mod allow;
mod challenge;
mod chars;
mod date;
mod error;
#[cfg(feature = "http")]
mod http;
mod location;
mod map;
mod name;
mod range;
mod retry_after;
mod standard;
mod typed;
mod upgrade;
mod value;

pub use allow::Allow;
// The URI-reference check of `Location`, shared with problem details.
pub use challenge::Challenge;
#[cfg(feature = "json")]
pub(crate) use chars::first_non_uri_byte;
pub use error::{InvalidHeader, InvalidHeaderKind};
pub use location::Location;
pub use map::{Headers, IntoIter, Iter};
pub use name::HeaderName;
pub use range::ContentRange;
pub use retry_after::RetryAfter;
pub use typed::TypedHeader;
pub use upgrade::Upgrade;
pub use value::HeaderValue;
