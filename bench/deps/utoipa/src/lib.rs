//! Clean-build subject: `utoipa` with its default features, used once.

#[derive(utoipa::ToSchema)]
pub struct User {
    pub id: u64,
}

#[derive(utoipa::IntoResponses)]
pub enum CreateUser {
    #[response(status = 201)]
    Created(User),
    #[response(status = 409)]
    Conflict,
}
