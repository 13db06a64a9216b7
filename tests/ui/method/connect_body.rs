use responses::responses;

// A 2xx to CONNECT opens a tunnel; an error response may still explain itself.
#[responses(method = CONNECT, 200(String), 502(String))]
pub enum Tunnel {}

fn main() {}
