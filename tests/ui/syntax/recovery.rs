use responses::responses;

// One mistake in each list is one message each: the other entries still
// expand, so the code that uses them adds nothing.
#[responses(200(String), 404 409, 500)]
pub enum Get {}

#[responses(201(String), "303", 409, 503 ;, 422)]
pub enum Create {}

fn main() {
    let _ = Get::ok(String::new());
    let _ = Get::not_found();
    let _ = Get::conflict();
    let _ = Get::internal_server_error();
    let _ = Create::created(String::new());
    let _ = Create::conflict();
    let _ = Create::service_unavailable();
    let _ = Create::unprocessable_content();
}
