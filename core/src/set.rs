//! Support for included sets (`#[responses(201(User), ..ApiError)]`),
//! evaluated at compile time: the union of the statuses, and the check
//! that no status is declared twice.
//!
//! A procedural macro sees only its own input, not the statuses of the
//! enums it includes, so these run as const evaluation over each set's
//! `Responses::STATUSES`. Const evaluation cannot format, so the message of
//! an overlap is written into a fixed buffer here.

use crate::Status;

/// `parts` concatenated, in order, into an array of their total length `N`
/// (which the expansion computes from the same parts).
///
/// # Panics
///
/// When `N` is not the parts' total length; it runs in const evaluation, so
/// that would be a compile error, and the expansion never asks for it.
#[must_use]
pub const fn concat_statuses<const N: usize>(parts: &[&[Status]]) -> [Status; N] {
    let mut statuses = [Status::OK; N];
    let mut filled = 0;
    let mut part = 0;
    while part < parts.len() {
        let mut index = 0;
        while index < parts[part].len() {
            statuses[filled] = parts[part][index];
            filled += 1;
            index += 1;
        }
        part += 1;
    }
    assert!(
        filled == N,
        "the length of STATUSES is the sum of its parts"
    );
    statuses
}

/// What [`overlap`] found: nothing, or the message of the first status
/// declared twice.
struct Overlap {
    message: [u8; CAPACITY],
    len: usize,
    /// Set once a piece did not fit: nothing is written after a cut.
    full: bool,
}

/// Room for the message; longer names are cut short (at a character
/// boundary), never overflowed.
const CAPACITY: usize = 512;

impl Overlap {
    /// The message, if a status is declared twice.
    const fn message(&self) -> Option<&str> {
        if self.len == 0 {
            return None;
        }
        let (written, _) = self.message.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(message) => Some(message),
            Err(_) => Some("a status is declared twice"),
        }
    }

    const fn push(mut self, text: &str) -> Overlap {
        if self.full {
            return self;
        }
        let bytes = text.as_bytes();
        let mut index = 0;
        while index < bytes.len() && self.len < CAPACITY {
            self.message[self.len] = bytes[index];
            self.len += 1;
            index += 1;
        }
        // Cut back to a character boundary if the buffer ran out inside a
        // character: drop its leading and continuation bytes written so far.
        if index < bytes.len() {
            self.full = true;
            if is_continuation(bytes[index]) {
                while self.len > 0 && is_continuation(self.message[self.len - 1]) {
                    self.len -= 1;
                }
                self.len = self.len.saturating_sub(1);
            }
        }
        self
    }

    const fn push_code(self, code: u16) -> Overlap {
        let digits = [
            b'0' + (code / 100 % 10) as u8,
            b'0' + (code / 10 % 10) as u8,
            b'0' + (code % 10) as u8,
        ];
        match core::str::from_utf8(&digits) {
            Ok(text) => self.push(text),
            Err(_) => self,
        }
    }

    /// "`401 Unauthorized` is declared by both `CreateUser` and `..ApiError`".
    const fn found(status: Status, first: &str, second: &str, within: Option<&str>) -> Overlap {
        let mut overlap = Overlap {
            message: [0; CAPACITY],
            len: 0,
            full: false,
        };
        overlap = overlap.push("`").push_code(status.code()).push(" ");
        overlap = overlap
            .push(status.phrase())
            .push("` is declared by both `");
        overlap = overlap.push(first).push("` and `").push(second).push("`");
        if let Some(within) = within {
            overlap = overlap.push(", both included in `").push(within).push("`");
        }
        overlap.push(
            ": a response enum has one variant per status, so remove the status \
             from one of them",
        )
    }
}

const fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

const fn position(statuses: &[Status], status: Status) -> Option<usize> {
    let mut index = 0;
    while index < statuses.len() {
        if statuses[index].code() == status.code() {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// Fails (at compile time, where the expansion calls it) when the set
/// `set_name` shares a status with the enum's `own` statuses or with a set
/// included `earlier` (each a name and its statuses).
///
/// # Panics
///
/// On such a status, with a message that names it and both enums; in const
/// evaluation that is a compile error at the caller, the `..Set` entry.
#[track_caller]
pub const fn check_disjoint(
    enum_name: &str,
    own: &[Status],
    set_name: &str,
    statuses: &[Status],
    earlier: &[(&str, &[Status])],
) {
    if let Some(message) = overlap(enum_name, own, set_name, statuses, earlier).message() {
        panic!("{}", message);
    }
}

/// The first status of the set `set_name` that the enum's `own` statuses
/// or a set included `earlier` also has, as a message naming the status
/// and both enums.
const fn overlap(
    enum_name: &str,
    own: &[Status],
    set_name: &str,
    statuses: &[Status],
    earlier: &[(&str, &[Status])],
) -> Overlap {
    let mut index = 0;
    while index < statuses.len() {
        let status = statuses[index];
        if position(own, status).is_some() {
            return Overlap::found(status, enum_name, set_name, None);
        }
        let mut other = 0;
        while other < earlier.len() {
            let (earlier_name, earlier_statuses) = earlier[other];
            if position(earlier_statuses, status).is_some() {
                return Overlap::found(status, earlier_name, set_name, Some(enum_name));
            }
            other += 1;
        }
        index += 1;
    }
    Overlap {
        message: [0; CAPACITY],
        len: 0,
        full: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const API: &[Status] = &[Status::UNAUTHORIZED, Status::FORBIDDEN];

    #[test]
    fn concatenates_in_order() {
        let all: [Status; 4] = concat_statuses(&[&[Status::CREATED], API, &[Status::CONFLICT]]);
        assert_eq!(
            all,
            [
                Status::CREATED,
                Status::UNAUTHORIZED,
                Status::FORBIDDEN,
                Status::CONFLICT
            ]
        );
    }

    #[test]
    fn disjoint_sets_have_no_overlap() {
        let found = overlap("CreateUser", &[Status::CREATED], "..ApiError", API, &[]);
        assert_eq!(found.message(), None);
        check_disjoint("CreateUser", &[Status::CREATED], "..ApiError", API, &[]);
    }

    #[test]
    #[should_panic = "`403 Forbidden` is declared by both"]
    fn an_overlap_fails_the_check() {
        check_disjoint("CreateUser", &[Status::FORBIDDEN], "..ApiError", API, &[]);
    }

    #[test]
    fn an_overlap_names_the_status_and_both_enums() {
        let own = overlap("CreateUser", &[Status::FORBIDDEN], "..ApiError", API, &[]);
        assert_eq!(
            own.message(),
            Some(
                "`403 Forbidden` is declared by both `CreateUser` and `..ApiError`: a response \
                 enum has one variant per status, so remove the status from one of them"
            )
        );
        let earlier: (&str, &[Status]) = ("..AuthError", &[Status::UNAUTHORIZED]);
        let sets = overlap("CreateUser", &[], "..ApiError", API, &[earlier]);
        assert!(
            sets.message().unwrap().starts_with(
                "`401 Unauthorized` is declared by both `..AuthError` and `..ApiError`, \
                 both included in `CreateUser`:"
            ),
            "{:?}",
            sets.message()
        );
    }

    #[test]
    fn a_long_message_is_cut_at_a_character_boundary() {
        let long = "é".repeat(CAPACITY);
        let cut = overlap(&long, &[Status::FORBIDDEN], "..ApiError", API, &[]);
        let message = cut.message().unwrap();
        assert!(
            message.len() <= CAPACITY && message.ends_with('é'),
            "{message}"
        );
    }
}
