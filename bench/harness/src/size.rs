//! Lines of LLVM IR per enum (`cargo llvm-lines`, debug profile) of crates
//! whose enums are each built and converted into `http::Response<String>`
//! once, so that the conversions are instantiated.

use crate::generate::SizeForm;
use crate::{Plan, command, paths};

pub struct Size {
    pub lines: u64,
    pub copies: u64,
}

/// One entry per `SizeForm::ALL`, or `None` when `cargo llvm-lines` is
/// missing.
pub fn measure(plan: &Plan) -> Result<Option<Vec<Size>>, String> {
    if !command::available("cargo", &["llvm-lines", "--version"]) {
        eprintln!("   cargo llvm-lines is not installed (bench/run.sh installs it); skipped");
        return Ok(None);
    }
    let dir = paths::generated();
    let target = paths::target("llvm-lines");
    let mut sizes = Vec::new();
    for form in SizeForm::ALL {
        let output = command::run(command::cargo(&dir, &target, "llvm-lines").args([
            "-p",
            form.package(),
            "--lib",
        ]))?;
        let text = String::from_utf8_lossy(&output.stdout);
        let size = total(&text).ok_or_else(|| {
            format!(
                "no (TOTAL) line from cargo llvm-lines for {}",
                form.package()
            )
        })?;
        eprintln!(
            "   {:12} {:7} lines, {:5} copies ({} enums)",
            form.package(),
            size.lines,
            size.copies,
            plan.profile_enums
        );
        sizes.push(size);
    }
    Ok(Some(sizes))
}

/// The `(TOTAL)` line: `  12345 (100%)  678 (100%)  (TOTAL)`.
fn total(text: &str) -> Option<Size> {
    let line = text
        .lines()
        .find(|line| line.trim_end().ends_with("(TOTAL)"))?;
    let numbers: Vec<u64> = line
        .split_whitespace()
        .filter_map(|word| word.parse().ok())
        .collect();
    Some(Size {
        lines: *numbers.first()?,
        copies: *numbers.get(1)?,
    })
}
