//! [`Challenge`]: one authentication challenge.

use std::fmt::{self, Write as _};

use http::HeaderValue;

use super::error::{InvalidHeader, InvalidHeaderKind};
use super::rules::{check_token, check_value, rendered};

/// What error messages call the parts of a challenge.
const FIELD: &str = "authentication challenge";

/// One authentication challenge (RFC 9110 section 11.2) for
/// `WWW-Authenticate` (section 11.6.1) or `Proxy-Authenticate` (section 11.7.1):
/// a scheme and its parameters.
///
/// Parameter values are always sent as quoted-strings, which every recipient
/// must accept, with `"` and `\` escaped. A value may hold any text but
/// control characters: HTAB, space, visible ASCII and all non-ASCII text
/// (as UTF-8, which includes the C1 controls U+0080 to U+009F: the
/// field-value grammar admits every byte from 0x80 as obs-text) are allowed;
/// NUL, CR, LF, the other C0 controls and DEL are refused.
///
/// ```
/// use responses::header::Challenge;
///
/// let challenge = Challenge::bearer("api")?.param("error", "invalid_token")?;
/// assert_eq!(challenge.to_string(), r#"Bearer realm="api", error="invalid_token""#);
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Challenge {
    scheme: String,
    params: Vec<(String, String)>,
}

impl Challenge {
    /// A challenge for `scheme` with no parameters yet.
    ///
    /// # Errors
    ///
    /// Fails if `scheme` is empty or is not a token.
    pub fn new(scheme: &str) -> Result<Challenge, InvalidHeader> {
        check_token(FIELD, scheme)?;
        Ok(Challenge {
            scheme: scheme.to_owned(),
            params: Vec::new(),
        })
    }

    /// `Basic realm="…"` (RFC 7617).
    ///
    /// # Errors
    ///
    /// Fails if `realm` contains a control character.
    pub fn basic(realm: &str) -> Result<Challenge, InvalidHeader> {
        Challenge::new("Basic")?.param("realm", realm)
    }

    /// `Bearer realm="…"` (RFC 6750 section 3).
    ///
    /// # Errors
    ///
    /// Fails if `realm` contains a control character.
    pub fn bearer(realm: &str) -> Result<Challenge, InvalidHeader> {
        Challenge::new("Bearer")?.param("realm", realm)
    }

    /// Adds the parameter `name="value"`.
    ///
    /// # Errors
    ///
    /// Fails if `name` is empty, is not a token, or repeats (in any case) a
    /// name already given, and if `value` contains a control character other
    /// than horizontal tab.
    pub fn param(mut self, name: &str, value: &str) -> Result<Challenge, InvalidHeader> {
        check_token(FIELD, name)?;
        check_value(FIELD, value)?;
        if self
            .params
            .iter()
            .any(|(given, _)| given.eq_ignore_ascii_case(name))
        {
            let kind = InvalidHeaderKind::DuplicateParameter {
                name: name.to_owned(),
            };
            return Err(InvalidHeader::new(FIELD, kind));
        }
        self.params.push((name.to_owned(), value.to_owned()));
        Ok(self)
    }

    /// The auth scheme, as given.
    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    /// The parameters as `(name, value)`, in order, values unescaped.
    pub fn params(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.params
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }
}

impl fmt::Display for Challenge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.scheme)?;
        for (i, (name, value)) in self.params.iter().enumerate() {
            f.write_str(if i == 0 { " " } else { ", " })?;
            write!(f, "{name}=")?;
            write_quoted(f, value)?;
        }
        Ok(())
    }
}

/// Writes `text` as a quoted-string (RFC 9110 section 5.6.4).
fn write_quoted(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            f.write_char('\\')?;
        }
        f.write_char(c)?;
    }
    f.write_char('"')
}

/// The value of a `WWW-Authenticate` or a `Proxy-Authenticate` field.
impl From<Challenge> for HeaderValue {
    fn from(challenge: Challenge) -> HeaderValue {
        // Tokens and quoted control-free text are a valid field value.
        rendered(challenge.to_string())
    }
}
