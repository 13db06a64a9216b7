//! Reading the typed header values back from received `http::HeaderValue`s:
//! the inverse of their constructors, under the same rules, so that a value
//! a server could not have built is refused here too.
//!
//! List fields (`Allow`, `Upgrade`, the challenges) may arrive split over
//! several field lines, which mean the same as one line joined by commas
//! (RFC 9110 section 5.3); [`DecodeHeader`] reads all of a field's lines.

use std::time::Duration;

use http::HeaderValue;

use super::syntax::Cursor;
use crate::Method;
use crate::header::{
    Allow, Challenge, ContentRange, InvalidHeader, InvalidHeaderKind, Location, RetryAfter, Upgrade,
};

/// A typed value read from every line of one received header field.
pub(crate) trait DecodeHeader: Sized {
    /// The value of `lines`, which holds at least one line.
    fn decode_lines<'a>(
        lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader>;
}

/// The error for a value that is not what `field` looks like.
fn malformed(field: &'static str, expected: &'static str) -> InvalidHeader {
    InvalidHeader::new(field, InvalidHeaderKind::Malformed { expected })
}

/// The value as text: every grammar here is ASCII, except quoted-strings,
/// which may carry UTF-8.
fn text<'a>(field: &'static str, value: &'a HeaderValue) -> Result<&'a str, InvalidHeader> {
    std::str::from_utf8(value.as_bytes()).map_err(|_| malformed(field, "UTF-8 text"))
}

/// The single line of a field that is not a list.
fn single<'a>(
    field: &'static str,
    expected: &'static str,
    mut lines: impl Iterator<Item = &'a HeaderValue>,
) -> Result<&'a HeaderValue, InvalidHeader> {
    match (lines.next(), lines.next()) {
        (Some(line), None) => Ok(line),
        _ => Err(malformed(field, expected)),
    }
}

/// The non-empty elements of a comma-separated list (RFC 9110 section
/// 5.6.1: empty elements and the whitespace around elements are ignored).
fn elements(text: &str) -> impl Iterator<Item = &str> {
    text.split(',')
        .map(|element| element.trim_matches([' ', '\t']))
        .filter(|element| !element.is_empty())
}

impl TryFrom<&HeaderValue> for Location {
    type Error = InvalidHeader;

    /// Reads a `Location` value: a non-empty URI reference of visible ASCII,
    /// as [`Location::new`] requires.
    fn try_from(value: &HeaderValue) -> Result<Location, InvalidHeader> {
        Location::from_received(value)
    }
}

impl DecodeHeader for Location {
    fn decode_lines<'a>(
        lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader> {
        Location::try_from(single("Location", "one URI reference", lines)?)
    }
}

impl TryFrom<&HeaderValue> for Allow {
    type Error = InvalidHeader;

    /// Reads an `Allow` value: registered method names separated by commas
    /// (`GET, HEAD`); an empty value allows no method.
    fn try_from(value: &HeaderValue) -> Result<Allow, InvalidHeader> {
        Allow::decode_lines(std::iter::once(value))
    }
}

impl DecodeHeader for Allow {
    fn decode_lines<'a>(
        lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader> {
        let mut methods = Vec::new();
        for line in lines {
            for name in elements(text("Allow", line)?) {
                let method: Method = name.parse().map_err(|_| {
                    malformed(
                        "Allow",
                        "registered method names separated by commas, such as `GET, HEAD`",
                    )
                })?;
                methods.push(method);
            }
        }
        Ok(Allow::new(methods))
    }
}

impl TryFrom<&HeaderValue> for Upgrade {
    type Error = InvalidHeader;

    /// Reads an `Upgrade` value: protocols (`name` or `name/version`)
    /// separated by commas, at least one.
    fn try_from(value: &HeaderValue) -> Result<Upgrade, InvalidHeader> {
        Upgrade::decode_lines(std::iter::once(value))
    }
}

impl DecodeHeader for Upgrade {
    fn decode_lines<'a>(
        lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader> {
        let mut protocols = Vec::new();
        for line in lines {
            protocols.extend(elements(text("Upgrade", line)?));
        }
        Upgrade::new(protocols)
    }
}

/// What a `Content-Range` value looks like.
const RANGE: &str = "`bytes FIRST-LAST/LENGTH`, `bytes FIRST-LAST/*` or `bytes */LENGTH`";

impl TryFrom<&HeaderValue> for ContentRange {
    type Error = InvalidHeader;

    /// Reads a `Content-Range` value in the `bytes` unit (compared without
    /// regard to case, as range units are), with the same checks as
    /// [`ContentRange::bytes`].
    fn try_from(value: &HeaderValue) -> Result<ContentRange, InvalidHeader> {
        let bad = || malformed("Content-Range", RANGE);
        let text = text("Content-Range", value)?;
        let (unit, rest) = text.split_once(' ').ok_or_else(bad)?;
        if !unit.eq_ignore_ascii_case("bytes") {
            return Err(bad());
        }
        let (range, length) = rest.split_once('/').ok_or_else(bad)?;
        let length = match length {
            "*" => None,
            digits => Some(number(digits).ok_or_else(bad)?),
        };
        if range == "*" {
            return length.map(ContentRange::unsatisfied).ok_or_else(bad);
        }
        let (first, last) = range.split_once('-').ok_or_else(bad)?;
        let first = number(first).ok_or_else(bad)?;
        let last = number(last).ok_or_else(bad)?;
        ContentRange::bytes(first, last, length)
    }
}

