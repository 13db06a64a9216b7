use responses::responses;

#[responses(100, 200)]
pub enum Get {}

fn main() {}
