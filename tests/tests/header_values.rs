//! The typed header values: how each renders, and which input each refuses
//! and where. (The injection property over random input is in
//! `injection.rs`.)

mod allow {
    use http::HeaderValue;
    use responses::Method;
    use responses::header::Allow;

    #[test]
    fn drops_repeats_and_keeps_first_seen_order() {
        let allow = Allow::new([
            Method::POST,
            Method::GET,
            Method::POST,
            Method::HEAD,
            Method::GET,
        ]);
        assert_eq!(allow.methods(), [Method::POST, Method::GET, Method::HEAD]);
        assert_eq!(allow.to_string(), "POST, GET, HEAD");
        assert_eq!(HeaderValue::from(allow.clone()), "POST, GET, HEAD");
        assert!(allow.contains(Method::GET));
    }

    #[test]
    fn renders_one_and_none() {
        assert_eq!(Allow::from([Method::GET]).to_string(), "GET");
        let empty = Allow::new([]);
        assert_eq!(empty.to_string(), "");
        assert_eq!(HeaderValue::from(empty), "");
        assert!(!Allow::default().contains(Method::GET));
    }

    #[test]
    fn every_conversion_agrees() {
        let expected = Allow::new([Method::GET, Method::HEAD]);
        let slice: &[Method] = &[Method::GET, Method::HEAD, Method::GET];
        assert_eq!(Allow::from(slice), expected);
        assert_eq!(Allow::from(vec![Method::GET, Method::HEAD]), expected);
        assert_eq!(
            [Method::GET, Method::HEAD].into_iter().collect::<Allow>(),
            expected
        );
    }
}

mod challenge {
    use http::HeaderValue;
    use responses::header::{Challenge, InvalidHeader, InvalidHeaderKind};

    fn kind(result: Result<Challenge, InvalidHeader>) -> InvalidHeaderKind {
        result.unwrap_err().kind().clone()
    }

    #[test]
    fn renders_scheme_and_quoted_params() {
        let challenge = Challenge::bearer("api")
            .unwrap()
            .param("error", "invalid_token")
            .unwrap();
        assert_eq!(
            challenge.to_string(),
            r#"Bearer realm="api", error="invalid_token""#
        );
        assert_eq!(challenge.scheme(), "Bearer");
        assert_eq!(
            challenge.params().collect::<Vec<_>>(),
            [("realm", "api"), ("error", "invalid_token")]
        );
        assert_eq!(
            HeaderValue::from(Challenge::basic("admin area").unwrap()),
            r#"Basic realm="admin area""#
        );
        assert_eq!(
            Challenge::new("Negotiate").unwrap().to_string(),
            "Negotiate"
        );
    }

