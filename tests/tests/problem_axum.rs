//! Problem details and `responses::Json` under axum, over a real socket:
//! status line, content type, members, the status member equal to the
//! response's, the default title for every 4xx and 5xx status.

mod common;

use axum::routing::get;
use common::problems;

async fn serve() -> String {
    let app = axum::Router::new()
        .route("/conflict", get(|| async { problems::conflict() }))
        .route("/titled", get(|| async { problems::titled() }))
        .route("/members", get(|| async { problems::with_members() }))
        .route("/typed", get(|| async { problems::typed() }))
        .route("/unauthorized", get(|| async { problems::unauthorized() }))
        .route("/broken", get(|| async { problems::broken() }))
        .route("/clashing", get(|| async { problems::clashing() }))
        .route("/bare", get(|| async { problems::bare() }))
        .route("/created", get(|| async { problems::created() }));
    let app = problems::axum_routes(app);
    common::axum_server(app).await
}

#[tokio::test]
async fn problems_over_http() {
    let base = serve().await;

    problems::assert_problems(&base).await;
}

#[tokio::test]
async fn axum_json_of_a_problem_is_plain_json_without_the_status() {
    use axum::response::IntoResponse;

    async fn json_of(response: axum::response::Response) -> serde_json::Value {
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    // `axum::Json` knows nothing of problems: 200, `application/json`, and
    // the problem's own members (`type` defaults to `about:blank`), with no
    // status or title filled in from a response.
    let response = axum::Json(responses::Problem::detail("d")).into_response();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(
        json_of(response).await,
        serde_json::json!({"type": "about:blank", "detail": "d"})
    );
    // Inside a status type it keeps its own content type and members.
    let typed = responses::response::Conflict::new(axum::Json(responses::Problem::detail("d")))
        .into_response();
    assert_eq!(typed.status(), 409);
    assert_eq!(typed.headers()["content-type"], "application/json");
    assert_eq!(
        json_of(typed).await,
        serde_json::json!({"type": "about:blank", "detail": "d"})
    );
}
