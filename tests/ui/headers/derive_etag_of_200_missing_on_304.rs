use headers::ETag;
use responses::{Json, Responses};

#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers(ETag))]
    Found(ETag, Json<String>),
    #[status(304)]
    NotModified,
}

fn main() {}
