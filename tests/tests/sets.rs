//! Shared error sets: `..Set` includes another response enum's statuses,
//! and `?` reaches the set through ordinary `From` impls.

use responses::header::Challenge;
use responses::{Responses, Status, responses};

#[derive(Debug, PartialEq)]
pub struct Problem(&'static str);

impl From<Problem> for String {
    fn from(problem: Problem) -> String {
        problem.0.to_owned()
    }
}

/// Failures of any authenticated endpoint.
#[responses(401(Problem), 403(Problem), 500(Problem), 503)]
#[derive(Debug)]
pub enum ApiError {}

/// Outcomes of `POST /users`: the set stands between its own statuses.
#[responses(201(String), ..ApiError, 409(Problem))]
#[derive(Debug)]
pub enum CreateUser {}

fn challenge() -> Challenge {
    Challenge::bearer("users").unwrap()
}

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
fn a_set_converts_into_the_including_enum_and_keeps_its_status() {
    let created = CreateUser::created("7".to_owned());
    let denied: CreateUser = ApiError::forbidden(Problem("no")).into();
    let anonymous: CreateUser = ApiError::unauthorized(challenge(), Problem("who?")).into();
    assert_eq!(created.status(), Status::CREATED);
    assert_eq!(denied.status(), Status::FORBIDDEN);
    assert_eq!(
        <CreateUser as Responses>::status(&anonymous),
        Status::UNAUTHORIZED
    );
    assert!(matches!(
        denied,
        CreateUser::ApiError(ApiError::Forbidden(_))
    ));
    // Where rustc's suggestion for `CreateUser::forbidden(..)` leads.
    let included = CreateUser::from_included_set(ApiError::forbidden(Problem("no")));
    assert!(matches!(
        included,
        CreateUser::ApiError(ApiError::Forbidden(_))
    ));
}

/// A failure of the storage layer, mapped by the user's own `From`.
#[derive(Debug)]
pub struct StoreDown;

impl From<StoreDown> for ApiError {
    fn from(StoreDown: StoreDown) -> ApiError {
        ApiError::service_unavailable()
    }
}

fn insert(up: bool) -> Result<u64, StoreDown> {
    if up { Ok(7) } else { Err(StoreDown) }
}

fn create(up: bool) -> Result<CreateUser, ApiError> {
    let id = insert(up)?;
    Ok(CreateUser::created(id.to_string()))
}

#[test]
fn question_mark_reaches_the_set_through_from() {
    assert_eq!(create(true).unwrap().status(), Status::CREATED);
    let failed = create(false).unwrap_err();
    assert_eq!(failed.status(), Status::SERVICE_UNAVAILABLE);
    // Either side of the `Result` becomes the handler's one enum.
    let either: CreateUser = create(false).unwrap_or_else(Into::into);
    assert_eq!(either.status(), Status::SERVICE_UNAVAILABLE);
}

/// A set that includes another: statuses are the transitive union.
#[responses(404(Problem), ..ApiError)]
pub enum LookupError {}

#[responses(200(String), ..LookupError)]
pub enum GetUser {}

#[test]
fn nested_sets_give_the_transitive_union() {
    assert_eq!(
        GetUser::STATUSES
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
        [200, 404, 401, 403, 500, 503]
    );
    let deep: GetUser = LookupError::from(ApiError::internal_server_error(Problem("boom"))).into();
    assert_eq!(deep.status(), Status::INTERNAL_SERVER_ERROR);
}

/// Two sets, several places: order is the order written.
#[responses(..RateLimit, 204, ..ApiError)]
pub enum DeleteUser {}

#[responses(429)]
pub enum RateLimit {}

#[test]
fn several_sets_keep_their_places() {
    assert_eq!(
        DeleteUser::STATUSES
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
        [429, 204, 401, 403, 500, 503]
    );
    assert_eq!(
        DeleteUser::from(RateLimit::too_many_requests())
            .status()
            .code(),
        429
    );
}

/// An enum of sets alone, and a generic enum including a concrete set.
#[responses(..ApiError)]
pub enum OnlyErrors {}

#[responses(200(T), ..ApiError)]
pub enum Fetch<T> {}

#[test]
fn an_enum_of_sets_alone_and_a_generic_enum() {
    assert_eq!(OnlyErrors::STATUSES, ApiError::STATUSES);
    assert_eq!(Fetch::<u8>::STATUSES.len(), 5);
    assert_eq!(Fetch::ok(5_u8).status(), Status::OK);
    let failed: Fetch<u8> = ApiError::service_unavailable().into();
    assert_eq!(failed.status().code(), 503);
}

/// The derive form: `#[status(..)]` on a variant holding the set.
#[derive(Debug, Responses)]
pub enum Handwritten {
    #[status(200)]
    Found(String),
    #[status(..)]
    Api(ApiError),
    #[status(NotFound)]
    Missing,
}

#[test]
fn the_derive_form_includes_a_set() {
    assert_eq!(
        Handwritten::STATUSES
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
        [200, 401, 403, 500, 503, 404]
    );
    let failed: Handwritten = ApiError::forbidden(Problem("no")).into();
    assert_eq!(failed.status(), Status::FORBIDDEN);
    assert_eq!(Handwritten::Missing.status(), Status::NOT_FOUND);
}

/// The derive form with the set named, as `#[responses(..ApiError)]`
/// spells it: the name is the field's type.
#[derive(Debug, Responses)]
pub enum HandwrittenNamed {
    #[status(200)]
    Found(String),
    #[status(..ApiError)]
    Api(ApiError),
}

#[test]
fn the_derive_form_may_name_the_set() {
    assert_eq!(HandwrittenNamed::STATUSES, &Handwritten::STATUSES[..5]);
    let failed: HandwrittenNamed = ApiError::service_unavailable().into();
    assert_eq!(failed.status(), Status::SERVICE_UNAVAILABLE);
    assert!(matches!(failed, HandwrittenNamed::Api(_)));
}

#[test]
fn the_http_response_of_an_included_status_is_the_sets() {
    let response: http::Response<String> =
        CreateUser::from(ApiError::unauthorized(challenge(), Problem("who?"))).into();
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.headers()["www-authenticate"],
        r#"Bearer realm="users""#
    );
    assert_eq!(response.body(), "who?");
    let own: http::Response<String> = CreateUser::conflict(Problem("taken")).into();
    assert_eq!((own.status().as_u16(), own.body().as_str()), (409, "taken"));
}
