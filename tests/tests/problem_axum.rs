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

/// A problem in an enum's arm is rendered once, for the arm's status; in a
/// generic enum's arm (and alone) it is rendered for its own status first,
/// then again. Both ways answer alike: the arm's status and phrase, the
/// problem's members with that status, the typed fields, and the same
/// answers to a refused `.header()` and to extensions that fail.
mod rendered_once {
    use axum::response::{IntoResponse, Response};
    use responses::response::Conflict;
    use responses::{Problem, responses};
    use serde_json::{Value, json};

    #[responses(409(Problem), 4XX(Problem), custom 499("Client Closed Request")(Problem))]
    enum Concrete {}

    #[responses(409(B), 4XX(B))]
    enum Generic<B> {}

    #[responses(409(Problem<super::problems::Unserialisable>))]
    enum Failing {}

    /// A body of another crate that is also named `Problem`.
    mod own {
        use axum::response::{IntoResponse, Response};

        pub struct Problem;

        impl IntoResponse for Problem {
            fn into_response(self) -> Response {
                "not ours".into_response()
            }
        }
    }

    #[responses(409(own::Problem), 4XX(own::Problem))]
    enum NamedAlike {}

    async fn read(response: Response) -> (u16, Option<String>, Vec<(String, String)>, Value) {
        let status = response.status().as_u16();
        let phrase = response
            .extensions()
            .get::<hyper::ext::ReasonPhrase>()
            .map(|phrase| String::from_utf8_lossy(phrase.as_bytes()).into_owned());
        let mut fields: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
            .collect();
        fields.sort();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let body = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()))
        };
        (status, phrase, fields, body)
    }

    fn problem() -> Problem {
        Problem::detail("taken").title("Taken")
    }

    fn conflict() -> Conflict<Problem> {
        Conflict::new(problem()).header("x-request", "7")
    }

    #[tokio::test]
    async fn a_problem_in_an_arm_answers_as_it_does_alone() {
        let expected = (
            409,
            None,
            vec![
                (
                    "content-type".to_owned(),
                    "application/problem+json".to_owned(),
                ),
                ("x-request".to_owned(), "7".to_owned()),
            ],
            json!({"type": "about:blank", "title": "Taken", "status": 409, "detail": "taken"}),
        );
        assert_eq!(read(conflict().into_response()).await, expected);
        assert_eq!(
            read(Concrete::from(conflict()).into_response()).await,
            expected
        );
        assert_eq!(
            read(Generic::<Problem>::from(conflict()).into_response()).await,
            expected
        );
    }

    #[tokio::test]
    async fn ranges_and_unregistered_codes_render_once_with_their_phrase() {
        let range = Concrete::client_error::<422>(Problem::detail("bad"));
        let (status, phrase, _, body) = read(range.into_response()).await;
        assert_eq!(
            (status, phrase.as_deref()),
            (422, Some("Unprocessable Content"))
        );
        assert_eq!(body["status"], 422);
        assert_eq!(body["title"], "Unprocessable Content");
        let generic = Generic::<Problem>::client_error::<422>(Problem::detail("bad"));
        assert_eq!(read(generic.into_response()).await.3, body);

        let custom = Concrete::client_closed_request(Problem::detail("gone"));
        let (status, phrase, _, body) = read(custom.into_response()).await;
        assert_eq!(
            (status, phrase.as_deref()),
            (499, Some("Client Closed Request"))
        );
        assert_eq!(
            body,
            json!({"type": "about:blank", "title": "Client Closed Request", "status": 499, "detail": "gone"})
        );
    }

    #[tokio::test]
    async fn refused_fields_and_failed_extensions_answer_500_either_way() {
        let refused = || Conflict::new(problem()).header("x-bad", "a\nb");
        let bare = (500, None, vec![], Value::Null);
        assert_eq!(read(refused().into_response()).await, bare);
        assert_eq!(read(Concrete::from(refused()).into_response()).await, bare);
        assert_eq!(
            read(Generic::<Problem>::from(refused()).into_response()).await,
            bare
        );

        let failing =
            || Conflict::new(Problem::new().with_extensions(super::problems::Unserialisable));
        let alone = read(failing().into_response()).await;
        assert_eq!(alone.0, 500);
        assert_eq!(alone.3["status"], 500);
        assert_eq!(read(Failing::from(failing()).into_response()).await, alone);
    }

    #[tokio::test]
    async fn another_type_named_problem_is_sent_through_its_into_response() {
        let sent = read(NamedAlike::conflict(own::Problem).into_response()).await;
        assert_eq!(sent.0, 409);
        assert_eq!(sent.2[0].1, "text/plain; charset=utf-8");
        assert_eq!(sent.3, "not ours");
        let range = read(NamedAlike::client_error::<418>(own::Problem).into_response()).await;
        assert_eq!(range.0, 418);
    }
}
