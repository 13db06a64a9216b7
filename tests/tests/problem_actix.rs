//! Problem details and `responses::Json` under actix-web, over a real
//! socket: the same routes and checks as under axum.

mod common;

use actix_web::{App, web};
use common::problems;

#[actix_web::test]
async fn problems_over_http() {
    let (base, stop) = common::actix_server!(|| {
        App::new()
            .route(
                "/conflict",
                web::get().to(|| async { problems::conflict() }),
            )
            .route("/titled", web::get().to(|| async { problems::titled() }))
            .route(
                "/members",
                web::get().to(|| async { problems::with_members() }),
            )
            .route("/typed", web::get().to(|| async { problems::typed() }))
            .route(
                "/unauthorized",
                web::get().to(|| async { problems::unauthorized() }),
            )
            .route("/broken", web::get().to(|| async { problems::broken() }))
            .route(
                "/clashing",
                web::get().to(|| async { problems::clashing() }),
            )
            .route("/bare", web::get().to(|| async { problems::bare() }))
            .route("/created", web::get().to(|| async { problems::created() }))
            .configure(problems::actix_routes)
    });

    problems::assert_problems(&base).await;

    stop.stop(true).await;
}

/// As under axum (`problem_axum.rs`): a problem in an enum's arm is rendered
/// once, for the arm's status, and answers as the generic arm and the
/// per-status type alone do, which render it twice.
mod rendered_once {
    use actix_web::body::BoxBody;
    use actix_web::{HttpResponse, Responder};
    use responses::response::{Conflict, Ranged};
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
        use actix_web::{HttpRequest, HttpResponse, Responder};

        pub struct Problem;

        impl Responder for Problem {
            type Body = actix_web::body::BoxBody;

            fn respond_to(self, _: &HttpRequest) -> HttpResponse {
                HttpResponse::Ok().body("not ours")
            }
        }
    }

    #[responses(409(own::Problem), 4XX(own::Problem))]
    enum NamedAlike {}

    type Sent = (
        u16,
        Option<&'static str>,
        bool,
        Vec<(String, String)>,
        Value,
    );

    async fn read(value: impl Responder<Body = BoxBody>) -> Sent {
        let request = actix_web::test::TestRequest::default().to_http_request();
        let response: HttpResponse = value.respond_to(&request);
        let status = response.status().as_u16();
        let phrase = response.head().reason;
        let close = response.head().connection_type() == actix_web::http::ConnectionType::Close;
        let mut fields: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_str().unwrap().to_owned()))
            .collect();
        fields.sort();
        let body = actix_web::body::to_bytes(response.into_body())
            .await
            .unwrap();
        let body = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()))
        };
        (status, phrase, close, fields, body)
    }

    fn conflict() -> Conflict<Problem> {
        Conflict::new(Problem::detail("taken").title("Taken")).header("x-request", "7")
    }

    #[actix_web::test]
    async fn a_problem_in_an_arm_answers_as_it_does_alone() {
        let expected = (
            409,
            None,
            false,
            vec![
                (
                    "content-type".to_owned(),
                    "application/problem+json".to_owned(),
                ),
                ("x-request".to_owned(), "7".to_owned()),
            ],
            json!({"type": "about:blank", "title": "Taken", "status": 409, "detail": "taken"}),
        );
        assert_eq!(read(conflict()).await, expected);
        assert_eq!(read(Concrete::from(conflict())).await, expected);
        assert_eq!(read(Generic::<Problem>::from(conflict())).await, expected);
    }

    #[actix_web::test]
    async fn ranges_and_unregistered_codes_render_once_with_their_phrase() {
        let range = Concrete::client_error::<422>(Problem::detail("bad"));
        let (status, phrase, _, _, body) = read(range).await;
        assert_eq!((status, phrase), (422, Some("Unprocessable Content")));
        assert_eq!(body["status"], 422);
        assert_eq!(body["title"], "Unprocessable Content");
        let generic = Generic::<Problem>::client_error::<422>(Problem::detail("bad"));
        assert_eq!(read(generic).await.4, body);

        let custom = Concrete::client_closed_request(Problem::detail("gone"));
        let (status, phrase, _, _, body) = read(custom).await;
        assert_eq!((status, phrase), (499, Some("Client Closed Request")));
        assert_eq!(
            body,
            json!({"type": "about:blank", "title": "Client Closed Request", "status": 499, "detail": "gone"})
        );
    }

    #[actix_web::test]
    async fn a_range_that_asks_to_close_closes_as_a_named_status_does() {
        let closing =
            || Ranged::<4, Problem>::new::<429>(Problem::new()).header("connection", "close");
        let alone = read(closing()).await;
        assert_eq!((alone.0, alone.2), (429, true));
        assert_eq!(read(Concrete::from(closing())).await, alone);
        assert_eq!(read(Generic::<Problem>::from(closing())).await, alone);
        let named = read(Concrete::from(
            Conflict::new(Problem::new()).header("connection", "close"),
        ))
        .await;
        assert_eq!((named.0, named.2), (409, true));
    }

    #[actix_web::test]
    async fn refused_fields_and_failed_extensions_answer_500_either_way() {
        let refused = || Conflict::new(Problem::new()).header("x-bad", "a\nb");
        let bare = (500, None, false, vec![], Value::Null);
        assert_eq!(read(refused()).await, bare);
        assert_eq!(read(Concrete::from(refused())).await, bare);
        assert_eq!(read(Generic::<Problem>::from(refused())).await, bare);

        let failing =
            || Conflict::new(Problem::new().with_extensions(super::problems::Unserialisable));
        let alone = read(failing()).await;
        assert_eq!(alone.0, 500);
        assert_eq!(alone.4["status"], 500);
        assert_eq!(read(Failing::from(failing())).await, alone);
    }

    #[actix_web::test]
    async fn another_type_named_problem_is_sent_through_its_responder() {
        let sent = read(NamedAlike::conflict(own::Problem)).await;
        assert_eq!(sent.0, 409);
        assert_eq!(sent.4, "not ours");
        let range = read(NamedAlike::client_error::<418>(own::Problem)).await;
        assert_eq!(range.0, 418);
    }
}
