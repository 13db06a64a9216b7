use responses::Responses;

#[derive(Responses)]
pub enum GetUser {
    #[status(200)]
    Ok,
    #[status(4XX)]
    Other(String),
}

fn main() {}
