use responses::{Responses, responses};

#[responses(401, 403)]
pub enum ApiError {}

#[derive(Responses)]
pub enum Handwritten {
    #[status(200)]
    Found(String),
    #[status(..)]
    Api,
}

fn main() {}
