use responses::responses;

#[responses(method = "GET", 200(String))]
pub enum GetReport {}

fn main() {}
