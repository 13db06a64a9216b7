use responses::responses;

#[responses(NOT_FOUND)]
pub enum Get {}

fn main() {}
