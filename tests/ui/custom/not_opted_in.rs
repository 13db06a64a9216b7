use responses::{Problem, responses};

#[responses(200, 499("Client Closed Request")(Problem))]
pub enum Search {}

fn main() {}
