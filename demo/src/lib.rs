//! A small users service built with `responses`, axum and utoipa.
//!
//! Every handler returns a typed response enum. The same declaration gives
//! axum the real response (status, header fields, body) and utoipa the
//! OpenAPI description, so the two cannot drift apart. The extractors
//! (`responses::Json`, `responses::extract::Path`) answer a malformed request before
//! the handler runs, with statuses each handler's enum includes (`..Rejection`),
//! so those are documented too.

// The error side of a handler's `Result` is a response about to be sent,
// as large as the success side; boxing it would add an allocation and
// nothing else.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use headers::{ETag, HeaderMapExt as _, IfNoneMatch};
use responses::header::{Challenge, Location};
use responses::openapi::{HttpSecurity, Schemas};
use responses::{
    Json, Method, Problem,
    extract::{JsonRejection, Path, PathRejection, Rejection},
    responses,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use utoipa::{OpenApi, ToSchema};

mod fields;

/// A registered user.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct User {
    /// Assigned by the service.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Unique among users.
    pub email: String,
}

/// What a client sends to create or replace a user.
// Each field's rule is written in its schema and enforced while the body is
// read (`fields.rs`), so what the document allows is what the service accepts.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct NewUser {
    /// Display name, at least one character.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "fields::non_empty")]
    pub name: String,
    /// An email address.
    #[schema(format = Email)]
    #[serde(deserialize_with = "fields::email")]
    pub email: String,
}

/// Outcomes of `POST /users`.
#[responses(method = POST, 201(Json<User>), 409(Problem), ..JsonRejection)]
pub enum CreateUser {}

/// What every handler of `/users/{id}` answers when there is no such user:
/// a set the handlers' enums include, and the error their lookups return
/// with `?`.
#[responses(404(Problem))]
pub enum MissingUser {}

/// Outcomes of `GET /users/{id}`: the user with its entity tag, or
/// `304 Not Modified` when the client's `If-None-Match` names that tag;
/// and, as a client sees it, any server error (a proxy's 502) and any
/// other status an intermediary may answer with.
#[responses(
    method = GET,
    200(Json<User>, headers(ETag)),
    304(headers(ETag)),
    ..MissingUser,
    ..PathRejection,
    5XX(Problem),
    default(Problem)
)]
pub enum GetUser {}

/// Outcomes of `PUT /users/{id}`.
#[responses(method = PUT, 200(Json<User>), ..MissingUser, 409(Problem), ..Rejection)]
pub enum UpdateUser {}

/// Outcomes of `DELETE /users/{id}`.
#[responses(method = DELETE, 204, 401(Problem), ..MissingUser, ..PathRejection)]
pub enum DeleteUser {}

/// Outcomes of `GET /me`: a redirect to the caller's own user.
#[responses(method = GET, 303, 401(Problem))]
pub enum Me {}

/// What any route answers to a method it does not serve.
#[responses(405(Problem))]
pub enum WrongMethod {}

/// The bearer token the demo accepts; it belongs to user 1.
pub const TOKEN: &str = "demo-token";

/// The users, shared by the handlers.
#[derive(Clone, Default)]
pub struct Users {
    inner: Arc<Mutex<Registry>>,
}

#[derive(Default)]
struct Registry {
    next_id: u64,
    by_id: BTreeMap<u64, User>,
}

impl Registry {
    /// The user with `id`, or the 404 every `/users/{id}` handler answers.
    fn user(&mut self, id: u64) -> Result<&mut User, MissingUser> {
        self.by_id
            .get_mut(&id)
            .ok_or_else(|| MissingUser::not_found(Problem::detail(format!("no user {id}"))))
    }
}

impl Users {
    fn with<R>(&self, f: impl FnOnce(&mut Registry) -> R) -> R {
        // A handler that panicked cannot leave the map half-updated (every
        // change is one insert or remove), so a poisoned lock is still sound.
        let mut registry = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut registry)
    }
}

fn authorized(headers: &HeaderMap) -> bool {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value == format!("Bearer {TOKEN}"))
}

fn challenge() -> Challenge {
    const BEARER: Challenge = Challenge::from_static("Bearer", &[("realm", "users")]);
    BEARER
}

/// Creates a user.
#[utoipa::path(post, path = "/users", request_body = NewUser, responses(CreateUser))]
pub async fn create_user(State(users): State<Users>, Json(new): Json<NewUser>) -> CreateUser {
    users.with(|registry| {
        if registry.by_id.values().any(|user| user.email == new.email) {
            let detail = format!("{} is already registered", new.email);
            return CreateUser::conflict(Problem::detail(detail));
        }
        registry.next_id += 1;
        let user = User {
            id: registry.next_id,
            name: new.name,
            email: new.email,
        };
        registry.by_id.insert(user.id, user.clone());
        let location = Location::path(["users", &user.id.to_string()]);
        CreateUser::created_at(location, Json(user))
    })
}

/// Reads a user.
#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path)), responses(GetUser))]
pub async fn get_user(
    State(users): State<Users>,
    Path(id): Path<u64>,
    request: HeaderMap,
) -> Result<GetUser, MissingUser> {
    users.with(|registry| {
        let user = registry.user(id)?;
        let tag = entity_tag(user);
        let cached = request
            .typed_get::<IfNoneMatch>()
            .is_some_and(|condition| !condition.precondition_passes(&tag));
        if cached {
            return Ok(GetUser::not_modified(tag));
        }
        Ok(GetUser::ok(Json(user.clone()), tag))
    })
}

