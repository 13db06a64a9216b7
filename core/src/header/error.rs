//! [`InvalidHeader`], the one error type of the header module.

use std::fmt;

/// Text that cannot become a header: which header, and what is wrong.
///
/// Every fallible constructor in [`crate::header`] and every per-status
/// type's `try_header` returns this error, so a handler can propagate any of
/// them with `?`. The message names the field, the rule and, where one byte
/// is at fault, its index; it never repeats the refused text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidHeader {
    field: &'static str,
    kind: InvalidHeaderKind,
}

/// What is wrong with the text given for a header.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidHeaderKind {
    /// The text is empty, but this header needs a value.
    Empty,
    /// A control character (CR, LF, NUL, DEL, ...) where a field value or a
    /// quoted-string is expected.
    Byte {
        /// The refused byte.
        byte: u8,
        /// Its index in the text, in bytes.
        index: usize,
    },
    /// A byte that a URI reference cannot contain unencoded: a space, a
    /// control character or any non-ASCII byte.
    UriByte {
        /// The refused byte.
        byte: u8,
        /// Its index in the text, in bytes.
        index: usize,
    },
    /// A byte that is not a token character (RFC 9110 section 5.6.2) where a
    /// token is expected: header names, auth schemes, parameter names,
    /// protocol names.
    Token {
        /// The refused byte.
        byte: u8,
        /// Its index in the text, in bytes.
        index: usize,
    },
    /// A name given to `.header()` or `.try_header()` that is not a field
    /// name: empty, longer than `http` allows, or with a byte that is not a
    /// token character (RFC 9110 section 5.1).
    Name,
    /// A value given to `.header()` or `.try_header()` that is not a field
    /// value: it has NUL, CR, LF, another C0 control character than HTAB, or
    /// DEL (RFC 9110 section 5.5).
    Value,
    /// A byte range that does not describe a part of the representation:
    /// `first` is after `last`, or `last` is not below `complete_length`.
    Range {
        /// The first byte position given.
        first: u64,
        /// The last byte position given.
        last: u64,
        /// The complete length given, if known.
        complete_length: Option<u64>,
    },
    /// An authentication parameter name given twice in one challenge, which
    /// RFC 9110 section 11.2 forbids.
    DuplicateParameter {
        /// The repeated name, as given the second time.
        name: String,
    },
    /// A received field value that does not follow the field's grammar
    /// (found when decoding a response, never when building one).
    Malformed {
        /// What the value should look like, e.g. `` `bytes 0-499/1234` ``.
        expected: &'static str,
    },
}

impl InvalidHeader {
    /// An error about `field` (a header like `"Location"`, or `"header name"`).
    pub(crate) const fn new(field: &'static str, kind: InvalidHeaderKind) -> Self {
        Self { field, kind }
    }

    /// The refused `byte` at `index` of `text`, which a validator found.
    pub(crate) fn byte(field: &'static str, text: &str, index: usize) -> Self {
        // Validators only report indexes inside the text; 0 keeps this total.
        let byte = text.as_bytes().get(index).copied().unwrap_or(0);
        Self::new(field, InvalidHeaderKind::Byte { byte, index })
    }

    /// A `byte` not allowed in a URI reference at `index` of `text`.
    pub(crate) fn uri_byte(field: &'static str, text: &str, index: usize) -> Self {
        let byte = text.as_bytes().get(index).copied().unwrap_or(0);
        Self::new(field, InvalidHeaderKind::UriByte { byte, index })
    }

    /// A non-token `byte` at `index` of `text`.
    pub(crate) fn token(field: &'static str, text: &str, index: usize) -> Self {
        let byte = text.as_bytes().get(index).copied().unwrap_or(0);
        Self::new(field, InvalidHeaderKind::Token { byte, index })
    }

    /// The header (or kind of text) the error is about, e.g. `"Location"`.
    pub const fn field(&self) -> &'static str {
        self.field
    }

    /// What is wrong with the text.
    pub const fn kind(&self) -> &InvalidHeaderKind {
        &self.kind
    }
}

impl fmt::Display for InvalidHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: ", self.field)?;
        match &self.kind {
            InvalidHeaderKind::Empty => f.write_str("the value must not be empty"),
            InvalidHeaderKind::Byte { byte, index } => write!(
                f,
                "byte {} at index {index} is not allowed in a header value; \
                 header values cannot contain CR, LF or other control characters",
                ByteName(*byte),
            ),
            InvalidHeaderKind::UriByte { byte, index } => write!(
                f,
                "byte {} at index {index} is not allowed in a URI reference; \
                 percent-encode spaces, control characters and non-ASCII characters",
                ByteName(*byte),
            ),
            InvalidHeaderKind::Token { byte, index } => write!(
                f,
                "byte {} at index {index} is not allowed in a token; \
                 tokens contain only ASCII letters, digits and !#$%&'*+-.^_`|~",
                ByteName(*byte),
            ),
            InvalidHeaderKind::Name => f.write_str(
                "not a field name; names are tokens: ASCII letters, digits and !#$%&'*+-.^_`|~",
            ),
            InvalidHeaderKind::Value => f.write_str(
                "not a field value; values cannot contain NUL, CR, LF, other control \
                 characters than horizontal tab, or DEL",
            ),
            InvalidHeaderKind::Range {
                first,
                last,
                complete_length,
            } => {
                if first > last {
                    write!(
                        f,
                        "first byte position {first} is after last byte position {last}"
                    )
                } else {
                    let length =
                        complete_length.map_or_else(|| "*".to_owned(), |len| len.to_string());
                    write!(
                        f,
                        "last byte position {last} is not below the complete length {length}"
                    )
                }
            }
            InvalidHeaderKind::DuplicateParameter { name } => write!(
                f,
                "parameter `{name}` is given twice; each parameter may occur only once per challenge"
            ),
            InvalidHeaderKind::Malformed { expected } => write!(f, "expected {expected}"),
        }
    }
}

impl std::error::Error for InvalidHeader {}

/// A byte as an error message shows it: hex, then a name a reader recognises.
struct ByteName(u8);

impl fmt::Display for ByteName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let byte = self.0;
        write!(f, "{byte:#04x} ")?;
        match byte {
            0x00 => f.write_str("(NUL)"),
            b'\t' => f.write_str("(HTAB)"),
            b'\n' => f.write_str("(LF)"),
            b'\r' => f.write_str("(CR)"),
            b' ' => f.write_str("(space)"),
            0x7f => f.write_str("(DEL)"),
            0x01..=0x1f => f.write_str("(control character)"),
            0x80..=0xff => f.write_str("(non-ASCII)"),
            _ => write!(f, "('{}')", char::from(byte)),
        }
    }
}
