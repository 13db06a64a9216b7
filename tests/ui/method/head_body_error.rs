use responses::responses;

// Not only a 2xx: no response to HEAD has content.
#[responses(method = HEAD, 200, 404(String))]
pub enum HeadReport {}

fn main() {}
