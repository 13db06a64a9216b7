use responses::responses;

#[responses(200, 404 ;)]
pub enum Get {}

fn main() {}
