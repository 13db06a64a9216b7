use responses::responses;

pub struct Problem;

#[responses(401(Problem), 403(Problem), 500(Problem))]
pub enum ApiError {}

#[responses(201, 403(Problem), ..ApiError)]
pub enum CreateUser {}

fn main() {}
