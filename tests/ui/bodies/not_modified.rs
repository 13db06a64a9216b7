use responses::responses;

pub struct Page;

#[responses(200(Page), 304(Page))]
pub enum Get {}

fn main() {}
