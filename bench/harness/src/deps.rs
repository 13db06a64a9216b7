//! Clean build time of `responses` with its default features, of a crate
//! depending only on syn, quote, serde and toml (the floor for any macro
//! that reads a dataset), and of utoipa and poem-openapi: each a small crate
//! in `bench/deps/`, built from scratch in its own target directory, the
//! minimum of `plan.clean_runs` interleaved runs.

use crate::{Plan, command, paths};

/// One subject of the comparison.
pub struct Subject {
    pub package: &'static str,
    pub label: &'static str,
}

pub const SUBJECTS: &[Subject] = &[
    Subject {
        package: "deps-floor",
        label: "syn + quote + serde + toml (floor)",
    },
    Subject {
        package: "deps-responses",
        label: "`responses` (default features)",
    },
    Subject {
        package: "deps-utoipa",
        label: "utoipa (default features)",
    },
    Subject {
        package: "deps-poem-openapi",
        label: "poem-openapi (default features)",
    },
];

pub struct CleanBuild {
    /// Minimum wall-clock seconds.
    pub seconds: f64,
    /// Crates compiled (the subject included).
    pub crates: usize,
}

/// One entry per subject, in the order of `SUBJECTS`.
pub fn measure(plan: &Plan) -> Result<Vec<CleanBuild>, String> {
    let dir = paths::bench();
    // Downloads happen here, not in a timed build.
    command::run(command::cargo(&dir, &paths::target("fetch"), "fetch").arg("--quiet"))?;
    let mut results: Vec<CleanBuild> = SUBJECTS
        .iter()
        .map(|_| CleanBuild {
            seconds: f64::INFINITY,
            crates: 0,
        })
        .collect();
    for run in 1..=plan.clean_runs {
        for (subject, result) in SUBJECTS.iter().zip(&mut results) {
            let target = paths::target(&format!("clean-{}", subject.package));
            if target.exists() {
                std::fs::remove_dir_all(&target)
                    .map_err(|error| format!("cannot remove {}: {error}", target.display()))?;
            }
            let (elapsed, _, output) = command::timed(
                command::cargo(&dir, &target, "build").args(["-p", subject.package]),
            )?;
            let crates = String::from_utf8_lossy(&output.stderr)
                .lines()
                .filter(|line| line.trim_start().starts_with("Compiling "))
                .count();
            let seconds = elapsed.as_secs_f64();
            eprintln!(
                "   run {run}, {:18}: {seconds:7.2} s, {crates} crates",
                subject.package
            );
            result.seconds = result.seconds.min(seconds);
            result.crates = crates;
        }
    }
    Ok(results)
}
