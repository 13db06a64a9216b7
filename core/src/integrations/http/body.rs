//! The impls of [`IntoHttpBody`]: how a typed response's body becomes the
//! body of an `http::Response`, with the status in hand.
//!
//! Most bodies simply convert (`Into<B>`). A [`Problem`] needs the status to
//! write its status member and default title, and a [`Json`] value needs
//! serialising and a content type, so they render themselves into the byte
//! bodies an `http::Response` usually holds: `Vec<u8>`, `String` and
//! `bytes::Bytes`.

use super::{response, response_with_map};
use crate::Status;
use crate::fields::TypedFields;
use crate::response::IntoHttpBody;
#[cfg(feature = "json")]
use crate::{Json, Problem, problem};
#[cfg(feature = "json")]
use bytes::Bytes;
use http::HeaderMap;
#[cfg(feature = "json")]
use serde::Serialize;

impl<T: Into<B>, B> IntoHttpBody<B> for T {
    #[inline]
    fn into_http_response(self, status: Status, headers: HeaderMap) -> http::Response<B> {
        response_with_map(status, headers, self.into())
    }

    // Hidden on the trait, and here too: rustdoc lists an impl's items on
    // every type the blanket impl covers.
    #[doc(hidden)]
    // Always inlined, as `response` is, and for the same reason.
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "measured: see `response`")]
    fn __into_http_response(self, status: Status, fields: TypedFields) -> http::Response<B> {
        response(status, fields, self.into())
    }
}

/// The rendered body with `status`, `headers` and `content_type`, or, when
/// rendering failed, the minimal 500 problem without the typed fields, which
/// belonged to the status that was meant.
#[cfg(feature = "json")]
fn rendered(
    status: Status,
    headers: HeaderMap,
    body: Option<Vec<u8>>,
    content_type: &'static str,
) -> http::Response<Vec<u8>> {
    let (mut response, content_type) = match body {
        Some(bytes) => (response_with_map(status, headers, bytes), content_type),
        None => (
            response(
                Status::INTERNAL_SERVER_ERROR,
                TypedFields::None,
                problem::failed(),
            ),
            problem::CONTENT_TYPE,
        ),
    };
    response.headers_mut().insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static(content_type),
    );
    response
}

/// The minimal 500 problem, sent for a problem or JSON body whose typed
/// response had a `.header()` call refused: nothing of the document meant
/// for the intended status.
#[cfg(feature = "json")]
fn refused_problem() -> http::Response<Vec<u8>> {
    rendered(
        Status::INTERNAL_SERVER_ERROR,
        HeaderMap::new(),
        None,
        problem::CONTENT_TYPE,
    )
}

/// Each byte body a problem or JSON value renders into; the bytes are UTF-8
/// JSON, so `String` holds them without a check.
#[cfg(feature = "json")]
macro_rules! byte_bodies {
    ($($body:ty => $from_vec:expr),* $(,)?) => {$(
        impl<E: Serialize> IntoHttpBody<$body> for Problem<E> {
            fn into_http_response(self, status: Status, headers: HeaderMap) -> http::Response<$body> {
                let body = problem::render_for(self, status);
                rendered(status, headers, body, problem::CONTENT_TYPE).map($from_vec)
            }

            fn into_refused_response(self) -> http::Response<$body> {
                refused_problem().map($from_vec)
            }
        }

        impl<T: Serialize> IntoHttpBody<$body> for Json<T> {
            fn into_http_response(self, status: Status, headers: HeaderMap) -> http::Response<$body> {
                rendered(status, headers, self.to_bytes(), crate::json::CONTENT_TYPE).map($from_vec)
            }

            fn into_refused_response(self) -> http::Response<$body> {
                refused_problem().map($from_vec)
            }
        }
    )*};
}

#[cfg(feature = "json")]
byte_bodies! {
    Vec<u8> => |bytes| bytes,
    Bytes => Bytes::from,
    String => |bytes| String::from_utf8(bytes).unwrap_or_default(),
}
