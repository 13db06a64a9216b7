use responses::responses;

// Method names are case-sensitive.
#[responses(method = get, 200(String))]
pub enum GetReport {}

fn main() {}
