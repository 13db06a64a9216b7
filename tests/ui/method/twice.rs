use responses::responses;

#[responses(method = GET, 200(String), method = HEAD)]
pub enum GetReport {}

fn main() {}
