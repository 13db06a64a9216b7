use responses::{Json, responses};

pub struct Version(pub u32);

#[responses(200(Json<String>, headers(Version)), 404)]
pub enum GetNote {}

fn main() {
    let _ = GetNote::ok(Json(String::new()), Version(1));
}
