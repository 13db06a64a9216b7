use responses::responses;

// GET only reads: it cannot create the resource a 201 announces.
#[responses(method = GET, 200(String), 201(String))]
pub enum GetReport {}

fn main() {}
