//! Decoding is the inverse of the server path: for every status shape the
//! dataset allows (every constructor parameter kind, with and without a
//! body), a value built with the constructor, converted to an
//! `http::Response`, its body serialised to bytes, decodes to an equal value.
//! The values are drawn from a small seeded generator, so every run checks
//! the same few thousand cases.

#![allow(deprecated)] // 305 and 510 are in the registry too

use bytes::Bytes;
use responses::decode::DecodeTyped;
use responses::header::{Allow, Challenge, ContentRange, Location, RetryAfter, Upgrade};
use responses::{
    Method, Status, responses,
    status::{Standing, StatusClass},
};

/// Every final status with a `String` body where content is allowed.
#[responses(
    200(String), 201(String), 202(String), 203(String), 204, 205, 206(String),
    207(String), 208(String), 226(String), 300(String), 301(String), 302(String),
    303(String), 304, 305(String), 307(String), 308(String), 400(String), 401(String),
    402(String), 403(String), 404(String), 405(String), 406(String), 407(String),
    408(String), 409(String), 410(String), 411(String), 412(String), 413(String),
    414(String), 415(String), 416(String), 417(String), 421(String), 422(String),
    423(String), 424(String), 425(String), 426(String), 428(String), 429(String),
    431(String), 451(String), 500(String), 501(String), 502(String), 503(String),
    504(String), 505(String), 506(String), 507(String), 508(String), 510(String),
    511(String)
)]
#[derive(Clone, Debug, PartialEq)]
pub enum WithBody {}

/// Every final status without a body.
#[responses(
    200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308, 400,
    401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422,
    423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511
)]
#[derive(Clone, Debug, PartialEq)]
pub enum WithoutBody {}

/// The statuses a handler can return: every final status the registry does
/// not reserve as unused.
fn returnable() -> Vec<Status> {
    Status::ALL
        .iter()
        .copied()
        .filter(|status| status.class() != StatusClass::Informational)
        .filter(|status| status.standing() != Standing::Unused)
        .collect()
}

#[test]
fn the_enums_cover_every_returnable_status() {
    assert_eq!(WithBody::STATUSES, returnable());
    assert_eq!(WithoutBody::STATUSES, returnable());
}

/// xorshift64*: small, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn string(&mut self, alphabet: &[char], min: usize, max: usize) -> String {
        let len = min + self.below(max - min + 1);
        (0..len).map(|_| self.pick(alphabet)).collect()
    }
}

const TCHARS: &[char] = &[
    'a', 'z', 'A', 'Z', '0', '9', '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`',
    '|', '~',
];
const URI_CHARS: &[char] = &[
    '/', 'a', 'Z', '0', '?', '#', '=', '&', '%', '2', '0', ':', '@', '~', '.', '-', '_', '!', '(',
    ')', '[', ']', '+', ';', ',', '\'', '*', '$',
];
/// Text for quoted parameters and bodies: quotes, backslashes, commas,
/// spaces, tabs and non-ASCII, the characters escaping has to get right.
const TEXT: &[char] = &[
    'a', 'B', '7', ' ', '\t', '"', '\\', ',', '=', ';', 'é', '€', '😀', '{', '}', '/',
];

fn location(rng: &mut Rng) -> Location {
    Location::new(rng.string(URI_CHARS, 1, 24)).unwrap()
}

fn allow(rng: &mut Rng) -> Allow {
    // Possibly empty: an empty `Allow` says no method is allowed.
    let count = rng.below(Method::ALL.len() + 1);
    Allow::new((0..count).map(|_| rng.pick(Method::ALL)))
}

fn challenge(rng: &mut Rng) -> Challenge {
    let mut challenge = Challenge::new(&rng.string(TCHARS, 1, 8)).unwrap();
    for index in 0..rng.below(4) {
        let name = format!("{}{index}", rng.string(TCHARS, 0, 5));
        challenge = challenge.param(&name, &rng.string(TEXT, 0, 12)).unwrap();
    }
    challenge
}

fn range(rng: &mut Rng) -> ContentRange {
    let first = rng.next() % 1000;
    let last = first + rng.next() % 1000;
    match rng.below(3) {
        0 => ContentRange::unsatisfied(rng.next()),
        1 => ContentRange::bytes(first, last, None).unwrap(),
        _ => ContentRange::bytes(first, last, Some(last + 1 + rng.next() % 10)).unwrap(),
    }
}

