use responses::responses;

#[responses(200, custom 499("Client Closed Request"), custom 499("Closed"))]
pub enum Search {}

fn main() {}
