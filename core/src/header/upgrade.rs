//! [`Upgrade`]: the protocols a 101 or 426 response names.

use std::fmt;

use http::HeaderValue;

use super::error::{InvalidHeader, InvalidHeaderKind};
use super::rules::{Class, first_outside, rendered};

/// What error messages call the text given to [`Upgrade::new`].
const FIELD: &str = "Upgrade";

/// The `Upgrade` header (RFC 9110 section 7.8): protocols to switch to, each
/// `name` or `name/version`, in order of preference.
///
/// ```
/// use responses::header::Upgrade;
///
/// assert_eq!(Upgrade::new(["websocket", "h2c"])?.to_string(), "websocket, h2c");
/// assert_eq!(Upgrade::new(["HTTP/2.0"])?.protocols(), ["HTTP/2.0"]);
/// assert!(Upgrade::new(["web socket"]).is_err());
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Upgrade {
    protocols: Vec<String>,
}

impl Upgrade {
    /// The protocols, in order of preference.
    ///
    /// # Errors
    ///
    /// Fails with [`InvalidHeaderKind::Empty`] if there is no protocol or one
    /// is empty, and with [`InvalidHeaderKind::Token`] at the first byte of a
    /// protocol that is not a token character, or at a `/` that does not
    /// separate a non-empty name from a non-empty version. The index is within
    /// that protocol.
    pub fn new(
        protocols: impl IntoIterator<Item = impl AsRef<str>>,
    ) -> Result<Upgrade, InvalidHeader> {
        let protocols = protocols
            .into_iter()
            .map(|protocol| {
                let protocol = protocol.as_ref();
                check_protocol(protocol)?;
                Ok(protocol.to_owned())
            })
            .collect::<Result<Vec<_>, _>>()?;
        if protocols.is_empty() {
            return Err(InvalidHeader::new(FIELD, InvalidHeaderKind::Empty));
        }
        Ok(Upgrade { protocols })
    }

    /// `websocket`, what a 101 response to a WebSocket handshake sends
    /// (RFC 6455 section 4.2.2).
    pub fn websocket() -> Upgrade {
        Upgrade {
            protocols: vec!["websocket".to_owned()],
        }
    }

    /// The protocols, in order of preference.
    pub fn protocols(&self) -> &[String] {
        &self.protocols
    }
}

/// Checks `protocol = protocol-name ["/" protocol-version]`, both tokens.
fn check_protocol(protocol: &str) -> Result<(), InvalidHeader> {
    if protocol.is_empty() {
        return Err(InvalidHeader::new(FIELD, InvalidHeaderKind::Empty));
    }
    let (name, version) = match protocol.split_once('/') {
        Some((name, version)) => (name, Some(version)),
        None => (protocol, None),
    };
    // A slash with nothing on one side is reported as the offending byte.
    let slash = name.len();
    if name.is_empty() || version == Some("") {
        return Err(InvalidHeader::token(FIELD, protocol, slash));
    }
    if let Some(index) = first_outside(name.as_bytes(), Class::Token) {
        return Err(InvalidHeader::token(FIELD, protocol, index));
    }
    if let Some(version) = version
        && let Some(index) = first_outside(version.as_bytes(), Class::Token)
    {
        return Err(InvalidHeader::token(FIELD, protocol, slash + 1 + index));
    }
    Ok(())
}

impl fmt::Display for Upgrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.protocols.join(", "))
    }
}

/// The value of an `Upgrade` field, e.g. `websocket, h2c`.
impl From<Upgrade> for HeaderValue {
    fn from(upgrade: Upgrade) -> HeaderValue {
        // Tokens, `/` and `, ` only.
        rendered(upgrade.to_string())
    }
}
