use responses::responses;

// Range requests are defined for GET only.
#[responses(method = HEAD, 200, 206)]
pub enum HeadReport {}

fn main() {}