fn upgrade(rng: &mut Rng) -> Upgrade {
    let count = 1 + rng.below(3);
    let protocols: Vec<String> = (0..count)
        .map(|_| {
            let name = rng.string(TCHARS, 1, 8);
            if rng.below(2) == 0 {
                name
            } else {
                format!("{name}/{}", rng.string(TCHARS, 1, 4))
            }
        })
        .collect();
    Upgrade::new(protocols).unwrap()
}

fn body(rng: &mut Rng) -> String {
    rng.string(TEXT, 0, 40)
}

/// Every returnable status: its code, its constructor, the generators of
/// the constructor's parameters, and whether it may carry a body.
macro_rules! statuses {
    ($callback:ident!($($args:tt)*)) => {
        $callback!($($args)*
            200 ok [] body,
            201 created [] body,
            202 accepted [] body,
            203 non_authoritative_information [] body,
            204 no_content [] none,
            205 reset_content [] none,
            206 partial_content [range] body,
            207 multi_status [] body,
            208 already_reported [] body,
            226 im_used [] body,
            300 multiple_choices [] body,
            301 moved_permanently [location] body,
            302 found [location] body,
            303 see_other [location] body,
            304 not_modified [] none,
            305 use_proxy [] body,
            307 temporary_redirect [location] body,
            308 permanent_redirect [location] body,
            400 bad_request [] body,
            401 unauthorized [challenge] body,
            402 payment_required [] body,
            403 forbidden [] body,
            404 not_found [] body,
            405 method_not_allowed [allow] body,
            406 not_acceptable [] body,
            407 proxy_authentication_required [challenge] body,
            408 request_timeout [] body,
            409 conflict [] body,
            410 gone [] body,
            411 length_required [] body,
            412 precondition_failed [] body,
            413 content_too_large [] body,
            414 uri_too_long [] body,
            415 unsupported_media_type [] body,
            416 range_not_satisfiable [range] body,
            417 expectation_failed [] body,
            421 misdirected_request [] body,
            422 unprocessable_content [] body,
            423 locked [] body,
            424 failed_dependency [] body,
            425 too_early [] body,
            426 upgrade_required [upgrade] body,
            428 precondition_required [] body,
            429 too_many_requests [] body,
            431 request_header_fields_too_large [] body,
            451 unavailable_for_legal_reasons [] body,
            500 internal_server_error [] body,
            501 not_implemented [] body,
            502 bad_gateway [] body,
            503 service_unavailable [] body,
            504 gateway_timeout [] body,
            505 http_version_not_supported [] body,
            506 variant_also_negotiates [] body,
            507 insufficient_storage [] body,
            508 loop_detected [] body,
            510 not_extended [] body,
            511 network_authentication_required [] body,
        );
    };
}

/// A builder: `code` with parameters drawn from `rng`, through the enum's
/// constructor. `$mode` is `keep` (a body where the status allows one) or
/// `none` (never a body).
macro_rules! builder {
    ($name:ident, $enum:ident, $mode:ident; $($code:literal $ctor:ident [$($param:ident)*] $kind:ident,)*) => {
        fn $name(rng: &mut Rng, code: u16) -> $enum {
            match code {
                $($code => call!($enum $mode $kind $ctor [$($param)*] rng),)*
                _ => unreachable!("{code} is not returnable"),
            }
        }
    };
}

macro_rules! call {
    ($enum:ident keep body $ctor:ident [$($param:ident)*] $rng:ident) => {
        $enum::$ctor($($param($rng),)* body($rng))
    };
    ($enum:ident $mode:ident $kind:ident $ctor:ident [$($param:ident)*] $rng:ident) => {
        $enum::$ctor($($param($rng)),*)
    };
}

statuses!(builder!(with_body, WithBody, keep;));
statuses!(builder!(without_body, WithoutBody, none;));

/// The server path: the enum into `http::Response<String>`, the body into
/// the bytes a client receives.
fn serve(response: impl Into<http::Response<String>>) -> http::Response<Bytes> {
    response.into().map(Bytes::from)
}

#[test]
fn every_status_shape_round_trips_with_and_without_a_body() {
    // The registry's 64 codes less the five 1xx and the unused 306 and 418:
    // an empty list would make the loop below check nothing.
    assert_eq!(returnable().len(), 57);
    let mut rng = Rng(0x5eed_0fde_c0de);
    for _ in 0..40 {
        for status in returnable() {
            let value = with_body(&mut rng, status.code());
            let decoded = WithBody::from_response(serve(value.clone()));
            assert_eq!(decoded.as_ref().ok(), Some(&value), "{decoded:?}");

            let value = without_body(&mut rng, status.code());
            let decoded = WithoutBody::from_response(serve(value.clone()));
            assert_eq!(decoded.as_ref().ok(), Some(&value), "{decoded:?}");
        }
    }
}

