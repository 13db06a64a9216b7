// 201 may carry a Location but does not require one: a hand-written 201
// variant holds only its body, and the message says how to send the field.
use responses::Responses;
use responses::header::Location;

#[derive(Responses)]
pub enum Create {
    #[status(201)]
    Created(Location, String),
}

fn main() {}
