//! Users and authentication, and profiles and follows.

use crate::AppState;
use crate::auth;
use crate::errors::ApiError;
use crate::extract::{Auth, Body, MaybeAuth, PathParams};
use crate::models::{
    LoginRequest, NewUserRequest, Profile, ProfileResponse, UpdateUserRequest, User, UserResponse,
};
use axum::extract::State;
use responses::header::Location;
use responses::{Json, responses};
use rusqlite::{Connection, OptionalExtension, params};

/// Outcomes of `POST /users/login`: wrong credentials are a 401.
#[responses(200(Json<UserResponse>), ..ApiError)]
pub enum Login {}

/// Outcomes of `POST /users`: a username or email in use is a 409.
#[responses(201(Json<UserResponse>), ..ApiError)]
pub enum Register {}

/// Outcomes of `GET /user`.
#[responses(200(Json<UserResponse>), ..ApiError)]
pub enum GetCurrentUser {}

/// Outcomes of `PUT /user`.
#[responses(200(Json<UserResponse>), ..ApiError)]
pub enum UpdateCurrentUser {}

/// Outcomes of `GET /profiles/{username}`, and of following and
/// unfollowing that user.
#[responses(200(Json<ProfileResponse>), ..ApiError)]
pub enum GetProfile {}

/// Logs in with an email and password.
#[utoipa::path(
    post,
    path = "/users/login",
    tag = "User and Authentication",
    operation_id = "Login",
    security(()),
    request_body = LoginRequest,
    responses(Login)
)]
pub async fn login(
    State(state): State<AppState>,
    Body(request): Body<LoginRequest>,
) -> Result<Login, ApiError> {
    let credentials = request.user;
    let stored: Option<(i64, String)> = state.db.with(|db| {
        db.query_row(
            "SELECT id, password_hash FROM users WHERE email = ?1",
            [&credentials.email],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
    })?;
    let id = match stored {
        Some((id, hash)) if auth::password_matches(&credentials.password, &hash) => id,
        _ => return Err(ApiError::unauthenticated()),
    };
    let token = state.keys.issue(id);
    let user = state.db.with(|db| user_by_id(db, id, token))?;
    Ok(Login::ok(Json(UserResponse { user })))
}

/// Registers a new user.
#[utoipa::path(
    post,
    path = "/users",
    tag = "User and Authentication",
    operation_id = "CreateUser",
    security(()),
    request_body = NewUserRequest,
    responses(Register)
)]
pub async fn register(
    State(state): State<AppState>,
    Body(request): Body<NewUserRequest>,
) -> Result<Register, ApiError> {
    let new = request.user;
    let hash = auth::hash_password(&new.password);
    let id = state.db.with(|db| {
        ensure_free(db, "username", &new.username, None)?;
        ensure_free(db, "email", &new.email, None)?;
        db.execute(
            "INSERT INTO users (username, email, password_hash) VALUES (?1, ?2, ?3)",
            params![new.username, new.email, hash],
        )?;
        Ok::<_, ApiError>(db.last_insert_rowid())
    })?;
    let location = Location::path(["api", "profiles", &new.username]);
    let user = User {
        email: new.email,
        token: state.keys.issue(id),
        username: new.username,
        bio: String::new(),
        image: String::new(),
    };
    Ok(Register::created_at(location, Json(UserResponse { user })))
}

/// The current user.
#[utoipa::path(
    get,
    path = "/user",
    tag = "User and Authentication",
    operation_id = "GetCurrentUser",
    security(("Token" = [])),
    responses(GetCurrentUser)
)]
pub async fn current_user(
    auth: Auth,
    State(state): State<AppState>,
) -> Result<GetCurrentUser, ApiError> {
    let user = state
        .db
        .with(|db| user_by_id(db, auth.user_id, auth.token))?;
    Ok(GetCurrentUser::ok(Json(UserResponse { user })))
}

/// Changes the current user's fields.
#[utoipa::path(
    put,
    path = "/user",
    tag = "User and Authentication",
    operation_id = "UpdateCurrentUser",
    request_body = UpdateUserRequest,
    security(("Token" = [])),
    responses(UpdateCurrentUser)
)]
pub async fn update_user(
    auth: Auth,
    State(state): State<AppState>,
    Body(request): Body<UpdateUserRequest>,
) -> Result<UpdateCurrentUser, ApiError> {
    let change = request.user;
    let hash = change.password.as_deref().map(auth::hash_password);
    let id = auth.user_id;
    let user = state.db.with(|db| {
        let transaction = db.transaction()?;
        if let Some(username) = &change.username {
            ensure_free(&transaction, "username", username, Some(id))?;
        }
        if let Some(email) = &change.email {
            ensure_free(&transaction, "email", email, Some(id))?;
        }
        // COALESCE keeps a column whose new value was not given.
        transaction.execute(
            "UPDATE users SET username = COALESCE(?2, username), email = COALESCE(?3, email),
                password_hash = COALESCE(?4, password_hash), bio = COALESCE(?5, bio),
                image = COALESCE(?6, image)
             WHERE id = ?1",
            params![
                id,
                change.username,
                change.email,
                hash,
                change.bio,
                change.image
            ],
        )?;
        let user = user_by_id(&transaction, id, auth.token)?;
        transaction.commit()?;
        Ok::<_, ApiError>(user)
    })?;
    Ok(UpdateCurrentUser::ok(Json(UserResponse { user })))
}

