use responses::responses;

pub struct Problem;

#[responses(401(Problem), 5XX(Problem))]
pub enum ApiError {}

#[responses(200, 5XX(String), ..ApiError)]
pub enum GetUser {}

fn main() {}
