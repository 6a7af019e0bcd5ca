//! The sandbox's integration tests, one module per area, linked into one test binary
//! (each test binary links LLVM, and linking dominated the test step). `perf_map.rs`
//! stays a binary of its own: it sets an environment variable the loader reads, which
//! must not leak into tests running beside it. Run one area with
//! `cargo test -p tracefuse-sandbox --test sandbox MODULE::`.

#[path = "../common/mod.rs"]
mod common;

mod bad_inputs;
mod c_consumer;
mod doc_examples;
mod layout;
mod modes;
mod native;
mod random;
mod signature;
mod targets;
