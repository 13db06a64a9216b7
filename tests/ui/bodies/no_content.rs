use responses::responses;

pub struct User;

#[responses(204(User))]
pub enum Delete {}

fn main() {}
