use responses::responses;

#[responses(200())]
pub enum Get {}

fn main() {}
