//! How a generated enum bounds the sets it includes.
//!
//! `#[responses(201(User), ..ApiError)] enum CreateUser {}` implements
//! axum's `IntoResponse` when `ApiError` does, and says so as
//! `where for<'a> ApiError: IncludedResponse<'a>`. Each trait here stands
//! for one integration's trait, is implemented for every type that
//! implements that trait, and has nothing else to implement: a bound on
//! one of them means a bound on the integration's trait.
//!
//! The bound uses the lifetime it binds, which is why these exist. rustc
//! proves a bound without generic parameters where the impl is written,
//! and for two enums that include each other (a mistake) that proof loops:
//! each impl gave an overflow error, beside rustc's own error on the two
//! types. A bound that uses its lifetime is proved where the impl is used.
//! The generated arm calls the set through the same trait, so the bound
//! alone proves the call.

#[cfg(feature = "decode")]
use crate::decode::{Decode, DecodeError};

/// A set that a generated enum's `IntoResponse` impl includes: every
/// `IntoResponse` type (feature `axum`).
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub trait IncludedResponse<'a> {
    /// The set as axum's response: its `IntoResponse::into_response`.
    fn into_response(self) -> axum::response::Response;
}

#[cfg(feature = "axum")]
impl<T: axum::response::IntoResponse> IncludedResponse<'_> for T {
    #[inline]
    fn into_response(self) -> axum::response::Response {
        axum::response::IntoResponse::into_response(self)
    }
}

/// A set that a generated enum's `Responder` impl includes: every
/// `Responder` with a boxed body, as generated enums are (feature
/// `actix-web`).
#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub trait IncludedResponder<'a> {
    /// The set as actix-web's response: its `Responder::respond_to`.
    fn respond_to(self, request: &actix_web::HttpRequest) -> actix_web::HttpResponse;
}

#[cfg(feature = "actix-web")]
impl<T> IncludedResponder<'_> for T
where
    T: actix_web::Responder<Body = actix_web::body::BoxBody>,
{
    #[inline]
    fn respond_to(self, request: &actix_web::HttpRequest) -> actix_web::HttpResponse {
        actix_web::Responder::respond_to(self, request)
    }
}

/// A set that a generated enum's `IntoResponses` impl includes: every
/// `IntoResponses` type (feature `utoipa`).
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub trait IncludedResponses<'a> {
    /// The set's OpenAPI responses: its `IntoResponses::responses`.
    fn responses() -> ResponsesMap;
}

/// The map `utoipa::IntoResponses::responses` returns.
#[cfg(feature = "utoipa")]
type ResponsesMap =
    std::collections::BTreeMap<String, utoipa::openapi::RefOr<utoipa::openapi::response::Response>>;

#[cfg(feature = "utoipa")]
impl<T: utoipa::IntoResponses> IncludedResponses<'_> for T {
    #[inline]
    fn responses() -> ResponsesMap {
        <T as utoipa::IntoResponses>::responses()
    }
}

/// A set that a generated enum's [`BodySchemas`](crate::openapi::BodySchemas)
/// impl includes: every `BodySchemas` type (feature `utoipa`).
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub trait IncludedSchemas<'a> {
    /// The set's named body schemas: its `BodySchemas::body_schemas`.
    fn body_schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::Schema>)>);
}

#[cfg(feature = "utoipa")]
impl<T: crate::openapi::BodySchemas> IncludedSchemas<'_> for T {
    #[inline]
    fn body_schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::Schema>)>) {
        <T as crate::openapi::BodySchemas>::body_schemas(schemas);
    }
}

/// A set that a generated enum's [`Decode`] impl includes: every `Decode`
/// type (feature `decode`).
#[cfg(feature = "decode")]
#[cfg_attr(docsrs, doc(cfg(feature = "decode")))]
pub trait IncludedDecode<'a>: Sized {
    /// The set read from a received response: its [`Decode::decode`].
    ///
    /// # Errors
    ///
    /// As [`Decode::decode`].
    fn decode(response: http::Response<bytes::Bytes>) -> Result<Self, DecodeError>;
}

#[cfg(feature = "decode")]
impl<T: Decode> IncludedDecode<'_> for T {
    #[inline]
    fn decode(response: http::Response<bytes::Bytes>) -> Result<Self, DecodeError> {
        <T as Decode>::decode(response)
    }
}
