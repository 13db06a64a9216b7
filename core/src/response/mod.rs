#![doc = include_str!("../docs/response.md")]

use http::HeaderMap;

use crate::Status;
use crate::fields::TypedFields;
use crate::header::InvalidHeader;

// First, with its macro: `unregistered` shares the accessors.
#[macro_use]
pub(crate) mod range;
mod types;
mod unregistered;

pub use range::{
    AnyClientError, AnyRedirection, AnyServerError, AnyStatus, AnySuccess, OutsideRange, Ranged,
};
pub use types::*;
pub use unregistered::Unregistered;

/// The body of a response without content: the default body type of every
/// per-status type, and the only one of those whose status forbids content
/// (`NoContent`, `ResetContent`, `NotModified`).
///
/// It is a type of its own rather than `()` so that every framework
/// integration can implement its response trait for it (actix-web has no
/// `Responder` for `()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Empty;

/// A response whose status is known from its type: every per-status type
/// ([`Created<B>`](Created), [`NoContent`], ...) implements it.
///
/// Integrations use it to turn any of them into a framework's response
/// without knowing which status it is.
pub trait TypedResponse {
    /// The body type; [`Empty`] for a response without content.
    type Body;

    /// The status every value of the type has.
    const STATUS: Status;

    /// The header fields set so far.
    fn headers(&self) -> &http::HeaderMap;

    /// The header fields and the body, for building a framework's response;
    /// or the first `.header()` call whose name or value did not convert.
    ///
    /// Every integration answers that error with a
    /// `500 Internal Server Error` without header fields, so the refused
    /// bytes are never sent: axum and actix-web with an empty body, the
    /// conversion into `http::Response<B>` with the body's
    /// [`IntoHttpBody::into_refused_response`].
    ///
    /// # Errors
    ///
    /// The [`InvalidHeader`] of the first refused `.header()` call.
    fn into_parts(self) -> Result<(http::HeaderMap, Self::Body), InvalidHeader>;
}

/// How a body of a typed response becomes an `http::Response<B>` of its
/// status and header fields.
///
/// Every `T: Into<B>` is one, as it is; [`Problem`](crate::Problem) and [`Json`](crate::Json) are, for
/// `B` = `Vec<u8>`, `String` and `bytes::Bytes`. A generated enum converts
/// into `http::Response<B>` when all its bodies are `IntoHttpBody<B>`, and so
/// does each per-status type.
///
/// A body that is neither is reported as missing `Into<B>`: the blanket
/// impl is the one rustc tries (see `tests/ui/http/`).
pub trait IntoHttpBody<B> {
    /// The response with `status`, `headers` and this body.
    fn into_http_response(self, status: Status, headers: HeaderMap) -> http::Response<B>;

    /// [`into_http_response`](Self::into_http_response) with the fields as
    /// a response keeps them: a plain body then puts none or one typed
    /// field straight into the map the `http::Response` brings, and no
    /// second map is made and dropped. Not public API.
    #[doc(hidden)]
    #[inline]
    fn __into_http_response(self, status: Status, fields: TypedFields) -> http::Response<B>
    where
        Self: Sized,
    {
        self.into_http_response(status, fields.into_map())
    }

    /// The response sent instead when a `.header()` call of the typed
    /// response was refused: `500 Internal Server Error` with none of its
    /// header fields, so the refused bytes never reach the wire.
    ///
    /// An `http::Response<B>` must hold some `B`, and not every `B` has an
    /// empty value (a body that is the enum itself, `Box<Self>`, has none),
    /// so the body decides. The default sends this body as it is sent for a
    /// 500 ([`into_http_response`](Self::into_http_response)), which for a
    /// plain `T: Into<B>` is the body as given; [`Problem`](crate::Problem)
    /// and [`Json`](crate::Json)
    /// send the minimal 500 problem instead, as when they fail to render.
    /// Use `.try_header()` where a refusal must be handled at the call.
    fn into_refused_response(self) -> http::Response<B>
    where
        Self: Sized,
    {
        self.into_http_response(Status::INTERNAL_SERVER_ERROR, HeaderMap::new())
    }
}
