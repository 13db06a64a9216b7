use responses::Responses;

#[derive(Responses)]
pub enum Get {
    #[status(200)]
    Found { body: String },
}

fn main() {}
