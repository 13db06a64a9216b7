use responses::{Responses, responses};

// A body that borrows needs a lifetime the enum declares: one error each,
// at the lifetime or the `&`, naming the fix.
#[responses(200(&str), 404)]
pub enum Get {}

#[responses(200(Cow<'_, str>), 404)]
pub enum Put {}

#[responses(200(&'a str), 404)]
pub enum Post {}

#[responses(200((&'a str, &'b [u8])), 404)]
pub enum Patch<'a> {}

// In the derive form the enum is the caller's: rustc reports it there,
// once; the impls leave the variant out.
#[derive(Responses)]
pub enum Delete {
    #[status(200)]
    Ok(&str),
    #[status(404)]
    NotFound,
}

fn main() {
    let _ = Get::not_found();
    let _ = Put::not_found();
    let _ = Post::not_found();
    let _ = Patch::not_found();
}
