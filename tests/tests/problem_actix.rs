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
