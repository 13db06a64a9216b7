use responses::responses;

#[responses(200, 299)]
pub enum Get {}

fn main() {}
