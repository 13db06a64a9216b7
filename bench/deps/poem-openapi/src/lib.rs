//! Clean-build subject: `poem-openapi` with its default features, used once.

use poem_openapi::payload::Json;

#[derive(poem_openapi::Object)]
pub struct User {
    pub id: u64,
}

#[derive(poem_openapi::ApiResponse)]
pub enum CreateUser {
    #[oai(status = 201)]
    Created(Json<User>),
    #[oai(status = 409)]
    Conflict,
}
