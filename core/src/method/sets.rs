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

/// Fails (at compile time) when `status` is the first of an included set's
/// statuses `with_content` (its `Responses::WITH_CONTENT`) whose class is
/// `class` (`0` for any class): the status whose content the enum's method
/// forbids. Only the first fails, so a set with many such statuses is one
/// error, which names one of them.
///
/// # Panics
///
/// On such a status, with `message`; in const evaluation that is a compile
/// error at the caller, the `..Set` entry.
#[track_caller]
pub const fn check_content(with_content: &[Status], class: u16, status: Status, message: &str) {
    let mut index = 0;
    while index < with_content.len() {
        let code = with_content[index].code();
        if class == 0 || code / 100 == class {
            assert!(code != status.code(), "{}", message);
            return;
        }
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
    fn only_the_first_status_of_the_class_fails() {
        let content = [Status::NOT_FOUND, Status::OK, Status::ACCEPTED];
        check_content(&content, 2, Status::ACCEPTED, "no");
        check_content(&content, 0, Status::OK, "no");
        check_content(&[], 0, Status::OK, "no");
    }

    #[test]
    #[should_panic = "first 2xx"]
    fn the_first_status_of_the_class_fails() {
        let content = [Status::NOT_FOUND, Status::OK, Status::ACCEPTED];
        check_content(&content, 2, Status::OK, "first 2xx");
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
