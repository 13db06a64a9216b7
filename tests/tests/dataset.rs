//! The dataset holds the IANA registries exactly, and every validation rule
//! rejects a bad copy with a message naming the file, the entry and the field.

use responses_data::{
    Class, DataError, METHODS_TOML, Registry, RequestContent, STATUS_TOML, Standing,
};

// The IANA table is shared with the framework tests, which compare the
// phrases on the wire with it.
#[path = "common/iana.rs"]
mod iana;
use iana::REGISTRY;

fn registry() -> Registry {
    Registry::embedded().unwrap_or_else(|errors| panic!("{errors}"))
}

#[test]
fn has_every_registered_code_with_its_exact_phrase() {
    let registry = registry();
    let actual: Vec<(u16, &str)> = registry
        .statuses
        .iter()
        .map(|entry| (entry.code, entry.phrase))
        .collect();
    assert_eq!(actual, REGISTRY);
}

#[test]
fn content_is_forbidden_exactly_on_1xx_204_205_304() {
    // Written out rather than derived from the rule, which the validator
    // itself enforces.
    let forbidden: Vec<u16> = registry()
        .statuses
        .iter()
        .filter(|entry| entry.content_forbidden)
        .map(|entry| entry.code)
        .collect();
    assert_eq!(forbidden, [100, 101, 102, 103, 104, 204, 205, 304]);
}

#[test]
fn heuristically_cacheable_codes_follow_rfc_9110_and_7725() {
    let cacheable: Vec<u16> = registry()
        .statuses
        .iter()
        .filter(|entry| entry.cacheable)
        .map(|entry| entry.code)
        .collect();
    assert_eq!(
        cacheable,
        [
            200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501
        ]
    );
}

#[test]
fn required_headers_are_the_musts_of_the_specifications() {
    let registry = registry();
    let required = |code| -> Vec<&str> {
        let entry = registry.status(code).unwrap();
        entry
            .required_headers
            .iter()
            .map(|field| field.name)
            .collect()
    };
    assert_eq!(required(101), ["Upgrade"]);
    assert_eq!(required(206), ["Content-Range"]);
    assert_eq!(required(401), ["WWW-Authenticate"]);
    assert_eq!(required(405), ["Allow"]);
    assert_eq!(required(407), ["Proxy-Authenticate"]);
    assert_eq!(required(426), ["Upgrade"]);
    // RFC 3229, section 10.4.1: ETag; section 10.5.2: IM names the
    // manipulations a client applies.
    assert_eq!(required(226), ["ETag", "IM"]);
    let with_required: Vec<u16> = registry
        .statuses
        .iter()
        .filter(|entry| !entry.required_headers.is_empty())
        .map(|entry| entry.code)
        .collect();
    assert_eq!(with_required, [101, 206, 226, 401, 405, 407, 426]);
}

#[test]
fn redirects_take_a_location_and_retry_after_is_expected_where_it_applies() {
    let registry = registry();
    for code in [301, 302, 303, 307, 308] {
        let entry = registry.status(code).unwrap();
        assert_eq!(entry.constructor_headers, ["Location"], "{code}");
        assert!(
            entry
                .expected_headers
                .iter()
                .any(|h| h.name == "Retry-After"),
            "{code}"
        );
    }
    for code in [413, 429, 503] {
        let entry = registry.status(code).unwrap();
        assert_eq!(entry.expected_headers, ["Retry-After"], "{code}");
    }
    assert_eq!(registry.status(201).unwrap().expected_headers, ["Location"]);
    assert_eq!(
        registry.status(416).unwrap().constructor_headers,
        ["Content-Range"]
    );
}

