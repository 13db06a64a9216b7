//! The expansions compile in hostile surroundings: without the prelude,
//! next to user items that shadow prelude and crate names, with generics
//! and lifetimes, and under strict lints (`missing_docs`,
//! `unused_qualifications`, `deprecated` denied here; clippy pedantic
//! through the workspace lints, with warnings denied in CI).

#![deny(missing_docs, unused_qualifications, deprecated, unused_imports)]

/// Expansions with no prelude in scope at all.
#[no_implicit_prelude]
pub mod without_prelude {
    /// A body.
    #[derive(Debug)]
    pub struct Body;

    /// Every constructor shape.
    #[::responses::responses(200(Body), 201(Body), 204, 303, 401, 405(Body), 409, 416, 503)]
    #[derive(Debug)]
    pub enum Outcome {}

    /// The same, written by hand.
    #[derive(Debug, ::responses::Responses)]
    pub enum Handwritten {
        /// Found.
        #[status(200)]
        Found(Body),
        /// Not allowed.
        #[status(405)]
        WrongMethod(::responses::header::Allow),
        /// Nothing.
        #[status(NoContent)]
        Nothing,
    }

    /// Problem details, rendered for their status.
    #[::responses::responses(409(::responses::Problem), 422(::responses::Problem<::responses::problem::Extensions>))]
    pub enum Problems {}

    /// Generic, with a lifetime and a where clause.
    #[::responses::responses(200(&'a T), 404)]
    pub enum Borrowed<'a, T>
    where
        T: ::core::clone::Clone, {}

    /// Including a set, between statuses.
    #[::responses::responses(201(Body), ..Outcome2, 409)]
    #[derive(Debug)]
    pub enum WithSet {}

    /// Including the extractors' rejections, as a handler with a path and a
    /// body does.
    #[::responses::responses(200(Body), ..::responses::extract::Rejection)]
    #[derive(Debug)]
    pub enum WithRejections {}

    /// A set.
    #[::responses::responses(401, 503(Body))]
    #[derive(Debug)]
    pub enum Outcome2 {}

    /// A set in another module.
    pub mod errors {
        /// Gone.
        #[::responses::responses(410)]
        pub enum Shared {}
    }

    /// Generic, including a set by path.
    #[::responses::responses(200(T), ..errors::Shared, ..Outcome2)]
    pub enum GenericWithSet<T> {}

    /// A set with a range and `default`.
    #[::responses::responses(401, 5XX(Body), default(Body))]
    pub enum RangedSet {}

    /// Including it, with a range of its own.
    #[::responses::responses(200(Body), 4XX(Body), ..RangedSet)]
    pub enum WithRangedSet {}

    /// A set held by a hand-written variant.
    #[derive(Debug, ::responses::Responses)]
    pub enum HandwrittenWithSet {
        /// Found.
        #[status(200)]
        Found(Body),
        /// The set.
        #[status(..)]
        Failed(Outcome2),
    }
}

/// Expansions next to items named like what they use.
pub mod shadowing {
    #![allow(dead_code, non_camel_case_types)]

    /// Shadows `Result`.
    pub struct Result;
    /// Shadows `Option`.
    pub struct Option;
    /// Shadows `Ok`.
    pub struct Ok;
    /// Shadows `Err`.
    pub struct Err;
    /// Shadows `Some`.
    pub struct Some;
    /// Shadows `None`.
    pub struct None;
    /// Shadows `responses::Status`.
    pub struct Status;
    /// Shadows `From`.
    pub struct From;
    /// Shadows `Into`.
    pub struct Into;
    /// Shadows `Default`.
    pub struct Default;
    /// Shadows `String`.
    pub struct String;
    /// Shadows the helper names used in expansions.
    pub struct __ResponsesBody;
    /// Shadows the `core` crate name inside this module.
    pub mod core {}
    /// Shadows the `http` crate name inside this module.
    pub mod http {}

    /// A body.
    #[derive(Debug)]
    pub struct Body;

    use responses::responses;

    /// Outcomes.
    #[responses(200(Body), 201(Body), 204, 303, 405, 409(Body))]
    #[derive(Debug)]
    pub enum Outcome {}

    /// By hand.
    #[derive(Debug, responses::Responses)]
    pub enum Handwritten {
        /// Found.
        #[status(200)]
        Found(Body),
        /// Gone.
        #[status(410)]
        Gone,
    }

