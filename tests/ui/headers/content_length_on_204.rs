use headers::ContentLength;
use responses::responses;

#[responses(204(headers(ContentLength)))]
pub enum Deleted {}

fn main() {}
