//! Why a request was refused before its handler ran, in terms of no
//! framework: what the axum and actix-web extractors both turn into a
//! rejection response.

use super::RejectionDetails;
use serde::de::DeserializeOwned;

/// The status class of a refusal; each becomes one status of a rejection
/// enum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    /// 400: malformed JSON, an unreadable body, or a path or query parameter
    /// that does not parse.
    BadRequest,
    /// 413: the body is larger than the service's limit.
    ContentTooLarge,
    /// 415: the body is not declared as JSON.
    UnsupportedMediaType,
    /// 422: well-formed JSON whose content does not fit the type.
    UnprocessableContent,
}

/// A refusal: its reason, a sentence for a person (the problem's `detail`),
/// and the members naming what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub(crate) reason: Reason,
    pub(crate) detail: String,
    /// Boxed: a refusal is the error of every extraction's `Result`, and
    /// rarely made.
    pub(crate) details: Box<RejectionDetails>,
    /// Whether the connection is closed after the answer: the request's
    /// body was left unread (or half read), so the connection cannot carry
    /// another request, and RFC 9112 section 9.6 asks the server to say so
    /// with `Connection: close`.
    pub(crate) close: bool,
}

impl Refusal {
    /// Keeps [`close`](Self::close) only where the field exists: HTTP/1.x
    /// (HTTP/2 forbids `Connection`, and ends a stream, not the connection)
    /// and a request that has a body left to read.
    pub(crate) fn sent_over(mut self, http1: bool, has_body: bool) -> Refusal {
        self.close &= http1 && has_body;
        self
    }
}

/// Whether a request declares a body: a non-zero `Content-Length` or any
/// `Transfer-Encoding` (RFC 9112 section 6.3).
pub(crate) fn declares_body(content_length: Option<&[u8]>, transfer_encoding: bool) -> bool {
    transfer_encoding || content_length.is_some_and(|length| length.iter().any(|&b| b != b'0'))
}

/// The media type a JSON body must declare.
pub(crate) const JSON_MEDIA_TYPE: &str = "application/json";

/// Accepts `application/json` and any `application/*+json` (RFC 6839
/// structured syntax suffix), with parameters, in any letter case.
pub(crate) fn check_json_content_type(content_type: Option<&[u8]>) -> Result<(), Refusal> {
    let declared = content_type.and_then(|value| std::str::from_utf8(value).ok());
    let essence = declared
        .map(|value| {
            value
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let is_json = essence
        .strip_prefix("application/")
        .is_some_and(|subtype| subtype == "json" || subtype.ends_with("+json"));
    if is_json {
        return Ok(());
    }
    let detail = match declared {
        Some(value) => format!(
            "the request body must be {JSON_MEDIA_TYPE}; it was declared as `{}`",
            value.escape_debug()
        ),
        None => format!("the request body must be {JSON_MEDIA_TYPE}, declared in Content-Type"),
    };
    Err(Refusal {
        reason: Reason::UnsupportedMediaType,
        detail,
        details: Box::new(RejectionDetails {
            expected_media_type: Some(JSON_MEDIA_TYPE.to_owned()),
            ..RejectionDetails::default()
        }),
        close: true,
    })
}

/// The body could not be read: 413 when it was over the size limit, 400
/// otherwise.
pub(crate) fn unreadable_body(too_large: bool, cause: &dyn std::fmt::Display) -> Refusal {
    let (reason, detail) = if too_large {
        (
            Reason::ContentTooLarge,
            "the request body is larger than this service accepts".to_owned(),
        )
    } else {
        (
            Reason::BadRequest,
            format!("the request body could not be read: {cause}"),
        )
    };
    Refusal {
        reason,
        detail,
        details: Box::default(),
        close: true,
    }
}

/// Deserialises a JSON body, naming the member that failed: syntax errors
/// are 400, content that does not fit `T` is 422.
pub(crate) fn json_from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Refusal> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize(&mut deserializer) {
        // Characters after the value are a syntax error of the whole body.
        Ok(value) => deserializer
            .end()
            .map(|()| value)
            .map_err(|error| json_refusal(&error, String::new())),
        Err(error) => {
            let pointer = json_pointer(error.path());
            Err(json_refusal(error.inner(), pointer))
        }
    }
}

/// `serde_json`'s error, classified: a syntax error or a truncated body is
/// 400, content that does not fit the type is 422.
fn json_refusal(error: &serde_json::Error, pointer: String) -> Refusal {
    use serde_json::error::Category;
    let reason = match error.classify() {
        Category::Data => Reason::UnprocessableContent,
        Category::Syntax | Category::Eof | Category::Io => Reason::BadRequest,
    };
    Refusal {
        reason,
        detail: error.to_string(),
        details: Box::new(RejectionDetails {
            pointer: Some(pointer),
            ..RejectionDetails::default()
        }),
        close: false,
    }
}

/// The JSON Pointer (RFC 6901) of a serde path: `/users/0/email`, or `""`
/// for the whole document. A segment serde could not name ends the pointer
/// at the deepest member it could.
fn json_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path {
        let token = match segment {
            Segment::Seq { index } => index.to_string(),
            Segment::Map { key } => key.clone(),
            Segment::Enum { variant } => variant.clone(),
            Segment::Unknown => break,
        };
        pointer.push('/');
        // RFC 6901 section 3: `~` is written `~0`, `/` is written `~1`.
        pointer.push_str(&token.replace('~', "~0").replace('/', "~1"));
    }
    pointer
}

