use responses::responses;

#[responses(Fine)]
pub enum Get {}

fn main() {}
