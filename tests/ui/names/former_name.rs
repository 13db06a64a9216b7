use responses::responses;

#[responses(UnprocessableEntity)]
pub enum Update {}

fn main() {}
