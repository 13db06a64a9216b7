//! The machine the numbers come from.

use crate::command;

pub struct Machine {
    pub cores: String,
    pub cpu: String,
    pub memory: String,
    pub rustc: String,
    pub cargo: String,
    pub valgrind: String,
    pub date: String,
    pub commit: String,
}

pub fn describe() -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = field(&cpuinfo, "model name").unwrap_or_else(|| "unknown".to_owned());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = field(&meminfo, "MemTotal")
        .and_then(|total| total.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(
            || "unknown".to_owned(),
            |kib| format!("{:.1} GiB", kib as f64 / 1024.0 / 1024.0),
        );
    let unknown = || "unknown".to_owned();
    Machine {
        cores: command::first_line("nproc", &[]).unwrap_or_else(unknown),
        cpu,
        memory,
        rustc: command::first_line("rustc", &["--version"]).unwrap_or_else(unknown),
        cargo: command::first_line("cargo", &["--version"]).unwrap_or_else(unknown),
        valgrind: command::first_line("valgrind", &["--version"]).unwrap_or_else(unknown),
        date: command::first_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_else(unknown),
        commit: command::first_line(
            "git",
            &[
                "-C",
                &crate::paths::repository().to_string_lossy(),
                "rev-parse",
                "--short",
                "HEAD",
            ],
        )
        .unwrap_or_else(unknown),
    }
}

fn field(text: &str, name: &str) -> Option<String> {
    text.lines()
        .find(|line| line.starts_with(name))
        .and_then(|line| line.split_once(':'))
        .map(|(_, value)| value.trim().to_owned())
}
