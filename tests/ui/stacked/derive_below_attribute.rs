use responses::{Responses, responses};

// The derive is reported at its `Responses` and dropped; the other derives
// and the attribute's expansion stay.
#[responses(200(String), 404)]
#[derive(Debug, Responses, Clone)]
pub enum Get {}

fn main() {
    let response = Get::not_found();
    let _ = format!("{:?}", response.clone());
}
