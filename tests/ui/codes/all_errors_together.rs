use responses::responses;

// Both bad codes are reported in one compile, and the valid status still
// gets its variant and constructor, so `main` compiles.
#[responses(299, 409, 999)]
pub enum CreateUser {}

fn main() {
    let _ = CreateUser::conflict();
}
