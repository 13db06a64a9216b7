use headers::ETag;
use responses::{Json, Responses};

// The variant must hold each declared field, after its status's own
// fields and before its body.
#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers(ETag))]
    Found(Json<String>),
    #[status(304, headers(ETag))]
    NotModified,
}

fn main() {}
