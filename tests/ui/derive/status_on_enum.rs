use responses::Responses;

// On the enum, #[status] only names the crate's path.
#[derive(Responses)]
#[status(404)]
pub enum Get {
    #[status(200)]
    Found(String),
}

fn main() {}
