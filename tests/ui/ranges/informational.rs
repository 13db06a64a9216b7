use responses::responses;

#[responses(200, 1XX(String))]
pub enum GetUser {}

fn main() {}
