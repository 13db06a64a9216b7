//! The request and response bodies of the specification, with their
//! schemas. Each rule a field's schema states (`min_length = 1`) is
//! enforced where the body is read (`deserialize_with`), so the document
//! says exactly what the service accepts.

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserialize, Deserializer, Error, MapAccess, Unexpected, Visitor};
use serde::{Deserialize as DeriveDeserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;
use utoipa::ToSchema;

/// A value read from a JSON object only.
///
/// serde's derived structs also accept an array of their fields in order
/// (`{"user": ["a@b.c", "secret"]}`), which the schema (`type: object`)
/// does not allow; reading through this refuses it.
pub struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Object<T>, D::Error> {
        object(deserializer).map(Object)
    }
}

/// Reads `T` from a map, and refuses anything else.
fn object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ObjectVisitor<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;

        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str("a JSON object")
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(MapAccessDeserializer::new(map))
        }
    }

    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

/// A string of at least one character (JSON Schema `minLength: 1`).
fn non_empty<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text.is_empty() {
        return Err(D::Error::invalid_value(
            Unexpected::Str(&text),
            &"at least one character",
        ));
    }
    Ok(text)
}

/// An optional string that, when given, has at least one character.
fn optional_non_empty<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        Some(text) if text.is_empty() => Err(D::Error::invalid_value(
            Unexpected::Str(&text),
            &"at least one character",
        )),
        other => Ok(other),
    }
}

/// The body of `POST /users/login`.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct LoginRequest {
    /// The credentials.
    #[serde(deserialize_with = "object")]
    pub user: LoginUser,
}

/// Credentials.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct LoginUser {
    /// The email the user registered with.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub email: String,
    /// The password.
    #[schema(min_length = 1, format = Password)]
    #[serde(deserialize_with = "non_empty")]
    pub password: String,
}

/// The body of `POST /users`.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct NewUserRequest {
    /// The new user.
    #[serde(deserialize_with = "object")]
    pub user: NewUser,
}

/// A user to register.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct NewUser {
    /// Unique among users.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub username: String,
    /// Unique among users.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub email: String,
    /// The password.
    #[schema(min_length = 1, format = Password)]
    #[serde(deserialize_with = "non_empty")]
    pub password: String,
}

/// The body of `PUT /user`.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct UpdateUserRequest {
    /// The fields to change.
    #[serde(deserialize_with = "object")]
    pub user: UpdateUser,
}

/// The fields of the current user to change; a field left out (or `null`)
/// keeps its value.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct UpdateUser {
    /// A new email, unique among users.
    #[schema(min_length = 1)]
    #[serde(default, deserialize_with = "optional_non_empty")]
    pub email: Option<String>,
    /// A new password.
    #[schema(min_length = 1, format = Password)]
    #[serde(default, deserialize_with = "optional_non_empty")]
    pub password: Option<String>,
    /// A new username, unique among users.
    #[schema(min_length = 1)]
    #[serde(default, deserialize_with = "optional_non_empty")]
    pub username: Option<String>,
    /// A new biography; `""` clears it.
    #[serde(default)]
    pub bio: Option<String>,
    /// A new image URL; `""` clears it.
    #[serde(default)]
    pub image: Option<String>,
}

/// The body of a response about the current user.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserResponse {
    /// The user.
    pub user: User,
}

/// The current user, with a token to authenticate as them.
#[derive(Debug, Serialize, ToSchema)]
pub struct User {
    /// Their email.
    pub email: String,
    /// A JSON Web Token to send as `Authorization: Token <token>`.
    pub token: String,
    /// Their username.
    pub username: String,
    /// Their biography, `""` when none.
    pub bio: String,
    /// The URL of their image, `""` when none.
    pub image: String,
}

/// The body of a response about a profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileResponse {
    /// The profile.
    pub profile: Profile,
}

/// A user as others see them.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Profile {
    /// Their username.
    pub username: String,
    /// Their biography, `""` when none.
    pub bio: String,
    /// The URL of their image, `""` when none.
    pub image: String,
    /// Whether the caller follows them (`false` without a token).
    pub following: bool,
}

/// The body of `POST /articles`.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct NewArticleRequest {
    /// The new article.
    #[serde(deserialize_with = "object")]
    pub article: NewArticle,
}

