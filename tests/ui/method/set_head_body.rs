use responses::responses;

// A set of error responses with bodies, included in a HEAD enum.
#[responses(404(String), 503)]
pub enum Errors {}

#[responses(method = HEAD, 200, ..Errors)]
pub enum HeadReport {}

fn main() {}
