#![deny(deprecated)]

use responses::responses;

#[responses(200, 510)]
pub enum Get {}

fn main() {}
