//! Behaviour, framework, OpenAPI, ui and hygiene tests of `responses` live
//! in `tests/`. The README's example is this crate's doc test, so the front
//! page's code compiles and runs; the guide's examples are doc tests of
//! `responses` itself (`core/src/docs/`).

#![doc = include_str!("../../README.md")]
