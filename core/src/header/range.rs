//! [`ContentRange`]: which bytes of a representation a response carries.

use std::fmt;

use super::error::{InvalidHeader, InvalidHeaderKind};
use http::HeaderValue;

use super::rules::rendered;

/// The `Content-Range` header (RFC 9110 section 14.4) in the `bytes` unit.
///
/// A 206 response sends a satisfied range (`bytes 0-499/1234`); a 416
/// response sends the complete length alone (`bytes */1234`).
///
/// ```
/// use responses::header::ContentRange;
///
/// assert_eq!(ContentRange::bytes(0, 499, Some(1234))?.to_string(), "bytes 0-499/1234");
/// assert_eq!(ContentRange::bytes(0, 499, None)?.to_string(), "bytes 0-499/*");
/// assert_eq!(ContentRange::unsatisfied(1234).to_string(), "bytes */1234");
/// assert!(ContentRange::bytes(0, 1234, Some(1234)).is_err());
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ContentRange {
    /// The inclusive byte range sent, or `None` for an unsatisfied range.
    range: Option<(u64, u64)>,
    complete_length: Option<u64>,
}

impl ContentRange {
    /// Bytes `first` to `last`, both inclusive, of a representation of
    /// `complete_length` bytes (`None` when the length is unknown).
    ///
    /// # Errors
    ///
    /// Fails with [`InvalidHeaderKind::Range`] if `first > last`, or if the
    /// length is known and `last >= complete_length`: the range must lie
    /// inside the representation.
    pub fn bytes(
        first: u64,
        last: u64,
        complete_length: Option<u64>,
    ) -> Result<ContentRange, InvalidHeader> {
        let inside = complete_length.is_none_or(|length| last < length);
        if first > last || !inside {
            let kind = InvalidHeaderKind::Range {
                first,
                last,
                complete_length,
            };
            return Err(InvalidHeader::new("Content-Range", kind));
        }
        Ok(ContentRange {
            range: Some((first, last)),
            complete_length,
        })
    }

    /// The value a 416 (Range Not Satisfiable) response sends: no range, only
    /// the complete length, e.g. `bytes */1234`.
    pub const fn unsatisfied(complete_length: u64) -> ContentRange {
        ContentRange {
            range: None,
            complete_length: Some(complete_length),
        }
    }

    /// The first byte position sent; `None` for an unsatisfied range.
    pub const fn first(&self) -> Option<u64> {
        match self.range {
            Some((first, _)) => Some(first),
            None => None,
        }
    }

    /// The last byte position sent, inclusive; `None` for an unsatisfied range.
    pub const fn last(&self) -> Option<u64> {
        match self.range {
            Some((_, last)) => Some(last),
            None => None,
        }
    }

    /// The length of the whole representation, if known.
    pub const fn complete_length(&self) -> Option<u64> {
        self.complete_length
    }

    /// Whether this is the unsatisfied form `bytes */length`.
    pub const fn is_unsatisfied(&self) -> bool {
        self.range.is_none()
    }
}

impl fmt::Display for ContentRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.range {
            Some((first, last)) => write!(f, "bytes {first}-{last}/")?,
            None => f.write_str("bytes */")?,
        }
        match self.complete_length {
            Some(length) => write!(f, "{length}"),
            None => f.write_str("*"),
        }
    }
}

/// The value of a `Content-Range` field.
impl From<ContentRange> for HeaderValue {
    fn from(range: ContentRange) -> HeaderValue {
        // Digits, spaces and `-/*` only.
        rendered(range.to_string())
    }
}
