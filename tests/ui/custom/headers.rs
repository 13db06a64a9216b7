use headers::ETag;
use responses::{Problem, responses};

#[responses(200, custom 499("Client Closed Request")(Problem, headers(ETag)))]
pub enum Search {}

fn main() {}
