use responses::{Responses, responses};

#[responses(401(String), 404)]
pub enum Errors {}

#[derive(Responses)]
#[status(method = HEAD)]
pub enum HeadReport {
    #[status(200)]
    Found,
    #[status(..)]
    Failed(Errors),
}

fn main() {}
