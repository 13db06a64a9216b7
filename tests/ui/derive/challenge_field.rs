// A 401 variant's first field is its challenge: a body in its place is one
// error at the body's type, saying what goes there.
use responses::{Problem, Responses};

#[derive(Responses)]
pub enum Login {
    #[status(200)]
    Done,
    #[status(401)]
    Unauth(Problem),
}

fn main() {}
