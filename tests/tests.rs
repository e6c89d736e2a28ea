//! End-to-end tests: run the real `dossier` binary in temporary folders.
//!
//! One test binary, one module per topic (STYLE.md).

mod support;

mod bad_inputs;
mod cli;
mod corpus;
mod damaged_volumes;
mod determinism;
mod export;
mod hostile;
mod publish;
mod resume;
mod seed;
mod shard;
mod stream;
