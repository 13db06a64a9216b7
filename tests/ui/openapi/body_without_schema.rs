// Under utoipa, a JSON body is described by its type's `ToSchema`: a body
// type without one is one error where the enum's responses are read, and
// the note names `ToSchema`.
use responses::{Json, responses};

pub struct Item;

#[responses(200(Json<Item>), 404)]
pub enum GetItem {}

fn main() {
    let _ = <GetItem as utoipa::IntoResponses>::responses();
}