/// The entity tag of a user's current representation: a hash of what the
/// representation shows (stable within a run, which is all a tag needs).
pub fn entity_tag(user: &User) -> ETag {
    use std::hash::{DefaultHasher, Hash as _, Hasher as _};
    let mut hasher = DefaultHasher::new();
    (user.id, &user.name, &user.email).hash(&mut hasher);
    format!("\"{:016x}\"", hasher.finish())
        .parse()
        .unwrap_or_else(|_| unreachable!("hex digits in quotes are an entity tag"))
}

/// Replaces a user's name and email.
#[utoipa::path(put, path = "/users/{id}", params(("id" = u64, Path)), request_body = NewUser, responses(UpdateUser))]
pub async fn update_user(
    State(users): State<Users>,
    Path(id): Path<u64>,
    Json(new): Json<NewUser>,
) -> Result<UpdateUser, MissingUser> {
    users.with(|registry| {
        if registry
            .by_id
            .values()
            .any(|user| user.email == new.email && user.id != id)
        {
            let detail = format!("{} is already registered", new.email);
            return Ok(UpdateUser::conflict(Problem::detail(detail)));
        }
        let user = registry.user(id)?;
        user.name = new.name;
        user.email = new.email;
        Ok(UpdateUser::ok(Json(user.clone())))
    })
}

/// Deletes a user; needs the bearer token.
#[utoipa::path(
    delete,
    path = "/users/{id}",
    params(("id" = u64, Path)),
    security(("bearer" = [])),
    responses(DeleteUser)
)]
pub async fn delete_user(
    State(users): State<Users>,
    Path(id): Path<u64>,
    headers: HeaderMap,
) -> Result<DeleteUser, MissingUser> {
    if !authorized(&headers) {
        let detail = "send `Authorization: Bearer <token>`";
        return Ok(DeleteUser::unauthorized(
            challenge(),
            Problem::detail(detail),
        ));
    }
    users.with(|registry| {
        registry.user(id)?;
        registry.by_id.remove(&id);
        Ok(DeleteUser::no_content())
    })
}

/// Redirects to the caller's own user.
#[utoipa::path(get, path = "/me", security(("bearer" = [])), responses(Me))]
pub async fn me(headers: HeaderMap) -> Me {
    if authorized(&headers) {
        Me::see_other(Location::from_static("/users/1"))
    } else {
        Me::unauthorized(challenge(), Problem::detail("who are you?"))
    }
}

fn wrong_method(allowed: &'static [Method]) -> WrongMethod {
    let names: Vec<&str> = allowed.iter().map(|method| method.as_str()).collect();
    let detail = format!("this resource serves {}", names.join(", "));
    WrongMethod::method_not_allowed(allowed, Problem::detail(detail))
}

/// The service.
pub fn router() -> Router {
    Router::new()
        .route(
            "/users",
            post(create_user).fallback(|| async { wrong_method(&[Method::POST]) }),
        )
        .route(
            "/users/{id}",
            get(get_user)
                .put(update_user)
                .delete(delete_user)
                .fallback(|| async {
                    wrong_method(&[Method::GET, Method::HEAD, Method::PUT, Method::DELETE])
                }),
        )
        .route("/me", get(me))
        // Unknown paths, and methods a route does not serve (`/me`), are
        // answered as problems too.
        .fallback(responses::extract::not_found)
        .method_not_allowed_fallback(responses::extract::method_not_allowed)
        .with_state(Users::default())
}

/// The OpenAPI description of the service, from the same enums.
///
/// `Schemas` registers the bodies' schemas (`User`, `Problem`, ...) under
/// `components`, where the operations refer to them; `HttpSecurity` declares
/// the bearer scheme that the 401s' challenge names.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "responses demo",
        description = "A users service whose responses are typed."
    ),
    servers((url = "/", description = "The address the demo serves on (`--serve`)")),
    paths(create_user, get_user, update_user, delete_user, me),
    modifiers(&BODIES, &BEARER, &PublicOperations)
)]
pub struct ApiDoc;

/// The schemas of every documented operation's bodies.
const BODIES: Schemas<(CreateUser, GetUser, UpdateUser, DeleteUser, Me)> = Schemas::new();

/// The scheme of the challenge the 401s carry ([`challenge`]).
const BEARER: HttpSecurity =
    HttpSecurity::bearer("bearer").description("The token `--token` prints.");

/// Marks every operation that names no security requirement as public
/// (`security: []`), so that a reader (and a linter) knows it needs none
/// rather than guessing.
struct PublicOperations;

impl utoipa::Modify for PublicOperations {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
            ];
            for operation in operations.into_iter().flatten() {
                operation.security.get_or_insert_with(Vec::new);
            }
        }
    }
}

/// Each documented operation and the response keys of the enum it
/// returns (its statuses, ranges and `default`), sorted, for checking the
/// document against the code.
pub fn operations() -> Vec<(&'static str, &'static str, Vec<String>)> {
    vec![
        ("/users", "post", response_keys::<CreateUser>()),
        ("/users/{id}", "get", response_keys::<GetUser>()),
        ("/users/{id}", "put", response_keys::<UpdateUser>()),
        ("/users/{id}", "delete", response_keys::<DeleteUser>()),
        ("/me", "get", response_keys::<Me>()),
    ]
}

fn response_keys<E: responses::Responses>() -> Vec<String> {
    let statuses = E::STATUSES.iter().map(|status| status.code().to_string());
    let ranges = E::RANGES.iter().map(|class| {
        use responses::status::StatusClass;
        let digit = match class {
            StatusClass::Informational => 1,
            StatusClass::Successful => 2,
            StatusClass::Redirection => 3,
            StatusClass::ClientError => 4,
            StatusClass::ServerError => 5,
        };
        format!("{digit}XX")
    });
    let default = E::HAS_DEFAULT.then(|| "default".to_owned());
    let mut keys: Vec<String> = statuses.chain(ranges).chain(default).collect();
    keys.sort_unstable();
    keys
}
