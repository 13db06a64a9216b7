use responses::responses;

#[responses(401, 403)]
pub enum ApiError {}

#[responses(201, ..ApiEror)]
pub enum CreateUser {}

fn main() {}
