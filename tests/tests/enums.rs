//! What the generated enums do: every constructor shape sets the right
//! status and header fields, `STATUSES` and `status()` agree, the derive and
//! the attribute give the same responses, and the conversions into
//! `http::Response` carry status, headers and body.

use responses::header::{
    Allow, Challenge, ContentRange, InvalidHeaderKind, Location, RetryAfter, Upgrade,
};
use responses::{Method, Responses, Status, response::TypedResponse, responses};

#[derive(Clone, Debug, PartialEq)]
pub struct User {
    pub id: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem(pub &'static str);

impl From<User> for String {
    fn from(user: User) -> String {
        format!("user {}", user.id)
    }
}

impl From<Problem> for String {
    fn from(problem: Problem) -> String {
        problem.0.to_owned()
    }
}

/// Every constructor shape: with and without a body, Location, Allow,
/// challenges, ranges, Upgrade, and statuses named by code or name.
#[responses(
    200(User),
    201(User),
    204,
    206(String),
    303,
    304,
    307,
    401(Problem),
    405,
    407,
    409(Problem),
    416,
    426,
    UnprocessableContent(Problem),
    TooManyRequests,
    503
)]
#[derive(Debug)]
pub enum Everything {}

fn parts<R: Into<http::Response<String>>>(response: R) -> (u16, Vec<(String, String)>, String) {
    let response: http::Response<String> = response.into();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8(value.as_bytes().to_vec()).unwrap();
            (name.to_string(), value)
        })
        .collect();
    (response.status().as_u16(), headers, response.into_body())
}

fn header(name: &str, value: &str) -> (String, String) {
    (name.to_owned(), value.to_owned())
}

#[test]
fn bodies_travel_into_the_http_response() {
    assert_eq!(
        parts(Everything::ok(User { id: 7 })),
        (200, vec![], "user 7".to_owned())
    );
    assert_eq!(
        parts(Everything::conflict(Problem("taken"))),
        (409, vec![], "taken".to_owned())
    );
    assert_eq!(
        parts(Everything::unprocessable_content(Problem("bad email"))),
        (422, vec![], "bad email".to_owned())
    );
}

#[test]
fn statuses_without_a_body_type_send_an_empty_body() {
    assert_eq!(
        parts(Everything::too_many_requests()),
        (429, vec![], String::new())
    );
    assert_eq!(
        parts(Everything::service_unavailable()),
        (503, vec![], String::new())
    );
}

#[test]
fn content_forbidden_statuses_have_no_body_parameter_and_send_none() {
    // `no_content()` and `not_modified()` take no argument at all: the type
    // system has no place for a body.
    assert_eq!(
        parts(Everything::no_content()),
        (204, vec![], String::new())
    );
    assert_eq!(
        parts(Everything::not_modified()),
        (304, vec![], String::new())
    );
}

#[test]
fn redirects_require_their_location() {
    let location = Location::new("/users/7").unwrap();
    assert_eq!(
        parts(Everything::see_other(location.clone())),
        (303, vec![header("location", "/users/7")], String::new())
    );
    assert_eq!(
        parts(Everything::temporary_redirect(location)),
        (307, vec![header("location", "/users/7")], String::new())
    );
}

#[test]
fn created_takes_an_optional_location_through_the_per_status_type() {
    assert_eq!(
        parts(Everything::created(User { id: 1 })),
        (201, vec![], "user 1".to_owned())
    );
    let created: Everything = responses::response::Created::new(User { id: 2 })
        .location(Location::from_static("/users/2"))
        .into();
    assert_eq!(
        parts(created),
        (
            201,
            vec![header("location", "/users/2")],
            "user 2".to_owned()
        )
    );
}

#[test]
fn created_at_sets_the_location_on_the_enum() {
    let created = Everything::created_at(Location::path(["users", "ana b"]), User { id: 3 });
    assert_eq!(
        parts(created),
        (
            201,
            vec![header("location", "/users/ana%20b")],
            "user 3".to_owned()
        )
    );
}

