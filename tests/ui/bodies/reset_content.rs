use responses::responses;

#[responses(ResetContent(String))]
pub enum Submit {}

fn main() {}
