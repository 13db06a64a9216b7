use responses::{Json, Responses};

pub struct Version(pub u32);

#[derive(Responses)]
pub enum GetNote {
    #[status(200, headers(Version))]
    Found(Version, Json<String>),
}

fn main() {}
