use responses::Responses;

#[derive(Responses)]
#[status(method = GET)]
#[status(method = POST)]
pub enum Report {
    #[status(200)]
    Found,
}

fn main() {}
