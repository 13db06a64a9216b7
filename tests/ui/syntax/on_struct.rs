use responses::responses;

#[responses(200)]
pub struct Get;

fn main() {}
