use responses::Responses;

#[derive(Responses)]
pub enum Get {
    #[status(200)]
    Found(String, u32),
}

fn main() {}
