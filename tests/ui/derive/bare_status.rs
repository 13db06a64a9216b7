use responses::Responses;

#[derive(Responses)]
pub enum Get {
    #[status]
    Found(String),
}

fn main() {}
