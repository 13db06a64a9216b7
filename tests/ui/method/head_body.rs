use responses::responses;

// A response to HEAD has the header section of a GET and no content.
#[responses(method = HEAD, 200(String), 404)]
pub enum HeadReport {}

fn main() {}
