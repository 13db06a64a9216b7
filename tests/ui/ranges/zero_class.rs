use responses::responses;

#[responses(200, 0XX(String))]
pub enum GetUser {}

fn main() {}
