//! Instructions per operation of the runtime cases (`bench/runtime`), counted
//! by callgrind: each case runs twice, with `LOW` and `HIGH` iterations, and
//! the difference of the totals divided by `HIGH - LOW` is the cost of one
//! operation, with start-up and exit cancelled out. Instruction counts do not
//! depend on the load of the machine.

use std::path::Path;
use std::process::Command;

use crate::{command, paths};

pub const LOW: u64 = 1_000;
pub const HIGH: u64 = 11_000;

pub struct Case {
    /// `target/scenario/form`.
    pub name: String,
    pub instructions: f64,
}

pub struct Runtime {
    pub cases: Vec<Case>,
    /// Why the axum cases are missing, if they are.
    pub axum_missing: Option<String>,
}

pub fn measure() -> Result<Runtime, String> {
    let dir = paths::bench();
    let target = paths::target("runtime");
    let build = |features: &[&str]| {
        command::run(
            command::cargo(&dir, &target, "build")
                .args(["--quiet", "--release", "-p", "bench-runtime"])
                .args(features),
        )
    };
    let axum_missing = match build(&["--features", "axum"]) {
        Ok(_) => None,
        Err(error) => {
            eprintln!("   the axum cases do not build; measuring the http cases only");
            build(&[])?;
            Some(first_error(&error))
        }
    };
    let binary = target.join("release/bench-runtime");
    let list = command::run(Command::new(&binary).arg("list"))?;
    let mut cases = Vec::new();
    for name in String::from_utf8_lossy(&list.stdout).lines() {
        let low = collected(&binary, name, LOW)?;
        let high = collected(&binary, name, HIGH)?;
        let instructions = (high as f64 - low as f64) / (HIGH - LOW) as f64;
        eprintln!("   {name:40} {instructions:8.1} instructions per operation");
        cases.push(Case {
            name: name.to_owned(),
            instructions,
        });
    }
    Ok(Runtime {
        cases,
        axum_missing,
    })
}

/// Total instructions of one run under callgrind.
fn collected(binary: &Path, case: &str, iterations: u64) -> Result<u64, String> {
    let output = command::run(
        Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg(binary)
            .arg(case)
            .arg(iterations.to_string()),
    )?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    stderr
        .lines()
        .find_map(|line| line.split_once("Collected :")?.1.trim().parse().ok())
        .ok_or_else(|| format!("no instruction count from callgrind for {case}"))
}

fn first_error(text: &str) -> String {
    text.lines()
        .find(|line| line.starts_with("error"))
        .unwrap_or("build failed")
        .to_owned()
}
