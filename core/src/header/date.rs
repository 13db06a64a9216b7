//! HTTP-date formatting (RFC 9110 section 5.6.7), IMF-fixdate form only,
//! written here to keep the crate free of a date dependency.

use std::fmt;

/// The last instant an IMF-fixdate can show: 9999-12-31T23:59:59Z, in
/// seconds since the Unix epoch. Later times are clamped to it.
pub(crate) const MAX_SECONDS: u64 = 253_402_300_799;

/// Seconds since the Unix epoch, displayed as `Sun, 06 Nov 1994 08:49:37 GMT`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct HttpDate(u64);

impl HttpDate {
    /// The date `seconds` after the epoch, clamped to [`MAX_SECONDS`].
    pub(crate) const fn from_unix_seconds(seconds: u64) -> HttpDate {
        HttpDate(if seconds > MAX_SECONDS {
            MAX_SECONDS
        } else {
            seconds
        })
    }

    /// Seconds since the Unix epoch.
    pub(crate) const fn unix_seconds(self) -> u64 {
        self.0
    }
}

impl fmt::Display for HttpDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.0 / 86_400;
        let second_of_day = self.0 % 86_400;
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{}, {day:02} {} {year:04} {:02}:{:02}:{:02} GMT",
            weekday_name(days),
            month_name(month),
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60,
        )
    }
}

/// Year, month (1-12) and day (1-31) of the proleptic Gregorian calendar for
/// a count of days since 1970-01-01.
///
/// Howard Hinnant's `civil_from_days`
/// (<https://howardhinnant.github.io/date_algorithms.html#civil_from_days>),
/// restricted to dates from the epoch on so it needs no signed arithmetic.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Shift the epoch to 0000-03-01 so leap days fall at the end of a year.
    let days = days + 719_468;
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    // Months counted from March: 0 is March, 11 is February.
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = era * 400 + year_of_era + u64::from(month <= 2);
    (year, month, day)
}

/// The IMF-fixdate name of the weekday `days` after 1970-01-01, a Thursday.
fn weekday_name(days: u64) -> &'static str {
    match days % 7 {
        0 => "Thu",
        1 => "Fri",
        2 => "Sat",
        3 => "Sun",
        4 => "Mon",
        5 => "Tue",
        _ => "Wed",
    }
}

/// The IMF-fixdate name of `month` (1-12).
fn month_name(month: u64) -> &'static str {
    match month {
        1 => "Jan",
        2 => "Feb",
        3 => "Mar",
        4 => "Apr",
        5 => "May",
        6 => "Jun",
        7 => "Jul",
        8 => "Aug",
        9 => "Sep",
        10 => "Oct",
        11 => "Nov",
        _ => "Dec",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(seconds: u64) -> String {
        HttpDate::from_unix_seconds(seconds).to_string()
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(format(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(format(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(format(951_868_800), "Wed, 01 Mar 2000 00:00:00 GMT");
        assert_eq!(format(1_709_164_800), "Thu, 29 Feb 2024 00:00:00 GMT");
        assert_eq!(format(4_107_542_399), "Sun, 28 Feb 2100 23:59:59 GMT");
        assert_eq!(format(4_107_542_400), "Mon, 01 Mar 2100 00:00:00 GMT");
        assert_eq!(format(MAX_SECONDS), "Fri, 31 Dec 9999 23:59:59 GMT");
    }

    #[test]
    fn clamps_after_year_9999() {
        assert_eq!(format(u64::MAX), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(
            HttpDate::from_unix_seconds(MAX_SECONDS + 1).unix_seconds(),
            MAX_SECONDS
        );
    }

    #[test]
    fn every_day_follows_the_previous_one() {
        // Walk 1970-2500 day by day: dates must advance by exactly one day.
        let mut previous = civil_from_days(0);
        for days in 1..(531 * 366) {
            let (year, month, day) = civil_from_days(days);
            let expected = if day == 1 {
                if month == 1 {
                    (previous.0 + 1, 1)
                } else {
                    (previous.0, previous.1 + 1)
                }
            } else {
                (previous.0, previous.1)
            };
            assert_eq!((year, month), expected, "day {days}");
            if day != 1 {
                assert_eq!(day, previous.2 + 1, "day {days}");
            }
            previous = (year, month, day);
        }
    }
}
