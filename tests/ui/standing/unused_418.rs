use responses::responses;

#[responses(418)]
pub enum Brew {}

fn main() {}
