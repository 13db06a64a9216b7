use responses::responses;

#[responses(401, 403)]
pub enum ApiError {}

#[responses(201, ..ApiError, 409, ..ApiError)]
pub enum CreateUser {}

fn main() {}
