//! Range responses: the variant of `4XX(Problem)` (and `2XX`, `3XX`,
//! `5XX`), which holds any registered status of its class that its enum
//! does not name, as a value.

use core::fmt;

use crate::Status;
use crate::fields::Fields;
use crate::header::InvalidHeader;
use crate::response::Empty;
use crate::status::StatusClass;

/// The accessors of a response that holds its status as a value (a range
/// variant's [`Ranged`], an unregistered code's
/// [`Unregistered`](crate::response::Unregistered)): written once, for
/// types whose fields are `status`, `headers` and `body`.
macro_rules! held_accessors {
    () => {
        /// The status held.
        pub const fn status(&self) -> Status {
            self.status
        }

        /// The body.
        pub fn body(&self) -> &B {
            &self.body
        }

        /// The body, giving up the status and header fields.
        pub fn into_body(self) -> B {
            self.body
        }

        /// Appends a header field, as the per-status types' `header` does: a
        /// name or value that does not convert is not added, and the response
        /// is then sent as a `500 Internal Server Error` without header fields.
        #[inline]
        pub fn header<K, V>(mut self, name: K, value: V) -> Self
        where
            K: TryInto<http::HeaderName>,
            <K as TryInto<http::HeaderName>>::Error: Into<http::Error>,
            V: TryInto<http::HeaderValue>,
            <V as TryInto<http::HeaderValue>>::Error: Into<http::Error>,
        {
            self.headers.append(name, value);
            self
        }

        /// Appends a header field as [`header`](Self::header) does, or fails
        /// at once if `name` or `value` does not convert.
        ///
        /// # Errors
        ///
        /// The [`InvalidHeader`] of the name or value.
        #[inline]
        pub fn try_header<K, V>(mut self, name: K, value: V) -> Result<Self, InvalidHeader>
        where
            K: TryInto<http::HeaderName>,
            <K as TryInto<http::HeaderName>>::Error: Into<http::Error>,
            V: TryInto<http::HeaderValue>,
            <V as TryInto<http::HeaderValue>>::Error: Into<http::Error>,
        {
            self.headers.try_append(name, value)?;
            Ok(self)
        }

        /// The header fields set so far.
        pub fn headers(&self) -> &http::HeaderMap {
            self.headers.map()
        }

        /// The header fields, for changing them in place.
        pub fn headers_mut(&mut self) -> &mut http::HeaderMap {
            self.headers.map_mut()
        }

        /// The status, the header fields that were accepted (`None` after a
        /// refused `.header()` call) and the body: what the integrations send.
        pub(crate) fn into_sent(self) -> (Status, Option<crate::fields::TypedFields>, B) {
            (self.status, self.headers.into_accepted(), self.body)
        }
    };
}

/// A response of any registered status of one class, the status held as a
/// value: the variant of a range entry (`4XX(Problem)`) of a generated enum.
///
/// `CLASS` is the first digit: `4` for client errors. The aliases
/// [`AnySuccess`], [`AnyRedirection`], [`AnyClientError`] and
/// [`AnyServerError`] name the four a handler can return (1xx is not a
/// final status); [`AnyStatus`], `CLASS` `0`, is the variant of `default`,
/// which holds a final status of any class.
///
/// The status is always of the class, and never one whose content is
/// forbidden (204, 205, 304): a range variant has a body, and those have a
/// variant of their own when a handler sends them. Build one with
/// [`new`](Self::new) (the code checked at compile time) or
/// [`try_new`](Self::try_new) (a status known at run time); an enum's
/// constructors (`client_error::<429>(body)`, `try_client_error(status,
/// body)`) also refuse the statuses the enum names, which keep their own
/// variants.
///
/// ```
/// use responses::Status;
/// use responses::response::AnyClientError;
///
/// let limited = AnyClientError::new::<429>("slow down");
/// assert_eq!(limited.status(), Status::TOO_MANY_REQUESTS);
/// assert!(AnyClientError::try_new(Status::BAD_GATEWAY, "no").is_err());
/// ```
///
/// A code outside the class does not compile:
///
/// ```compile_fail
/// let _ = responses::response::AnyClientError::new::<502>("no");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use = "a response does nothing until it is returned"]
pub struct Ranged<const CLASS: u8, B = Empty> {
    status: Status,
    headers: Fields,
    body: B,
}

