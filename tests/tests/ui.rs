//! Every diagnostic of the macros, one compile-fail case each; the expected
//! `.stderr` files are what a user sees.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*/*.rs");
}
