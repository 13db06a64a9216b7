use responses::responses;

#[responses(200, 409, 409)]
pub enum Update {}

fn main() {}