/// Deserialises a query string (`application/x-www-form-urlencoded`),
/// naming the parameter that failed. Every failure is a 400.
pub(crate) fn query_from_str<T: DeserializeOwned>(query: &str) -> Result<T, Refusal> {
    let deserializer =
        serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let parameter = first_name(error.path());
        let message = error.into_inner().to_string();
        parameter_refusal("query", parameter, &message)
    })
}

/// The name of the first segment of a path, if serde knew it.
pub(crate) fn first_name(path: &serde_path_to_error::Path) -> Option<String> {
    match path.iter().next()? {
        serde_path_to_error::Segment::Map { key } => Some(key.clone()),
        _ => None,
    }
}

/// A path or query parameter that does not parse: 400, naming it when it is
/// known (serde's message for a missing field names it itself).
pub(crate) fn parameter_refusal(place: &str, parameter: Option<String>, message: &str) -> Refusal {
    let detail = match &parameter {
        Some(name) => format!("{place} parameter `{name}`: {message}"),
        None => format!("{place} parameters: {message}"),
    };
    Refusal {
        reason: Reason::BadRequest,
        detail,
        details: Box::new(RejectionDetails {
            parameter,
            ..RejectionDetails::default()
        }),
        close: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct NewUser {
        name: String,
        tags: Vec<u8>,
    }

    #[test]
    fn json_media_types() {
        for accepted in [
            &b"application/json"[..],
            b"Application/JSON; charset=utf-8",
            b"application/merge-patch+json",
        ] {
            assert_eq!(check_json_content_type(Some(accepted)), Ok(()));
        }
        for refused in [
            None,
            Some(&b"text/plain"[..]),
            Some(b"application/jsonx"),
            Some(b"json"),
        ] {
            let refusal = check_json_content_type(refused).unwrap_err();
            assert_eq!(refusal.reason, Reason::UnsupportedMediaType);
            assert_eq!(
                refusal.details.expected_media_type.as_deref(),
                Some("application/json")
            );
        }
    }

    #[test]
    fn a_wrong_member_is_422_with_its_pointer() {
        let refusal = json_from_slice::<NewUser>(br#"{"name":"a","tags":[1,"x"]}"#).unwrap_err();
        assert_eq!(refusal.reason, Reason::UnprocessableContent);
        assert_eq!(refusal.details.pointer.as_deref(), Some("/tags/1"));
        assert!(
            refusal
                .detail
                .starts_with("invalid type: string \"x\", expected u8"),
            "{}",
            refusal.detail
        );
    }

    #[test]
    fn a_missing_member_is_422_at_its_object() {
        let refusal = json_from_slice::<NewUser>(br#"{"name":"a"}"#).unwrap_err();
        assert_eq!(refusal.reason, Reason::UnprocessableContent);
        assert_eq!(refusal.details.pointer.as_deref(), Some(""));
        assert!(
            refusal.detail.starts_with("missing field `tags`"),
            "{}",
            refusal.detail
        );
    }

    #[test]
    fn malformed_json_is_400() {
        for body in [&b"{bad"[..], b"", b"{\"name\":\"a\",\"tags\":[]} trailing"] {
            let refusal = json_from_slice::<NewUser>(body).unwrap_err();
            assert_eq!(
                refusal.reason,
                Reason::BadRequest,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn pointer_tokens_are_escaped() {
        let refusal = json_from_slice::<std::collections::HashMap<String, u8>>(br#"{"a/b~c":"x"}"#)
            .unwrap_err();
        assert_eq!(refusal.details.pointer.as_deref(), Some("/a~1b~0c"));
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        limit: u32,
    }

    #[test]
    fn a_query_parameter_that_does_not_parse_is_named() {
        let refusal = query_from_str::<Page>("limit=ten").unwrap_err();
        assert_eq!(refusal.reason, Reason::BadRequest);
        assert_eq!(refusal.details.parameter.as_deref(), Some("limit"));
        assert!(
            refusal.detail.starts_with("query parameter `limit`: "),
            "{}",
            refusal.detail
        );
        let missing = query_from_str::<Page>("").unwrap_err();
        assert_eq!(missing.details.parameter, None);
        assert!(
            missing.detail.contains("missing field `limit`"),
            "{}",
            missing.detail
        );
        assert_eq!(query_from_str::<Page>("limit=10").unwrap().limit, 10);
    }
}
