use responses::responses;

#[responses()]
pub enum Get {}

fn main() {}
