use responses::responses;

#[responses(200)]
fn get() {}

fn main() {
    get();
}
