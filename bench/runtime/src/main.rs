//! Runtime cases: building a response and converting it into an
//! `http::Response` or an axum response, and decoding a received response,
//! through a generated enum and by hand. Usage: `bench-runtime CASE ITERATIONS` (`bench-runtime list` prints
//! the cases). The harness runs each case under callgrind twice, with two
//! iteration counts, and divides the difference by the difference in
//! iterations, so start-up costs cancel out.

use std::hint::black_box;
use std::process::ExitCode;

mod cases;
mod decode;
#[cfg(feature = "axum")]
mod problem;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [list] if list == "list" => {
            for case in cases::ALL {
                println!("{}", case.name);
            }
            ExitCode::SUCCESS
        }
        [name, iterations] => {
            let Some(case) = cases::ALL.iter().find(|case| case.name == name) else {
                eprintln!("unknown case {name}; `list` prints the cases");
                return ExitCode::FAILURE;
            };
            let Ok(iterations) = iterations.parse::<u64>() else {
                eprintln!("ITERATIONS must be a whole number");
                return ExitCode::FAILURE;
            };
            for _ in 0..black_box(iterations) {
                (case.run)();
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: bench-runtime CASE ITERATIONS | bench-runtime list");
            ExitCode::FAILURE
        }
    }
}
