use responses::Responses;

#[derive(Responses)]
#[status(method = HEAD)]
pub enum HeadReport {
    #[status(200)]
    Found(String),
}

fn main() {}
