use responses::responses;

#[responses(200, custom 199("Early Hints Again"))]
pub enum Search {}

fn main() {}
