//! The CPython front end's integration tests, one module per area, linked into one test
//! binary (each test binary links LLVM, and linking dominated the test step). Run one
//! area with `cargo test -p tracefuse-cpython --test cpython MODULE::`; the real-tree
//! tests (`real_tree::`, `import::`) need `TRACEFUSE_CPYTHON=DIR`, and `models::` a built
//! tree there.

#[path = "../common/mod.rs"]
mod common;

mod errors;
mod fixture;
mod fuse;
mod import;
mod models;
mod no_panic;
mod real_tree;
mod record;
mod schemas;
