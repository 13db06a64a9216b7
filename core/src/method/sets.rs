//! The method rules applied to included sets, evaluated at compile time:
//! the macro of an enum with `method = ..` cannot see the statuses of the
//! sets it includes, so it names each status the method refuses, with the
//! message, and const evaluation looks for it in the set's `STATUSES`.

use crate::Status;

/// Fails (at compile time, where the expansion calls it) when `statuses`,
/// an included set's, contain `refused`.
///
/// # Panics
///
/// On such a status, with `message`; in const evaluation that is a compile
/// error at the caller, the `..Set` entry.
#[track_caller]
pub const fn check_refused(statuses: &[Status], refused: Status, message: &str) {
    let mut index = 0;
    while index < statuses.len() {
        assert!(statuses[index].code() != refused.code(), "{}", message);
        index += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_without_the_status_passes() {
        check_refused(&[Status::OK, Status::NOT_FOUND], Status::NOT_MODIFIED, "no");
    }

    #[test]
    #[should_panic = "304 refused"]
    fn a_set_with_the_status_fails() {
        check_refused(
            &[Status::OK, Status::NOT_MODIFIED],
            Status::NOT_MODIFIED,
            "304 refused",
        );
    }
}
