use responses::responses;

#[responses(200, 4xX(String))]
pub enum GetUser {}

fn main() {}
