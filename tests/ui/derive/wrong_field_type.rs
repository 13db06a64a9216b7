use responses::Responses;

#[derive(Responses)]
pub enum Update {
    #[status(405)]
    WrongMethod(String),
}

fn main() {}
