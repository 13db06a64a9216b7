use responses::responses;

#[responses(200, default(String), 404, default(String))]
pub enum GetUser {}

fn main() {}
