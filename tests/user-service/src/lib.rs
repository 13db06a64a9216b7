//! A small users service: create, read and delete users, every error a
//! problem (RFC 9457), its OpenAPI document served at `/openapi.json`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::routing::{get, post};
use responses::extract::{
    InvalidMember, JsonRejection, Path, PathRejection, method_not_allowed, not_found,
};
use responses::openapi::Schemas;
use responses::{Json, Problem, responses};
use utoipa::{OpenApi, ToSchema};

/// A registered user.
#[derive(Clone, serde::Serialize, serde::Deserialize, ToSchema)]
pub struct User {
    /// Assigned by the service.
    pub id: u64,
    /// The name to show.
    pub name: String,
    /// Unique among users.
    pub email: String,
}

/// What `POST /users` reads.
#[derive(serde::Deserialize, ToSchema)]
pub struct NewUser {
    /// The name to show; not empty.
    pub name: String,
    /// An email address, unique among users.
    pub email: String,
}

/// Failures any endpoint can answer with.
#[responses(500(Problem), 503(Problem))]
pub enum ApiError {}

/// Outcomes of `POST /users`: its own, and the body extractor's (400, 413,
/// 415, 422), whose 422 the handler also sends for a user it refuses.
#[responses(201(Json<User>), 409(Problem), ..JsonRejection, ..ApiError)]
pub enum CreateUser {}

/// Outcomes of `GET /users/{id}`.
#[responses(200(Json<User>), 404(Problem), ..PathRejection, ..ApiError)]
pub enum GetUser {}

/// Outcomes of `DELETE /users/{id}`.
#[responses(204, 404(Problem), ..PathRejection, ..ApiError)]
pub enum DeleteUser {}

/// The store is not answering.
#[derive(Debug)]
pub struct StoreDown;

impl From<StoreDown> for ApiError {
    fn from(_: StoreDown) -> ApiError {
        ApiError::service_unavailable(Problem::detail("the user store is not answering"))
    }
}

/// The users, in memory; `set_down(true)` makes every call fail, as a
/// store whose connection broke would.
#[derive(Default)]
pub struct Store {
    users: Mutex<HashMap<u64, User>>,
    down: AtomicBool,
}

impl Store {
    /// Makes the store fail (or answer again).
    pub fn set_down(&self, down: bool) {
        self.down.store(down, Ordering::SeqCst);
    }

    fn check(&self) -> Result<(), StoreDown> {
        if self.down.load(Ordering::SeqCst) {
            Err(StoreDown)
        } else {
            Ok(())
        }
    }

    /// The user made from `new`, or `None` when the email is taken.
    fn insert(&self, new: NewUser) -> Result<Option<User>, StoreDown> {
        self.check()?;
        let mut users = self.users.lock().expect("the lock is never poisoned");
        if users.values().any(|user| user.email == new.email) {
            return Ok(None);
        }
        let id = users.keys().max().map_or(1, |last| last + 1);
        let user = User {
            id,
            name: new.name,
            email: new.email,
        };
        users.insert(id, user.clone());
        Ok(Some(user))
    }

    fn get(&self, id: u64) -> Result<Option<User>, StoreDown> {
        self.check()?;
        let users = self.users.lock().expect("the lock is never poisoned");
        Ok(users.get(&id).cloned())
    }

    fn remove(&self, id: u64) -> Result<Option<User>, StoreDown> {
        self.check()?;
        let mut users = self.users.lock().expect("the lock is never poisoned");
        Ok(users.remove(&id))
    }
}

/// The rules `Deserialize` cannot check, as RFC 9457's validation errors.
fn invalid_members(new: &NewUser) -> Vec<InvalidMember> {
    let mut invalid = Vec::new();
    if new.name.trim().is_empty() {
        invalid.push(InvalidMember::new("/name", "must not be empty"));
    }
    if !new.email.contains('@') {
        invalid.push(InvalidMember::new("/email", "must be an email address"));
    }
    invalid
}

/// Registers a user.
#[utoipa::path(post, path = "/users", request_body = NewUser, responses(CreateUser))]
async fn create_user(
    State(store): State<Arc<Store>>,
    Json(new): Json<NewUser>,
) -> Result<CreateUser, ApiError> {
    let invalid = invalid_members(&new);
    if !invalid.is_empty() {
        return Ok(JsonRejection::invalid("the user is not valid", invalid).into());
    }
    let email = new.email.clone();
    let Some(user) = store.insert(new)? else {
        let detail = format!("{email} is already registered");
        return Ok(CreateUser::conflict(Problem::detail(detail)));
    };
    Ok(CreateUser::created(Json(user)))
}

/// Reads a user.
#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")), responses(GetUser))]
async fn get_user(
    State(store): State<Arc<Store>>,
    Path(id): Path<u64>,
) -> Result<GetUser, ApiError> {
    match store.get(id)? {
        Some(user) => Ok(GetUser::ok(Json(user))),
        None => Ok(GetUser::not_found(Problem::detail(format!("no user {id}")))),
    }
}

/// Deletes a user.
#[utoipa::path(delete, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")), responses(DeleteUser))]
async fn delete_user(
    State(store): State<Arc<Store>>,
    Path(id): Path<u64>,
) -> Result<DeleteUser, ApiError> {
    match store.remove(id)? {
        Some(_) => Ok(DeleteUser::no_content()),
        None => Ok(DeleteUser::not_found(Problem::detail(format!(
            "no user {id}"
        )))),
    }
}

/// The response bodies' schemas, which `responses(..)` does not collect.
const BODIES: Schemas<(CreateUser, GetUser, DeleteUser)> = Schemas::new();

/// The service's OpenAPI document.
#[derive(OpenApi)]
#[openapi(paths(create_user, get_user, delete_user), modifiers(&BODIES))]
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The service's routes, over `store`.
pub fn app(store: Arc<Store>) -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{id}", get(get_user).delete(delete_user))
        .route("/openapi.json", get(openapi))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(store)
}
