use responses::Responses;

#[derive(Responses)]
pub enum Delete {
    #[status(204)]
    Deleted(String),
}

fn main() {}
