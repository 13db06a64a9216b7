use responses::responses;

// `default` holds any status with a body: none fits a HEAD enum.
#[responses(method = HEAD, 200, 404, default(String))]
pub enum HeadReport {}

fn main() {}
