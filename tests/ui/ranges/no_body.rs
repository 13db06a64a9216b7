use responses::responses;

#[responses(200, 5XX)]
pub enum GetUser {}

fn main() {}
