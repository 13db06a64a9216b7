use responses::responses;

#[responses(200, 6XX(String))]
pub enum GetUser {}

fn main() {}
