use responses::responses;

#[responses(401, 403)]
pub enum AuthError {}

#[responses(403, 500, 503)]
pub enum ServerError {}

#[responses(201, ..AuthError, ..ServerError)]
pub enum CreateUser {}

fn main() {}