/// 300 has no body here, so its `_at` constructor takes the location alone.
#[responses(300, 404)]
enum Choices {}

#[test]
fn a_bodiless_status_expected_to_carry_location_gets_one_too() {
    let choices = Choices::multiple_choices_at(Location::from_static("/a"));
    assert_eq!(
        parts(choices),
        (300, vec![header("location", "/a")], String::new())
    );
    assert_eq!(parts(Choices::not_found()).0, 404);
}

#[test]
fn method_not_allowed_requires_the_allowed_methods() {
    let response = Everything::method_not_allowed([Method::GET, Method::HEAD, Method::GET]);
    assert_eq!(response.status(), Status::METHOD_NOT_ALLOWED);
    assert_eq!(
        parts(response),
        (405, vec![header("allow", "GET, HEAD")], String::new())
    );
}

#[test]
fn authentication_statuses_require_a_challenge() {
    let challenge = Challenge::bearer("api")
        .unwrap()
        .param("error", "invalid_token")
        .unwrap();
    assert_eq!(
        parts(Everything::unauthorized(
            challenge.clone(),
            Problem("expired")
        )),
        (
            401,
            vec![header(
                "www-authenticate",
                r#"Bearer realm="api", error="invalid_token""#
            )],
            "expired".to_owned()
        )
    );
    assert_eq!(
        parts(Everything::proxy_authentication_required(challenge)),
        (
            407,
            vec![header(
                "proxy-authenticate",
                r#"Bearer realm="api", error="invalid_token""#
            )],
            String::new()
        )
    );
}

#[test]
fn ranges_carry_content_range() {
    let range = ContentRange::bytes(0, 3, Some(10)).unwrap();
    assert_eq!(
        parts(Everything::partial_content(range, "abcd".to_owned())),
        (
            206,
            vec![header("content-range", "bytes 0-3/10")],
            "abcd".to_owned()
        )
    );
    assert_eq!(
        parts(Everything::range_not_satisfiable(
            ContentRange::unsatisfied(10)
        )),
        (
            416,
            vec![header("content-range", "bytes */10")],
            String::new()
        )
    );
}

#[test]
fn upgrade_required_names_the_protocols() {
    let upgrade = Upgrade::new(["HTTP/3.0"]).unwrap();
    assert_eq!(
        parts(Everything::upgrade_required(upgrade)),
        (426, vec![header("upgrade", "HTTP/3.0")], String::new())
    );
}

#[test]
fn retry_after_is_a_builder_method_where_the_status_expects_it() {
    let limited: Everything = responses::response::TooManyRequests::empty()
        .retry_after(RetryAfter::seconds(120))
        .into();
    assert_eq!(
        parts(limited),
        (429, vec![header("retry-after", "120")], String::new())
    );
    let moved: Everything = responses::response::SeeOther::empty(Location::from_static("/later"))
        .retry_after(RetryAfter::seconds(5))
        .into();
    assert_eq!(
        parts(moved),
        (
            303,
            vec![header("location", "/later"), header("retry-after", "5")],
            String::new()
        )
    );
}

#[test]
fn any_other_header_takes_what_https_builder_takes() {
    let response: Everything = responses::response::Ok::new(User { id: 3 })
        .header(http::header::ETAG, "\"v1\"")
        .header("X-Request-Id", http::HeaderValue::from_static("abc"))
        .header(String::from("x-note"), String::from("naïve"))
        .into();
    assert_eq!(
        parts(response),
        (
            200,
            vec![
                header("etag", "\"v1\""),
                header("x-request-id", "abc"),
                header("x-note", "naïve"),
            ],
            "user 3".to_owned()
        )
    );
    // Appended, in order, as `http::response::Builder::header` does.
    let twice = responses::response::NoContent::new()
        .header(http::header::VARY, "origin")
        .header(http::header::VARY, "cookie");
    let values: Vec<_> = twice.headers().get_all("vary").iter().collect();
    assert_eq!(values, ["origin", "cookie"]);
    // The typed constructors' values go in under any name.
    let content_location = responses::response::Ok::new(())
        .header(http::header::CONTENT_LOCATION, Location::path(["a b"]));
    assert_eq!(content_location.headers()["content-location"], "/a%20b");
}

