//! [`Status`]: an HTTP status code and what the registry and the
//! specifications say about it.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::str::FromStr;

/// An HTTP status code and its facts: one of the 64 codes of the IANA HTTP
/// Status Code Registry, or an unregistered code that a response enum
/// declares itself (`custom 499("Client Closed Request")`, see
/// [unregistered codes](crate#unregistered-codes-custom)).
///
/// Every accessor answers from the dataset (or from the declaration) without
/// failing, and every fact is a `const fn` away:
///
/// ```
/// use responses::Status;
/// use responses::status::StatusClass;
///
/// const CONFLICT: Status = Status::CONFLICT;
/// assert_eq!(CONFLICT.code(), 409);
/// assert_eq!(CONFLICT.phrase(), "Conflict");
/// assert_eq!(CONFLICT.class(), StatusClass::ClientError);
/// assert!(Status::NO_CONTENT.is_content_forbidden());
/// assert_eq!(Status::METHOD_NOT_ALLOWED.required_headers(), ["Allow"]);
/// assert_eq!(CONFLICT.to_string(), "409 Conflict");
///
/// // The constants are patterns.
/// match Status::from_u16(404) {
///     Ok(Status::NOT_FOUND) => {}
///     other => panic!("{other:?}"),
/// }
/// ```
///
/// Codes from the wire go through [`Status::from_u16`] (or `FromStr`),
/// which returns an [`InvalidStatus`] for a code outside the registry; an
/// unregistered code is a `Status` only as its enum declares it.
///
/// Two statuses are equal when their records are: the same code, and for
/// an unregistered one the same phrase. They are ordered and hashed by code
/// (then phrase).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Status(Repr);

/// A registered status by its code, whose record the dataset's table holds,
/// or an unregistered one by the record its enum declares. A registered
/// constant is then a number: a crate that names one evaluates no record
/// (BENCHMARKS.md, issue 24, on what a pointer into a `const` table cost).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Repr {
    Registered(u16),
    Unregistered(&'static StatusEntry),
}

use responses_data::StatusEntry;

use super::{HeaderField, InvalidStatus, Standing, StatusClass};

// The constants, `Status::ALL`, `STATUS_INFO` and `status_index`, written by
// `build.rs` from the dataset.
include!(concat!(env!("OUT_DIR"), "/status_table.rs"));

impl Status {
    /// The status registered for `code`.
    ///
    /// ```
    /// use responses::Status;
    /// use responses::status::InvalidStatus;
    ///
    /// assert_eq!(Status::from_u16(404), Ok(Status::NOT_FOUND));
    /// assert_eq!(Status::from_u16(299), Err(InvalidStatus::Unregistered(299)));
    /// assert_eq!(Status::from_u16(600), Err(InvalidStatus::OutOfRange(600)));
    /// ```
    pub const fn from_u16(code: u16) -> Result<Status, InvalidStatus> {
        if code < 100 || code > 599 {
            return Err(InvalidStatus::OutOfRange(code));
        }
        match status_index(code) {
            Some(_) => Ok(Status(Repr::Registered(code))),
            None => Err(InvalidStatus::Unregistered(code)),
        }
    }

    /// The status of an unregistered code that an enum declares; the
    /// record is the macro's, checked there. Not public API.
    #[doc(hidden)]
    pub const fn __unregistered(record: &'static StatusEntry) -> Status {
        Status(Repr::Unregistered(record))
    }

