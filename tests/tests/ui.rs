//! Every diagnostic of the macros, one compile-fail case each; the expected
//! `.stderr` files are what a user sees.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*/*.rs");
}

/// No expected message names this crate's or a framework's internals: a
/// user cannot act on a generated file, a private helper or a dependency's
/// inner module path.
#[test]
fn messages_name_no_internals() {
    const INTERNALS: [&str; 7] = [
        "$OUT_DIR",
        "types.rs",
        "axum_core::",
        "actix_http::",
        "headers_core::",
        "__private",
        "_::",
    ];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut checked = 0;
    let mut found = Vec::new();
    for group in std::fs::read_dir(&root).expect("tests/ui exists") {
        let group = group.expect("a readable entry").path();
        if !group.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&group).expect("a readable folder") {
            let path = file.expect("a readable entry").path();
            if path.extension().is_none_or(|ext| ext != "stderr") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a readable .stderr");
            checked += 1;
            for internal in INTERNALS {
                if text.contains(internal) {
                    found.push(format!("{} names `{internal}`", path.display()));
                }
            }
        }
    }
    assert!(
        checked >= 50,
        "only {checked} .stderr files under {}",
        root.display()
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}
