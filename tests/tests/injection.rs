//! A property test over random input for every public constructor of a
//! header field: `Location::new`, `Location::path`, `Challenge`'s scheme and
//! parameters, `Upgrade::new`, and the per-status types' `.header()` and
//! `.try_header()`. No value that comes out may carry NUL, CR, LF, another
//! C0 control character than horizontal tab, or DEL: the bytes that could
//! end a header line or that recipients may refuse. (HTAB is whitespace in
//! the field-value grammar and cannot end a line; bytes from 0x80, which
//! include UTF-8 text and the C1 controls U+0080 to U+009F, are obs-text
//! and allowed.)
//!
//! The input comes from a small seeded generator, so a failure reproduces
//! with the seed and iteration printed in its message.

use responses::header::{Challenge, InvalidHeaderKind, Location, Upgrade};
use responses::response::TypedResponse;

/// `SplitMix64`: tiny, fast, and good enough to spread test input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }

    fn below_u32(&mut self, n: u32) -> u32 {
        u32::try_from(self.next() % u64::from(n)).unwrap()
    }

    /// Up to 12 bytes, weighted towards the ones that matter here.
    fn bytes(&mut self) -> Vec<u8> {
        const INTERESTING: &[u8] = b"\r\n\0\t\x01\x1b\x1f\x7f \"\\/,;=:%\x80\x85\x9f\xc2\xc3\xff";
        let len = self.below(13);
        (0..len)
            .map(|_| match self.below(4) {
                0 => INTERESTING[self.below(INTERESTING.len())],
                1 => b"aZ09-._~!#$&'*+^`|"[self.below(18)],
                _ => u8::try_from(self.below(256)).unwrap(),
            })
            .collect()
    }

    /// Up to 12 characters: ASCII controls, C1 controls, other non-ASCII
    /// text and printable ASCII.
    fn text(&mut self) -> String {
        let len = self.below(13);
        // One string in three is mostly token characters, so the rules'
        // accepting side is reached too.
        if self.below(3) == 0 {
            return (0..len)
                .map(|_| match self.below(16) {
                    0 => ['\r', '\n', '\0', '\t', ' ', '\u{85}', 'é', '/'][self.below(8)],
                    _ => char::from(b"aZ09-._~!#$&'*+^`|"[self.below(18)]),
                })
                .collect();
        }
        (0..len)
            .map(|_| {
                let code = match self.below(4) {
                    0 => self.below_u32(0x20),
                    1 => 0x7f + self.below_u32(0x21),
                    2 => [0xe9, 0x2028, 0xfeff, 0x1f600][self.below(4)],
                    _ => 0x20 + self.below_u32(0x5f),
                };
                char::from_u32(code).unwrap()
            })
            .collect()
    }
}

/// NUL, CR, LF and the other C0 controls but HTAB, and DEL.
fn is_forbidden(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\t') || byte == 0x7f
}

fn assert_clean(bytes: &[u8], what: &str) {
    assert!(
        !bytes.iter().copied().any(is_forbidden),
        "{what}: {bytes:?} carries a forbidden byte"
    );
}

fn assert_response_clean(headers: &http::HeaderMap, what: &str) {
    for (name, value) in headers {
        assert_clean(name.as_str().as_bytes(), what);
        assert_clean(value.as_bytes(), what);
    }
}

/// The value is clean and is the text the type renders: `http` checks the
/// bytes again, and a value it refused would be sent empty, which would
/// hide a rule that let a bad byte through.
fn assert_sent_as_rendered<T>(typed: T, what: &str)
where
    T: std::fmt::Display,
    http::HeaderValue: From<T>,
{
    let rendered = typed.to_string();
    let value = http::HeaderValue::from(typed);
    assert_clean(value.as_bytes(), what);
    assert_eq!(value.as_bytes(), rendered.as_bytes(), "{what}");
}

const SEED: u64 = 0x5eed_0f1e_1d00;
const ITERATIONS: usize = 20_000;

