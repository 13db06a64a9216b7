use responses::Responses;

#[derive(Responses)]
#[status(method = DELETE)]
pub enum DeleteReport {
    #[status(204)]
    Deleted,
    #[status(304)]
    NotModified,
}

fn main() {}
