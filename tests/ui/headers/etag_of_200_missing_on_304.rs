use headers::{CacheControl, ETag};
use responses::{Json, responses};

#[responses(200(Json<String>, headers(ETag, CacheControl)), 304(headers(CacheControl)))]
pub enum GetNote {}

fn main() {}