#[test]
fn a_refused_header_call_makes_the_response_a_500_without_fields() {
    // The per-status type into `http::Response`: no fields, neither the
    // refused one nor the typed `Location`; a plain body is sent as it
    // converts, since `http::Response<B>` has no empty value for every `B`.
    let created = responses::response::Created::new(String::from("made"))
        .location(Location::from_static("/5"))
        .header("x-evil", "a\r\nSet-Cookie: s=1");
    assert_eq!(created.headers().len(), 1, "the refused field is not added");
    let response: http::Response<String> = created.into();
    assert_eq!(response.status(), 500);
    assert!(response.headers().is_empty());
    assert_eq!(response.body(), "made");

    // The same through the enum, for a name that is not a token.
    let response: Everything = responses::response::Ok::new(User { id: 3 })
        .header("bad name", "v")
        .into();
    assert_eq!(parts(response), (500, vec![], "user 3".to_owned()));

    // Without a body, the 500 is bare: the body type's empty value.
    let response: Everything = responses::response::NoContent::new()
        .header("x-evil", "\n")
        .into();
    assert_eq!(parts(response), (500, vec![], String::new()));

    // The error itself, from `into_parts` or at the call site.
    let error = responses::response::Ok::new(())
        .header(http::header::ETAG, "\0")
        .into_parts()
        .unwrap_err();
    assert_eq!(error.kind(), &InvalidHeaderKind::Value);
    let error = responses::response::Ok::new(())
        .try_header("x\n", "v")
        .unwrap_err();
    assert_eq!(error.kind(), &InvalidHeaderKind::Name);
    assert_eq!(
        error.to_string(),
        "invalid header name: not a field name; names are tokens: \
         ASCII letters, digits and !#$%&'*+-.^_`|~"
    );
    let fine = responses::response::Ok::new(())
        .try_header("x-a", "b")
        .unwrap();
    assert_eq!(fine.headers()["x-a"], "b");
}

#[test]
fn header_values_from_user_data_reject_line_breaks() {
    assert!(Location::new("/users/7\r\nSet-Cookie: x=1").is_err());
    assert!(Location::new("/users/7\n").is_err());
    assert!(Challenge::bearer("api\r\nx").is_err());
    assert!(
        Challenge::bearer("api")
            .unwrap()
            .param("error", "a\nb")
            .is_err()
    );
    assert!(Upgrade::new(["web\rsocket"]).is_err());
    assert!(
        responses::response::Ok::new(())
            .try_header("x-a", "a\r\nb")
            .is_err()
    );
    assert!(
        responses::response::Ok::new(())
            .try_header("x-a\nb", "v")
            .is_err()
    );
    let error = Location::new("/a\r\nb").unwrap_err();
    assert_eq!(error.field(), "Location");
    assert!(error.to_string().contains("CR"), "{error}");
}

