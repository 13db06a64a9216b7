use responses::responses;

#[responses(Confict)]
pub enum Update {}

fn main() {}
