//! tracefuse-runtime: what a VM links to run tracefuse stencils, with no LLVM and no C.
//!
//! - [`hole`]: the vocabulary of holes — [`hole::Field`], [`hole::HoleValue`],
//!   [`hole::PatchKind`], [`hole::Hole`].
//! - [`stencil`]: [`stencil::Stencil`], a patchable piece of code.
//! - [`arch`]: [`arch::Arch`], the one home of instruction encodings (branch recognition,
//!   the continue jump, patching).
//! - [`set`]: [`set::StencilSet`], everything generated for one target, self-contained.
//! - [`manifest`]: `manifest.json`, the set's typed and documented JSON form.
//! - [`signature`]: how a VM finds the fused stencil for a trace it recorded.
//! - [`loader`]: copies stencils into memory, patches them and protects the code (W^X).
//! - [`error`]: errors that name a file and line.

pub mod arch;
pub mod error;
pub mod hole;
pub mod loader;
pub mod manifest;
pub mod set;
pub mod signature;
pub mod stencil;

pub use error::{Error, Result};
