//! [`RetryAfter`]: how long a client should wait before its next request.

use std::fmt;
use std::time::{Duration, SystemTime};

use http::HeaderValue;
use httpdate::HttpDate;

use super::rules::rendered;

/// The `Retry-After` header (RFC 9110 section 10.2.3), sent with 503, 429 and
/// redirects: a delay in seconds, or an HTTP-date.
///
/// ```
/// use std::time::{Duration, SystemTime};
/// use responses::header::RetryAfter;
///
/// assert_eq!(RetryAfter::seconds(120).to_string(), "120");
/// assert_eq!(RetryAfter::delay(Duration::from_millis(1500)).to_string(), "2");
/// let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
/// assert_eq!(RetryAfter::at(at).to_string(), "Sun, 06 Nov 1994 08:49:37 GMT");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryAfter {
    repr: Repr,
}

/// `duration` in whole seconds, rounded up.
const fn ceil_seconds(duration: Duration) -> u64 {
    let whole = duration.as_secs();
    if duration.subsec_nanos() > 0 {
        whole.saturating_add(1)
    } else {
        whole
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Repr {
    Seconds(u64),
    Date(HttpDate),
}

impl RetryAfter {
    /// Retry after `seconds` seconds.
    pub const fn seconds(seconds: u32) -> RetryAfter {
        RetryAfter {
            repr: Repr::Seconds(seconds as u64),
        }
    }

    /// Retry after `delay`, rounded up to whole seconds so the client never
    /// comes back early.
    pub const fn delay(delay: Duration) -> RetryAfter {
        RetryAfter {
            repr: Repr::Seconds(ceil_seconds(delay)),
        }
    }

    /// Retry at `time`, sent as an IMF-fixdate such as
    /// `Sun, 06 Nov 1994 08:49:37 GMT` (formatted by `httpdate`).
    ///
    /// Fractions of a second round up, so the client never comes back early.
    /// Times before 1970 are sent as the epoch and times after 9999 as the
    /// last second of 9999, the range an IMF-fixdate can show (and outside
    /// which `httpdate` would panic).
    pub fn at(time: SystemTime) -> RetryAfter {
        /// 9999-12-31T23:59:59Z.
        const LAST_SECOND: u64 = 253_402_300_799;
        let seconds = time
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, ceil_seconds)
            .min(LAST_SECOND);
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(seconds);
        RetryAfter {
            repr: Repr::Date(HttpDate::from(time)),
        }
    }

    /// The delay in seconds, if this is the delay form.
    pub const fn delay_seconds(&self) -> Option<u64> {
        match self.repr {
            Repr::Seconds(seconds) => Some(seconds),
            Repr::Date(_) => None,
        }
    }

    /// The instant sent, if this is the date form (whole seconds).
    pub fn date(&self) -> Option<SystemTime> {
        match self.repr {
            Repr::Seconds(_) => None,
            Repr::Date(date) => Some(SystemTime::from(date)),
        }
    }
}

impl fmt::Display for RetryAfter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Seconds(seconds) => write!(f, "{seconds}"),
            Repr::Date(date) => write!(f, "{date}"),
        }
    }
}

/// The value of a `Retry-After` field.
impl From<RetryAfter> for HeaderValue {
    fn from(retry_after: RetryAfter) -> HeaderValue {
        // Digits, or letters, digits, spaces, `,` and `:` for a date.
        rendered(retry_after.to_string())
    }
}
