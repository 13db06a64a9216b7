//! [`DeclaredField`]: a type that can be named in `headers(..)` of a
//! status, as in `#[responses(200(Json<User>, headers(ETag)))]`.
//!
//! A declared field is set by the status's constructor (its value is a
//! parameter), listed in the OpenAPI description and checked when a
//! response is decoded. Its type says how it is written and read: the
//! typed values of [`responses::header`](crate::header) and, with the
//! `headers` feature, every `headers::Header` (`ETag`, `CacheControl`,
//! `LastModified`, ...).

use http::{HeaderMap, HeaderName, HeaderValue};

#[cfg(feature = "headers")]
use super::InvalidHeaderKind;
use super::read::DecodeHeader;
use super::{Allow, Challenge, ContentRange, InvalidHeader, Location, RetryAfter, Upgrade};
#[cfg(feature = "decode")]
use crate::decode::DecodeErrorKind;
use crate::fields::Fields;

/// A typed header field that a status can declare in `headers(..)`.
///
/// Implemented for [`Location`], [`RetryAfter`], [`Allow`],
/// [`ContentRange`], [`Upgrade`], [`Challenge`] (as `WWW-Authenticate`) and,
/// with the `headers` feature, every `headers::Header`.
///
/// Declared fields need no other feature: the `headers` feature adds the
/// `headers` crate's types, `decode` their checks, `utoipa` their
/// description, and each part is generated only with its feature.
///
/// ```
/// use responses::header::{DeclaredField, Location, RetryAfter};
/// use responses::responses;
///
/// #[responses(201(String, headers(Location)), 503(headers(Option<RetryAfter>)))]
/// pub enum CreateThing {}
///
/// let location = Location::new("/things/1").unwrap();
/// let response: http::Response<String> = CreateThing::created("made".to_owned(), location).into();
/// assert_eq!(response.headers()["location"], "/things/1");
/// let response: http::Response<String> = CreateThing::service_unavailable(None).into();
/// assert!(response.headers().get("retry-after").is_none());
///
/// #[cfg(feature = "decode")]
/// {
///     let received = |location: Option<&str>| {
///         let mut response = http::Response::builder().status(201);
///         if let Some(location) = location {
///             response = response.header("location", location);
///         }
///         response.body("made").unwrap()
///     };
///     assert!(CreateThing::from_response(received(None)).is_err());
///     let CreateThing::Created(created) = CreateThing::from_response(received(Some("/things/1"))).unwrap() else {
///         unreachable!("a 201")
///     };
///     assert_eq!(created.field::<Location>(), Location::new("/things/1").ok());
/// }
///
/// #[cfg(feature = "headers")]
/// {
///     #[responses(200(String, headers(headers::ETag)), 304(headers(headers::ETag)))]
///     pub enum GetThing {}
///
///     let etag: headers::ETag = "\"v1\"".parse().unwrap();
///     let response: http::Response<String> = GetThing::not_modified(etag).into();
///     assert_eq!(response.headers()["etag"], "\"v1\"");
///     assert_eq!(<headers::ETag as DeclaredField>::field_name(), "etag");
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a header field type, so it cannot be declared in `headers(..)`",
    label = "not a header field type",
    note = "a declared field is a typed value of `responses::header` (`Location`, \
            `RetryAfter`, `Allow`, ...) or, with the `headers` feature, a `headers::Header` \
            (`ETag`, `CacheControl`, ...): the trait `responses::header::DeclaredField` \
            is implemented for those"
)]
pub trait DeclaredField: Sized {
    /// The field's name.
    fn field_name() -> HeaderName;

    /// Writes the value into `map`, replacing any value of its name.
    fn insert_into(self, map: &mut HeaderMap);

    /// Sets the value on a response a constructor is building, replacing
    /// any value of its name. The types of this crate and of `headers`
    /// keep a single value inline, as the response's own typed fields are
    /// kept, so no map is made for it; the default writes into the map.
    /// Not public API.
    #[doc(hidden)]
    #[inline]
    fn __set(self, slot: FieldSlot<'_>) {
        self.insert_into(slot.0.map_mut());
    }

    /// Reads the value from `map`: `Ok(None)` when the field is absent.
    ///
    /// # Errors
    ///
    /// An [`InvalidHeader`] when the field is present but does not parse as
    /// this type.
    fn read_from(map: &HeaderMap) -> Result<Option<Self>, InvalidHeader>;

