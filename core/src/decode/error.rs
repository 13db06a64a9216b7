//! [`DecodeError`]: why a response did not decode, with everything that was
//! received.

use std::error::Error;
use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, StatusCode};

use crate::header::InvalidHeader;

/// A response that does not fit the enum it was decoded into.
///
/// It says what did not fit ([`kind`](Self::kind)) and keeps the whole
/// response as received: the status, every header field and the raw body,
/// so a caller can log it, show it, or decode it some other way.
///
/// ```
/// use responses::decode::DecodeErrorKind;
/// use responses::responses;
///
/// #[responses(200(String), 404)]
/// #[derive(Debug)]
/// pub enum GetNote {}
///
/// let response = http::Response::builder().status(500).body("database down").unwrap();
/// let error = GetNote::from_response(response).unwrap_err();
/// assert!(matches!(error.kind(), DecodeErrorKind::UndeclaredStatus));
/// assert_eq!(error.status(), 500);
/// assert_eq!(error.body(), "database down");
/// assert_eq!(
///     error.to_string(),
///     "cannot decode a 500 Internal Server Error response: the enum does not declare this status"
/// );
/// ```
#[derive(Debug)]
pub struct DecodeError {
    // Boxed: a `Result` of a decoded value stays as small as the value, so
    // the success path moves no more than it must.
    inner: Box<Received>,
}

/// What did not fit, and everything received.
#[derive(Debug)]
struct Received {
    kind: DecodeErrorKind,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// What did not fit.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The enum does not declare the response's status.
    UndeclaredStatus,
    /// The body does not decode as the variant's body type.
    Body {
        /// The body type with its full paths, as `std::any::type_name`
        /// writes it (for logs; its form may change between compilers). The
        /// error's message shows it without paths, as it is declared
        /// (`Json<User>`).
        expected: &'static str,
        /// Why: serde's error for JSON, the UTF-8 error for `String`, ...
        source: Box<dyn Error + Send + Sync>,
    },
    /// A header field that the status's constructor requires is absent.
    MissingHeader {
        /// The field.
        name: HeaderName,
    },
    /// A header field that the enum declares for the status in
    /// `headers(..)`, without `Option`, is absent.
    MissingDeclaredHeader {
        /// The field.
        name: HeaderName,
    },
    /// A header field that the status's constructor requires, or that the
    /// enum declares for the status, is present,
    /// but is not a valid value of its typed header.
    InvalidHeader {
        /// The field.
        name: HeaderName,
        /// What is wrong with it, under the rules of its constructor.
        source: InvalidHeader,
    },
    /// The response has content, but its status forbids content (204, 205,
    /// 304; RFC 9110 section 6.4.1).
    ContentForbidden,
    /// The response has content, but the variant declares no body (its body
    /// type is [`Empty`](crate::response::Empty)).
    UnexpectedContent,
    /// The body states another status than the status line: a problem
    /// whose `status` member is not the response's status (RFC 9457,
    /// section 3.1.2, asks the two to agree).
    StatusMismatch {
        /// The status the body states.
        stated: u16,
    },
    /// The body could not be read to its end (the `reqwest` feature).
    Read {
        /// The client's error.
        source: Box<dyn Error + Send + Sync>,
    },
}

impl DecodeError {
    /// An error of `kind` about the response made of `parts` and `body`.
    pub(crate) fn new(kind: DecodeErrorKind, response: http::Response<Bytes>) -> DecodeError {
        let (parts, body) = response.into_parts();
        DecodeError {
            inner: Box::new(Received {
                kind,
                status: parts.status,
                headers: parts.headers,
                body,
            }),
        }
    }

    /// What did not fit.
    pub fn kind(&self) -> &DecodeErrorKind {
        &self.inner.kind
    }

    /// The status received.
    pub fn status(&self) -> StatusCode {
        self.inner.status
    }

