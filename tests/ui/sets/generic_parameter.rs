use responses::responses;

#[responses(200(T), 404)]
pub enum Fetch<T> {}

#[responses(201, ..Fetch<T>)]
pub enum Create<T> {}

fn main() {}