    #[test]
    fn escapes_quotes_and_backslashes() {
        let challenge = Challenge::new("X")
            .unwrap()
            .param("p", r#"a"b\c""#)
            .unwrap();
        assert_eq!(challenge.to_string(), r#"X p="a\"b\\c\"""#);
        let challenge = Challenge::new("X").unwrap().param("p", r"\\").unwrap();
        assert_eq!(HeaderValue::from(challenge), r#"X p="\\\\""#);
        let challenge = Challenge::new("X")
            .unwrap()
            .param("p", "tab\there, naïve")
            .unwrap();
        assert_eq!(challenge.to_string(), "X p=\"tab\there, naïve\"");
    }

    #[test]
    fn refuses_bad_scheme_with_index() {
        assert_eq!(
            kind(Challenge::new("Bea\rrer")),
            InvalidHeaderKind::Token {
                byte: b'\r',
                index: 3
            }
        );
        assert_eq!(
            kind(Challenge::new("B\n")),
            InvalidHeaderKind::Token {
                byte: b'\n',
                index: 1
            }
        );
        assert_eq!(
            kind(Challenge::new("\0")),
            InvalidHeaderKind::Token { byte: 0, index: 0 }
        );
        assert_eq!(
            kind(Challenge::new("B\x7f")),
            InvalidHeaderKind::Token {
                byte: 0x7f,
                index: 1
            }
        );
        assert_eq!(
            kind(Challenge::new("Bearer realm")),
            InvalidHeaderKind::Token {
                byte: b' ',
                index: 6
            }
        );
        assert_eq!(kind(Challenge::new("")), InvalidHeaderKind::Empty);
    }

    #[test]
    fn refuses_bad_param_names_with_index() {
        let bearer = || Challenge::new("Bearer").unwrap();
        assert_eq!(
            kind(bearer().param("re\ralm", "x")),
            InvalidHeaderKind::Token {
                byte: b'\r',
                index: 2
            }
        );
        assert_eq!(
            kind(bearer().param("\n", "x")),
            InvalidHeaderKind::Token {
                byte: b'\n',
                index: 0
            }
        );
        assert_eq!(
            kind(bearer().param("a\0", "x")),
            InvalidHeaderKind::Token { byte: 0, index: 1 }
        );
        assert_eq!(
            kind(bearer().param("a\x7f", "x")),
            InvalidHeaderKind::Token {
                byte: 0x7f,
                index: 1
            }
        );
        assert_eq!(
            kind(bearer().param("a=b", "x")),
            InvalidHeaderKind::Token {
                byte: b'=',
                index: 1
            }
        );
        assert_eq!(kind(bearer().param("", "x")), InvalidHeaderKind::Empty);
    }

    #[test]
    fn refuses_control_characters_in_values_with_index() {
        assert_eq!(
            kind(Challenge::bearer("api\r\nX: y")),
            InvalidHeaderKind::Byte {
                byte: b'\r',
                index: 3
            }
        );
        assert_eq!(
            kind(Challenge::basic("a\nb")),
            InvalidHeaderKind::Byte {
                byte: b'\n',
                index: 1
            }
        );
        let x = || Challenge::new("X").unwrap();
        assert_eq!(
            kind(x().param("p", "\0")),
            InvalidHeaderKind::Byte { byte: 0, index: 0 }
        );
        assert_eq!(
            kind(x().param("p", "ab\x7f")),
            InvalidHeaderKind::Byte {
                byte: 0x7f,
                index: 2
            }
        );
        assert_eq!(
            Challenge::bearer("\r").unwrap_err().field(),
            "authentication challenge"
        );
    }

    #[test]
    fn refuses_repeated_param_names() {
        let error = Challenge::bearer("a")
            .unwrap()
            .param("Realm", "b")
            .unwrap_err();
        assert_eq!(
            error.kind(),
            &InvalidHeaderKind::DuplicateParameter {
                name: "Realm".to_owned()
            }
        );
    }
}

mod location {
    use http::HeaderValue;
    use responses::header::{InvalidHeaderKind, Location};

    fn kind(uri: &str) -> InvalidHeaderKind {
        Location::new(uri).unwrap_err().kind().clone()
    }

    #[test]
    fn accepts_absolute_and_relative_references() {
        for uri in [
            "https://example.com/a?b=1#c",
            "/items/7",
            "../up",
            "?q=%20x",
        ] {
            let location = Location::new(uri).unwrap();
            assert_eq!(location.as_str(), uri);
            assert_eq!(location.to_string(), uri);
            assert_eq!(HeaderValue::from(location), uri);
        }
        assert_eq!(
            Location::try_from("/a").unwrap(),
            Location::from_static("/a")
        );
        assert_eq!(
            Location::try_from(String::from("/b")).unwrap().as_ref(),
            "/b"
        );
    }

    #[test]
    fn refuses_injection_bytes_with_their_index() {
        let cases: [(&str, u8, usize); 7] = [
            ("/abc\r\nSet-Cookie: a=b", b'\r', 4),
            ("/a\nb", b'\n', 2),
            ("/\0", 0, 1),
            ("/x\x7f", 0x7f, 2),
            ("/a b", b' ', 2),
            ("/a\tb", b'\t', 2),
            ("/café", 0xc3, 4),
        ];
        for (uri, byte, index) in cases {
            assert_eq!(
                kind(uri),
                InvalidHeaderKind::UriByte { byte, index },
                "{uri:?}"
            );
        }
        assert_eq!(kind(""), InvalidHeaderKind::Empty);
    }

    #[test]
    fn error_tells_to_percent_encode() {
        let error = Location::new("/a b").unwrap_err();
        assert_eq!(error.field(), "Location");
        assert_eq!(
            error.to_string(),
            "invalid Location: byte 0x20 (space) at index 2 is not allowed in a URI reference; \
             percent-encode spaces, control characters and non-ASCII characters"
        );
    }

    #[test]
    fn path_encodes_each_segment() {
        assert_eq!(Location::path(["users", "7"]).as_str(), "/users/7");
        assert_eq!(
            Location::path(["a b", "c/d", "e?f#g", "%", "ü"]).as_str(),
            "/a%20b/c%2Fd/e%3Ff%23g/%25/%C3%BC"
        );
        assert_eq!(
            Location::path(["\r\n", "\0", "\x7f"]).as_str(),
            "/%0D%0A/%00/%7F"
        );
        assert_eq!(Location::path(["-._~", "AZaz09"]).as_str(), "/-._~/AZaz09");
        assert_eq!(
            Location::path([".", "..", "..."]).as_str(),
            "/%2E/%2E%2E/..."
        );
        assert_eq!(Location::path(["", ""]).as_str(), "//");
        assert_eq!(Location::path(Vec::<String>::new()).as_str(), "/");
        // What `path` makes, `new` accepts unchanged.
        let made = Location::path(["x y", "é"]);
        assert_eq!(Location::new(made.as_str()).unwrap(), made);
    }

    #[test]
    #[should_panic(expected = "visible ASCII")]
    fn from_static_refuses_spaces() {
        let _ = Location::from_static("/a b");
    }
}

mod range {
    use http::HeaderValue;
    use responses::header::{ContentRange, InvalidHeaderKind};

    #[test]
    fn renders_each_form() {
        let range = ContentRange::bytes(0, 499, Some(1234)).unwrap();
        assert_eq!(range.to_string(), "bytes 0-499/1234");
        assert_eq!(
            (range.first(), range.last(), range.complete_length()),
            (Some(0), Some(499), Some(1234))
        );
        assert!(!range.is_unsatisfied());
        assert_eq!(
            HeaderValue::from(ContentRange::bytes(500, 500, None).unwrap()),
            "bytes 500-500/*"
        );
        assert_eq!(
            ContentRange::bytes(1233, 1233, Some(1234))
                .unwrap()
                .to_string(),
            "bytes 1233-1233/1234"
        );
        let max = ContentRange::bytes(0, u64::MAX - 1, Some(u64::MAX)).unwrap();
        assert_eq!(
            max.to_string(),
            format!("bytes 0-{}/{}", u64::MAX - 1, u64::MAX)
        );
    }

    #[test]
    fn unsatisfied_sends_only_the_length() {
        let range = ContentRange::unsatisfied(1234);
        assert_eq!(HeaderValue::from(range), "bytes */1234");
        assert!(range.is_unsatisfied());
        assert_eq!(
            (range.first(), range.last(), range.complete_length()),
            (None, None, Some(1234))
        );
    }

    #[test]
    fn refuses_ranges_outside_the_representation() {
        let error = ContentRange::bytes(500, 499, Some(1234)).unwrap_err();
        assert_eq!(error.field(), "Content-Range");
        assert_eq!(
            error.kind(),
            &InvalidHeaderKind::Range {
                first: 500,
                last: 499,
                complete_length: Some(1234)
            }
        );
        assert!(ContentRange::bytes(5, 4, None).is_err());
        assert!(ContentRange::bytes(0, 1234, Some(1234)).is_err());
        assert!(ContentRange::bytes(0, 0, Some(0)).is_err());
        assert_eq!(
            ContentRange::bytes(0, 1234, Some(1234))
                .unwrap_err()
                .to_string(),
            "invalid Content-Range: last byte position 1234 is not below the complete length 1234"
        );
    }
}

mod retry_after {
    use http::HeaderValue;
    use responses::header::RetryAfter;
    use std::time::{Duration, SystemTime};

    fn at(seconds: u64) -> String {
        RetryAfter::at(SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)).to_string()
    }

    #[test]
    fn delays_render_as_whole_seconds_rounded_up() {
        assert_eq!(RetryAfter::seconds(0).to_string(), "0");
        assert_eq!(
            HeaderValue::from(RetryAfter::seconds(u32::MAX)),
            "4294967295"
        );
        assert_eq!(RetryAfter::delay(Duration::from_secs(30)).to_string(), "30");
        assert_eq!(RetryAfter::delay(Duration::from_nanos(1)).to_string(), "1");
        assert_eq!(
            RetryAfter::delay(Duration::MAX).delay_seconds(),
            Some(u64::MAX)
        );
        assert_eq!(RetryAfter::seconds(5).date(), None);
    }

    #[test]
    fn dates_render_as_imf_fixdate() {
        assert_eq!(at(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(at(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(at(951_782_400), "Tue, 29 Feb 2000 00:00:00 GMT");
        assert_eq!(at(253_402_300_799), "Fri, 31 Dec 9999 23:59:59 GMT");
        assert_eq!(
            HeaderValue::from(RetryAfter::at(SystemTime::UNIX_EPOCH)),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
    }

    #[test]
    fn dates_round_up_and_clamp() {
        let early = SystemTime::UNIX_EPOCH + Duration::from_millis(784_111_776_001);
        assert_eq!(
            RetryAfter::at(early).to_string(),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        let before_epoch = SystemTime::UNIX_EPOCH - Duration::from_secs(1);
        assert_eq!(
            RetryAfter::at(before_epoch).to_string(),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        assert_eq!(at(253_402_300_800), "Fri, 31 Dec 9999 23:59:59 GMT");
        let date = RetryAfter::at(SystemTime::UNIX_EPOCH + Duration::from_secs(61));
        assert_eq!(
            date.date(),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(61))
        );
        assert_eq!(date.delay_seconds(), None);
    }
}

mod upgrade {
    use http::HeaderValue;
    use responses::header::{InvalidHeaderKind, Upgrade};

    fn kind(protocols: &[&str]) -> InvalidHeaderKind {
        Upgrade::new(protocols).unwrap_err().kind().clone()
    }

    #[test]
    fn renders_protocols_in_order() {
        let upgrade = Upgrade::new(["websocket", "h2c"]).unwrap();
        assert_eq!(upgrade.to_string(), "websocket, h2c");
        assert_eq!(upgrade.protocols(), ["websocket", "h2c"]);
        assert_eq!(
            HeaderValue::from(Upgrade::new(vec![String::from("HTTP/2.0")]).unwrap()),
            "HTTP/2.0"
        );
        assert_eq!(HeaderValue::from(Upgrade::websocket()), "websocket");
    }

    #[test]
    fn refuses_injection_bytes_with_their_index() {
        assert_eq!(
            kind(&["web\r\nsocket"]),
            InvalidHeaderKind::Token {
                byte: b'\r',
                index: 3
            }
        );
        assert_eq!(
            kind(&["h2c", "a\n"]),
            InvalidHeaderKind::Token {
                byte: b'\n',
                index: 1
            }
        );
        assert_eq!(
            kind(&["\0"]),
            InvalidHeaderKind::Token { byte: 0, index: 0 }
        );
        assert_eq!(
            kind(&["x\x7f"]),
            InvalidHeaderKind::Token {
                byte: 0x7f,
                index: 1
            }
        );
        assert_eq!(
            kind(&["HTTP/2\r"]),
            InvalidHeaderKind::Token {
                byte: b'\r',
                index: 6
            }
        );
        assert_eq!(
            kind(&["a, b"]),
            InvalidHeaderKind::Token {
                byte: b',',
                index: 1
            }
        );
    }

    #[test]
    fn refuses_misplaced_slashes_and_empty_input() {
        assert_eq!(
            kind(&["/1"]),
            InvalidHeaderKind::Token {
                byte: b'/',
                index: 0
            }
        );
        assert_eq!(
            kind(&["h2/"]),
            InvalidHeaderKind::Token {
                byte: b'/',
                index: 2
            }
        );
        assert_eq!(
            kind(&["a/b/c"]),
            InvalidHeaderKind::Token {
                byte: b'/',
                index: 3
            }
        );
        assert_eq!(kind(&[""]), InvalidHeaderKind::Empty);
        assert_eq!(kind(&[]), InvalidHeaderKind::Empty);
    }
}

/// Each kind of `InvalidHeader`, as a user meets it: the message names the
/// field, the byte (in hex and by name) and its index, and the rule.
mod errors {
    use responses::header::{Challenge, ContentRange, InvalidHeaderKind, Location, Upgrade};

    #[test]
    fn display_names_the_field_byte_and_rule() {
        let error = Challenge::bearer("api\r\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid authentication challenge: byte 0x0d (CR) at index 3 is not allowed in a \
             header value; header values cannot contain CR, LF or other control characters"
        );
        assert_eq!(error.field(), "authentication challenge");
        assert_eq!(
            error.kind(),
            &InvalidHeaderKind::Byte {
                byte: 0x0d,
                index: 3
            }
        );
    }

    #[test]
    fn display_of_each_kind() {
        let show = |error: responses::header::InvalidHeader| error.to_string();
        assert_eq!(
            show(Location::new("").unwrap_err()),
            "invalid Location: the value must not be empty"
        );
        assert!(show(Location::new("/a b").unwrap_err()).contains(
            "byte 0x20 (space) at index 2 is not allowed in a URI reference; percent-encode"
        ));
        assert!(
            show(Upgrade::new(["h2/"]).unwrap_err())
                .contains("byte 0x2f ('/') at index 2 is not allowed in a token")
        );
        assert!(show(Challenge::new("é").unwrap_err()).contains("0xc3 (non-ASCII)"));
        assert!(show(Challenge::new("a\0").unwrap_err()).contains("0x00 (NUL)"));
        assert!(show(Challenge::new("a\x7f").unwrap_err()).contains("0x7f (DEL)"));
        assert!(show(Challenge::new("\x1b").unwrap_err()).contains("0x1b (control character)"));
        assert_eq!(
            show(ContentRange::bytes(5, 4, None).unwrap_err()),
            "invalid Content-Range: first byte position 5 is after last byte position 4"
        );
        assert_eq!(
            show(ContentRange::bytes(0, 9, Some(9)).unwrap_err()),
            "invalid Content-Range: last byte position 9 is not below the complete length 9"
        );
        let twice = Challenge::bearer("a")
            .unwrap()
            .param("realm", "b")
            .unwrap_err();
        assert!(show(twice).contains("parameter `realm` is given twice"));
        let value = responses::response::Ok::new(())
            .try_header("x-a", "\n")
            .unwrap_err();
        assert_eq!(value.field(), "header value");
        assert!(show(value).starts_with("invalid header value: not a field value"));
    }
}
