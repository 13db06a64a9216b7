//! Compile time of N enums in each form: the whole `cargo build` of the
//! crate (its dependencies already built) and rustc's `expand_crate` pass
//! (`-Z time-passes`), the minimum of `plan.runs` interleaved runs.

use std::collections::BTreeMap;

use crate::generate::{self, Form};
use crate::{Plan, command, paths};

/// The minimum over the runs, in seconds.
#[derive(Clone, Copy, Default)]
pub struct Timing {
    /// Wall-clock time of `cargo build` of the crate alone.
    pub build: f64,
    /// rustc's `expand_crate` pass.
    pub expand: f64,
    /// rustc's own total, from the same `-Z time-passes` run.
    pub rustc_total: f64,
}

/// Timings by (number of enums, form).
pub struct Expansion {
    pub timings: BTreeMap<(usize, usize), Timing>,
}

impl Expansion {
    pub fn get(&self, enums: usize, form: Form) -> Option<Timing> {
        let index = Form::ALL.iter().position(|f| *f == form)?;
        self.timings.get(&(enums, index)).copied()
    }
}

pub fn measure(plan: &Plan) -> Result<Expansion, String> {
    let dir = paths::generated();
    let target = paths::target("generated");
    // Build every crate once, untimed, so the dependencies are in place.
    for &enums in &plan.enum_counts {
        for form in Form::ALL {
            let package = generate::package(form, enums);
            eprintln!("   building {package} and its dependencies");
            command::run(command::cargo(&dir, &target, "build").args(["--quiet", "-p", &package]))?;
        }
    }
    let mut timings: BTreeMap<(usize, usize), Timing> = BTreeMap::new();
    for &enums in &plan.enum_counts {
        for run in 1..=plan.runs {
            for (index, form) in Form::ALL.into_iter().enumerate() {
                let package = generate::package(form, enums);
                let lib = generate::lib_rs(&package);

                command::touch(&lib)?;
                let (build, _) = command::timed(
                    command::cargo(&dir, &target, "build").args(["--quiet", "-p", &package]),
                )?;

                command::touch(&lib)?;
                let (_, output) = command::timed(command::cargo(&dir, &target, "rustc").args([
                    "--quiet",
                    "-p",
                    &package,
                    "--lib",
                    "--",
                    "-Ztime-passes",
                ]))?;
                let passes = String::from_utf8_lossy(&output.stderr);
                let expand = pass_time(&passes, "expand_crate")
                    .ok_or_else(|| format!("no expand_crate in -Z time-passes of {package}"))?;
                let rustc_total = pass_time(&passes, "total")
                    .ok_or_else(|| format!("no total in -Z time-passes of {package}"))?;
                let build = build.as_secs_f64();
                eprintln!(
                    "   N = {enums:4}, run {run}, {:6}: build {build:7.3} s, expand_crate {expand:7.3} s, rustc total {rustc_total:7.3} s",
                    form.slug()
                );
                let entry = timings.entry((enums, index)).or_insert(Timing {
                    build: f64::INFINITY,
                    expand: f64::INFINITY,
                    rustc_total: f64::INFINITY,
                });
                entry.build = entry.build.min(build);
                entry.expand = entry.expand.min(expand);
                entry.rustc_total = entry.rustc_total.min(rustc_total);
            }
        }
    }
    Ok(Expansion { timings })
}

/// The seconds of the first `-Z time-passes` line for `pass`, such as
/// `time:   0.123; rss:   40MB ->   52MB (  +12MB) expand_crate` (with a
/// tab before the name).
pub fn pass_time(passes: &str, pass: &str) -> Option<f64> {
    passes.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix("time:")?;
        if line.split_whitespace().next_back()? != pass {
            return None;
        }
        rest.trim_start().split(';').next()?.trim().parse().ok()
    })
}
