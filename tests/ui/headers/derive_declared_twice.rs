use headers::ETag;
use responses::{Json, Responses};

#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers(ETag, ETag))]
    Found(ETag, ETag, Json<String>),
}

fn main() {}
