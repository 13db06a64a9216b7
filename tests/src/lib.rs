//! Behaviour, framework, OpenAPI, ui and hygiene tests of `responses` live
//! in `tests/`. The README's examples are this crate's doc tests, so every
//! example a user reads compiles and runs.

#![doc = include_str!("../../README.md")]
