//! The response of an unregistered code that an enum declares itself:
//! `custom 499("Client Closed Request")(Problem)`.

use crate::Status;
use crate::fields::Fields;
use crate::header::InvalidHeader;
use crate::response::Empty;

/// A response of an unregistered code, `CODE`, as its enum declares it
/// (`custom 499("Client Closed Request")(Problem)`): the variant of that
/// entry, holding the declared [`Status`] (code and phrase) and the body.
///
/// Only the enum's constructor builds one (`client_closed_request(body)`),
/// so the status held is always the declared one; read it with
/// [`status`](Self::status). Header fields are set with `.header()`, as on
/// the per-status types.
///
/// ```
/// use responses::responses;
///
/// #[responses(200(String), custom 499("Client Closed Request")(String))]
/// pub enum Search {}
///
/// let gone = Search::client_closed_request("the client left".to_owned());
/// assert_eq!(gone.status().code(), 499);
/// assert_eq!(gone.status().to_string(), "499 Client Closed Request");
/// assert!(!gone.status().is_registered());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use = "a response does nothing until it is returned"]
pub struct Unregistered<const CODE: u16, B = Empty> {
    status: Status,
    headers: Fields,
    body: B,
}

impl<const CODE: u16, B> Unregistered<CODE, B> {
    /// The response of the declared `status`, whose code is `CODE`: what
    /// the enum's constructor calls. Not public API.
    #[doc(hidden)]
    #[inline]
    pub fn __new(status: Status, body: B) -> Self {
        debug_assert_eq!(status.code(), CODE, "the declared status of the code");
        Unregistered {
            status,
            headers: Fields::new(),
            body,
        }
    }

    /// The received response, its fields as sent.
    #[cfg(feature = "decode")]
    pub(crate) fn received(status: Status, headers: Fields, body: B) -> Self {
        Unregistered {
            status,
            headers,
            body,
        }
    }

    /// Replaces the body, keeping the status and header fields.
    pub fn map_body<C>(self, f: impl FnOnce(B) -> C) -> Unregistered<CODE, C> {
        Unregistered {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }

    held_accessors!();
}

/// As for a range variant: the body renders itself given the status.
impl<const CODE: u16, B, C> From<Unregistered<CODE, B>> for http::Response<C>
where
    B: crate::response::IntoHttpBody<C>,
{
    #[inline]
    fn from(response: Unregistered<CODE, B>) -> Self {
        match response.into_sent() {
            (status, Some(fields), body) => body.__into_http_response(status, fields),
            (_, None, body) => body.into_refused_response(),
        }
    }
}
