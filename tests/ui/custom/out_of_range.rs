use responses::responses;

#[responses(200, custom 600("Beyond"))]
pub enum Search {}

fn main() {}