/// Any 2xx status the enum does not name: the variant of `2XX(Body)`.
pub type AnySuccess<B = Empty> = Ranged<2, B>;
/// Any 3xx status the enum does not name: the variant of `3XX(Body)`.
pub type AnyRedirection<B = Empty> = Ranged<3, B>;
/// Any 4xx status the enum does not name: the variant of `4XX(Body)`.
pub type AnyClientError<B = Empty> = Ranged<4, B>;
/// Any 5xx status the enum does not name: the variant of `5XX(Body)`.
pub type AnyServerError<B = Empty> = Ranged<5, B>;
/// Any final status that neither the enum nor one of its ranges names: the
/// variant of `default(Body)`. `CLASS` is `0`, for no class in particular.
pub type AnyStatus<B = Empty> = Ranged<0, B>;

/// Why a status cannot be held by a range variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OutsideRange {
    /// The status is of another class than the range's.
    OtherClass {
        /// The status given.
        status: Status,
        /// The range's first digit (`4` for `4XX`).
        range: u8,
    },
    /// The status forbids content (204, 205, 304), and a range variant
    /// has a body.
    ContentForbidden(Status),
    /// The enum names the status, so it has a variant of its own.
    Named(Status),
    /// A range of the enum holds the status: the `default` variant holds
    /// only what no range does.
    HeldByRange(Status),
    /// An informational (1xx) status, which is not a final response.
    Informational(Status),
    /// The code is not a registered status.
    Unregistered(u16),
}

impl fmt::Display for OutsideRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutsideRange::OtherClass { status, range } => {
                write!(f, "{status} is not a status of the range {range}XX")
            }
            OutsideRange::ContentForbidden(status) => write!(
                f,
                "{status} forbids content, so a range variant cannot hold it; \
                 declare it as a status of its own"
            ),
            OutsideRange::Named(status) => write!(
                f,
                "{status} is declared by the enum: build its own variant instead of the range's"
            ),
            OutsideRange::HeldByRange(status) => write!(
                f,
                "{status} is of a range the enum declares: build that range's variant \
                 instead of the default's"
            ),
            OutsideRange::Informational(status) => write!(
                f,
                "{status} is informational, not a final status a response can have"
            ),
            OutsideRange::Unregistered(code) => {
                write!(f, "{code} is not in the IANA HTTP Status Code Registry")
            }
        }
    }
}

impl core::error::Error for OutsideRange {}

impl<const CLASS: u8, B> Ranged<CLASS, B> {
    /// The class of the statuses this type holds; `None` for
    /// [`AnyStatus`], which holds every final class.
    pub const CLASS: Option<StatusClass> = match CLASS {
        0 => None,
        _ => StatusClass::of(CLASS as u16 * 100),
    };

    /// Whether `status` can be held: of the class (final, for
    /// [`AnyStatus`]), and not one whose content is forbidden.
    ///
    /// # Errors
    ///
    /// [`OutsideRange::OtherClass`], [`OutsideRange::Informational`] or
    /// [`OutsideRange::ContentForbidden`].
    pub const fn check(status: Status) -> Result<Status, OutsideRange> {
        if CLASS == 0 && status.is_informational() {
            return Err(OutsideRange::Informational(status));
        }
        if CLASS != 0 && status.code() / 100 != CLASS as u16 {
            return Err(OutsideRange::OtherClass {
                status,
                range: CLASS,
            });
        }
        if status.is_content_forbidden() {
            return Err(OutsideRange::ContentForbidden(status));
        }
        Ok(status)
    }

