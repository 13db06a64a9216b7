//! Enums declared for a request method: every registered method with the
//! statuses whose rules depend on it (304, 206, 416, 201, bodies), the
//! `METHOD` constant in both forms and through the trait, and included sets
//! whose statuses the method allows.

use responses::{Method, Responses, Status, responses};

#[responses(method = GET, 200(String), 206(String), 304, 404(String), 416)]
pub enum GetReport {}

#[responses(method = HEAD, 200, 304, 404, 412)]
#[derive(Debug)]
pub enum HeadReport {}

#[responses(method = POST, 200(String), 201(String), 202, 303, 409(String))]
#[derive(Debug)]
pub enum PostReport {}

#[responses(method = PUT, 200(String), 201(String), 204, 412(String))]
pub enum PutReport {}

#[responses(method = DELETE, 200(String), 202, 204, 404)]
pub enum DeleteReport {}

// No content on a 2xx to CONNECT; an error response may carry some.
#[responses(method = CONNECT, 200, 407, 502(String))]
pub enum ConnectReport {}

#[responses(method = OPTIONS, 200(String), 204)]
pub enum OptionsReport {}

#[responses(method = TRACE, 200(String), 405)]
pub enum TraceReport {}

#[responses(method = PATCH, 200(String), 201(String), 204, 409(String))]
pub enum PatchReport {}

/// A set for read handlers: included by a GET enum, which allows its 304.
#[responses(304, 404(String))]
pub enum Cached {}

#[responses(method = GET, 200(String), ..Cached)]
pub enum GetCached {}

/// A set with no method of its own, included by a POST enum.
#[responses(401, 403)]
pub enum ApiError {}

#[responses(method = POST, 201(String), ..ApiError)]
pub enum CreateGuarded {}

/// Sets without content for HEAD, and with content only outside 2xx for
/// CONNECT: both allowed.
#[responses(401, 404, 503)]
pub enum Bare {}

#[responses(method = HEAD, 200, ..Bare)]
pub enum HeadGuarded {}

#[responses(407(String), 502(String), 4XX(String))]
pub enum ProxyErrors {}

#[responses(method = CONNECT, 200, ..ProxyErrors)]
pub enum ConnectGuarded {}

#[derive(Responses)]
#[status(method = DELETE)]
pub enum Handwritten {
    #[status(204)]
    Deleted,
    #[status(404)]
    Missing(String),
}

/// An enum written without a method, and a `Responses` impl written by
/// hand: both answer `None`.
#[responses(200(String))]
pub enum AnyMethod {}

pub struct ByHand;

impl Responses for ByHand {
    const STATUSES: &'static [Status] = &[Status::OK];

    fn status(&self) -> Status {
        Status::OK
    }
}

fn method_of<R: Responses>() -> Option<Method> {
    R::METHOD
}

fn content_of<R: Responses>() -> Vec<u16> {
    R::WITH_CONTENT.iter().map(|status| status.code()).collect()
}

#[test]
fn with_content_lists_the_statuses_with_bodies_and_those_of_sets() {
    assert_eq!(content_of::<Cached>(), [404]);
    assert_eq!(content_of::<GetCached>(), [200, 404]);
    assert!(content_of::<Bare>().is_empty());
    assert!(content_of::<HeadGuarded>().is_empty());
    assert_eq!(content_of::<Handwritten>(), [404]);
    assert!(content_of::<ByHand>().is_empty());
    // A range holds every status of its class that the enum does not name.
    let proxy = content_of::<ProxyErrors>();
    assert_eq!(proxy[..2], [407, 502]);
    assert!(proxy.contains(&404) && proxy.contains(&429));
    assert!(
        proxy[2..]
            .iter()
            .all(|code| (400..500).contains(code) && *code != 407)
    );
    assert_eq!(content_of::<ConnectGuarded>(), proxy);
}

#[test]
fn every_enum_names_its_method() {
    let declared = [
        (GetReport::METHOD, Method::GET),
        (HeadReport::METHOD, Method::HEAD),
        (PostReport::METHOD, Method::POST),
        (PutReport::METHOD, Method::PUT),
        (DeleteReport::METHOD, Method::DELETE),
        (ConnectReport::METHOD, Method::CONNECT),
        (OptionsReport::METHOD, Method::OPTIONS),
        (TraceReport::METHOD, Method::TRACE),
        (PatchReport::METHOD, Method::PATCH),
    ];
    for (declared, method) in declared {
        assert_eq!(declared, Some(method));
    }
    // Every registered method has an enum above.
    assert_eq!(declared.len(), Method::ALL.len());
}

#[test]
fn the_trait_carries_the_method() {
    assert_eq!(method_of::<GetReport>(), Some(Method::GET));
    assert_eq!(method_of::<Handwritten>(), Some(Method::DELETE));
    assert_eq!(Handwritten::METHOD, Some(Method::DELETE));
    assert_eq!(method_of::<AnyMethod>(), None);
    assert_eq!(AnyMethod::METHOD, None);
    assert_eq!(method_of::<ByHand>(), None);
}

#[test]
fn included_sets_keep_their_statuses() {
    assert_eq!(
        GetCached::STATUSES,
        [Status::OK, Status::NOT_MODIFIED, Status::NOT_FOUND]
    );
    assert_eq!(
        GetCached::from(Cached::not_modified()).status(),
        Status::NOT_MODIFIED
    );
    assert_eq!(
        CreateGuarded::STATUSES,
        [Status::CREATED, Status::UNAUTHORIZED, Status::FORBIDDEN]
    );
}

#[test]
fn constructors_follow_the_statuses() {
    assert_eq!(GetReport::not_modified().status(), Status::NOT_MODIFIED);
    assert_eq!(HeadReport::ok().status(), Status::OK);
    assert_eq!(ConnectReport::ok().status(), Status::OK);
    assert_eq!(
        PostReport::created(String::from("report 1")).status(),
        Status::CREATED
    );
    assert_eq!(Handwritten::Deleted.status(), Status::NO_CONTENT);
}

fn response(
    status: u16,
    headers: &[(&str, &str)],
    body: &'static [u8],
) -> http::Response<bytes::Bytes> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(bytes::Bytes::from_static(body)).unwrap()
}

#[test]
fn a_head_enum_decodes_the_header_section_alone() {
    // The Content-Length of a response to HEAD is that of the GET it
    // stands for; there is no content.
    let ok = HeadReport::from_response(response(200, &[("content-length", "1234")], b"")).unwrap();
    assert_eq!(ok.status(), Status::OK);
    let not_modified = HeadReport::from_response(response(304, &[], b"")).unwrap();
    assert_eq!(not_modified.status(), Status::NOT_MODIFIED);
    // Content where HEAD allows none is refused.
    let error = HeadReport::from_response(response(200, &[], b"report")).unwrap_err();
    assert!(error.to_string().contains("declares no body"), "{error}");
}

#[test]
fn a_status_the_method_refuses_is_undeclared() {
    use responses::decode::DecodeErrorKind;
    for status in [304, 206] {
        let error = PostReport::from_response(response(status, &[], b"")).unwrap_err();
        assert!(
            matches!(error.kind(), DecodeErrorKind::UndeclaredStatus),
            "{error}"
        );
    }
    let partial =
        GetReport::from_response(response(206, &[("content-range", "bytes 0-3/10")], b"repo"))
            .unwrap();
    assert_eq!(partial.status(), Status::PARTIAL_CONTENT);
}
