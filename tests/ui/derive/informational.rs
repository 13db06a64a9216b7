use responses::Responses;

#[derive(Responses)]
pub enum Get {
    #[status(103)]
    Hints,
}

fn main() {}
