use responses::responses;

#[responses(404u16)]
pub enum Get {}

fn main() {}
