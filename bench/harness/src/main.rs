//! The benchmark harness of `responses`: generates the benchmark crates,
//! measures them and writes `BENCHMARKS.md`. Run it through `bench/run.sh`.
//!
//! One module per part of the suite:
//!
//! * `generate.rs`: the generated crates (under `bench/generated/`);
//! * `expansion.rs`: CPU time of compiling N enums in every form;
//! * `deps.rs`: clean build time of the library and its peers;
//! * `runtime.rs`: instructions per response, under callgrind;
//! * `size.rs`: LLVM IR per enum, with `cargo llvm-lines`;
//! * `profile.rs`: rustc's instructions for every form, and where the
//!   macro's share of a compile goes, under callgrind;
//! * `report.rs`: the tables and `BENCHMARKS.md`.

mod command;
mod deps;
mod expansion;
mod generate;
mod machine;
mod paths;
mod profile;
mod report;
mod runtime;
mod size;

use std::process::ExitCode;

/// What one invocation measures.
pub struct Plan {
    /// Numbers of enums per generated crate.
    pub enum_counts: Vec<usize>,
    /// Timed rounds of each compile of the generated crates, interleaved;
    /// the median is reported.
    pub runs: usize,
    /// The same for the clean builds, which take minutes and vary less.
    pub clean_runs: usize,
    /// Enums in the crates profiled under callgrind and measured for size.
    pub profile_enums: usize,
    pub quick: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (quick, generate_only) = match args.as_slice() {
        [] => (false, false),
        [flag] if flag == "--quick" => (true, false),
        [flag] if flag == "--generate" => (false, true),
        [flag] if flag == "--runtime" => {
            return match runtime_only() {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("bench: {error}");
                    ExitCode::FAILURE
                }
            };
        }
        _ => {
            eprintln!("usage: bench-harness [--quick | --generate | --runtime]");
            return ExitCode::FAILURE;
        }
    };
    let plan = if quick {
        Plan {
            enum_counts: vec![10, 100],
            runs: 1,
            clean_runs: 1,
            // The per-enum figures of section 1 are the difference between
            // the profiled crate and the smallest one: it must be larger.
            profile_enums: 100,
            quick,
        }
    } else {
        Plan {
            enum_counts: vec![10, 100, 1000],
            runs: 3,
            clean_runs: 3,
            profile_enums: 100,
            quick,
        }
    };
    let outcome = if generate_only {
        generate::all(&plan).and_then(|_| generate::check_equivalence())
    } else {
        run(&plan)
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bench: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Section 3 alone: measures the runtime cases and replaces that section
/// of BENCHMARKS.md, leaving the others as their last full run wrote them.
fn runtime_only() -> Result<(), String> {
    let machine = machine::describe();
    eprintln!("== runtime (callgrind)");
    let runtime = runtime::measure()?;
    let section = report::runtime_alone(&runtime, &machine);
    print!("{section}");
    let path = paths::report();
    let text = std::fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let start = text
        .find("## 3. Runtime")
        .ok_or_else(|| format!("{} has no section 3: run bench/run.sh", path.display()))?;
    let end = text[start..]
        .find("\n## 4.")
        .map(|offset| start + offset + 1)
        .ok_or_else(|| format!("{} has no section 4: run bench/run.sh", path.display()))?;
    let text = format!("{}{section}{}", &text[..start], &text[end..]);
    std::fs::write(&path, text)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    eprintln!("== wrote section 3 of {}", path.display());
    Ok(())
}

fn run(plan: &Plan) -> Result<(), String> {
    let started = std::time::Instant::now();
    let machine = machine::describe();
    eprintln!("== generating the benchmark crates");
    let generated = generate::all(plan)?;
    eprintln!("== checking that every form answers alike");
    generate::check_equivalence()?;
    eprintln!("== expansion cost");
    let expansion = expansion::measure(plan)?;
    eprintln!("== rustc's instructions for every form (callgrind)");
    let instructions = profile::instructions(plan)?;
    eprintln!("== dependency cost (clean builds)");
    let deps = deps::measure(plan)?;
    eprintln!("== runtime (callgrind)");
    let runtime = runtime::measure()?;
    eprintln!("== generated code size (cargo llvm-lines)");
    let size = size::measure(plan)?;
    eprintln!("== where the expansion goes (callgrind on rustc)");
    let profile = profile::measure(plan)?;
    let results = report::Results {
        plan,
        machine,
        generated,
        expansion,
        instructions,
        deps,
        runtime,
        size,
        profile,
        elapsed: started.elapsed(),
    };
    let text = report::markdown(&results);
    print!("{}", report::terminal(&results));
    std::fs::write(paths::report(), text)
        .map_err(|error| format!("cannot write {}: {error}", paths::report().display()))?;
    eprintln!("== wrote {}", paths::report().display());
    Ok(())
}
