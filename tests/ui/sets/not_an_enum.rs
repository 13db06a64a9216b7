use responses::responses;

pub struct ApiError;

#[responses(201, ..ApiError)]
pub enum CreateUser {}

fn main() {}
