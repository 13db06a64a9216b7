use responses::{Problem, responses};

#[responses(200, custom 499(Problem))]
pub enum Search {}

fn main() {}