impl DecodeHeader for ContentRange {
    fn decode_lines<'a>(
        lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader> {
        ContentRange::try_from(single("Content-Range", RANGE, lines)?)
    }
}

/// `1*DIGIT` as a number, if it fits in a `u64`.
fn number(digits: &str) -> Option<u64> {
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// What a `Retry-After` value looks like.
const RETRY: &str = "a number of seconds or an HTTP-date";

impl TryFrom<&HeaderValue> for RetryAfter {
    type Error = InvalidHeader;

    /// Reads a `Retry-After` value: a delay in seconds, or an HTTP-date in
    /// any of the three formats a recipient must accept (RFC 9110 section
    /// 5.6.7).
    fn try_from(value: &HeaderValue) -> Result<RetryAfter, InvalidHeader> {
        let text = text("Retry-After", value)?;
        if let Some(seconds) = number(text) {
            return Ok(RetryAfter::delay(Duration::from_secs(seconds)));
        }
        httpdate::parse_http_date(text)
            .map(RetryAfter::at)
            .map_err(|_| malformed("Retry-After", RETRY))
    }
}

impl DecodeHeader for RetryAfter {
    fn decode_lines<'a>(
        lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader> {
        RetryAfter::try_from(single("Retry-After", RETRY, lines)?)
    }
}

impl TryFrom<&HeaderValue> for Challenge {
    type Error = InvalidHeader;

    /// Reads the first challenge of a `WWW-Authenticate` or
    /// `Proxy-Authenticate` value. The whole value must be a well-formed
    /// list of challenges, each a scheme and `name=value` parameters (the
    /// `token68` form is not supported, as [`Challenge`] cannot hold it).
    fn try_from(value: &HeaderValue) -> Result<Challenge, InvalidHeader> {
        let text = text("authentication challenge", value)?;
        let mut challenges = Cursor::new(text).challenges()?;
        if challenges.is_empty() {
            return Err(malformed("authentication challenge", "a challenge"));
        }
        Ok(challenges.swap_remove(0))
    }
}

impl DecodeHeader for Challenge {
    fn decode_lines<'a>(
        mut lines: impl Iterator<Item = &'a HeaderValue>,
    ) -> Result<Self, InvalidHeader> {
        // The first challenge is the one the constructor took; every line
        // must still be well-formed.
        let first = lines.next().map(Challenge::try_from).transpose()?;
        for line in lines {
            Cursor::new(text("authentication challenge", line)?).challenges()?;
        }
        first.ok_or_else(|| malformed("authentication challenge", "a challenge"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn value(text: &'static str) -> HeaderValue {
        HeaderValue::from_static(text)
    }

    #[test]
    fn what_the_constructors_write_reads_back() {
        let location = Location::from_static("/a?b=%20#c");
        let sent: HeaderValue = location.to_string().parse().unwrap();
        assert_eq!(Location::try_from(&sent), Ok(location));
        let allow = Allow::new([Method::GET, Method::PATCH]);
        assert_eq!(Allow::try_from(&value("GET, PATCH")), Ok(allow));
        assert_eq!(Allow::try_from(&value("")), Ok(Allow::new([])));
        let range = ContentRange::bytes(0, 4, None).unwrap();
        assert_eq!(ContentRange::try_from(&value("bytes 0-4/*")), Ok(range));
        assert_eq!(
            ContentRange::try_from(&value("Bytes */10")),
            Ok(ContentRange::unsatisfied(10))
        );
        assert_eq!(
            Upgrade::try_from(&value("h2c, websocket")),
            Upgrade::new(["h2c", "websocket"])
        );
    }

    #[test]
    fn retry_after_reads_seconds_and_every_date_format() {
        assert_eq!(
            RetryAfter::try_from(&value("120")),
            Ok(RetryAfter::seconds(120))
        );
        let at = UNIX_EPOCH + Duration::from_secs(784_111_777);
        for date in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            let read = RetryAfter::try_from(&HeaderValue::from_str(date).unwrap()).unwrap();
            assert_eq!(read.date(), Some(at), "{date}");
        }
        for bad in ["-1", "soon", "1.5", ""] {
            let error = RetryAfter::try_from(&HeaderValue::from_str(bad).unwrap()).unwrap_err();
            assert_eq!(error.field(), "Retry-After");
        }
        assert!(RetryAfter::try_from(&value("0")).unwrap().date().is_none());
    }

    #[test]
    fn non_ascii_locations_name_the_byte() {
        let latin1 = HeaderValue::from_bytes(b"/caf\xe9").unwrap();
        let error = Location::try_from(&latin1).unwrap_err();
        assert_eq!(
            error.kind(),
            &InvalidHeaderKind::UriByte {
                byte: 0xe9,
                index: 4
            }
        );
    }

    #[test]
    fn singleton_fields_must_come_once_and_lists_may_split() {
        let (a, b) = (value("/a"), value("/b"));
        assert!(Location::decode_lines([&a, &b].into_iter()).is_err());
        let (get, head) = (value("GET"), value("HEAD"));
        assert_eq!(
            Allow::decode_lines([&get, &head].into_iter()),
            Ok(Allow::new([Method::GET, Method::HEAD]))
        );
        let (first, broken) = (value("Basic realm=\"a\""), value("Bearer realm="));
        assert!(Challenge::decode_lines([&first, &broken].into_iter()).is_err());
        let second = value("Bearer realm=\"b\"");
        assert_eq!(
            Challenge::decode_lines([&first, &second].into_iter()),
            Challenge::basic("a")
        );
    }
}