#[test]
fn no_constructed_value_carries_a_control_byte() {
    let mut rng = Rng(SEED);
    let mut accepted = [0_usize; 6];
    for iteration in 0..ITERATIONS {
        let what = |name: &str| format!("{name}, seed {SEED:#x}, iteration {iteration}");
        let text = rng.text();
        let other = rng.text();

        let visible = !text.is_empty() && text.bytes().all(|b| b.is_ascii_graphic());
        match Location::new(text.clone()) {
            Ok(location) => {
                assert!(visible, "{}: accepted {text:?}", what("Location::new"));
                assert_eq!(location.as_str(), text);
                assert_clean(
                    http::HeaderValue::from(location).as_bytes(),
                    &what("Location::new"),
                );
                accepted[0] += 1;
            }
            Err(_) => assert!(!visible, "{}: refused {text:?}", what("Location::new")),
        }

        let path = Location::path([text.as_str(), other.as_str()]);
        assert!(
            path.as_str().bytes().all(|b| b.is_ascii_graphic()),
            "{}",
            what("Location::path")
        );
        assert_eq!(
            Location::new(path.as_str()).as_ref(),
            Ok(&path),
            "{}",
            what("Location::path")
        );

        if let Ok(challenge) = Challenge::new(&text) {
            assert_sent_as_rendered(challenge, &what("Challenge::new"));
            accepted[1] += 1;
        }
        let with_param = Challenge::new("X").and_then(|c| c.param(&other, &text));
        if let Ok(challenge) = with_param {
            assert_sent_as_rendered(challenge, &what("Challenge::param"));
            accepted[2] += 1;
        }

        if let Ok(upgrade) = Upgrade::new([&text, &other]) {
            assert_sent_as_rendered(upgrade, &what("Upgrade::new"));
            accepted[3] += 1;
        }

        // `.header()` with raw bytes for the name and the value: what is
        // kept is clean, and anything refused makes the response a 500.
        let name = rng.bytes();
        let value = rng.bytes();
        let response =
            responses::response::Ok::new("body").header(name.as_slice(), value.as_slice());
        assert_response_clean(response.headers(), &what(".header"));
        let parts = response.clone().into_parts();
        let sent: http::Response<&str> = response.into();
        assert_response_clean(sent.headers(), &what(".header"));
        if let Ok((headers, _)) = parts {
            assert_eq!(headers.len(), 1, "{}", what(".header"));
            assert_eq!(sent.status(), 200);
            accepted[4] += 1;
        } else {
            assert_eq!(sent.status(), 500, "{}", what(".header"));
            assert!(sent.headers().is_empty(), "{}", what(".header"));
        }

        match responses::response::NoContent::new().try_header(text.as_str(), other.as_str()) {
            Ok(response) => {
                assert_response_clean(response.headers(), &what(".try_header"));
                accepted[5] += 1;
            }
            Err(error) => assert!(
                matches!(
                    error.kind(),
                    InvalidHeaderKind::Name | InvalidHeaderKind::Value
                ),
                "{}",
                what(".try_header")
            ),
        }
    }
    // The generator reaches both sides of every rule.
    for (count, name) in accepted.iter().zip([
        "Location::new",
        "Challenge::new",
        "Challenge::param",
        "Upgrade::new",
        ".header",
        ".try_header",
    ]) {
        assert!(
            *count > ITERATIONS / 1000 && *count < ITERATIONS,
            "{name}: {count} of {ITERATIONS} accepted"
        );
    }
}

// The accepting side of every rule, deliberately: values each builder must
// take, and the text each must send, written out here rather than rendered
// by the type under test.

#[test]
fn valid_locations_are_accepted_and_sent_as_written() {
    // URI references of every form (RFC 3986 section 4.1): absolute,
    // network-path, absolute-path, relative-path, query and fragment only,
    // percent-encoded, and every sub-delimiter.
    for uri in [
        "/",
        "/users/7",
        "https://example.com/a/b?c=d&e=f#g",
        "http://[::1]:8080/",
        "//cdn.example.com/x",
        "../up",
        "?page=2",
        "#top",
        "/search?q=a%20b",
        "mailto:ada@example.com",
        "urn:isbn:0451450523",
        "/~user/!$&'()*+,;=:@",
    ] {
        let location = Location::new(uri).unwrap_or_else(|e| panic!("{uri:?}: {e}"));
        assert_eq!(location.as_str(), uri);
        assert_eq!(http::HeaderValue::from(location).as_bytes(), uri.as_bytes());
    }

    // Segments of any text: each percent-encoded but the unreserved
    // characters of RFC 3986 section 2.3.
    for (segments, uri) in [
        (&["users", "7"][..], "/users/7"),
        (&["a b"], "/a%20b"),
        (&["é"], "/%C3%A9"),
        (&["a/b", "c?d#e"], "/a%2Fb/c%3Fd%23e"),
        (&[".."], "/%2E%2E"),
        (&["-._~AZaz09"], "/-._~AZaz09"),
        (&["\r\n"], "/%0D%0A"),
        (&[], "/"),
    ] {
        let location = Location::path(segments);
        assert_eq!(location.as_str(), uri, "{segments:?}");
        assert_eq!(Location::new(uri).as_ref(), Ok(&location));
    }
}

