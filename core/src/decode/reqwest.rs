//! The `reqwest` feature: reading a `reqwest::Response` whole, to decode it.

use bytes::Bytes;

use super::error::{DecodeError, DecodeErrorKind};

/// The response with its body read to the end.
///
/// A body that cannot be read is a [`DecodeErrorKind::Read`] that keeps the
/// status and header fields.
pub(crate) async fn collect(
    response: reqwest::Response,
) -> Result<http::Response<Bytes>, DecodeError> {
    let mut head = http::Response::new(Bytes::new());
    *head.status_mut() = response.status();
    *head.version_mut() = response.version();
    *head.headers_mut() = response.headers().clone();
    match response.bytes().await {
        Ok(body) => {
            *head.body_mut() = body;
            Ok(head)
        }
        Err(error) => Err(DecodeError::new(
            DecodeErrorKind::Read {
                source: Box::new(error),
            },
            head,
        )),
    }
}
