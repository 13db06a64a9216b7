//! `responses` depended on as `resp`: every generated path names the crate
//! given by `crate = path`, in the attribute, the derive (as
//! `#[status(crate = path)]` on the enum) and `status!`.

use resp::header::Allow;
use resp::{Responses, Status, responses, status};

/// The attribute, with every integration enabled.
#[responses(crate = resp, 200(String), 303, 405, 409(String))]
#[derive(Debug)]
pub enum Update {}

/// The derive.
#[derive(Debug, Responses)]
#[status(crate = ::resp)]
pub enum Handwritten {
    #[status(200)]
    Found(String),
    #[status(405)]
    WrongMethod(Allow),
}

/// `status!`.
pub const CONFLICT: Status = status!(crate = resp, Conflict);

/// A module of the caller named `responses` is left alone.
pub mod responses {
    /// A body type reached through it.
    pub struct Body;

    impl From<Body> for String {
        fn from(_: Body) -> String {
            "body".to_owned()
        }
    }
}

/// A body type whose path goes through the caller's own `responses` module.
#[resp::responses(crate = resp, 200(crate::responses::Body))]
pub enum Local {}

#[cfg(test)]
mod tests {
    use super::*;
    use resp::Method;
    use resp::header::Location;

    #[test]
    fn the_renamed_crate_is_used_throughout() {
        let response: http::Response<String> = Update::conflict("taken".to_owned()).into();
        assert_eq!(response.status(), 409);
        assert_eq!(
            Update::see_other(Location::from_static("/a")).status(),
            Status::SEE_OTHER
        );
        let wrong: http::Response<String> =
            Handwritten::WrongMethod(Allow::new([Method::GET])).into();
        assert_eq!(wrong.headers()["allow"], "GET");
        assert_eq!(CONFLICT, Status::CONFLICT);
        let local: http::Response<String> = Local::ok(responses::Body).into();
        assert_eq!(local.into_body(), "body");
    }
}
