use responses::responses;

#[responses(200(String), 404)]
pub enum GetNote {}

fn main() {
    let response = http::Response::new(String::from("note"));
    let _ = GetNote::from_response(response);
}
