use responses::responses;

#[responses(200, 404, default)]
pub enum GetUser {}

fn main() {}
