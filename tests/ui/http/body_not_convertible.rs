// A body that neither converts into the response's body type nor renders
// itself into it.
use responses::responses;

pub struct Page;

#[responses(200(Page), 404)]
pub enum GetPage {}

fn main() {
    let _: http::Response<Vec<u8>> = GetPage::ok(Page).into();
}
