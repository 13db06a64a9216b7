use responses::{Responses, responses};

// A body type that does not resolve: rustc's one error, at the type, though
// the expansion writes the type in several places.
#[responses(200(Usr), 404)]
pub enum GetUser {}

#[responses(200(Vec<(T, Usr)>), 404)]
pub enum ListUsers<T> {}

#[responses(200(users::Page), 404)]
pub enum Page {}

#[responses(201(String), 409(Confilct))]
pub enum CreateUser {}

#[derive(Responses)]
pub enum DeleteUser {
    #[status(200)]
    Ok(Usr),
    #[status(404)]
    NotFound,
}

#[derive(Responses)]
pub enum Paginate<T> {
    #[status(200)]
    Ok(Usr),
    #[status(404)]
    NotFound(T),
}

fn main() {
    let _ = GetUser::not_found();
    let _ = ListUsers::<u8>::not_found();
    let _ = Page::not_found();
    let _ = CreateUser::created(String::new());
    let _ = DeleteUser::NotFound;
}
