//! The RealWorld ("Conduit") backend on axum and `responses`.
//!
//! Every handler returns a typed response enum whose failures come from the
//! shared sets of [`errors`] through `?`; the same enums give axum the real
//! responses and utoipa the OpenAPI document ([`ApiDoc`]), which the service
//! also serves at `/api/openapi.json`. Data lives in SQLite ([`db`]);
//! callers authenticate with `Authorization: Token <jwt>` ([`auth`],
//! [`extract`]).

// The error side of a handler's `Result` is a response about to be sent,
// as large as the success side; boxing it would add an allocation and
// nothing else.
#![allow(clippy::result_large_err)]

pub mod articles;
pub mod auth;
pub mod comments;
pub mod db;
pub mod errors;
pub mod extract;
pub mod models;
pub mod users;

use axum::Router;
use axum::routing::{delete, get, post};
use responses::{Json, responses};
use std::sync::Arc;
use utoipa::OpenApi;

/// What every handler shares: the database and the token keys.
#[derive(Clone)]
pub struct AppState {
    /// The database.
    pub db: db::Db,
    /// Signs and verifies tokens.
    pub keys: Arc<auth::Keys>,
}

/// The whole service, under `/api` as the specification's server URL has
/// it.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/users/login", post(users::login))
        .route("/users", post(users::register))
        .route("/user", get(users::current_user).put(users::update_user))
        .route("/profiles/{username}", get(users::get_profile))
        .route(
            "/profiles/{username}/follow",
            post(users::follow).delete(users::unfollow),
        )
        .route(
            "/articles",
            get(articles::list_articles).post(articles::create_article),
        )
        .route("/articles/feed", get(articles::feed))
        .route(
            "/articles/{slug}",
            get(articles::get_article)
                .put(articles::update_article)
                .delete(articles::delete_article),
        )
        .route(
            "/articles/{slug}/favorite",
            post(articles::favorite).delete(articles::unfavorite),
        )
        .route(
            "/articles/{slug}/comments",
            get(comments::list_comments).post(comments::add_comment),
        )
        .route(
            "/articles/{slug}/comments/{id}",
            delete(comments::delete_comment),
        )
        .route("/tags", get(articles::tags))
        .route("/openapi.json", get(openapi_document));
    Router::new().nest("/api", api).with_state(state)
}

/// The OpenAPI document, as `GET /api/openapi.json` serves it.
#[responses(200(Json<serde_json::Value>))]
pub enum Document {}

async fn openapi_document() -> Document {
    // A document made of utoipa's own types always serialises.
    let document = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    Document::ok(Json(document))
}

/// The OpenAPI document of the service, from the handlers' enums.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Conduit",
        description = "The RealWorld API, served by axum and `responses`: every response below is a status of a handler's enum."
    ),
    servers((url = "/api")),
    paths(
        users::login,
        users::register,
        users::current_user,
        users::update_user,
        users::get_profile,
        users::follow,
        users::unfollow,
        articles::feed,
        articles::list_articles,
        articles::create_article,
        articles::get_article,
        articles::update_article,
        articles::delete_article,
        comments::list_comments,
        comments::add_comment,
        comments::delete_comment,
        articles::favorite,
        articles::unfavorite,
        articles::tags,
    ),
    // The request bodies' schemas and those that others refer to; the
    // response bodies' own schemas are registered by `BODIES`.
    components(schemas(
        errors::ErrorList,
        models::LoginRequest,
        models::LoginUser,
        models::NewUserRequest,
        models::NewUser,
        models::UpdateUserRequest,
        models::UpdateUser,
        models::User,
        models::Profile,
        models::NewArticleRequest,
        models::NewArticle,
        models::UpdateArticleRequest,
        models::UpdateArticle,
        models::Article,
        models::ArticlePreview,
        models::NewCommentRequest,
        models::NewComment,
        models::Comment,
    )),
    modifiers(&BODIES, &TokenScheme),
    tags(
        (name = "Articles", description = "Articles, their slugs, the feed and its filters"),
        (name = "Comments", description = "Comments on articles"),
        (name = "Favorites", description = "Favoriting and unfavoriting articles"),
        (name = "Profile", description = "Profiles and follows"),
        (name = "Tags", description = "The tags in use"),
        (name = "User and Authentication", description = "Registration, login and the current user"),
    )
)]
pub struct ApiDoc;

/// The handlers' enums, whose response bodies' schemas go under
/// `components`.
type Handlers = (
    (
        users::Login,
        users::Register,
        users::GetCurrentUser,
        users::UpdateCurrentUser,
        users::GetProfile,
    ),
    (
        articles::ListArticles,
        articles::CreateArticle,
        articles::OneArticle,
        articles::DeleteArticle,
        articles::GetTags,
    ),
    (
        comments::ListComments,
        comments::AddComment,
        comments::DeleteComment,
    ),
);

const BODIES: responses::openapi::Schemas<Handlers> = responses::openapi::Schemas::new();

/// Declares the specification's `Token` scheme: the `Authorization` header,
/// `Token <jwt>`.
struct TokenScheme;

impl utoipa::Modify for TokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
        let scheme = ApiKeyValue::with_description(
            "Authorization",
            "`Token <jwt>`, with the token of `POST /users` or `POST /users/login`.",
        );
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("Token", SecurityScheme::ApiKey(ApiKey::Header(scheme)));
    }
}