/// A user's profile; with a token, whether the caller follows them.
#[utoipa::path(
    get,
    path = "/profiles/{username}",
    tag = "Profile",
    operation_id = "GetProfileByUsername",
    params(("username" = String, Path, description = "The username of the profile")),
    security((), ("Token" = [])),
    responses(GetProfile)
)]
pub async fn get_profile(
    viewer: MaybeAuth,
    State(state): State<AppState>,
    PathParams(username): PathParams<String>,
) -> Result<GetProfile, ApiError> {
    let viewer = viewer.0.map(|auth| auth.user_id);
    let (_, profile) = state.db.with(|db| profile_by_name(db, &username, viewer))?;
    Ok(GetProfile::ok(Json(ProfileResponse { profile })))
}

/// Follows a user.
#[utoipa::path(
    post,
    path = "/profiles/{username}/follow",
    tag = "Profile",
    operation_id = "FollowUserByUsername",
    params(("username" = String, Path, description = "The username to follow")),
    security(("Token" = [])),
    responses(GetProfile)
)]
pub async fn follow(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(username): PathParams<String>,
) -> Result<GetProfile, ApiError> {
    set_following(&state, auth.user_id, &username, true)
}

/// Stops following a user.
#[utoipa::path(
    delete,
    path = "/profiles/{username}/follow",
    tag = "Profile",
    operation_id = "UnfollowUserByUsername",
    params(("username" = String, Path, description = "The username to unfollow")),
    security(("Token" = [])),
    responses(GetProfile)
)]
pub async fn unfollow(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(username): PathParams<String>,
) -> Result<GetProfile, ApiError> {
    set_following(&state, auth.user_id, &username, false)
}

fn set_following(
    state: &AppState,
    follower: i64,
    username: &str,
    following: bool,
) -> Result<GetProfile, ApiError> {
    let profile = state.db.with(|db| {
        let (target, _) = profile_by_name(db, username, Some(follower))?;
        let statement = if following {
            "INSERT OR IGNORE INTO follows (follower_id, followee_id) VALUES (?1, ?2)"
        } else {
            "DELETE FROM follows WHERE follower_id = ?1 AND followee_id = ?2"
        };
        db.execute(statement, [follower, target])?;
        profile_by_name(db, username, Some(follower)).map(|(_, profile)| profile)
    })?;
    Ok(GetProfile::ok(Json(ProfileResponse { profile })))
}

/// A 409 unless no user but `except` has `value` in `column`.
fn ensure_free(
    db: &Connection,
    column: &str,
    value: &str,
    except: Option<i64>,
) -> Result<(), ApiError> {
    // `column` is one of two literals above, never user input.
    let query = format!("SELECT 1 FROM users WHERE {column} = ?1 AND id IS NOT ?2");
    let taken = db
        .query_row(&query, params![value, except], |_| Ok(()))
        .optional()?;
    match taken {
        Some(()) => Err(ApiError::taken(column)),
        None => Ok(()),
    }
}

/// The user `id` as the user endpoints answer it, with `token`.
fn user_by_id(db: &Connection, id: i64, token: String) -> Result<User, ApiError> {
    db.query_row(
        "SELECT email, username, bio, image FROM users WHERE id = ?1",
        [id],
        |row| {
            Ok(User {
                email: row.get(0)?,
                token,
                username: row.get(1)?,
                bio: row.get(2)?,
                image: row.get(3)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::missing("user"))
}

/// The id and profile of the user `username`, as `viewer` sees it; a 404
/// if there is none.
pub(crate) fn profile_by_name(
    db: &Connection,
    username: &str,
    viewer: Option<i64>,
) -> Result<(i64, Profile), ApiError> {
    db.query_row(
        "SELECT id, username, bio, image,
            EXISTS (SELECT 1 FROM follows WHERE follower_id = ?2 AND followee_id = users.id)
         FROM users WHERE username = ?1",
        params![username, viewer],
        |row| {
            let profile = Profile {
                username: row.get(1)?,
                bio: row.get(2)?,
                image: row.get(3)?,
                following: row.get(4)?,
            };
            Ok((row.get(0)?, profile))
        },
    )
    .optional()?
    .ok_or_else(|| ApiError::missing("profile"))
}
