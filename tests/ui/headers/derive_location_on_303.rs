use responses::Responses;
use responses::header::Location;

#[derive(Responses)]
pub enum MoveNote {
    #[status(303, headers(Location))]
    Moved(Location, Location),
}

fn main() {}