#[test]
fn builder_fields_and_extra_fields_round_trip() {
    let mut rng = Rng(7);
    for _ in 0..50 {
        let retry = if rng.below(2) == 0 {
            RetryAfter::seconds(u32::try_from(rng.next() % 100_000).unwrap())
        } else {
            let seconds = rng.next() % 4_000_000_000;
            RetryAfter::at(std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds))
        };
        let created = responses::response::Created::new(body(&mut rng))
            .location(location(&mut rng))
            .header("x-request-id", body(&mut rng).replace('\t', " "));
        let busy = responses::response::ServiceUnavailable::new(body(&mut rng)).retry_after(retry);
        for value in [WithBody::from(created), WithBody::from(busy)] {
            let decoded = WithBody::from_response(serve(value.clone())).unwrap();
            assert_eq!(decoded, value);
        }
        let response: http::Response<responses::response::Empty> =
            responses::response::ServiceUnavailable::empty()
                .retry_after(retry)
                .into();
        let read = RetryAfter::try_from(&response.headers()["retry-after"]).unwrap();
        assert_eq!(read, retry);
    }
}

#[test]
fn per_status_types_decode_on_their_own_and_give_their_typed_fields() {
    let mut rng = Rng(11);
    for _ in 0..50 {
        let allowed = allow(&mut rng);
        let response: http::Response<String> =
            responses::response::MethodNotAllowed::new(allowed.clone(), body(&mut rng)).into();
        let (decoded, (read,)) = responses::response::MethodNotAllowed::<String>::decode_typed(
            response.map(Bytes::from),
        )
        .unwrap();
        assert_eq!(read, allowed);
        assert_eq!(decoded.headers()["allow"], allowed.to_string());

        let offered = upgrade(&mut rng);
        let response: http::Response<responses::response::Empty> =
            responses::response::UpgradeRequired::empty(offered.clone()).into();
        let response = response.map(|responses::response::Empty| Bytes::new());
        let (_, (read,)) =
            responses::response::UpgradeRequired::<responses::response::Empty>::decode_typed(
                response,
            )
            .unwrap();
        assert_eq!(read, offered);
    }
}

/// The derive form: the variants hold the typed header values themselves,
/// so a round trip also checks that each is read back equal.
#[derive(Clone, Debug, PartialEq, responses::Responses)]
pub enum Fields {
    #[status(200)]
    Found(String),
    #[status(204)]
    Nothing,
    #[status(206)]
    Partial(ContentRange, Vec<u8>),
    #[status(301)]
    Moved(Location),
    #[status(307)]
    MovedWithNote(Location, String),
    #[status(401)]
    SignIn(Challenge, String),
    #[status(404)]
    Missing,
    #[status(405)]
    WrongMethod(Allow),
    #[status(407)]
    ProxySignIn(Challenge),
    #[status(416)]
    Unsatisfiable(ContentRange),
    #[status(426)]
    Upgrade(Upgrade, Bytes),
}

fn fields(rng: &mut Rng) -> Fields {
    match rng.below(11) {
        0 => Fields::Found(body(rng)),
        1 => Fields::Nothing,
        2 => Fields::Partial(range(rng), body(rng).into_bytes()),
        3 => Fields::Moved(location(rng)),
        4 => Fields::MovedWithNote(location(rng), body(rng)),
        5 => Fields::SignIn(challenge(rng), body(rng)),
        6 => Fields::Missing,
        7 => Fields::WrongMethod(allow(rng)),
        8 => Fields::ProxySignIn(challenge(rng)),
        9 => Fields::Unsatisfiable(range(rng)),
        _ => Fields::Upgrade(upgrade(rng), Bytes::from(body(rng))),
    }
}

#[test]
fn the_derive_form_round_trips_every_parameter_kind() {
    let mut rng = Rng(0x00de_c0de);
    for _ in 0..2000 {
        let value = fields(&mut rng);
        let response: http::Response<Bytes> = value.clone().into();
        let decoded = Fields::from_response(response);
        assert_eq!(decoded.as_ref().ok(), Some(&value), "{decoded:?}");
    }
}
