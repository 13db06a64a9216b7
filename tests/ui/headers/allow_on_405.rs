use responses::header::Allow;
use responses::responses;

#[responses(405(headers(Allow)))]
pub enum Refused {}

fn main() {}
