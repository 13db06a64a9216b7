use responses::responses;

// A set's `default` holds its statuses with a body too.
#[responses(401, default(String))]
pub enum Failures {}

#[responses(method = HEAD, 200, ..Failures)]
pub enum HeadReport {}

fn main() {}