#[test]
fn valid_challenges_are_accepted_and_sent_as_written() {
    // Auth schemes are tokens: every tchar of RFC 9110 section 5.6.2.
    for scheme in [
        "Basic",
        "Bearer",
        "Digest",
        "AWS4-HMAC-SHA256",
        "x!#$%&'*+-.^_`|~09",
    ] {
        let challenge = Challenge::new(scheme).unwrap_or_else(|e| panic!("{scheme:?}: {e}"));
        assert_eq!(challenge.scheme(), scheme);
        assert_eq!(
            http::HeaderValue::from(challenge).as_bytes(),
            scheme.as_bytes()
        );
    }

    // Parameter values are any text but controls other than HTAB, sent as
    // a quoted-string with `"` and `\` escaped (section 5.6.4).
    for (name, value, sent) in [
        ("realm", "shop", r#"X realm="shop""#),
        ("realm", "", r#"X realm="""#),
        (
            "title",
            r#"a "quoted" word"#,
            r#"X title="a \"quoted\" word""#,
        ),
        ("path", r"C:\dir", r#"X path="C:\\dir""#),
        ("tab", "a\tb", "X tab=\"a\tb\""),
        ("name", "naïve café", "X name=\"naïve café\""),
        ("c1", "\u{85}", "X c1=\"\u{85}\""),
        (
            "x!#$%&'*+-.^_`|~",
            "~!@#$%^&*()",
            r#"X x!#$%&'*+-.^_`|~="~!@#$%^&*()""#,
        ),
    ] {
        let challenge = Challenge::new("X")
            .and_then(|c| c.param(name, value))
            .unwrap_or_else(|e| panic!("{name:?}={value:?}: {e}"));
        assert_eq!(challenge.params().collect::<Vec<_>>(), [(name, value)]);
        assert_eq!(
            http::HeaderValue::from(challenge).as_bytes(),
            sent.as_bytes()
        );
    }
    let two = Challenge::bearer("api")
        .and_then(|c| c.param("error", "invalid_token"))
        .unwrap();
    assert_eq!(
        http::HeaderValue::from(two),
        r#"Bearer realm="api", error="invalid_token""#
    );
    assert_eq!(
        http::HeaderValue::from(Challenge::basic("a \"b\"").unwrap()),
        r#"Basic realm="a \"b\"""#
    );
}

#[test]
fn valid_upgrades_are_accepted_and_sent_as_written() {
    // Protocols are `name` or `name/version`, both tokens (section 7.8).
    for (protocols, sent) in [
        (&["websocket"][..], "websocket"),
        (&["HTTP/2.0"], "HTTP/2.0"),
        (&["h2c", "websocket"], "h2c, websocket"),
        (&["IRC/6.9", "RTA/x11"], "IRC/6.9, RTA/x11"),
        (&["a!#$%&'*+-.^_`|~/1"], "a!#$%&'*+-.^_`|~/1"),
    ] {
        let upgrade = Upgrade::new(protocols).unwrap_or_else(|e| panic!("{protocols:?}: {e}"));
        assert_eq!(upgrade.protocols(), protocols);
        assert_eq!(http::HeaderValue::from(upgrade).as_bytes(), sent.as_bytes());
    }
}

#[test]
fn valid_fields_are_accepted_and_sent_as_written() {
    // Any field: a token for the name (sent in lower case), and for the
    // value HTAB, space, visible ASCII and every byte from 0x80 (obs-text).
    let visible: Vec<u8> = (0x21..=0x7e).collect();
    let obs_text: Vec<u8> = (0x80..=0xff).collect();
    for (name, sent_name, value) in [
        ("x-request-id", "x-request-id", &b"r-1"[..]),
        ("ETag", "etag", br#""v1""#),
        ("x!#$%&'*+-.^_`|~09", "x!#$%&'*+-.^_`|~09", b"a\tb c"),
        ("x-empty", "x-empty", b""),
        ("x-visible", "x-visible", &visible),
        ("x-obs-text", "x-obs-text", &obs_text),
        ("x-utf8", "x-utf8", "naïve ☃".as_bytes()),
    ] {
        let response = responses::response::Ok::new("body").header(name, value);
        let sent: http::Response<&str> = response.into();
        assert_eq!(sent.status(), 200, "{name}");
        assert_eq!(sent.headers().len(), 1, "{name}");
        assert_eq!(sent.headers()[sent_name].as_bytes(), value, "{name}");

        let tried = responses::response::NoContent::new()
            .try_header(name, value)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let sent: http::Response<&str> = tried.into();
        assert_eq!(sent.status(), 204, "{name}");
        assert_eq!(sent.headers()[sent_name].as_bytes(), value, "{name}");
    }
}