#[test]
fn expected_headers_follow_the_defining_sections() {
    let registry = registry();
    let expected = |code| -> Vec<&str> {
        let entry = registry.status(code).unwrap();
        entry
            .expected_headers
            .iter()
            .map(|field| field.name)
            .collect()
    };
    // RFC 9110, section 15.3.7: what a 200 would have carried.
    assert_eq!(
        expected(206),
        [
            "Cache-Control",
            "Content-Location",
            "Date",
            "ETag",
            "Expires",
            "Vary"
        ]
    );
    // RFC 3229, section 10.5.1.
    assert_eq!(expected(226), ["Delta-Base"]);
    // RFC 9110, section 15.5.16.
    assert_eq!(expected(415), ["Accept-Encoding"]);
    // RFC 7725, section 4: `Link` with the relation "blocked-by".
    assert_eq!(expected(451), ["Link"]);
    // A required field without a typed value is not a constructor
    // parameter: the caller sets it.
    assert!(registry.status(226).unwrap().constructor_headers.is_empty());
}

#[test]
fn standings_and_former_phrases() {
    let registry = registry();
    let standing = |code| registry.status(code).unwrap().standing;
    assert_eq!(standing(104), Standing::Temporary);
    assert_eq!(standing(305), Standing::Deprecated);
    assert_eq!(standing(306), Standing::Unused);
    assert_eq!(standing(418), Standing::Unused);
    assert_eq!(standing(510), Standing::Obsolete);
    let not_current = registry
        .statuses
        .iter()
        .filter(|entry| entry.standing != Standing::Current)
        .count();
    assert_eq!(not_current, 5);
    let former = |code| registry.status(code).unwrap().former_phrases;
    assert!(former(413).contains(&"Payload Too Large"));
    assert_eq!(former(422), ["Unprocessable Entity"]);
    assert_eq!(former(416), ["Requested Range Not Satisfiable"]);
}

#[test]
fn names_follow_the_phrases() {
    let registry = registry();
    let names = |code| {
        let entry = registry.status(code).unwrap();
        (entry.name, entry.constant, entry.class)
    };
    assert_eq!(names(200), ("Ok", "OK", Class::Successful));
    assert_eq!(
        names(413),
        ("ContentTooLarge", "CONTENT_TOO_LARGE", Class::ClientError)
    );
    assert_eq!(
        names(422),
        (
            "UnprocessableContent",
            "UNPROCESSABLE_CONTENT",
            Class::ClientError
        )
    );
    assert_eq!(
        names(505),
        (
            "HttpVersionNotSupported",
            "HTTP_VERSION_NOT_SUPPORTED",
            Class::ServerError
        )
    );
}

#[test]
fn has_the_nine_methods_with_their_properties() {
    use RequestContent::{Defined, Forbidden, Undefined};
    let registry = registry();
    let actual: Vec<(&str, bool, bool, RequestContent)> = registry
        .methods
        .iter()
        .map(|m| (m.name, m.safe, m.idempotent, m.request_content))
        .collect();
    assert_eq!(
        actual,
        [
            ("GET", true, true, Undefined),
            ("HEAD", true, true, Undefined),
            ("POST", false, false, Defined),
            ("PUT", false, true, Defined),
            ("DELETE", false, true, Undefined),
            ("CONNECT", false, false, Undefined),
            ("OPTIONS", true, true, Undefined),
            ("TRACE", true, true, Forbidden),
            ("PATCH", false, false, Defined),
        ]
    );
    let cacheable: Vec<&str> = registry
        .methods
        .iter()
        .filter(|m| m.cacheable)
        .map(|m| m.name)
        .collect();
    assert_eq!(cacheable, ["GET", "HEAD", "POST", "PATCH"]);
}

// ---- validation: a malformed copy of the data, fed to the same code ----

/// The errors for `status.toml` with `from` replaced by `to` (once).
fn status_errors(from: &str, to: &str) -> Vec<DataError> {
    assert!(
        STATUS_TOML.contains(from),
        "the dataset no longer contains {from:?}"
    );
    let edited = STATUS_TOML.replacen(from, to, 1);
    match Registry::parse(&edited, METHODS_TOML) {
        Ok(_) => panic!("replacing {from:?} by {to:?} was accepted"),
        Err(errors) => errors.0,
    }
}