#[test]
fn statuses_lists_every_variant_in_order_and_status_agrees() {
    let expected = [
        200, 201, 204, 206, 303, 304, 307, 401, 405, 407, 409, 416, 426, 422, 429, 503,
    ];
    let codes: Vec<u16> = Everything::STATUSES.iter().map(|s| s.code()).collect();
    assert_eq!(codes, expected);
    assert_eq!(<Everything as Responses>::STATUSES, Everything::STATUSES);

    let location = || Location::from_static("/x");
    let challenge = || Challenge::basic("x").unwrap();
    let every = [
        Everything::ok(User { id: 1 }),
        Everything::created(User { id: 1 }),
        Everything::no_content(),
        Everything::partial_content(ContentRange::bytes(0, 0, None).unwrap(), String::new()),
        Everything::see_other(location()),
        Everything::not_modified(),
        Everything::temporary_redirect(location()),
        Everything::unauthorized(challenge(), Problem("x")),
        Everything::method_not_allowed(Allow::new([Method::GET])),
        Everything::proxy_authentication_required(challenge()),
        Everything::conflict(Problem("x")),
        Everything::range_not_satisfiable(ContentRange::unsatisfied(1)),
        Everything::upgrade_required(Upgrade::websocket()),
        Everything::unprocessable_content(Problem("x")),
        Everything::too_many_requests(),
        Everything::service_unavailable(),
    ];
    for (response, status) in every.iter().zip(Everything::STATUSES) {
        assert_eq!(response.status(), *status);
        assert_eq!(Responses::status(response), *status);
    }
    for response in every {
        let status = response.status();
        let http: http::Response<String> = response.into();
        assert_eq!(http.status(), status);
    }
}

#[test]
fn per_status_types_know_their_status_and_parts() {
    assert_eq!(responses::response::Created::<()>::STATUS, Status::CREATED);
    assert_eq!(
        <responses::response::NoContent as TypedResponse>::STATUS,
        Status::NO_CONTENT
    );
    let created = responses::response::Created::new(5_u8).location(Location::from_static("/5"));
    assert_eq!(created.body(), &5);
    assert_eq!(created.headers()[http::header::LOCATION], "/5");
    let (headers, body) = created.map_body(|n| n * 2).into_parts().unwrap();
    assert_eq!((headers.len(), body), (1, 10));
}

/// The same statuses, written by hand.
#[derive(Debug, Responses)]
pub enum Handwritten {
    #[status(200)]
    Found(User),
    #[status(Created)]
    Made(User),
    #[status(204)]
    Nothing,
    #[status(303)]
    Elsewhere(Location),
    #[status(405)]
    WrongMethod(Allow, Problem),
    #[status(409)]
    Clash(Problem),
    #[status(503)]
    Down,
}

#[responses(200(User), 201(User), 204, 303, 405(Problem), 409(Problem), 503)]
pub enum Declared {}

#[test]
fn derive_and_attribute_give_the_same_responses() {
    assert_eq!(Handwritten::STATUSES, Declared::STATUSES);
    let pairs = [
        (
            parts(Handwritten::Found(User { id: 1 })),
            parts(Declared::ok(User { id: 1 })),
        ),
        (
            parts(Handwritten::Made(User { id: 2 })),
            parts(Declared::created(User { id: 2 })),
        ),
        (parts(Handwritten::Nothing), parts(Declared::no_content())),
        (
            parts(Handwritten::Elsewhere(Location::from_static("/a"))),
            parts(Declared::see_other(Location::from_static("/a"))),
        ),
        (
            parts(Handwritten::WrongMethod(
                Allow::new([Method::PUT]),
                Problem("no"),
            )),
            parts(Declared::method_not_allowed([Method::PUT], Problem("no"))),
        ),
        (
            parts(Handwritten::Clash(Problem("c"))),
            parts(Declared::conflict(Problem("c"))),
        ),
        (
            parts(Handwritten::Down),
            parts(Declared::service_unavailable()),
        ),
    ];
    for (handwritten, declared) in pairs {
        assert_eq!(handwritten, declared);
    }
    assert_eq!(Handwritten::Down.status(), Status::SERVICE_UNAVAILABLE);
}

/// Generic enums keep their parameters, bounds and where clauses.
#[responses(200(T), 404(E))]
pub enum Fetch<T, E>
where
    E: Clone, {}

#[test]
fn generic_enums_work() {
    let found: Fetch<User, Problem> = Fetch::ok(User { id: 9 });
    assert_eq!(found.status(), Status::OK);
    assert_eq!(parts(found), (200, vec![], "user 9".to_owned()));
    let missing: Fetch<User, Problem> = Fetch::not_found(Problem("gone"));
    assert_eq!(parts(missing), (404, vec![], "gone".to_owned()));
}

