//! tracefuse-sandbox: tracefuse's own VM seen from Rust, and everything that exercises
//! the generator on it.
//!
//! - [`values`]: the sandbox value model, as input files write values.
//! - [`cases`]: a trace file's test data (classes, cases, object operands) → [`cases::Suite`].
//! - [`runtime`]: builds a library's runtime and reference interpreter (named in its
//!   manifest) into a shared object with clang, cached, and loads it.
//! - [`vm`]: a VM state for one case, the interpreter run and the [`vm::Snapshot`] that
//!   runs are compared by.
//! - [`check`]: interpreter, stitched and fused runs and the differential check.
//! - [`random`]: random valid traces over a library, checked and shrunk.
//! - [`bench`]: the benchmark kernels and report.
//! - [`c_cases`]: the cases as C, for C consumers of the generated header.
//!
//! The `tracefuse` CLI (src/bin) is built on these.

pub mod bench;
pub mod c_cases;
pub mod cases;
pub mod check;
pub mod random;
pub mod runtime;
pub mod values;
pub mod vm;

/// The bundled sandbox uop library and its traces, in this repository.
pub fn default_library_dir() -> std::path::PathBuf {
    repo_root().join("uops/sandbox")
}

/// The repository this crate was built in (the bundled library and C sources live there).
pub fn repo_root() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().and_then(|p| p.parent()).map_or_else(|| here.to_path_buf(), |p| p.to_path_buf())
}
