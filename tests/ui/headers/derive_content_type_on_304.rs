use headers::{ContentType, ETag};
use responses::Responses;

#[derive(Responses)]
pub enum GetNote {
    #[status(304, headers(ETag, ContentType))]
    NotModified(ETag, ContentType),
}

fn main() {}
