use responses::Responses;

#[derive(Responses)]
pub struct Get;

fn main() {}
