// A status that comes from an included set has its constructor on the set:
// `ApiError::unauthorized(..).into()`.
use responses::header::Challenge;
use responses::responses;

#[responses(401, 403)]
pub enum ApiError {}

#[responses(201(String), 409, ..ApiError)]
pub enum CreateItem {}

fn main() {
    let _ = CreateItem::unauthorized(Challenge::bearer("api").unwrap());
}
