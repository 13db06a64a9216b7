//! Behaviour, ui and hygiene tests of `responses` live in `tests/`.
