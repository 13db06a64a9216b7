use responses::Responses;

#[derive(Responses)]
pub enum Get {
    #[status(200)]
    #[status(203)]
    Found(String),
}

fn main() {}
