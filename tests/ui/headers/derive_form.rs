use responses::{Json, Responses};

#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers(ETag))]
    Ok(Json<String>),
}

fn main() {}
