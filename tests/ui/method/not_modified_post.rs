use responses::responses;

// 304 answers a conditional GET or HEAD; a POST has no cached copy to reuse.
#[responses(method = POST, 201, 304)]
pub enum CreateReport {}

fn main() {}
