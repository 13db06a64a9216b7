use responses::responses;

#[responses(2.5)]
pub enum Get {}

fn main() {}
