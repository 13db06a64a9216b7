//! Compile time of N enums in each form: the CPU time (user + system, of
//! cargo and rustc) of `cargo build` of the crate, its dependencies already
//! built, with the wall-clock time next to it; the median of `plan.runs`
//! interleaved rounds.

use std::collections::BTreeMap;

use crate::generate::{self, Form};
use crate::{Plan, command, paths};

/// The medians over the rounds, in seconds.
#[derive(Clone, Copy, Default)]
pub struct Timing {
    /// User + system time of `cargo build` of the crate alone.
    pub cpu: f64,
    /// Wall-clock time of the same builds.
    pub wall: f64,
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
    let mut samples: BTreeMap<(usize, usize), (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    for &enums in &plan.enum_counts {
        for run in 1..=plan.runs {
            for (index, form) in Form::ALL.into_iter().enumerate() {
                let package = generate::package(form, enums);
                command::touch(&generate::lib_rs(&package))?;
                let (wall, cpu, _) = command::timed(
                    command::cargo(&dir, &target, "build").args(["--quiet", "-p", &package]),
                )?;
                let (wall, cpu) = (wall.as_secs_f64(), cpu.as_secs_f64());
                eprintln!(
                    "   N = {enums:4}, round {run}, {:18}: CPU {cpu:7.3} s, wall {wall:7.3} s",
                    form.slug()
                );
                let entry = samples.entry((enums, index)).or_default();
                entry.0.push(cpu);
                entry.1.push(wall);
            }
        }
    }
    let timings = samples
        .into_iter()
        .map(|(key, (cpu, wall))| {
            (
                key,
                Timing {
                    cpu: median(cpu),
                    wall: median(wall),
                },
            )
        })
        .collect();
    Ok(Expansion { timings })
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => f64::midpoint(values[n / 2 - 1], values[n / 2]),
    }
}