    /// Bodies named as the expansion's body parameter would be.
    pub mod a {
        /// A body.
        pub struct B;
    }
    /// See `a`.
    pub mod b {
        /// A body.
        pub struct Body;
    }

    impl ::core::convert::From<a::B> for Vec<u8> {
        fn from(_: a::B) -> Self {
            b"b".to_vec()
        }
    }

    impl ::core::convert::From<b::Body> for Vec<u8> {
        fn from(_: b::Body) -> Self {
            b"body".to_vec()
        }
    }

    /// Identifiers spelt as the short names the expansion picks from (`B`,
    /// `Body`, and `a`, `b` as in `'a`, `'b`): it then takes names none of
    /// them use.
    #[responses(200(a::B), 201(b::Body), 204)]
    pub enum ShortNames {}
}

#[test]
fn expansions_without_prelude_work() {
    use responses::Status;
    use responses::header::{Challenge, Location};
    use without_prelude::{Body, Borrowed, Handwritten, Outcome, Problems};
    use without_prelude::{GenericWithSet, HandwrittenWithSet, Outcome2, WithSet};

    assert_eq!(Outcome::ok(Body).status(), Status::OK);
    assert_eq!(
        Outcome::see_other(Location::from_static("/")).status(),
        Status::SEE_OTHER
    );
    assert_eq!(Handwritten::Nothing.status(), Status::NO_CONTENT);
    assert_eq!(Handwritten::STATUSES.len(), 3);
    let value = 5;
    let borrowed: Borrowed<'_, i32> = Borrowed::ok(&value);
    let response: http::Response<Option<&i32>> = Borrowed::<'_, i32>::not_found().into();
    assert_eq!(response.status(), 404);
    assert_eq!(borrowed.status(), Status::OK);
    let problem: http::Response<Vec<u8>> = Problems::conflict(responses::Problem::new()).into();
    assert_eq!(
        problem.body(),
        br#"{"type":"about:blank","title":"Conflict","status":409}"#
    );

    assert_eq!(WithSet::STATUSES.len(), 4);
    assert_eq!(
        WithSet::from(Outcome2::unauthorized(Challenge::basic("x").unwrap()))
            .status()
            .code(),
        401
    );
    assert_eq!(without_prelude::WithRejections::STATUSES.len(), 5);
    assert_eq!(
        without_prelude::WithRangedSet::client_error::<429>(Body)
            .status()
            .code(),
        429
    );
    assert_eq!(
        <without_prelude::WithRangedSet as responses::Responses>::RANGES.len(),
        2
    );
    assert_eq!(GenericWithSet::<u8>::STATUSES.len(), 4);
    assert_eq!(
        HandwrittenWithSet::from(Outcome2::service_unavailable(Body))
            .status()
            .code(),
        503
    );
}

#[test]
fn expansions_next_to_shadowing_items_work() {
    use shadowing::{Body, Handwritten, Outcome};

    assert_eq!(Outcome::conflict(Body).status().code(), 409);
    assert_eq!(Outcome::STATUSES.len(), 6);
    assert_eq!(Handwritten::Gone.status().code(), 410);
    let response: http::Response<Option<Body>> = Outcome::no_content().into();
    assert_eq!(response.status(), 204);
    assert!(response.body().is_none());

    let response: http::Response<Vec<u8>> = shadowing::ShortNames::ok(shadowing::a::B).into();
    assert_eq!(response.body(), b"b");
    let response: http::Response<Vec<u8>> =
        shadowing::ShortNames::created(shadowing::b::Body).into();
    assert_eq!(
        (response.status().as_u16(), &response.body()[..]),
        (201, &b"body"[..])
    );
}

#[test]
fn enums_declared_inside_a_function_body_expand() {
    use responses::{Responses, Status, responses};

    struct Body;

    #[responses(200(Body), 404)]
    enum Local {}

    #[derive(Responses)]
    enum LocalByHand {
        #[status(201)]
        Made(Body),
        #[status(Gone)]
        Gone,
    }

    assert_eq!(Local::ok(Body).status(), Status::OK);
    assert_eq!(Local::STATUSES, [Status::OK, Status::NOT_FOUND]);
    assert_eq!(LocalByHand::Made(Body).status(), Status::CREATED);
    assert_eq!(LocalByHand::Gone.status(), Status::GONE);
    let response: http::Response<Option<Body>> = Local::not_found().into();
    assert_eq!(response.status(), 404);
}
