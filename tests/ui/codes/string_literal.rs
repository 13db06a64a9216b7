use responses::responses;

#[responses("404")]
pub enum Get {}

fn main() {}
