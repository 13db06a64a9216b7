//! The macros of `responses` used from an edition-2021 crate: the same kinds
//! of enums the edition-2024 tests compile (lifetimes in bodies, raw
//! identifiers, restricted visibility, enums inside functions, the derive
//! and `status!`), since an expansion is read with its caller's edition.

use responses::header::{Allow, Location};
use responses::{responses, Responses, Status};

/// A body borrowed for the response's lifetime.
#[responses(200(&'a str), 201(std::borrow::Cow<'a, str>), 404)]
#[derive(Debug)]
pub enum Borrowed<'a> {}

/// `gen` is a keyword from edition 2024 on, an ordinary name in 2021.
#[allow(non_camel_case_types)]
#[responses(200(String), 503)]
pub enum gen {}

/// A raw identifier as the enum's name, and as statuses' names.
#[allow(non_camel_case_types)]
#[responses(204, r#Conflict(String), r#NotFound)]
pub enum r#match {}

/// Raw identifiers for a variant, and a status named by an ordinary name.
#[derive(Debug, Responses)]
pub enum Handwritten<'a> {
    #[status(200)]
    r#Found(&'a str),
    #[status(SeeOther)]
    Moved(Location),
    #[status(405)]
    WrongMethod(Allow),
}

/// Restricted visibilities reach the generated constructors.
pub mod outer {
    /// Only for this crate.
    #[responses::responses(200(u8), 404)]
    pub(crate) enum CrateOnly {}

    pub(crate) mod inner {
        /// Visible in `outer`.
        #[responses::responses(202, 409(u8))]
        pub(in crate::outer) enum InOuter {}

        /// Visible in the parent module.
        #[responses::responses(204)]
        pub(super) enum ForParent {}
    }

    /// The restricted enums, used where they are visible.
    pub fn statuses() -> [responses::Status; 3] {
        [
            CrateOnly::not_found().status(),
            inner::InOuter::accepted().status(),
            inner::ForParent::no_content().status(),
        ]
    }
}

/// A `status!` constant in a 2021 crate.
pub const CONFLICT: Status = responses::status!(r#Conflict);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrowed_bodies_keep_their_lifetime() {
        let text = String::from("hello");
        let response: http::Response<String> = Borrowed::ok(text.as_str()).into();
        assert_eq!(
            (response.status().as_u16(), response.body().as_str()),
            (200, "hello")
        );
        assert_eq!(
            Borrowed::STATUSES,
            [Status::OK, Status::CREATED, Status::NOT_FOUND]
        );
    }

    #[test]
    fn raw_and_2021_only_names_work() {
        assert_eq!(
            gen::service_unavailable().status(),
            Status::SERVICE_UNAVAILABLE
        );
        assert_eq!(r#match::conflict("taken".to_owned()).status().code(), 409);
        assert_eq!(r#match::not_found().status(), Status::NOT_FOUND);
        let found: http::Response<String> = Handwritten::r#Found("it").into();
        assert_eq!(found.into_body(), "it");
        let moved = Handwritten::Moved(Location::from_static("/a"));
        assert_eq!(moved.status(), Status::SEE_OTHER);
    }

    #[test]
    fn restricted_visibility_and_status_macro() {
        assert_eq!(
            outer::statuses(),
            [Status::NOT_FOUND, Status::ACCEPTED, Status::NO_CONTENT]
        );
        assert_eq!(CONFLICT, Status::CONFLICT);
    }

    #[test]
    fn enums_inside_functions() {
        #[responses(200(Vec<u8>), 303)]
        enum Local {}

        #[derive(Responses)]
        enum LocalHandwritten {
            #[status(NotFound)]
            Missing,
        }

        let moved: http::Response<Vec<u8>> = Local::see_other(Location::from_static("/x")).into();
        assert_eq!(moved.headers()["location"], "/x");
        assert_eq!(LocalHandwritten::Missing.status(), Status::NOT_FOUND);
    }
}
