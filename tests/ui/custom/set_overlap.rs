use responses::{Problem, responses};

#[responses(502, custom 499("Client Closed Request")(Problem))]
pub enum Proxy {}

// 499 is declared here and by `..Proxy`.
#[responses(200, custom 499("Client Closed Request"), ..Proxy)]
pub enum Search {}

fn main() {}
