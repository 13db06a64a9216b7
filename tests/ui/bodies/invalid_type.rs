use responses::responses;

// Types that cannot be a field: one error each, at the type.
#[responses(200(impl Fn()), 404)]
pub enum Get {}

#[responses(200(_), 404)]
pub enum Put {}

fn main() {
    let _ = Get::not_found();
    let _ = Put::not_found();
}
