//! The shape of the library crates' sources, as CONTRIBUTING.md asks for
//! it: no file over 600 lines, and no two sibling modules that name each
//! other (a module may use its parent's items and its children's).
//!
//! A module's references are the paths in its code, outside comments, that
//! start with `crate::`, `super::` or `self::`; each counts as a reference
//! to the deepest source file the path names.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const CRATES: [&str; 3] = ["core/src", "macros/src", "data/src"];
const MAX_LINES: usize = 600;

type Module = Vec<String>;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
        .to_path_buf()
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// `expand/items.rs` is `expand::items`; `expand/mod.rs` and `lib.rs` are
/// the module of their folder.
fn module_of(root: &Path, file: &Path) -> Module {
    let relative = file.strip_prefix(root).expect("a file of the crate");
    let mut module: Module = relative
        .with_extension("")
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        module.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        module.pop();
    }
    module
}

/// The text without `//` comments (doc comments name other modules in
/// prose and links; that is not a dependency).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| line.find("//").map_or(line, |at| &line[..at]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths of `code` that start at `crate`, `super` or `self`, as
/// segments.
fn local_paths(code: &str) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut paths = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !word(bytes[at]) || (at > 0 && (word(bytes[at - 1]) || bytes[at - 1] == b':')) {
            at += 1;
            continue;
        }
        let mut segments = Vec::new();
        let mut end = at;
        loop {
            let start = end;
            while end < bytes.len() && word(bytes[end]) {
                end += 1;
            }
            segments.push(code[start..end].to_owned());
            if code[end..].starts_with("::")
                && code[end + 2..].starts_with(|c: char| c == '_' || c.is_ascii_alphanumeric())
            {
                end += 2;
            } else {
                break;
            }
        }
        let local = matches!(segments[0].as_str(), "crate" | "super" | "self");
        if local && code[end..].starts_with("::{") {
            // `use crate::{docs, pretty};`: each member, one level deep.
            let close = code[end..].find('}').map_or(code.len(), |at| end + at);
            for member in code[end + 3..close].split(',') {
                let mut path = segments.clone();
                path.extend(
                    member
                        .trim()
                        .split("::")
                        .map(|segment| segment.split_whitespace().next().unwrap_or("").to_owned())
                        .take_while(|segment| !segment.is_empty() && segment.bytes().all(word)),
                );
                paths.push(path);
            }
            end = close;
        } else if local && segments.len() > 1 {
            paths.push(segments);
        }
        at = end.max(at + 1);
    }
    paths
}

/// The module a path of `from` (a file whose module is `module`) names.
fn target(modules: &BTreeSet<Module>, module: &Module, path: &[String]) -> Option<Module> {
    let mut base = match path[0].as_str() {
        "crate" => Vec::new(),
        "self" => module.clone(),
        _ => module[..module.len().saturating_sub(1)].to_vec(),
    };
    let mut rest = &path[1..];
    while rest.first().is_some_and(|segment| segment == "super") {
        base.pop();
        rest = &rest[1..];
    }
    let mut found = None;
    for segment in rest {
        base.push(segment.clone());
        if modules.contains(&base) {
            found = Some(base.clone());
        }
    }
    found
}

#[test]
fn no_source_file_is_over_600_lines() {
    let mut long = Vec::new();
    let mut count = 0;
    for krate in CRATES {
        let mut files = Vec::new();
        sources(&workspace().join(krate), &mut files);
        for file in files {
            count += 1;
            let lines = fs::read_to_string(&file)
                .expect("a source file")
                .lines()
                .count();
            if lines > MAX_LINES {
                long.push(format!("{} ({lines} lines)", file.display()));
            }
        }
    }
    assert!(count > 50, "only {count} source files were found");
    assert!(long.is_empty(), "split these files: {long:#?}");
}

#[test]
fn no_two_sibling_modules_use_each_other() {
    let mut circles = Vec::new();
    let mut edges = 0;
    for krate in CRATES {
        let root = workspace().join(krate);
        let mut files = Vec::new();
        sources(&root, &mut files);
        let modules: BTreeMap<Module, PathBuf> = files
            .into_iter()
            .map(|file| (module_of(&root, &file), file))
            .collect();
        let names: BTreeSet<Module> = modules.keys().cloned().collect();
        let mut uses: BTreeMap<&Module, BTreeSet<Module>> = BTreeMap::new();
        for (module, file) in &modules {
            let text = code(&fs::read_to_string(file).expect("a source file"));
            let targets = local_paths(&text)
                .iter()
                .filter_map(|path| target(&names, module, path))
                .filter(|other| other != module)
                .collect();
            uses.insert(module, targets);
        }
        for (module, targets) in &uses {
            for other in targets {
                edges += 1;
                let nested = other.starts_with(module) || module.starts_with(other);
                if !nested && module < &other && uses[other].contains(*module) {
                    circles.push(format!(
                        "{krate}: {} <-> {}",
                        module.join("::"),
                        other.join("::")
                    ));
                }
            }
        }
    }
    assert!(
        edges > 100,
        "only {edges} references between modules were found"
    );
    assert!(
        circles.is_empty(),
        "modules that use each other: {circles:#?}"
    );
}

#[test]
fn the_scanner_sees_a_circle() {
    let modules: BTreeSet<Module> = [vec!["a".to_owned()], vec!["b".to_owned()]].into();
    let paths = local_paths(&code(
        "use super::b::Thing; // crate::a::not_code\nfn f() { crate::a::g() }\nuse crate::{a, b::c};",
    ));
    let found: Vec<_> = paths
        .iter()
        .filter_map(|path| target(&modules, &vec!["a".to_owned()], path))
        .collect();
    let [a, b] = [vec!["a".to_owned()], vec!["b".to_owned()]];
    assert_eq!(found, [b.clone(), a.clone(), a, b]);
    assert!(local_paths(&code("// crate::a::b")).is_empty());
}
