use responses::responses;

#[responses(401, ..Outer)]
pub enum Inner {}

#[responses(201, ..Inner)]
pub enum Outer {}

fn main() {}
