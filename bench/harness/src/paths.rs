//! Where everything lives. All paths derive from this crate's manifest, so
//! the harness works from any current directory.

use std::path::{Path, PathBuf};

/// `bench/`.
pub fn bench() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the harness lives in bench/harness")
        .to_path_buf()
}

/// The repository root.
pub fn repository() -> PathBuf {
    bench()
        .parent()
        .expect("bench/ is in the repository")
        .to_path_buf()
}

/// `bench/generated/`: the generated crates, a workspace of their own.
pub fn generated() -> PathBuf {
    bench().join("generated")
}

/// `bench/target/<name>`: one target directory per purpose, so that the
/// builds of one part never invalidate those of another.
pub fn target(name: &str) -> PathBuf {
    bench().join("target").join(name)
}

/// `BENCHMARKS.md` at the repository root.
pub fn report() -> PathBuf {
    repository().join("BENCHMARKS.md")
}
