use responses::Responses;

#[derive(Responses)]
pub enum Get {
    #[status(200)]
    Found(String),
    #[status(Ok)]
    AlsoFound(String),
}

fn main() {}
