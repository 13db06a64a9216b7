use responses::header::Location;
use responses::responses;

#[responses(303(headers(Location)))]
pub enum Moved {}

fn main() {}