    const fn info(self) -> &'static StatusEntry {
        match self.0 {
            Repr::Registered(code) => match status_index(code) {
                Some(index) => &STATUS_INFO[index],
                // Only `from_u16` and the constants build one, from a
                // registered code.
                None => unreachable!(),
            },
            Repr::Unregistered(record) => record,
        }
    }

    /// The code, `409`.
    pub const fn code(self) -> u16 {
        match self.0 {
            Repr::Registered(code) => code,
            Repr::Unregistered(record) => record.code,
        }
    }

    /// Whether the code is in the IANA registry: false only for a code an
    /// enum declares with `custom`.
    pub const fn is_registered(self) -> bool {
        matches!(self.0, Repr::Registered(_))
    }

    /// The registry's reason phrase, `"Conflict"` (for an unregistered code,
    /// the declared one).
    pub const fn phrase(self) -> &'static str {
        self.info().phrase
    }

    /// The Rust name of the status as variants and per-status types use it,
    /// `"Conflict"`, `"UnprocessableContent"`.
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// The name of the associated constant, `"UNPROCESSABLE_CONTENT"`.
    pub const fn constant_name(self) -> &'static str {
        self.info().constant
    }

    /// The class given by the first digit.
    pub const fn class(self) -> StatusClass {
        self.info().class
    }

    /// One line on what the status tells the client.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }

    /// A few sentences on when a server uses the status and what a client
    /// does with it.
    pub const fn description(self) -> &'static str {
        self.info().description
    }

    /// The defining document, `"RFC 9110"`.
    pub const fn spec(self) -> &'static str {
        self.info().spec
    }

    /// The section of [`spec`](Self::spec) defining the status, `"15.5.10"`.
    pub const fn section(self) -> &'static str {
        self.info().section
    }

    /// A link to that section.
    pub const fn spec_url(self) -> &'static str {
        self.info().url
    }

    /// Whether the response never carries content (1xx, 204, 205, 304;
    /// RFC 9110, section 6.4.1).
    pub const fn is_content_forbidden(self) -> bool {
        self.info().content_forbidden
    }

    /// Whether caches may store the response without explicit freshness
    /// information (RFC 9110, section 15.1).
    pub const fn is_cacheable(self) -> bool {
        self.info().cacheable
    }

    /// Header fields the specification requires the response to carry
    /// (`["Allow"]` for 405). Each compares equal to its registered
    /// spelling and names its `http::header` constant.
    pub const fn required_headers(self) -> &'static [HeaderField] {
        self.info().required_headers
    }

    /// Header fields the response is expected to carry when they apply
    /// (`["Location"]` for 201, `["Retry-After"]` for 503).
    pub const fn expected_headers(self) -> &'static [HeaderField] {
        self.info().expected_headers
    }

    /// Header fields the constructor of the per-status type takes, so that
    /// every response built with it carries them: the required ones plus
    /// those the status is useless without (a redirect's `Location`).
    pub const fn constructor_headers(self) -> &'static [HeaderField] {
        self.info().constructor_headers
    }

    /// How the code stands in the registry.
    pub const fn standing(self) -> Standing {
        self.info().standing
    }

    /// Why the standing is not [`Standing::Current`], if it is not.
    pub const fn standing_note(self) -> Option<&'static str> {
        self.info().standing_note
    }

    /// Reason phrases the code had before, still used by other libraries
    /// (`["Unprocessable Entity"]` for 422).
    pub const fn former_phrases(self) -> &'static [&'static str] {
        self.info().former_phrases
    }

    /// Whether this is a 1xx (interim) status.
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// Whether this is a 2xx status.
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Successful)
    }

    /// Whether this is a 3xx status.
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// Whether this is a 4xx status.
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// Whether this is a 5xx status.
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }
}

impl fmt::Display for Status {
    /// `409 Conflict`, as in a status line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.phrase())
    }
}

impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Status({} {})", self.code(), self.phrase())
    }
}

impl Hash for Status {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl PartialOrd for Status {
    fn partial_cmp(&self, other: &Status) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// By code, then (for two unregistered statuses of one code) by phrase.
impl Ord for Status {
    fn cmp(&self, other: &Status) -> Ordering {
        match (self.0, other.0) {
            (Repr::Registered(a), Repr::Registered(b)) => a.cmp(&b),
            _ => (self.code(), self.phrase()).cmp(&(other.code(), other.phrase())),
        }
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.code()
    }
}

impl TryFrom<u16> for Status {
    type Error = InvalidStatus;

    fn try_from(code: u16) -> Result<Status, InvalidStatus> {
        Status::from_u16(code)
    }
}

impl PartialEq<u16> for Status {
    fn eq(&self, code: &u16) -> bool {
        self.code() == *code
    }
}

impl FromStr for Status {
    type Err = InvalidStatus;

    /// Parses a code (`"409"`), a Rust name (`"Conflict"`) or a reason
    /// phrase in any case (`"conflict"`, `"Unprocessable Content"`).
    fn from_str(text: &str) -> Result<Status, InvalidStatus> {
        let text = text.trim();
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            // A number too large for a u16 is out of range all the same;
            // report it as the largest u16 rather than as an unknown name.
            let code = text.parse::<u16>().unwrap_or(u16::MAX);
            return Status::from_u16(code);
        }
        Status::ALL
            .iter()
            .copied()
            .find(|status| status.name() == text || status.phrase().eq_ignore_ascii_case(text))
            .ok_or(InvalidStatus::UnknownName)
    }
}
