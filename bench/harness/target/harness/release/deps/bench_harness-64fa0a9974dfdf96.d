/work/main/bench/harness/target/harness/release/deps/bench_harness-64fa0a9974dfdf96.d: harness/src/main.rs harness/src/command.rs harness/src/deps.rs harness/src/expansion.rs harness/src/generate.rs harness/src/machine.rs harness/src/paths.rs harness/src/profile.rs harness/src/report.rs harness/src/runtime.rs harness/src/size.rs

/work/main/bench/harness/target/harness/release/deps/bench_harness-64fa0a9974dfdf96: harness/src/main.rs harness/src/command.rs harness/src/deps.rs harness/src/expansion.rs harness/src/generate.rs harness/src/machine.rs harness/src/paths.rs harness/src/profile.rs harness/src/report.rs harness/src/runtime.rs harness/src/size.rs

harness/src/main.rs:
harness/src/command.rs:
harness/src/deps.rs:
harness/src/expansion.rs:
harness/src/generate.rs:
harness/src/machine.rs:
harness/src/paths.rs:
harness/src/profile.rs:
harness/src/report.rs:
harness/src/runtime.rs:
harness/src/size.rs:

# env-dep:CARGO_MANIFEST_DIR=/work/main/bench/harness