    /// Every header field received.
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
    }

    /// The body received, byte for byte (empty if it could not be read).
    pub fn body(&self) -> &Bytes {
        &self.inner.body
    }

    /// The response as received, to handle it another way.
    pub fn into_response(self) -> http::Response<Bytes> {
        let Received {
            status,
            headers,
            body,
            ..
        } = *self.inner;
        let mut response = http::Response::new(body);
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        response
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot decode a {} response: ",
            Status(self.inner.status)
        )?;
        match &self.inner.kind {
            DecodeErrorKind::UndeclaredStatus => {
                f.write_str("the enum does not declare this status")
            }
            DecodeErrorKind::Body { expected, source } => {
                f.write_str("the body is not a valid `")?;
                write_without_paths(f, expected)?;
                write!(f, "`: {source}")
            }
            DecodeErrorKind::MissingHeader { name } => write!(
                f,
                "the `{name}` header field is missing, and the status requires it"
            ),
            DecodeErrorKind::MissingDeclaredHeader { name } => write!(
                f,
                "the `{name}` header field is missing, and the enum declares it for this status"
            ),
            DecodeErrorKind::InvalidHeader { name, source } => {
                write!(f, "the `{name}` header field is not valid: {source}")
            }
            DecodeErrorKind::ContentForbidden => write!(
                f,
                "it has {} bytes of content, which the status forbids (RFC 9110, section 6.4.1)",
                self.inner.body.len()
            ),
            DecodeErrorKind::UnexpectedContent => write!(
                f,
                "it has {} bytes of content, and the enum declares no body for this status",
                self.inner.body.len()
            ),
            DecodeErrorKind::StatusMismatch { stated } => write!(
                f,
                "its body is a problem whose `status` member is {stated}, not the status of \
                 the response"
            ),
            DecodeErrorKind::Read { source } => write!(f, "the body could not be read: {source}"),
        }
    }
}

/// Writes a type name with the module path of each type left out
/// (`axum::json::Json<app::User>` as `Json<User>`): the paths of
/// `type_name` are where a crate defines a type, often private, not how a
/// user names it.
fn write_without_paths(f: &mut fmt::Formatter<'_>, type_name: &str) -> fmt::Result {
    let mut rest = type_name;
    while !rest.is_empty() {
        // A path is a run of identifier characters and `::`.
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let (path, after) = rest.split_at(end);
        f.write_str(path.rsplit("::").next().unwrap_or(path))?;
        let next = after.chars().next().map_or(0, char::len_utf8);
        f.write_str(&after[..next])?;
        rest = &after[next..];
    }
    Ok(())
}

/// A status with its registered phrase when it has one: `409 Conflict`,
/// `299`.
struct Status(StatusCode);

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::Status::from_u16(self.0.as_u16()) {
            Ok(status) => write!(f, "{status}"),
            Err(_) => write!(f, "{}", self.0.as_u16()),
        }
    }
}

impl Error for DecodeError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match &self.inner.kind {
            DecodeErrorKind::Body { source, .. } | DecodeErrorKind::Read { source } => {
                Some(&**source)
            }
            DecodeErrorKind::InvalidHeader { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fmt;

    struct WithoutPaths(&'static str);

    impl fmt::Display for WithoutPaths {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            super::write_without_paths(f, self.0)
        }
    }

    #[test]
    fn type_names_lose_their_module_paths_only() {
        for (full, shown) in [
            ("alloc::string::String", "String"),
            ("axum::json::Json<app::api::User>", "Json<User>"),
            (
                "responses::problem::Problem<alloc::vec::Vec<u8>>",
                "Problem<Vec<u8>>",
            ),
            (
                "(u8, std::collections::HashMap<K, V>)",
                "(u8, HashMap<K, V>)",
            ),
            ("[u8; 4]", "[u8; 4]"),
            ("&'static str", "&'static str"),
            ("Bytes", "Bytes"),
            ("", ""),
        ] {
            assert_eq!(WithoutPaths(full).to_string(), shown, "{full}");
        }
    }
}
