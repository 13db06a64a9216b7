#[test]
fn ui_method() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/method/*.rs");
}
