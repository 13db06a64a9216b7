//! Articles, their slugs, favorites, the feed, and tags.

use crate::AppState;
use crate::db::NOW;
use crate::errors::{ApiError, ServerError};
use crate::extract::{Auth, Body, MaybeAuth, PathParams, QueryParams};
use crate::models::{
    Article, MultipleArticles, NewArticleRequest, Profile, SingleArticle, TagList,
    UpdateArticleRequest,
};
use axum::extract::State;
use responses::header::Location;
use responses::{Json, responses};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Deserialize;
use std::collections::BTreeSet;
use utoipa::IntoParams;

/// Outcomes of `GET /articles` and `GET /articles/feed`.
#[responses(200(Json<MultipleArticles>), ..ApiError)]
pub enum ListArticles {}

/// Outcomes of `POST /articles`.
#[responses(201(Json<SingleArticle>), ..ApiError)]
pub enum CreateArticle {}

/// Outcomes of reading, changing, favoriting and unfavoriting one article.
#[responses(200(Json<SingleArticle>), ..ApiError)]
pub enum OneArticle {}

/// Outcomes of `DELETE /articles/{slug}`.
#[responses(204, ..ApiError)]
pub enum DeleteArticle {}

/// Outcomes of `GET /tags`: nothing the client sends can fail.
#[responses(200(Json<TagList>), ..ServerError)]
pub enum GetTags {}

/// The largest `limit` and `offset`: what SQLite takes (a signed 64-bit
/// integer).
const MAX_PAGE: i64 = i64::MAX;

/// How many articles a page has unless `limit` says otherwise.
const DEFAULT_LIMIT: i64 = 20;

/// A page of a list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Page {
    /// How many articles to skip, most recent first.
    #[param(minimum = 0, maximum = 9_223_372_036_854_775_807_i64, nullable = false)]
    pub offset: Option<i64>,
    /// How many articles to return at most (20 unless given).
    #[param(
        minimum = 1,
        maximum = 9_223_372_036_854_775_807_i64,
        default = 20,
        nullable = false
    )]
    pub limit: Option<i64>,
}

/// The filters of `GET /articles`, and its page.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Filters {
    /// Only articles with this tag.
    #[param(nullable = false)]
    pub tag: Option<String>,
    /// Only articles by this username.
    #[param(nullable = false)]
    pub author: Option<String>,
    /// Only articles this username favorited.
    #[param(nullable = false)]
    pub favorited: Option<String>,
    /// How many articles to skip, most recent first.
    #[param(minimum = 0, maximum = 9_223_372_036_854_775_807_i64, nullable = false)]
    pub offset: Option<i64>,
    /// How many articles to return at most (20 unless given).
    #[param(
        minimum = 1,
        maximum = 9_223_372_036_854_775_807_i64,
        default = 20,
        nullable = false
    )]
    pub limit: Option<i64>,
}

/// What a list selects: its filters, the caller, and the page.
struct Selection<'a> {
    viewer: Option<i64>,
    tag: Option<&'a str>,
    author: Option<&'a str>,
    favorited: Option<&'a str>,
    feed: bool,
    offset: Option<i64>,
    limit: Option<i64>,
}

/// The columns of an article as [`read_article`] reads them; `?1` is the
/// caller's id (`NULL` without a token).
const ARTICLE_COLUMNS: &str = "a.id, a.slug, a.title, a.description, a.body, a.created_at,
    a.updated_at, u.username, u.bio, u.image,
    (SELECT COUNT(*) FROM favorites f WHERE f.article_id = a.id),
    EXISTS (SELECT 1 FROM favorites f WHERE f.article_id = a.id AND f.user_id = ?1),
    EXISTS (SELECT 1 FROM follows o WHERE o.followee_id = a.author_id AND o.follower_id = ?1)";

/// The rows a list selects: `?2` tag, `?3` author, `?4` favorited by, `?5`
/// whether only followed authors (the feed); `NULL` selects everything.
const LIST_FILTER: &str = "FROM articles a JOIN users u ON u.id = a.author_id
    WHERE (?2 IS NULL OR EXISTS
            (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = ?2))
      AND (?3 IS NULL OR u.username = ?3)
      AND (?4 IS NULL OR EXISTS
            (SELECT 1 FROM favorites f JOIN users fu ON fu.id = f.user_id
             WHERE f.article_id = a.id AND fu.username = ?4))
      AND (?5 = 0 OR EXISTS
            (SELECT 1 FROM follows o WHERE o.followee_id = a.author_id AND o.follower_id = ?1))";

