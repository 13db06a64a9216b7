use responses::responses;

// A 2xx with a body answers no CONNECT; a 4xx with one may.
#[responses(200(String), 407(String))]
pub enum Proxy {}

#[responses(method = CONNECT, ..Proxy)]
pub enum Tunnel {}

fn main() {}
