use responses::header::Challenge;
use responses::{Problem, responses};

#[responses(401(Problem, headers(Challenge)))]
pub enum Denied {}

fn main() {}
