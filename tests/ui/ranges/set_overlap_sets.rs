use responses::responses;

pub struct Problem;

#[responses(401(Problem), 5XX(Problem))]
pub enum ApiError {}

#[responses(503, 5XX(String))]
pub enum Upstream {}

#[responses(200, ..ApiError, 404, ..Upstream)]
pub enum GetUser {}

fn main() {}
