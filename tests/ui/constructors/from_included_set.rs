// A status that comes from an included set has its constructor on the set:
// `ApiError::unauthorized(..).into()`. rustc points from the missing
// constructor to `from_included_set` (by its doc aliases), and from a
// wrong argument there to the sets the enum converts from.
use responses::header::Challenge;
use responses::responses;

#[responses(401, 403)]
pub enum ApiError {}

#[responses(201(String), 409, ..ApiError)]
pub enum CreateItem {}

fn main() {
    let _ = CreateItem::unauthorized(Challenge::bearer("api").unwrap());
    let _ = CreateItem::from_included_set(Challenge::bearer("api").unwrap());
}
