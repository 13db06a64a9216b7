use responses::responses;

#[responses(200, custom 409("Already There"))]
pub enum CreateUser {}

fn main() {}
