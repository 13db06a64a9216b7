use responses::responses;

#[responses(method = PUT, 204, 416)]
pub enum PutReport {}

fn main() {}
