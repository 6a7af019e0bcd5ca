//! The `tracefuse` command's tests, run against the built binary: one test binary for
//! all of them (each test binary links LLVM, and linking dominates the build), one
//! module per area. Each runs in the package folder, crates/tracefuse-cli; what it writes
//! goes under the target dir.

mod common;

mod bad_inputs;
mod cli_defaults;
mod cpython_record;
mod cpython_segments;
mod formats;
mod frame_push;
mod help;
mod isolation;
mod run_cli;
mod tutorial;
