use responses::{Problem, responses};

#[responses(200, 4XX(Problem), 404, 4XX(String))]
pub enum GetUser {}

fn main() {}