    /// The check a decoded response passes for a field declared without
    /// `Option`: present, and valid. Not public API.
    #[doc(hidden)]
    #[cfg(feature = "decode")]
    fn __require(map: &HeaderMap) -> Result<(), DecodeErrorKind> {
        Self::__read(map).map(drop)
    }

    /// The check for a field declared as `Option<H>`: absent, or valid.
    /// Not public API.
    #[doc(hidden)]
    #[cfg(feature = "decode")]
    fn __accept(map: &HeaderMap) -> Result<(), DecodeErrorKind> {
        Self::__read_optional(map).map(drop)
    }

    /// The value of a field declared without `Option`, for a derived
    /// variant that holds it: present, and valid. Not public API.
    #[doc(hidden)]
    #[cfg(feature = "decode")]
    fn __read(map: &HeaderMap) -> Result<Self, DecodeErrorKind> {
        Self::__read_optional(map)?.ok_or_else(|| DecodeErrorKind::MissingDeclaredHeader {
            name: Self::field_name(),
        })
    }

    /// The value of a field declared as `Option<H>`: absent, or valid. Not
    /// public API.
    #[doc(hidden)]
    #[cfg(feature = "decode")]
    fn __read_optional(map: &HeaderMap) -> Result<Option<Self>, DecodeErrorKind> {
        Self::read_from(map).map_err(|source| DecodeErrorKind::InvalidHeader {
            name: Self::field_name(),
            source,
        })
    }
}

/// The header fields of the per-status response a constructor is
/// building, as [`DeclaredField::__set`] receives them. Not public API.
#[doc(hidden)]
pub struct FieldSlot<'a>(pub(crate) &'a mut Fields);

/// How generated code checks one declared field of a received response:
/// `<H as DeclaredField>::__require` or `__accept`.
#[cfg(feature = "decode")]
pub type FieldCheck = fn(&HeaderMap) -> Result<(), DecodeErrorKind>;

/// The typed values of this crate: each has its field, a conversion into
/// `HeaderValue` and a reader of received lines.
macro_rules! own_field {
    ($($ty:ident => $name:ident),* $(,)?) => {$(
        impl DeclaredField for $ty {
            fn field_name() -> HeaderName {
                http::header::$name
            }

            fn insert_into(self, map: &mut HeaderMap) {
                map.insert(http::header::$name, HeaderValue::from(self));
            }

            #[inline]
            fn __set(self, slot: FieldSlot<'_>) {
                slot.0.insert(static_name!($name), HeaderValue::from(self));
            }

            fn read_from(map: &HeaderMap) -> Result<Option<Self>, InvalidHeader> {
                let mut lines = map.get_all(http::header::$name).iter().peekable();
                if lines.peek().is_none() {
                    return Ok(None);
                }
                <$ty as DecodeHeader>::decode_lines(lines).map(Some)
            }
        }
    )*};
}

own_field! {
    Location => LOCATION,
    RetryAfter => RETRY_AFTER,
    Allow => ALLOW,
    ContentRange => CONTENT_RANGE,
    Upgrade => UPGRADE,
    Challenge => WWW_AUTHENTICATE,
}

// Not recommended: rustc would otherwise report a type that is neither as
// missing `headers::Header` (with that trait's implementors, by their paths
// inside `headers`), rather than with this trait's message.
#[cfg(feature = "headers")]
#[diagnostic::do_not_recommend]
impl<H: headers::Header> DeclaredField for H {
    fn field_name() -> HeaderName {
        H::name().clone()
    }

    fn insert_into(self, map: &mut HeaderMap) {
        headers::HeaderMapExt::typed_insert(map, self);
    }

    #[inline]
    fn __set(self, slot: FieldSlot<'_>) {
        slot.0.typed_insert(&self);
    }

    fn read_from(map: &HeaderMap) -> Result<Option<Self>, InvalidHeader> {
        if !map.contains_key(H::name()) {
            return Ok(None);
        }
        headers::HeaderMapExt::typed_try_get(map).map_err(|_| {
            InvalidHeader::new(
                H::name().as_str(),
                InvalidHeaderKind::Malformed {
                    expected: "a valid value of the field",
                },
            )
        })
    }
}
