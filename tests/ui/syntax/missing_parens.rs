use responses::responses;

pub struct User;

#[responses(201 User)]
pub enum Create {}

fn main() {}
