use headers::ETag;
use responses::{Json, responses};

#[responses(200(Json<String>, headers(ETag, ETag)))]
pub enum GetNote {}

fn main() {}
