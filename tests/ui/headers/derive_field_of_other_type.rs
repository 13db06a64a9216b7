use headers::{CacheControl, ETag};
use responses::{Json, Responses};

#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers(ETag, Option<CacheControl>))]
    Found(ETag, CacheControl, Json<String>),
}

fn main() {}
