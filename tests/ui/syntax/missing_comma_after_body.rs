use responses::responses;

// The comma after a body is missing: one message, which says so, and both
// statuses still expand.
#[responses(200(String) 404, 500)]
pub enum Get {}

fn main() {
    let _ = Get::ok(String::new());
    let _ = Get::not_found();
    let _ = Get::internal_server_error();
}
