//! The per-status response types, one for every final status the registry
//! defines (unused codes excepted), generated from the dataset so that each
//! constructor takes exactly what its status needs.

// Items generated from `data/status.toml`.
responses_macros::__registry!(responses);
