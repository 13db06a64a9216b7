use responses::responses;

// A set shared by read handlers, wrongly included in a POST enum.
#[responses(304, 404)]
pub enum Cached {}

#[responses(method = POST, 201, ..Cached)]
pub enum CreateReport {}

fn main() {}
