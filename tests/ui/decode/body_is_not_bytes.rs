//! `from_response` reads a body of bytes: a response whose body is
//! something else is refused where it is decoded, with the body types that
//! are read and how to add one.

use responses::responses;

#[responses(200(String), 404)]
pub enum GetNote {}

fn main() {
    let response = http::Response::new(42_u32);
    let _ = GetNote::from_response(response);
}
