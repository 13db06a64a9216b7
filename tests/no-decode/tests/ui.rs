//! The message of a `from_response` call when `responses` is built without
//! its `decode` feature (this crate's manifest leaves it off).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
