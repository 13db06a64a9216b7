//! What each combination of a handler's enum and its body extractor sends
//! for a body that does not fit: the set `..JsonRejection` documents
//! problem details, and only `responses::Json` sends them. The framework's
//! own extractor compiles next to the set and answers in its own shape.

mod common;

use common::{Exchange, send};
use responses::{Json, responses};
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
struct NewUser {
    name: String,
}

#[responses(201(Json<NewUser>), ..responses::extract::JsonRejection)]
enum CreateUser {}

/// A body whose `name` is a number: JSON that does not fit.
async fn misfit(base: &str, path: &str) -> Exchange {
    send(
        "POST",
        &format!("{base}{path}"),
        Some("application/json"),
        Some(r#"{"name":1}"#.to_owned()),
    )
    .await
}

fn is_problem(exchange: &Exchange) -> bool {
    exchange.header("content-type") == Some("application/problem+json")
}

mod axum_server {
    use super::*;
    use axum::routing::post;

    async fn ours(Json(new): Json<NewUser>) -> CreateUser {
        CreateUser::created(Json(new))
    }

    async fn axums(axum::Json(new): axum::Json<NewUser>) -> CreateUser {
        CreateUser::created(Json(new))
    }

    #[tokio::test]
    async fn only_our_extractor_sends_what_the_set_documents() {
        let app = axum::Router::new()
            .route("/ours", post(ours))
            .route("/axums", post(axums));
        let base = common::axum_server(app).await;

        let ours = misfit(&base, "/ours").await;
        assert_eq!(ours.status, 422);
        assert!(is_problem(&ours), "{ours:?}");

        // The trap: the same status, but axum's text, not the documented problem.
        let axums = misfit(&base, "/axums").await;
        assert_eq!(axums.status, 422);
        assert_eq!(
            axums.header("content-type"),
            Some("text/plain; charset=utf-8")
        );
        assert!(!is_problem(&axums));
    }
}

mod actix_server {
    use super::*;
    use actix_web::{App, web};

    async fn ours(Json(new): Json<NewUser>) -> CreateUser {
        CreateUser::created(Json(new))
    }

    async fn actixs(web::Json(new): web::Json<NewUser>) -> CreateUser {
        CreateUser::created(Json(new))
    }

    #[actix_web::test]
    async fn only_our_extractor_sends_what_the_set_documents() {
        let (base, stop) = common::actix_server!(|| {
            App::new()
                .route("/ours", web::post().to(ours))
                .route("/actixs", web::post().to(actixs))
        });
        let ours = misfit(&base, "/ours").await;
        assert_eq!(ours.status, 422);
        assert!(is_problem(&ours), "{ours:?}");

        // actix-web's own: a 400 in plain text, a status the set documents
        // with another body.
        let actixs = misfit(&base, "/actixs").await;
        assert_eq!(actixs.status, 400);
        assert!(!is_problem(&actixs), "{actixs:?}");
        stop.stop(true).await;
    }
}