    /// The status registered for `CODE`, checked in const evaluation: a
    /// code that is unregistered, of another class or without content is
    /// a compile error.
    const fn checked<const CODE: u16>() -> Status {
        let Ok(status) = Status::from_u16(CODE) else {
            panic!("the code is not a registered HTTP status")
        };
        match Self::check(status) {
            Ok(status) => status,
            Err(OutsideRange::ContentForbidden(_)) => {
                panic!("the status forbids content: it cannot be held by a range variant")
            }
            Err(OutsideRange::Informational(_)) => {
                panic!("the status is informational: a response has a final status")
            }
            Err(_) => panic!("the status is not of the range's class"),
        }
    }

    /// A response of the registered status `CODE`, with `body`; the code
    /// is checked when the program is compiled.
    #[inline]
    pub fn new<const CODE: u16>(body: B) -> Self {
        let status = const { Self::checked::<CODE>() };
        Ranged {
            status,
            headers: Fields::new(),
            body,
        }
    }

    /// A response of `status`, with `body`.
    ///
    /// # Errors
    ///
    /// [`OutsideRange`] when the status is of another class or forbids
    /// content.
    #[inline]
    pub fn try_new(status: Status, body: B) -> Result<Self, OutsideRange> {
        Self::check(status)?;
        Ok(Ranged {
            status,
            headers: Fields::new(),
            body,
        })
    }

    /// The received response: any status of the class, its fields as sent.
    #[cfg(feature = "decode")]
    pub(crate) fn received(status: Status, headers: Fields, body: B) -> Self {
        Ranged {
            status,
            headers,
            body,
        }
    }

    /// Replaces the body, keeping the status and header fields.
    pub fn map_body<C>(self, f: impl FnOnce(B) -> C) -> Ranged<CLASS, C> {
        Ranged {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }

    held_accessors!();
}

/// The body renders itself given the held status, so a problem's status
/// member is that status.
impl<const CLASS: u8, B, C> From<Ranged<CLASS, B>> for http::Response<C>
where
    B: crate::response::IntoHttpBody<C>,
{
    #[inline]
    fn from(response: Ranged<CLASS, B>) -> Self {
        match response.into_sent() {
            (status, Some(fields), body) => body.__into_http_response(status, fields),
            (_, None, body) => body.into_refused_response(),
        }
    }
}

/// The compile-time half of an enum's range constructor
/// (`client_error::<429>(body)`): a status the enum names keeps its own
/// variant. Not public API.
#[doc(hidden)]
pub const fn refuse_named(statuses: &[Status], code: u16) {
    let mut index = 0;
    while index < statuses.len() {
        assert!(
            statuses[index].code() != code,
            "the enum declares this status: build its own variant, not the range's"
        );
        index += 1;
    }
}

/// The run-time half (`try_client_error(status, body)`). Not public API.
#[doc(hidden)]
pub fn unnamed(statuses: &[Status], status: Status) -> Result<Status, OutsideRange> {
    if statuses.contains(&status) {
        Err(OutsideRange::Named(status))
    } else {
        Ok(status)
    }
}

/// The compile-time check of `default`'s constructor (`other::<429>(body)`):
/// a status of a range the enum declares is that range's. Not public API.
#[doc(hidden)]
pub const fn refuse_ranged(ranges: &[StatusClass], code: u16) {
    let mut index = 0;
    while index < ranges.len() {
        assert!(
            !matches!(StatusClass::of(code), Some(class) if class as u8 == ranges[index] as u8),
            "a range of the enum holds this status: build that range's variant, not the default's"
        );
        index += 1;
    }
}

/// The run-time half (`try_other(status, body)`). Not public API.
#[doc(hidden)]
pub fn unranged(ranges: &[StatusClass], status: Status) -> Result<Status, OutsideRange> {
    if ranges.contains(&status.class()) {
        Err(OutsideRange::HeldByRange(status))
    } else {
        Ok(status)
    }
}
