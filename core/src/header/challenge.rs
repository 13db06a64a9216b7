//! [`Challenge`]: one authentication challenge.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::hash::{Hash, Hasher};

use http::HeaderValue;

use super::error::{InvalidHeader, InvalidHeaderKind};
use super::rules::{Class, check_token, check_value, first_outside, rendered};

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
#[derive(Clone, Debug)]
pub struct Challenge {
    scheme: Cow<'static, str>,
    /// The parameters given to [`from_static`](Challenge::from_static);
    /// empty once [`param`](Challenge::param) adds one (they move to
    /// `params`), so one of the two lists is always empty.
    fixed: &'static [(&'static str, &'static str)],
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
            scheme: Cow::Owned(scheme.to_owned()),
            fixed: &[],
            params: Vec::new(),
        })
    }

    /// A challenge written as literals, checked at compile time where it is
    /// a `const`: no `Result` to unwrap for a scheme and parameters the
    /// service fixes itself.
    ///
    /// ```
    /// use responses::header::Challenge;
    ///
    /// const TOKEN: Challenge = Challenge::from_static("Token", &[("realm", "conduit")]);
    /// assert_eq!(TOKEN.to_string(), r#"Token realm="conduit""#);
    /// ```
    ///
    /// # Panics
    ///
    /// Panics on what [`new`](Self::new) and [`param`](Self::param) refuse:
    /// a scheme or a parameter name that is empty or not a token, a name
    /// given twice (in any case), a value with a control character. Meant
    /// for literals, where the panic is a compile error in a `const`.
    pub const fn from_static(
        scheme: &'static str,
        params: &'static [(&'static str, &'static str)],
    ) -> Challenge {
        assert!(
            !scheme.is_empty() && first_outside(scheme.as_bytes(), Class::Token).is_none(),
            "Challenge::from_static: the scheme must be a token (RFC 9110 section 5.6.2)"
        );
        let mut i = 0;
        while i < params.len() {
            let (name, value) = params[i];
            assert!(
                !name.is_empty() && first_outside(name.as_bytes(), Class::Token).is_none(),
                "Challenge::from_static: a parameter name must be a token (RFC 9110 section 5.6.2)"
            );
            assert!(
                first_outside(value.as_bytes(), Class::Value).is_none(),
                "Challenge::from_static: a parameter value must not hold a control character"
            );
            let mut j = 0;
            while j < i {
                assert!(
                    !same_name(params[j].0.as_bytes(), name.as_bytes()),
                    "Challenge::from_static: a parameter name is given twice"
                );
                j += 1;
            }
            i += 1;
        }
        Challenge {
            scheme: Cow::Borrowed(scheme),
            fixed: params,
            params: Vec::new(),
        }
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
            .params()
            .any(|(given, _)| given.eq_ignore_ascii_case(name))
        {
            let kind = InvalidHeaderKind::DuplicateParameter {
                name: name.to_owned(),
            };
            return Err(InvalidHeader::new(FIELD, kind));
        }
        if !self.fixed.is_empty() {
            self.params = self
                .fixed
                .iter()
                .map(|&(name, value)| (name.to_owned(), value.to_owned()))
                .collect();
            self.fixed = &[];
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
        Params {
            fixed: self.fixed.iter(),
            owned: self.params.iter(),
        }
    }
}

/// Whether two parameter names are the same, in any letter case, at
/// compile time.
const fn same_name(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// The parameters of a challenge, wherever they are held.
struct Params<'a> {
    fixed: std::slice::Iter<'a, (&'static str, &'static str)>,
    owned: std::slice::Iter<'a, (String, String)>,
}

impl<'a> Iterator for Params<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        match self.fixed.next() {
            Some(&(name, value)) => Some((name, value)),
            None => self
                .owned
                .next()
                .map(|(name, value)| (name.as_str(), value.as_str())),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.fixed.len() + self.owned.len();
        (len, Some(len))
    }
}

impl ExactSizeIterator for Params<'_> {}

/// Equal when the scheme and the parameters are, however they were given.
impl PartialEq for Challenge {
    fn eq(&self, other: &Challenge) -> bool {
        self.scheme == other.scheme && self.params().eq(other.params())
    }
}

impl Eq for Challenge {}

impl Hash for Challenge {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.scheme.hash(state);
        for param in self.params() {
            param.hash(state);
        }
    }
}

impl fmt::Display for Challenge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.scheme)?;
        for (i, (name, value)) in self.params().enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const TOKEN: Challenge = Challenge::from_static("Token", &[("realm", "conduit")]);

    #[test]
    fn a_static_challenge_is_the_one_built_at_run_time() {
        let built = Challenge::new("Token")
            .unwrap()
            .param("realm", "conduit")
            .unwrap();
        assert_eq!(TOKEN, built);
        assert_eq!(
            HashSet::from([TOKEN]).len(),
            HashSet::from([TOKEN, built]).len()
        );
        assert_eq!(TOKEN.scheme(), "Token");
        assert_eq!(TOKEN.params().len(), 1);
        assert_eq!(HeaderValue::from(TOKEN), r#"Token realm="conduit""#);
    }

    #[test]
    fn a_static_challenge_takes_more_parameters_but_no_repeat() {
        let more = TOKEN.param("error", "invalid_token").unwrap();
        assert_eq!(
            more.to_string(),
            r#"Token realm="conduit", error="invalid_token""#
        );
        assert_eq!(more.params().len(), 2);
        assert!(TOKEN.param("Realm", "again").is_err());
        assert!(more.param("REALM", "again").is_err());
    }

    #[test]
    #[should_panic(expected = "given twice")]
    fn a_repeated_static_name_is_refused() {
        let _ = Challenge::from_static("Basic", &[("realm", "a"), ("REALM", "b")]);
    }

    #[test]
    #[should_panic(expected = "must be a token")]
    fn a_static_scheme_must_be_a_token() {
        let _ = Challenge::from_static("two words", &[]);
    }
}
