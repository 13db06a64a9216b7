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
