//! An enum whose body type cannot be decoded still compiles and serves;
//! the error appears where it is decoded, naming the body type.

use responses::responses;

pub struct Page;

#[responses(200(Page), 404)]
pub enum GetPage {}

fn main() {
    let _served = GetPage::ok(Page).status();
    let response = http::Response::new(Vec::<u8>::new());
    let _ = GetPage::from_response(response);
}
