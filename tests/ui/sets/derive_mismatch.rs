use responses::{Responses, responses};

#[responses(401, 403)]
pub enum ApiError {}

#[responses(500)]
pub enum ServerError {}

#[derive(Responses)]
pub enum Handwritten {
    #[status(200)]
    Found(String),
    #[status(..ServerError)]
    Api(ApiError),
    #[status(..ApiError ServerError)]
    Two(ApiError),
}

fn main() {}
