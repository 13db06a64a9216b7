//! A cursor over received header text for the one grammar that needs more
//! than splitting at commas: a list of authentication challenges (RFC 9110
//! section 11.2), whose parameters are themselves separated by commas.

use crate::header::{Challenge, InvalidHeader, InvalidHeaderKind};

/// What error messages call a challenge.
const FIELD: &str = "authentication challenge";

/// What a challenge list looks like.
const EXPECTED: &str = "challenges such as `Bearer realm=\"api\", error=\"invalid_token\"`";

/// A position in the text of one field line.
pub(crate) struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

/// `tchar` of RFC 9110 section 5.6.2.
fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

fn malformed() -> InvalidHeader {
    InvalidHeader::new(FIELD, InvalidHeaderKind::Malformed { expected: EXPECTED })
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Cursor { text, at: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn at_end(&self) -> bool {
        self.at == self.text.len()
    }

    /// Skips spaces and tabs; whether there were any.
    fn skip_whitespace(&mut self) -> bool {
        let start = self.at;
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
        self.at > start
    }

    /// Skips whitespace and commas: empty list elements are allowed.
    fn skip_separators(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b',')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// A token, if one starts here.
    fn token(&mut self) -> Option<&'a str> {
        let start = self.at;
        while self.peek().is_some_and(is_tchar) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    /// A quoted-string starting here, unescaped.
    fn quoted(&mut self) -> Result<String, InvalidHeader> {
        let mut value = String::new();
        let mut chars = self.text[self.at + 1..].char_indices();
        while let Some((index, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += 1 + index + 1;
                    return Ok(value);
                }
                '\\' => match chars.next() {
                    Some((_, escaped)) if escaped == '\t' || !escaped.is_control() => {
                        value.push(escaped);
                    }
                    _ => return Err(malformed()),
                },
                c if c == '\t' || !c.is_control() => value.push(c),
                _ => return Err(malformed()),
            }
        }
        Err(malformed())
    }

    /// The whole text as challenges: `scheme [ 1*SP #auth-param ]`,
    /// separated by commas.
    pub(crate) fn challenges(mut self) -> Result<Vec<Challenge>, InvalidHeader> {
        let mut challenges = Vec::new();
        loop {
            self.skip_separators();
            if self.at_end() {
                return Ok(challenges);
            }
            let scheme = self.token().ok_or_else(malformed)?;
            let mut challenge = Challenge::new(scheme)?;
            let spaced = self.skip_whitespace();
            let mut next_started = false;
            if spaced && !self.at_end() && self.peek() != Some(b',') {
                (challenge, next_started) = self.params(challenge)?;
            }
            challenges.push(challenge);
            if next_started {
                continue;
            }
            self.skip_whitespace();
            if !self.at_end() && !self.eat(b',') {
                return Err(malformed());
            }
        }
    }

    /// The parameters of `challenge`, up to the end or the start of the next
    /// challenge (a token not followed by `=`): then also `true`.
    fn params(&mut self, mut challenge: Challenge) -> Result<(Challenge, bool), InvalidHeader> {
        let mut first = true;
        loop {
            let start = self.at;
            let name = self.token().ok_or_else(malformed)?;
            self.skip_whitespace();
            if !self.eat(b'=') {
                if first {
                    // `token68`, which a `Challenge` cannot hold.
                    return Err(malformed());
                }
                // The scheme of the next challenge.
                self.at = start;
                return Ok((challenge, true));
            }
            first = false;
            self.skip_whitespace();
            let value = if self.peek() == Some(b'"') {
                self.quoted()?
            } else {
                self.token().ok_or_else(malformed)?.to_owned()
            };
            challenge = challenge.param(name, &value)?;
            self.skip_whitespace();
            if self.at_end() {
                return Ok((challenge, false));
            }
            if !self.eat(b',') {
                return Err(malformed());
            }
            self.skip_separators();
            if self.at_end() {
                return Ok((challenge, false));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<String>, InvalidHeader> {
        Cursor::new(text)
            .challenges()
            .map(|list| list.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn challenges_with_and_without_parameters() {
        assert_eq!(parse("Basic").unwrap(), ["Basic"]);
        assert_eq!(
            parse(r#"Bearer realm="api", error=invalid_token"#).unwrap(),
            [r#"Bearer realm="api", error="invalid_token""#]
        );
        assert_eq!(
            parse(r#"Basic realm="a b", , Bearer realm="c\"d""#).unwrap(),
            [r#"Basic realm="a b""#, r#"Bearer realm="c\"d""#]
        );
        assert_eq!(
            parse("Newauth realm=\"apps\", type=1, title=\"Login\", Basic realm=\"simple\"")
                .unwrap()
                .len(),
            2
        );
        assert_eq!(parse("Basic, Bearer").unwrap(), ["Basic", "Bearer"]);
    }

    #[test]
    fn malformed_challenges_are_refused() {
        for text in [
            "Negotiate abc==",
            r#"Bearer realm="open"#,
            r#"Bearer realm="a" junk"#,
            "Bearer realm=",
            "Bearer realm=\"a\u{1}\"",
            "=x",
            r#"Bearer realm="a", realm="b""#,
        ] {
            assert!(parse(text).is_err(), "{text}");
        }
    }
}
