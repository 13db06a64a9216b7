// 201 may carry a Location but does not require one: a hand-written 201
// variant holds only its body unless it declares the field, and the
// message says how.
use responses::Responses;
use responses::header::Location;

#[derive(Responses)]
pub enum Create {
    #[status(201)]
    Created(Location, String),
}

fn main() {}
