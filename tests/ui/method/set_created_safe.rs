use responses::responses;

#[responses(201, 409)]
pub enum Creation {}

#[responses(method = OPTIONS, 204, ..Creation)]
pub enum Options {}

fn main() {}