#[test]
fn status_macro_is_a_checked_constant() {
    const CONFLICT: Status = responses::status!(409);
    assert_eq!(CONFLICT, Status::CONFLICT);
    assert_eq!(responses::status!(UnprocessableContent).code(), 422);
}

/// The derive form with generic parameters.
#[derive(Responses)]
pub enum Listing<T> {
    #[status(200)]
    Page(Vec<T>),
    #[status(303)]
    Moved(Location),
}

#[test]
fn derived_generic_enums_work() {
    let page: Listing<u8> = Listing::Page(vec![1, 2]);
    assert_eq!(page.status(), Status::OK);
    let response: http::Response<Vec<u8>> = page.into();
    assert_eq!(response.into_body(), [1, 2]);
    let moved: http::Response<Vec<u8>> = Listing::<u8>::Moved(Location::from_static("/p/2")).into();
    assert_eq!(moved.headers()["location"], "/p/2");
}

#[test]
fn status_and_method_parse_from_text() {
    assert_eq!("409".parse::<Status>(), Ok(Status::CONFLICT));
    assert_eq!("Conflict".parse::<Status>(), Ok(Status::CONFLICT));
    assert_eq!(
        "unprocessable content".parse::<Status>(),
        Ok(Status::UNPROCESSABLE_CONTENT)
    );
    assert_eq!(
        "299".parse::<Status>(),
        Err(responses::status::InvalidStatus::Unregistered(299))
    );
    assert_eq!(
        "99999".parse::<Status>(),
        Err(responses::status::InvalidStatus::OutOfRange(u16::MAX))
    );
    assert_eq!(
        "Fine".parse::<Status>(),
        Err(responses::status::InvalidStatus::UnknownName)
    );
    assert_eq!(
        Status::try_from(http::StatusCode::IM_A_TEAPOT),
        Ok(Status::IM_A_TEAPOT)
    );
    assert!(Status::try_from(http::StatusCode::from_u16(599).unwrap()).is_err());
    assert_eq!(http::Method::from(Method::PATCH), http::Method::PATCH);
    assert_eq!(Method::try_from(http::Method::DELETE), Ok(Method::DELETE));
    assert!(Method::try_from(http::Method::from_bytes(b"PROPFIND").unwrap()).is_err());
    assert_eq!(Status::ALL.len(), 64);
    assert_eq!(Method::ALL.len(), 9);
    for &method in Method::ALL {
        let converted = http::Method::from(method);
        assert_eq!(converted.as_str(), method.as_str());
        assert_eq!(Method::try_from(converted), Ok(method));
    }
}

/// Raw identifiers name the same statuses as plain ones.
#[responses(r#NotFound, r#Conflict(String))]
pub enum Raw {}

#[derive(Responses)]
pub enum RawHandwritten {
    #[status(r#Gone)]
    r#Gone,
}

