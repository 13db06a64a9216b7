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

/// Runs `command` and measures its wall-clock time and its CPU time (user +
/// system of the command and every process it waited for: cargo and its
/// rustc).
pub fn timed(command: &mut Command) -> Result<(Duration, Duration, Output), String> {
    let cpu_before = children_cpu_time();
    let start = Instant::now();
    let output = run(command)?;
    let wall = start.elapsed();
    Ok((wall, children_cpu_time().saturating_sub(cpu_before), output))
}

/// User + system time of this process's finished and waited-for children
/// (with their own waited-for children), as `getrusage` counts it.
fn children_cpu_time() -> Duration {
    // SAFETY: `getrusage` writes only to the struct it is given, which is
    // plain data for which all zeroes is a valid value.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &raw mut usage);
        usage
    };
    let time = |value: libc::timeval| {
        Duration::from_secs(u64::try_from(value.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(value.tv_usec).unwrap_or(0))
    };
    time(usage.ru_utime) + time(usage.ru_stime)
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
