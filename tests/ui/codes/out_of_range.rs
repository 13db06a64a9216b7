use responses::responses;

#[responses(99, 600, 70000)]
pub enum Get {}

fn main() {}
