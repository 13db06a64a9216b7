use responses::responses;

#[responses(409, Conflict)]
pub enum Update {}

fn main() {}
