//! Shared error sets: `..Set` includes another response enum's statuses.

use responses::{Responses, Status, responses};

#[derive(Debug, PartialEq)]
pub struct Problem(&'static str);

/// Failures of any authenticated endpoint.
#[responses(401(Problem), 403(Problem), 500(Problem), 503)]
#[derive(Debug)]
pub enum ApiError {}

/// Outcomes of `POST /users`.
#[responses(201(String), ..ApiError, 409(Problem))]
#[derive(Debug)]
pub enum CreateUser {}

#[test]
fn statuses_are_the_union_in_declaration_order() {
    assert_eq!(
        CreateUser::STATUSES,
        [
            Status::CREATED,
            Status::UNAUTHORIZED,
            Status::FORBIDDEN,
            Status::INTERNAL_SERVER_ERROR,
            Status::SERVICE_UNAVAILABLE,
            Status::CONFLICT
        ]
    );
    assert_eq!(<CreateUser as Responses>::STATUSES, CreateUser::STATUSES);
}

#[test]
fn a_set_converts_into_the_including_enum() {
    let created = CreateUser::created("7".to_owned());
    let denied: CreateUser = ApiError::forbidden(Problem("no")).into();
    assert_eq!(created.status(), Status::CREATED);
    assert_eq!(denied.status(), Status::FORBIDDEN);
    assert!(matches!(
        denied,
        CreateUser::ApiError(ApiError::Forbidden(_))
    ));
}
