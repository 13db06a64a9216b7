use responses::responses;

// A range holds its statuses with a body: none fits a HEAD enum.
#[responses(404, 5XX(String))]
pub enum Failures {}

#[responses(method = HEAD, 200, ..Failures)]
pub enum HeadReport {}

fn main() {}
