use responses::Responses;

#[derive(Responses)]
pub enum GetUser {
    #[status(200)]
    Ok,
    #[status(default)]
    Other(String),
}

fn main() {}
