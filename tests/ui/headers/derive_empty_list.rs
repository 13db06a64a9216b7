use responses::{Json, Responses};

#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers())]
    Found(Json<String>),
}

fn main() {}