/// An article to publish.
#[derive(Debug, DeriveDeserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct NewArticle {
    /// The title, from which the slug is made.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub title: String,
    /// A short description.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub description: String,
    /// The text.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub body: String,
    /// Its tags; duplicates count once.
    #[serde(default)]
    pub tag_list: Option<Vec<String>>,
}

/// The body of `PUT /articles/{slug}`.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct UpdateArticleRequest {
    /// The fields to change.
    #[serde(deserialize_with = "object")]
    pub article: UpdateArticle,
}

/// The fields of an article to change; a field left out (or `null`) keeps
/// its value. A new title makes a new slug.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct UpdateArticle {
    /// A new title.
    #[schema(min_length = 1)]
    #[serde(default, deserialize_with = "optional_non_empty")]
    pub title: Option<String>,
    /// A new description.
    #[schema(min_length = 1)]
    #[serde(default, deserialize_with = "optional_non_empty")]
    pub description: Option<String>,
    /// A new text.
    #[schema(min_length = 1)]
    #[serde(default, deserialize_with = "optional_non_empty")]
    pub body: Option<String>,
}

/// The body of a response with one article.
#[derive(Debug, Serialize, ToSchema)]
pub struct SingleArticle {
    /// The article.
    pub article: Article,
}

/// An article, as `GET /articles/{slug}` and the changes answer it.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// Its name in URLs, unique.
    pub slug: String,
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The text.
    pub body: String,
    /// Its tags, in alphabetical order.
    pub tag_list: Vec<String>,
    /// When it was published.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// When it last changed.
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// Whether the caller favorited it (`false` without a token).
    pub favorited: bool,
    /// How many users favorited it.
    pub favorites_count: i64,
    /// Its author.
    pub author: Profile,
}

/// An article in a list: everything but the text, as the specification's
/// list responses have it.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ArticlePreview {
    /// Its name in URLs, unique.
    pub slug: String,
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// Its tags, in alphabetical order.
    pub tag_list: Vec<String>,
    /// When it was published.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// When it last changed.
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// Whether the caller favorited it (`false` without a token).
    pub favorited: bool,
    /// How many users favorited it.
    pub favorites_count: i64,
    /// Its author.
    pub author: Profile,
}

impl From<Article> for ArticlePreview {
    fn from(article: Article) -> ArticlePreview {
        ArticlePreview {
            slug: article.slug,
            title: article.title,
            description: article.description,
            tag_list: article.tag_list,
            created_at: article.created_at,
            updated_at: article.updated_at,
            favorited: article.favorited,
            favorites_count: article.favorites_count,
            author: article.author,
        }
    }
}

/// The body of a response with a page of articles.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MultipleArticles {
    /// The page, most recent first.
    pub articles: Vec<ArticlePreview>,
    /// How many articles match, on every page.
    pub articles_count: i64,
}

/// The body of `POST /articles/{slug}/comments`.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct NewCommentRequest {
    /// The new comment.
    #[serde(deserialize_with = "object")]
    pub comment: NewComment,
}

/// A comment to post.
#[derive(Debug, DeriveDeserialize, ToSchema)]
pub struct NewComment {
    /// The text.
    #[schema(min_length = 1)]
    #[serde(deserialize_with = "non_empty")]
    pub body: String,
}

/// The body of a response with one comment.
#[derive(Debug, Serialize, ToSchema)]
pub struct SingleComment {
    /// The comment.
    pub comment: Comment,
}

/// The body of a response with an article's comments.
#[derive(Debug, Serialize, ToSchema)]
pub struct MultipleComments {
    /// Oldest first.
    pub comments: Vec<Comment>,
}

/// A comment on an article.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    /// Its id, unique.
    pub id: i64,
    /// When it was posted.
    #[schema(format = DateTime)]
    pub created_at: String,
    /// When it last changed.
    #[schema(format = DateTime)]
    pub updated_at: String,
    /// The text.
    pub body: String,
    /// Its author.
    pub author: Profile,
}

/// The body of `GET /tags`.
#[derive(Debug, Serialize, ToSchema)]
pub struct TagList {
    /// Every tag of an article, in alphabetical order.
    pub tags: Vec<String>,
}
