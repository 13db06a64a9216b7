//! [`TypedHeader`]: a value that knows which header it belongs to.

use super::{HeaderName, HeaderValue};

/// A structured header value that renders itself and knows its field name,
/// so [`Headers::insert_typed`](super::Headers::insert_typed) needs nothing else.
///
/// ```
/// use responses::header::{HeaderName, TypedHeader, Upgrade};
///
/// let upgrade = Upgrade::websocket();
/// assert_eq!(Upgrade::NAME, HeaderName::UPGRADE);
/// assert_eq!(upgrade.to_value().as_str(), "websocket");
/// ```
pub trait TypedHeader {
    /// The field this value is sent under.
    const NAME: HeaderName;

    /// The value as sent on the wire.
    fn to_value(&self) -> HeaderValue;
}
