use responses::responses;

#[responses(method = GETT, 200(String))]
pub enum GetReport {}

fn main() {
    let _ = GetReport::ok(String::new());
}
