//! tracefuse — an ahead-of-time superinstruction generator for copy-and-patch JITs.
//!
//! The pipeline, in the order data flows (each stage hands one named type to the next):
//!
//! 1. [`definitions`]: `uops.yaml` → [`definitions::UopLibrary`]
//! 2. [`traces`]: trace files → [`traces::TraceSet`]
//! 3. [`bodies`]: C bodies → [`bodies::LibraryBitcode`] (clang 19, cached)
//! 4. [`ir`]: a [`ir::StencilPlan`] (fused trace, one uop, or the end stub) → LLVM module
//! 5. [`optimize`]: the module, through `default<O3>` or the user's pipeline
//! 6. [`codegen`]: the module → [`codegen::ObjectCode`] for a [`target::Target`]
//! 7. [`stencil`]: the object → [`stencil::Stencil`] (code, data, holes)
//! 8. [`writers`] (manifest, C header, blobs, listings) and [`loader`] (patch into
//!    executable memory)
//!
//! [`pipeline`] runs stages 3–7 for a whole trace set in parallel. [`check`] runs cases
//! as interpreter, stitched and fused and compares them. [`sandbox`] is the bundled VM
//! seen from Rust; [`values`] the value model of input files; [`source`] and [`error`]
//! give every error a file and line. [`signature`] finds a fused stencil for a recorded
//! trace; [`build_script`] serves a VM crate's `build.rs`; [`c_cases`] writes the
//! sandbox's cases as C for C consumers of the header.

pub mod bench;
pub mod bodies;
pub mod build_script;
pub mod c_cases;
pub mod check;
pub mod codegen;
pub mod definitions;
pub mod disasm;
pub mod error;
pub mod ir;
pub mod loader;
pub mod optimize;
pub mod pipeline;
pub mod random;
pub mod sandbox;
pub mod signature;
pub mod source;
pub mod stencil;
pub mod target;
pub mod traces;
pub mod values;
pub mod writers;

pub use error::{Error, Result};

/// The bundled default: the sandbox uop library and its traces, in this repository.
pub fn default_library_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("uops/sandbox")
}
