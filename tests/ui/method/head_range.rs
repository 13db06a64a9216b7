use responses::responses;

#[responses(method = HEAD, 200, 4XX(String))]
pub enum HeadReport {}

fn main() {}
