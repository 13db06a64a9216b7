use responses::responses;

#[responses(200, XX(String))]
pub enum GetUser {}

fn main() {}
