// `created` takes the body only; the constructor with a Location is
// `created_at(location, body)`.
use responses::header::Location;
use responses::responses;

#[responses(201(String), 409)]
pub enum CreateItem {}

fn main() {
    let location = Location::new("/items/1").unwrap();
    let _ = CreateItem::created(location, String::new());
}
