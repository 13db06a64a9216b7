use responses::{Problem, responses};

#[responses(method = HEAD, 200, custom 499("Client Closed Request")(Problem))]
pub enum Probe {}

fn main() {}
