use responses::responses;

// Applied twice: one error, at the second; the first list still expands.
#[responses(200(String), 404)]
#[responses::responses(409)]
pub enum Get {}

fn main() {
    let _ = Get::not_found();
}
