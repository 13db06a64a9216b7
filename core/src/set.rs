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

/// An included set, for the overlap check: its name as written
/// (`"..ApiError"`) and its statuses.
#[derive(Clone, Copy)]
pub struct Included {
    /// `..` and the path as the user wrote it.
    pub name: &'static str,
    /// The set's `Responses::STATUSES`.
    pub statuses: &'static [Status],
}

/// What [`overlap`] found: nothing, or the message of the first status
/// declared twice.
pub struct Overlap {
    message: [u8; CAPACITY],
    len: usize,
}

/// Room for the message; longer names are cut short (at a character
/// boundary), never overflowed.
const CAPACITY: usize = 512;

impl Overlap {
    /// The message, if a status is declared twice.
    #[must_use]
    pub const fn message(&self) -> Option<&str> {
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
        let bytes = text.as_bytes();
        let mut index = 0;
        while index < bytes.len() && self.len < CAPACITY {
            self.message[self.len] = bytes[index];
            self.len += 1;
            index += 1;
        }
        // Cut back to a character boundary if the buffer ran out inside a
        // character: drop its leading and continuation bytes written so far.
        if index < bytes.len() && is_continuation(bytes[index]) {
            while self.len > 0 && is_continuation(self.message[self.len - 1]) {
                self.len -= 1;
            }
            self.len = self.len.saturating_sub(1);
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

/// The first status `set` shares with the enum's `own` statuses or with a
/// set included `earlier`, as a message naming the status and both enums.
#[must_use]
pub const fn overlap(
    enum_name: &str,
    own: &[Status],
    set: Included,
    earlier: &[Included],
) -> Overlap {
    let mut index = 0;
    while index < set.statuses.len() {
        let status = set.statuses[index];
        if position(own, status).is_some() {
            return Overlap::found(status, enum_name, set.name, None);
        }
        let mut other = 0;
        while other < earlier.len() {
            if position(earlier[other].statuses, status).is_some() {
                return Overlap::found(status, earlier[other].name, set.name, Some(enum_name));
            }
            other += 1;
        }
        index += 1;
    }
    Overlap {
        message: [0; CAPACITY],
        len: 0,
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
        let set = Included {
            name: "..ApiError",
            statuses: API,
        };
        assert_eq!(
            overlap("CreateUser", &[Status::CREATED], set, &[]).message(),
            None
        );
    }

    #[test]
    fn an_overlap_names_the_status_and_both_enums() {
        let set = Included {
            name: "..ApiError",
            statuses: API,
        };
        let own = overlap("CreateUser", &[Status::FORBIDDEN], set, &[]);
        assert_eq!(
            own.message(),
            Some(
                "`403 Forbidden` is declared by both `CreateUser` and `..ApiError`: a response \
                 enum has one variant per status, so remove the status from one of them"
            )
        );
        let earlier = Included {
            name: "..AuthError",
            statuses: &[Status::UNAUTHORIZED],
        };
        let sets = overlap("CreateUser", &[], set, &[earlier]);
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
        let set = Included {
            name: "..ApiError",
            statuses: API,
        };
        let cut = overlap(&long, &[Status::FORBIDDEN], set, &[]);
        let message = cut.message().unwrap();
        assert!(
            message.len() <= CAPACITY && message.ends_with('é'),
            "{message}"
        );
    }
}