/// Recent articles of everyone, filtered by tag, author or who favorited
/// them.
#[utoipa::path(
    get,
    path = "/articles",
    tag = "Articles",
    operation_id = "GetArticles",
    params(Filters),
    security((), ("Token" = [])),
    responses(ListArticles)
)]
pub async fn list_articles(
    viewer: MaybeAuth,
    State(state): State<AppState>,
    QueryParams(filters): QueryParams<Filters>,
) -> Result<ListArticles, ApiError> {
    let selection = Selection {
        viewer: viewer.0.map(|auth| auth.user_id),
        tag: filters.tag.as_deref(),
        author: filters.author.as_deref(),
        favorited: filters.favorited.as_deref(),
        feed: false,
        offset: filters.offset,
        limit: filters.limit,
    };
    let page = state.db.with(|db| list(db, &selection))?;
    Ok(ListArticles::ok(Json(page)))
}

/// Recent articles of the users the caller follows.
#[utoipa::path(
    get,
    path = "/articles/feed",
    tag = "Articles",
    operation_id = "GetArticlesFeed",
    params(Page),
    security(("Token" = [])),
    responses(ListArticles)
)]
pub async fn feed(
    auth: Auth,
    State(state): State<AppState>,
    QueryParams(page): QueryParams<Page>,
) -> Result<ListArticles, ApiError> {
    let selection = Selection {
        viewer: Some(auth.user_id),
        tag: None,
        author: None,
        favorited: None,
        feed: true,
        offset: page.offset,
        limit: page.limit,
    };
    let page = state.db.with(|db| list(db, &selection))?;
    Ok(ListArticles::ok(Json(page)))
}

/// Publishes an article.
#[utoipa::path(
    post,
    path = "/articles",
    tag = "Articles",
    operation_id = "CreateArticle",
    request_body = NewArticleRequest,
    security(("Token" = [])),
    responses(CreateArticle)
)]
pub async fn create_article(
    auth: Auth,
    State(state): State<AppState>,
    Body(request): Body<NewArticleRequest>,
) -> Result<CreateArticle, ApiError> {
    let new = request.article;
    let tags: BTreeSet<String> = new.tag_list.unwrap_or_default().into_iter().collect();
    let article = state.db.with(|db| {
        let transaction = db.transaction()?;
        let slug = free_slug(&transaction, &new.title, None)?;
        transaction.execute(
            &format!(
                "INSERT INTO articles (slug, title, description, body, author_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, {NOW}, {NOW})"
            ),
            params![slug, new.title, new.description, new.body, auth.user_id],
        )?;
        let id = transaction.last_insert_rowid();
        for tag in &tags {
            transaction.execute(
                "INSERT INTO article_tags (article_id, tag) VALUES (?1, ?2)",
                params![id, tag],
            )?;
        }
        let (_, _, article) = article_by_slug(&transaction, &slug, Some(auth.user_id))?;
        transaction.commit()?;
        Ok::<_, ApiError>(article)
    })?;
    let location = Location::path(["api", "articles", &article.slug]);
    Ok(CreateArticle::created_at(
        location,
        Json(SingleArticle { article }),
    ))
}

/// One article.
#[utoipa::path(
    get,
    path = "/articles/{slug}",
    tag = "Articles",
    operation_id = "GetArticle",
    params(("slug" = String, Path, description = "The article's slug")),
    security((), ("Token" = [])),
    responses(OneArticle)
)]
pub async fn get_article(
    viewer: MaybeAuth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
) -> Result<OneArticle, ApiError> {
    let viewer = viewer.0.map(|auth| auth.user_id);
    let (_, _, article) = state.db.with(|db| article_by_slug(db, &slug, viewer))?;
    Ok(OneArticle::ok(Json(SingleArticle { article })))
}

