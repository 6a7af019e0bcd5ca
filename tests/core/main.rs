//! The generator core's integration tests, one module per behaviour, linked into one test
//! binary: each binary links LLVM, and linking dominated the test step's time when every
//! file was a binary of its own. Run one module with `cargo test --test core MODULE::`.

mod common;

mod build_script;
mod cache;
mod clang_crash;
mod every_uop;
mod extract_objects;
mod fresh;
mod pack;
mod patch_verify;
mod realistic_patch;
mod simplified_bodies;
mod size_pipelines;
mod stable_stencils;
mod stack_effects;
mod stale_headers;
mod stencil_cache;
