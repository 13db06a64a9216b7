use responses::responses;

#[responses(0x194)]
pub enum Get {}

fn main() {}
