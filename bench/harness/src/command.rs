//! Running cargo and other tools, with the environment every measurement
//! shares.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// `cargo SUBCOMMAND` in `dir` with `target_dir`. Incremental compilation is
/// off (a rebuild after `touch` must redo the whole crate, as a first build
/// does) and `RUSTC_BOOTSTRAP=1` allows `-Z` flags on stable rustc; every
/// build of a target directory uses the same environment, so none of it
/// invalidates another.
pub fn cargo(dir: &Path, target_dir: &Path, subcommand: &str) -> Command {
    let mut command = Command::new("cargo");
    command
        .arg(subcommand)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .env("CARGO_INCREMENTAL", "0")
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTC_WRAPPER")
        .stdin(Stdio::null());
    command
}

/// Runs `command` to completion; an error carries the end of its stderr.
pub fn run(command: &mut Command) -> Result<Output, String> {
    let output = command
        .output()
        .map_err(|error| format!("cannot run {}: {error}", describe(command)))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(format!(
            "{} failed ({}):\n{}",
            describe(command),
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 40)
        ))
    }
}

/// Runs `command` and measures its wall-clock time.
pub fn timed(command: &mut Command) -> Result<(Duration, Output), String> {
    let start = Instant::now();
    let output = run(command)?;
    Ok((start.elapsed(), output))
}

/// Whether `program --version`-like `args` run at all.
pub fn available(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The first line of `program args`' stdout, if it runs.
pub fn first_line(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(str::to_owned)
}

/// Sets the modification time of `file` to now, so cargo rebuilds its crate.
pub fn touch(file: &Path) -> Result<(), String> {
    let handle = std::fs::OpenOptions::new()
        .append(true)
        .open(file)
        .map_err(|error| format!("cannot open {}: {error}", file.display()))?;
    handle
        .set_modified(std::time::SystemTime::now())
        .map_err(|error| format!("cannot touch {}: {error}", file.display()))
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
