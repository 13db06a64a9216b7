use responses::responses;

#[responses(306)]
pub enum Switch {}

fn main() {}
