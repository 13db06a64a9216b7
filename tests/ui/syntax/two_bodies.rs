use responses::responses;

pub struct User;
pub struct Etag;

#[responses(200(User, Etag))]
pub enum Get {}

fn main() {}