fn method_errors(from: &str, to: &str) -> Vec<DataError> {
    assert!(
        METHODS_TOML.contains(from),
        "the dataset no longer contains {from:?}"
    );
    let edited = METHODS_TOML.replacen(from, to, 1);
    match Registry::parse(STATUS_TOML, &edited) {
        Ok(_) => panic!("replacing {from:?} by {to:?} was accepted"),
        Err(errors) => errors.0,
    }
}

/// Asserts exactly one error, and that it reads `expected`.
fn assert_single(errors: &[DataError], expected: &str) {
    let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(rendered, [expected]);
}

#[test]
fn rejects_invalid_toml_naming_the_file() {
    let errors = status_errors("code = 409\n", "code = = 409\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "data/status.toml");
    assert_eq!(errors[0].entry, "file");
    assert!(
        errors[0].message.starts_with("not valid TOML"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_a_missing_field() {
    let errors = status_errors("phrase = \"Conflict\"\n", "");
    assert_single(
        &errors,
        "data/status.toml: entry 34 (code 409): field `phrase`: missing",
    );
}

#[test]
fn rejects_a_field_of_the_wrong_type() {
    let errors = status_errors("code = 409\n", "code = \"409\"\n");
    assert_single(
        &errors,
        "data/status.toml: entry 34: field `code`: expected an integer, found string",
    );
}

#[test]
fn rejects_an_unknown_field() {
    let errors = status_errors(
        "phrase = \"Conflict\"\n",
        "phrase = \"Conflict\"\nphrse = \"x\"\n",
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field.as_deref(), Some("phrse"));
    assert!(
        errors[0].message.starts_with("unknown field"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_a_code_out_of_range() {
    let errors = status_errors("code = 511\n", "code = 611\n");
    assert_single(
        &errors,
        "data/status.toml: entry for code 611: field `code`: 611 is not a status code (100 to 599)",
    );
}

#[test]
fn rejects_a_duplicate_code() {
    let errors = status_errors("code = 410\n", "code = 409\n");
    let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        rendered.contains(
            &"data/status.toml: entry for code 409: field `code`: duplicate code; each code has one entry"
                .to_owned()
        ),
        "{rendered:?}"
    );
}

#[test]
fn rejects_codes_out_of_order() {
    let errors = status_errors("code = 100\n", "code = 150\n");
    assert_single(
        &errors,
        "data/status.toml: entry for code 101: field `code`: \
         entries must be in ascending order of code, but this one follows 150",
    );
}

#[test]
fn rejects_a_class_that_disagrees_with_the_code() {
    let errors = status_errors(
        "code = 409\nphrase = \"Conflict\"\nname = \"Conflict\"\nconstant = \"CONFLICT\"\nclass = \"client-error\"",
        "code = 409\nphrase = \"Conflict\"\nname = \"Conflict\"\nconstant = \"CONFLICT\"\nclass = \"server-error\"",
    );
    assert_single(
        &errors,
        "data/status.toml: entry for code 409: field `class`: 409 is a client-error code, not server-error",
    );
}

#[test]
fn rejects_an_unknown_class() {
    let errors = status_errors("class = \"client-error\"", "class = \"client\"");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field.as_deref(), Some("class"));
    assert!(
        errors[0].message.starts_with("`client` is not one of"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_names_that_are_not_rust_identifiers() {
    let errors = status_errors("name = \"Conflict\"", "name = \"conflict-1\"");
    assert_single(
        &errors,
        "data/status.toml: entry for code 409: field `name`: \
         `conflict-1` is not an UpperCamelCase Rust identifier (such as `NotFound`)",
    );
    let errors = status_errors("constant = \"CONFLICT\"", "constant = \"Conflict\"");
    assert_eq!(errors[0].field.as_deref(), Some("constant"));
}

#[test]
fn rejects_duplicate_names() {
    let errors = status_errors("name = \"Conflict\"", "name = \"Gone\"");
    assert_single(
        &errors,
        "data/status.toml: entry for code 410: field `name`: `Gone` is used by the entry for code 409 already",
    );
}

#[test]
fn rejects_content_rules_that_contradict_rfc_9110() {
    let errors = status_errors("content_forbidden = true\n", "");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field.as_deref(), Some("content_forbidden"));
    assert!(
        errors[0].message.contains("never carry content"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_unknown_header_names_with_a_hint() {
    let errors = status_errors(
        "required_headers = [\"Allow\"]",
        "required_headers = [\"allow\"]",
    );
    let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        rendered.contains(
            &"data/status.toml: entry 30 (code 405): field `required_headers`: write `Allow`, not `allow`"
                .to_owned()
        ),
        "{rendered:?}"
    );
    let errors = status_errors(
        "required_headers = [\"Allow\"]",
        "required_headers = [\"Allowed-Methods\"]",
    );
    assert!(
        errors[0]
            .message
            .contains("not a header field the dataset knows"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_a_required_header_the_constructor_does_not_take() {
    let errors = status_errors(
        "constructor_headers = [\"Allow\"]",
        "constructor_headers = []",
    );
    assert_single(
        &errors,
        "data/status.toml: entry for code 405: field `constructor_headers`: \
         `Allow` is required, so the typed constructor must take it: add it here",
    );
}

#[test]
fn rejects_a_standing_without_its_note() {
    let errors = status_errors(
        "standing = \"deprecated\"\nstanding_note = ",
        "standing = \"deprecated\"\n# ",
    );
    assert_single(
        &errors,
        "data/status.toml: entry for code 305: field `standing_note`: \
         a `deprecated` code needs a note saying why",
    );
}

#[test]
fn reports_every_problem_at_once() {
    let edited = STATUS_TOML
        .replacen("name = \"Conflict\"", "name = \"conflict\"", 1)
        .replacen("code = 511\n", "code = 711\n", 1);
    let errors = Registry::parse(&edited, METHODS_TOML).unwrap_err();
    assert_eq!(errors.0.len(), 2, "{errors}");
    let text = errors.to_string();
    assert!(text.starts_with("the dataset has 2 problems:"), "{text}");
}

#[test]
fn rejects_a_safe_method_that_is_not_idempotent() {
    let errors = method_errors(
        "name = \"GET\"\nsafe = true\nidempotent = true",
        "name = \"GET\"\nsafe = true\nidempotent = false",
    );
    assert_single(
        &errors,
        "data/methods.toml: entry 1 (GET): field `idempotent`: a safe method is idempotent as well",
    );
}

#[test]
fn rejects_a_duplicate_method_naming_both_entries() {
    // PUT rather than HEAD: 304 is limited to HEAD, which would then be unknown.
    let errors = method_errors("name = \"PUT\"", "name = \"POST\"");
    assert_single(
        &errors,
        "data/methods.toml: entry 4 (POST): field `name`: `POST` is used by the entry 3 (POST) already",
    );
}

#[test]
fn rejects_a_method_with_an_empty_section_or_a_url_with_spaces() {
    let errors = method_errors("section = \"9.3.1\"", "section = \" \"");
    assert_single(
        &errors,
        "data/methods.toml: entry 1 (GET): field `section`: must not be empty",
    );
    let errors = method_errors(
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-9.3.1",
        "https://example.org/a b",
    );
    assert_single(
        &errors,
        "data/methods.toml: entry 1 (GET): field `url`: `https://example.org/a b` is not an https URL",
    );
}

#[test]
fn rejects_a_method_with_a_missing_field() {
    let errors = method_errors("name = \"PATCH\"\nsafe = false\n", "name = \"PATCH\"\n");
    assert_single(
        &errors,
        "data/methods.toml: entry 9 (PATCH): field `safe`: missing",
    );
}

// ---- drift: what `responses` was generated from is the dataset ----

#[test]
fn status_facts_are_the_datasets() {
    use responses::Status;
    let registry = registry();
    let codes: Vec<u16> = Status::ALL.iter().map(|status| status.code()).collect();
    let expected: Vec<u16> = registry.statuses.iter().map(|entry| entry.code).collect();
    assert_eq!(codes, expected);
    for entry in &registry.statuses {
        let status = Status::from_u16(entry.code).unwrap();
        let facts = (
            status.phrase(),
            status.name(),
            status.constant_name(),
            status.class(),
            status.summary(),
            status.description(),
            (status.spec(), status.section(), status.spec_url()),
            (status.is_content_forbidden(), status.is_cacheable()),
            (
                status.required_headers(),
                status.expected_headers(),
                status.constructor_headers(),
            ),
            (status.standing(), status.standing_note()),
            status.former_phrases(),
        );
        let data = (
            entry.phrase,
            entry.name,
            entry.constant,
            entry.class,
            entry.summary,
            entry.description,
            (entry.spec, entry.section, entry.url),
            (entry.content_forbidden, entry.cacheable),
            (
                entry.required_headers,
                entry.expected_headers,
                entry.constructor_headers,
            ),
            (entry.standing, entry.standing_note),
            entry.former_phrases,
        );
        assert_eq!(facts, data, "{}", entry.code);
    }
}

#[test]
fn method_facts_are_the_datasets() {
    use responses::Method;
    let registry = registry();
    assert_eq!(Method::ALL.len(), registry.methods.len());
    for (method, entry) in Method::ALL.iter().zip(&registry.methods) {
        let facts = (
            method.as_str(),
            method.is_safe(),
            method.is_idempotent(),
            method.is_cacheable(),
            method.request_content(),
            method.summary(),
            (method.spec(), method.section(), method.spec_url()),
        );
        let data = (
            entry.name,
            entry.safe,
            entry.idempotent,
            entry.cacheable,
            entry.request_content,
            entry.summary,
            (entry.spec, entry.section, entry.url),
        );
        assert_eq!(facts, data);
    }
}

#[test]
fn method_rules_follow_rfc_9110() {
    use responses_data::ResponseContent;
    let registry = registry();
    let limited: Vec<(u16, &[&str], Option<&str>)> = registry
        .statuses
        .iter()
        .filter(|s| !s.methods.is_empty())
        .map(|s| (s.code, s.methods, s.methods_section))
        .collect();
    assert_eq!(
        limited,
        [
            (206, &["GET"][..], Some("14.2")),
            (304, &["GET", "HEAD"][..], Some("15.4.5")),
            (416, &["GET"][..], Some("14.2")),
        ]
    );
    let content: Vec<(&str, ResponseContent)> = registry
        .methods
        .iter()
        .filter(|m| m.response_content != ResponseContent::Any)
        .map(|m| (m.name, m.response_content))
        .collect();
    assert_eq!(
        content,
        [
            ("HEAD", ResponseContent::Forbidden),
            ("CONNECT", ResponseContent::ForbiddenOnSuccess)
        ]
    );
}

#[test]
fn rejects_a_status_limited_to_an_unknown_method() {
    let errors = status_errors(
        "methods = [\"GET\", \"HEAD\"]",
        "methods = [\"GET\", \"HAED\"]",
    );
    assert_single(
        &errors,
        "data/status.toml: entry for code 304: field `methods`: `HAED` is not a method of data/methods.toml",
    );
}

#[test]
fn rejects_a_method_limit_without_its_section() {
    let errors = status_errors("methods_section = \"15.4.5\"\n", "");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field.as_deref(), Some("methods_section"));
}

#[test]
fn rejects_an_unknown_response_content() {
    let errors = method_errors(
        "response_content = \"forbidden\"",
        "response_content = \"none\"",
    );
    let rendered: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        rendered
            .iter()
            .any(|error| error.contains("field `response_content`")),
        "{rendered:?}"
    );
}