/// Changes an article of the caller's; a new title makes a new slug.
#[utoipa::path(
    put,
    path = "/articles/{slug}",
    tag = "Articles",
    operation_id = "UpdateArticle",
    params(("slug" = String, Path, description = "The article's slug")),
    request_body = UpdateArticleRequest,
    security(("Token" = [])),
    responses(OneArticle)
)]
pub async fn update_article(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
    Body(request): Body<UpdateArticleRequest>,
) -> Result<OneArticle, ApiError> {
    let change = request.article;
    let article = state.db.with(|db| {
        let transaction = db.transaction()?;
        let (id, author, _) = article_by_slug(&transaction, &slug, Some(auth.user_id))?;
        if author != auth.user_id {
            return Err(ApiError::not_yours("article"));
        }
        let new_slug = match &change.title {
            Some(title) => free_slug(&transaction, title, Some(id))?,
            None => slug.clone(),
        };
        transaction.execute(
            &format!(
                "UPDATE articles SET slug = ?2, title = COALESCE(?3, title),
                    description = COALESCE(?4, description), body = COALESCE(?5, body),
                    updated_at = {NOW}
                 WHERE id = ?1"
            ),
            params![id, new_slug, change.title, change.description, change.body],
        )?;
        let (_, _, article) = article_by_slug(&transaction, &new_slug, Some(auth.user_id))?;
        transaction.commit()?;
        Ok(article)
    })?;
    Ok(OneArticle::ok(Json(SingleArticle { article })))
}

/// Deletes an article of the caller's, with its comments and favorites.
#[utoipa::path(
    delete,
    path = "/articles/{slug}",
    tag = "Articles",
    operation_id = "DeleteArticle",
    params(("slug" = String, Path, description = "The article's slug")),
    security(("Token" = [])),
    responses(DeleteArticle)
)]
pub async fn delete_article(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
) -> Result<DeleteArticle, ApiError> {
    state.db.with(|db| {
        let (id, author, _) = article_by_slug(db, &slug, None)?;
        if author != auth.user_id {
            return Err(ApiError::not_yours("article"));
        }
        db.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        Ok(())
    })?;
    Ok(DeleteArticle::no_content())
}

/// Favorites an article.
#[utoipa::path(
    post,
    path = "/articles/{slug}/favorite",
    tag = "Favorites",
    operation_id = "CreateArticleFavorite",
    params(("slug" = String, Path, description = "The article's slug")),
    security(("Token" = [])),
    responses(OneArticle)
)]
pub async fn favorite(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
) -> Result<OneArticle, ApiError> {
    set_favorite(&state, auth.user_id, &slug, true)
}

/// Takes an article out of the caller's favorites.
#[utoipa::path(
    delete,
    path = "/articles/{slug}/favorite",
    tag = "Favorites",
    operation_id = "DeleteArticleFavorite",
    params(("slug" = String, Path, description = "The article's slug")),
    security(("Token" = [])),
    responses(OneArticle)
)]
pub async fn unfavorite(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
) -> Result<OneArticle, ApiError> {
    set_favorite(&state, auth.user_id, &slug, false)
}

/// Every tag in use.
#[utoipa::path(
    get,
    path = "/tags",
    tag = "Tags",
    operation_id = "GetTags",
    security(()),
    responses(GetTags)
)]
pub async fn tags(State(state): State<AppState>) -> Result<GetTags, ServerError> {
    let tags = state.db.with(|db| {
        let mut statement = db.prepare("SELECT DISTINCT tag FROM article_tags ORDER BY tag")?;
        let tags = statement.query_map([], |row| row.get(0))?;
        tags.collect::<rusqlite::Result<Vec<String>>>()
    })?;
    Ok(GetTags::ok(Json(TagList { tags })))
}

fn set_favorite(
    state: &AppState,
    user: i64,
    slug: &str,
    favorite: bool,
) -> Result<OneArticle, ApiError> {
    let article = state.db.with(|db| {
        let (id, _, _) = article_by_slug(db, slug, Some(user))?;
        let statement = if favorite {
            "INSERT OR IGNORE INTO favorites (user_id, article_id) VALUES (?1, ?2)"
        } else {
            "DELETE FROM favorites WHERE user_id = ?1 AND article_id = ?2"
        };
        db.execute(statement, [user, id])?;
        article_by_slug(db, slug, Some(user)).map(|(_, _, article)| article)
    })?;
    Ok(OneArticle::ok(Json(SingleArticle { article })))
}

