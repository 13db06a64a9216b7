use responses::{Json, responses};

#[responses(200(Json<String>, headers()))]
pub enum GetNote {}

fn main() {}
