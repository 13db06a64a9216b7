use headers::{ContentType, ETag};
use responses::responses;

#[responses(304(headers(ETag, ContentType)))]
pub enum Revalidate {}

fn main() {}