/// A page of articles and how many match in all.
fn list(db: &Connection, selection: &Selection<'_>) -> Result<MultipleArticles, ApiError> {
    let offset = selection.offset.unwrap_or(0);
    let limit = selection.limit.unwrap_or(DEFAULT_LIMIT);
    if !(0..=MAX_PAGE).contains(&offset) {
        return Err(ApiError::invalid("offset must be at least 0"));
    }
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(ApiError::invalid("limit must be at least 1"));
    }
    let filter = params![
        selection.viewer,
        selection.tag,
        selection.author,
        selection.favorited,
        selection.feed
    ];
    let count: i64 = db.query_row(&format!("SELECT COUNT(*) {LIST_FILTER}"), filter, |row| {
        row.get(0)
    })?;
    let mut statement = db.prepare(&format!(
        "SELECT {ARTICLE_COLUMNS} {LIST_FILTER}
         ORDER BY a.created_at DESC, a.id DESC LIMIT ?6 OFFSET ?7"
    ))?;
    let rows = statement.query_map(
        params![
            selection.viewer,
            selection.tag,
            selection.author,
            selection.favorited,
            selection.feed,
            limit,
            offset
        ],
        read_article,
    )?;
    let mut articles = Vec::new();
    for row in rows {
        let (id, mut article) = row?;
        article.tag_list = tags_of(db, id)?;
        articles.push(article.into());
    }
    Ok(MultipleArticles {
        articles,
        articles_count: count,
    })
}

/// The id, author id and content of the article `slug`, as `viewer` sees
/// it; a 404 if there is none.
fn article_by_slug(
    db: &Connection,
    slug: &str,
    viewer: Option<i64>,
) -> Result<(i64, i64, Article), ApiError> {
    let found = db
        .query_row(
            &format!(
                "SELECT {ARTICLE_COLUMNS}, a.author_id
                 FROM articles a JOIN users u ON u.id = a.author_id WHERE a.slug = ?2"
            ),
            params![viewer, slug],
            |row| {
                let (id, article) = read_article(row)?;
                Ok((id, row.get::<_, i64>(13)?, article))
            },
        )
        .optional()?;
    let (id, author, mut article) = found.ok_or_else(|| ApiError::missing("article"))?;
    article.tag_list = tags_of(db, id)?;
    Ok((id, author, article))
}

/// An article of a row of [`ARTICLE_COLUMNS`], without its tags.
fn read_article(row: &Row<'_>) -> rusqlite::Result<(i64, Article)> {
    Ok((
        row.get(0)?,
        Article {
            slug: row.get(1)?,
            title: row.get(2)?,
            description: row.get(3)?,
            body: row.get(4)?,
            tag_list: Vec::new(),
            created_at: row.get(5)?,
            updated_at: row.get(6)?,
            author: Profile {
                username: row.get(7)?,
                bio: row.get(8)?,
                image: row.get(9)?,
                following: row.get(12)?,
            },
            favorites_count: row.get(10)?,
            favorited: row.get(11)?,
        },
    ))
}

fn tags_of(db: &Connection, article: i64) -> rusqlite::Result<Vec<String>> {
    let mut statement =
        db.prepare_cached("SELECT tag FROM article_tags WHERE article_id = ?1 ORDER BY tag")?;
    let tags = statement.query_map([article], |row| row.get(0))?;
    tags.collect()
}

/// A slug for `title` that no other article than `except` has: the title's
/// ASCII letters and digits in lower case, words joined by `-`, and `-2`, `-3`,
/// ... after it while that is taken.
fn free_slug(db: &Connection, title: &str, except: Option<i64>) -> rusqlite::Result<String> {
    let base = slugify(title);
    let mut candidate = base.clone();
    let mut suffix = 1;
    loop {
        let taken = db
            .query_row(
                "SELECT 1 FROM articles WHERE slug = ?1 AND id IS NOT ?2",
                params![candidate, except],
                |_| Ok(()),
            )
            .optional()?;
        if taken.is_none() {
            return Ok(candidate);
        }
        suffix += 1;
        candidate = format!("{base}-{suffix}");
    }
}

fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.is_empty() {
        slug.push_str("article");
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_keep_words_in_lower_case() {
        assert_eq!(
            slugify("How to train your dragon"),
            "how-to-train-your-dragon"
        );
        assert_eq!(slugify("  Ça va? Oui!  "), "a-va-oui");
        assert_eq!(slugify("!!!"), "article");
    }
}
