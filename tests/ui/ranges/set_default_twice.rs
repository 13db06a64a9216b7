use responses::responses;

#[responses(401, default(String))]
pub enum ApiError {}

#[responses(200, default(String), ..ApiError)]
pub enum GetUser {}

fn main() {}
