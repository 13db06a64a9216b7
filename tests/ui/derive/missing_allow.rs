use responses::Responses;

#[derive(Responses)]
pub enum Update {
    #[status(200)]
    Done,
    #[status(405)]
    WrongMethod,
}

fn main() {}
