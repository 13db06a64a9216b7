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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: u64) -> String {
        RetryAfter::at(SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)).to_string()
    }

    #[test]
    fn delays_render_as_whole_seconds_rounded_up() {
        assert_eq!(RetryAfter::seconds(0).to_string(), "0");
        assert_eq!(HeaderValue::from(RetryAfter::seconds(u32::MAX)), "4294967295");
        assert_eq!(RetryAfter::delay(Duration::from_secs(30)).to_string(), "30");
        assert_eq!(RetryAfter::delay(Duration::from_nanos(1)).to_string(), "1");
        assert_eq!(
            RetryAfter::delay(Duration::MAX).delay_seconds(),
            Some(u64::MAX)
        );
        assert_eq!(RetryAfter::seconds(5).date(), None);
    }

    #[test]
    fn dates_render_as_imf_fixdate() {
        assert_eq!(at(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(at(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(at(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(at(253_402_300_799), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(
            HeaderValue::from(RetryAfter::at(SystemTime::UNIX_EPOCH)),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
    }

    #[test]
    fn dates_round_up_and_clamp() {
        let early = SystemTime::UNIX_EPOCH + Duration::from_millis(784_111_776_001);
        assert_eq!(
            RetryAfter::at(early).to_string(),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        let before_epoch = SystemTime::UNIX_EPOCH - Duration::from_secs(1);
        assert_eq!(
            RetryAfter::at(before_epoch).to_string(),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        assert_eq!(at(253_402_300_800), "Fri, 31 Dec 9999 23:59:59 GMT");
        let date = RetryAfter::at(SystemTime::UNIX_EPOCH + Duration::from_secs(61));
        assert_eq!(
            date.date(),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(61))
        );
        assert_eq!(date.delay_seconds(), None);
    }
}
