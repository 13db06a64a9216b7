use responses::responses;

#[responses(200, 409("Conflict"))]
pub enum CreateUser {}

fn main() {}
