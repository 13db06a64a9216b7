//! Comments on articles.

use crate::AppState;
use crate::db::NOW;
use crate::errors::ApiError;
use crate::extract::{Auth, Body, MaybeAuth, PathParams};
use crate::models::{Comment, MultipleComments, NewCommentRequest, Profile, SingleComment};
use axum::extract::State;
use responses::{Json, responses};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// Outcomes of `GET /articles/{slug}/comments`.
#[responses(200(Json<MultipleComments>), ..ApiError)]
pub enum ListComments {}

/// Outcomes of `POST /articles/{slug}/comments`: 200, as the specification
/// has it.
#[responses(200(Json<SingleComment>), ..ApiError)]
pub enum AddComment {}

/// Outcomes of `DELETE /articles/{slug}/comments/{id}`.
#[responses(204, ..ApiError)]
pub enum DeleteComment {}

/// The columns of a comment as [`read_comment`] reads them; `?1` is the
/// caller's id (`NULL` without a token).
const COMMENT_COLUMNS: &str = "c.id, c.created_at, c.updated_at, c.body,
    u.username, u.bio, u.image,
    EXISTS (SELECT 1 FROM follows o WHERE o.followee_id = c.author_id AND o.follower_id = ?1)";

/// An article's comments, oldest first.
#[utoipa::path(
    get,
    path = "/articles/{slug}/comments",
    tag = "Comments",
    operation_id = "GetArticleComments",
    params(("slug" = String, Path, description = "The article's slug")),
    security((), ("Token" = [])),
    responses(ListComments)
)]
pub async fn list_comments(
    viewer: MaybeAuth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
) -> Result<ListComments, ApiError> {
    let viewer = viewer.0.map(|auth| auth.user_id);
    let comments = state.db.with(|db| {
        let article = article_id(db, &slug)?;
        let mut statement = db.prepare(&format!(
            "SELECT {COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
             WHERE c.article_id = ?2 ORDER BY c.id"
        ))?;
        let rows = statement.query_map(params![viewer, article], read_comment)?;
        Ok::<_, ApiError>(rows.collect::<rusqlite::Result<Vec<Comment>>>()?)
    })?;
    Ok(ListComments::ok(Json(MultipleComments { comments })))
}

/// Comments on an article.
#[utoipa::path(
    post,
    path = "/articles/{slug}/comments",
    tag = "Comments",
    operation_id = "CreateArticleComment",
    params(("slug" = String, Path, description = "The article's slug")),
    request_body = NewCommentRequest,
    security(("Token" = [])),
    responses(AddComment)
)]
pub async fn add_comment(
    auth: Auth,
    State(state): State<AppState>,
    PathParams(slug): PathParams<String>,
    Body(request): Body<NewCommentRequest>,
) -> Result<AddComment, ApiError> {
    let comment = state.db.with(|db| {
        let article = article_id(db, &slug)?;
        db.execute(
            &format!(
                "INSERT INTO comments (article_id, author_id, body, created_at, updated_at)
                 VALUES (?1, ?2, ?3, {NOW}, {NOW})"
            ),
            params![article, auth.user_id, request.comment.body],
        )?;
        let id = db.last_insert_rowid();
        Ok::<_, ApiError>(db.query_row(
            &format!(
                "SELECT {COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
                 WHERE c.id = ?2"
            ),
            params![auth.user_id, id],
            read_comment,
        )?)
    })?;
    Ok(AddComment::ok(Json(SingleComment { comment })))
}

/// Deletes a comment of the caller's.
#[utoipa::path(
    delete,
    path = "/articles/{slug}/comments/{id}",
    tag = "Comments",
    operation_id = "DeleteArticleComment",
    params(
        ("slug" = String, Path, description = "The article's slug"),
        ("id" = i64, Path, description = "The comment's id", minimum = -9_223_372_036_854_775_807_i64, maximum = 9_223_372_036_854_775_807_i64)
    ),
    security(("Token" = [])),
    responses(DeleteComment)
)]
pub async fn delete_comment(
    auth: Auth,
    State(state): State<AppState>,
    PathParams((slug, id)): PathParams<(String, i64)>,
) -> Result<DeleteComment, ApiError> {
    state.db.with(|db| {
        let article = article_id(db, &slug)?;
        let author: Option<i64> = db
            .query_row(
                "SELECT author_id FROM comments WHERE id = ?1 AND article_id = ?2",
                [id, article],
                |row| row.get(0),
            )
            .optional()?;
        match author {
            None => Err(ApiError::missing("comment")),
            Some(author) if author != auth.user_id => Err(ApiError::not_yours("comment")),
            Some(_) => {
                db.execute("DELETE FROM comments WHERE id = ?1", [id])?;
                Ok(())
            }
        }
    })?;
    Ok(DeleteComment::no_content())
}

/// The id of the article `slug`, or a 404.
fn article_id(db: &Connection, slug: &str) -> Result<i64, ApiError> {
    db.query_row("SELECT id FROM articles WHERE slug = ?1", [slug], |row| {
        row.get(0)
    })
    .optional()?
    .ok_or_else(|| ApiError::missing("article"))
}

fn read_comment(row: &Row<'_>) -> rusqlite::Result<Comment> {
    Ok(Comment {
        id: row.get(0)?,
        created_at: row.get(1)?,
        updated_at: row.get(2)?,
        body: row.get(3)?,
        author: Profile {
            username: row.get(4)?,
            bio: row.get(5)?,
            image: row.get(6)?,
            following: row.get(7)?,
        },
    })
}