#[test]
fn raw_identifiers_name_statuses() {
    assert_eq!(Raw::STATUSES, [Status::NOT_FOUND, Status::CONFLICT]);
    assert_eq!(Raw::conflict("taken".to_owned()).status(), Status::CONFLICT);
    assert_eq!(RawHandwritten::r#Gone.status(), Status::GONE);
    assert_eq!(responses::status!(r#Conflict), Status::CONFLICT);
}

/// `Self` in a body type is the enum, also in the `http::Response` impl's
/// bounds, where `Self` would be the response.
#[responses(200(Box<Self>), 404)]
pub enum Recursive {}

impl From<Box<Recursive>> for String {
    fn from(inner: Box<Recursive>) -> String {
        format!("inner {}", inner.status().code())
    }
}

/// The derive form, with `Self` in a field.
#[derive(Responses)]
pub enum RecursiveHandwritten {
    #[status(200)]
    Nested(Box<Self>),
    #[status(404)]
    Missing,
}

impl From<Box<RecursiveHandwritten>> for String {
    fn from(inner: Box<RecursiveHandwritten>) -> String {
        format!("inner {}", inner.status().code())
    }
}

/// A higher-ranked function type as a body stays one type.
#[responses(200(for<'a> fn(&'a str) -> usize))]
pub enum Callback {}

#[test]
fn self_and_higher_ranked_bodies_are_kept() {
    let nested = Recursive::ok(Box::new(Recursive::not_found()));
    assert_eq!(parts(nested), (200, vec![], "inner 404".to_owned()));
    let nested = RecursiveHandwritten::Nested(Box::new(RecursiveHandwritten::Missing));
    assert_eq!(parts(nested), (200, vec![], "inner 404".to_owned()));
    let length: for<'a> fn(&'a str) -> usize = str::len;
    let response: http::Response<Callee> = Callback::ok(length).into();
    assert_eq!(response.body().0.map(|callee| callee("four")), Some(4));
}

/// An enum whose body is the `http::Response` body itself. Every variant
/// has a body, so converting it asks nothing of the response's body type:
/// `Box<Tree>` has no empty value.
#[responses(200(Box<Self>), 410(Leaf))]
pub enum Tree {}

pub struct Leaf;

impl From<Leaf> for Box<Tree> {
    fn from(leaf: Leaf) -> Box<Tree> {
        Box::new(Tree::gone(leaf))
    }
}

#[test]
fn an_enum_whose_body_is_the_response_body_converts() {
    let response: http::Response<Box<Tree>> = Tree::ok(Box::new(Tree::gone(Leaf))).into();
    assert_eq!(response.status(), 200);
    assert_eq!(response.body().status(), Status::GONE);

    let response: http::Response<Box<Tree>> = responses::response::Gone::new(Leaf).into();
    assert_eq!(
        (response.status().as_u16(), response.body().status()),
        (410, Status::GONE)
    );

    // A refused `.header()` call: a 500 without fields, the body as it
    // converts.
    let refused: Tree = responses::response::Ok::new(Box::new(Tree::gone(Leaf)))
        .header("x-evil", "\n")
        .into();
    let response: http::Response<Box<Tree>> = refused.into();
    assert_eq!(response.status(), 500);
    assert!(response.headers().is_empty());
    assert_eq!(response.body().status(), Status::GONE);
}

/// Lifetimes a body type may leave out or name without the enum declaring
/// them: elided in a function type's parameters and return type, bound by
/// its own `for<..>`, and `'static`. (Elsewhere the macro asks for one the
/// enum declares: `tests/ui/bodies/lifetimes.rs`.)
#[responses(
    200(fn(&str) -> &str),
    201(Box<dyn Fn(&str)>),
    202(for<'x> fn(&'x str, &'x [u8]) -> &'x str),
    203(&'static str),
    404
)]
pub enum Elided {}

#[test]
fn bodies_with_elided_or_static_lifetimes_are_accepted() {
    fn first(text: &str) -> &str {
        text.split(' ').next().unwrap_or_default()
    }
    assert_eq!(Elided::ok(first).status(), Status::OK);
    let split = Elided::created(Box::new(|_: &str| {}));
    assert_eq!(split.status(), Status::CREATED);
    let pick: for<'x> fn(&'x str, &'x [u8]) -> &'x str = |text, _| text;
    assert_eq!(Elided::accepted(pick).status(), Status::ACCEPTED);
    match Elided::non_authoritative_information("static") {
        Elided::NonAuthoritativeInformation(response) => assert_eq!(*response.body(), "static"),
        _ => panic!("the 203 variant"),
    }
}

/// An `http::Response` body that holds a higher-ranked function.
#[derive(Default)]
pub struct Callee(Option<for<'a> fn(&'a str) -> usize>);

impl From<for<'a> fn(&'a str) -> usize> for Callee {
    fn from(callee: for<'a> fn(&'a str) -> usize) -> Self {
        Callee(Some(callee))
    }
}
