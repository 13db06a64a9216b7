use responses::responses;

#[responses(200)]
pub enum Get {
    Found,
}

fn main() {}
