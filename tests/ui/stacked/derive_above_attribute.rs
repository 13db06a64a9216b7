use responses::{Responses, responses};

// The derive sees the attribute below it: one error, and the attribute's
// expansion alone.
#[derive(Responses)]
#[responses(200(String), 404)]
pub enum Get {}

fn main() {
    let _ = Get::not_found();
}
