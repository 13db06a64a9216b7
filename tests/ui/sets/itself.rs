use responses::responses;

#[responses(201, ..CreateUser)]
pub enum CreateUser {}

fn main() {}
