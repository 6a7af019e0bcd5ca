//! tracefuse — an ahead-of-time superinstruction generator for copy-and-patch JITs.
//!
//! This crate is the generator core. It knows no VM: a front end hands it a
//! [`definitions::UopLibrary`] (uops with their metadata, body sources, prelude and exit
//! lowering) and a [`traces::TraceSet`] (instructions and fields; runtime objects as
//! opaque literals the VM resolves when it loads code). The pipeline, in the order data
//! flows (each stage hands one named type to the next):
//!
//! 1. [`definitions`]: `uops.yaml` → [`definitions::UopLibrary`]
//! 2. [`traces`]: trace files → [`traces::TraceSet`]
//! 3. [`bodies`]: C bodies → [`bodies::LibraryBitcode`] (clang 19, cached), each body's
//!    stack accesses checked against its manifest entry by [`effects`]
//! 4. [`plan`] (4a): the library, traces and pipeline → [`plan::Plans`] (the end stub, a
//!    fused [`plan::StencilPlan`] per trace or trace tree, the per-uop plans; every
//!    stencil's name); then [`ir`] (4b): each [`plan::StencilPlan`] → LLVM module
//! 5. [`optimize`]: the module, through [`optimize::STENCIL_PIPELINE`] (the passes of
//!    `default<O3>` that change stencils) or the user's pipeline; for fused traces then
//!    [`slots`] (5a, the frame's slots in SSA values), [`sink`] (5b, allocation sinking)
//!    and [`release`] (5c, release elimination), [`call_written`] (5d, memory only calls
//!    write read once on entry and after calls), then [`cancel`] (5e, increments a later
//!    decrement undoes removed, the ways out between incrementing instead)
//! 6. [`codegen`]: the module → [`codegen::ObjectCode`] for a [`target::Target`]
//! 7. [`extract`]: the object → [`stencil::Stencil`] (code, data, holes)
//! 8. [`writers`] (manifest, C header, stencil pack, blobs, listings)
//!
//! [`pipeline`] runs stages 3–7 for a whole trace set in parallel, taking a stencil whose
//! module and options are unchanged from the [`stencil_cache`] (and [`shard`] splits that
//! work into shares for other machines and joins them); [`build_script`] serves
//! a VM crate's `build.rs`. What a VM needs at run time — stencils, holes, the
//! architecture's encodings, signature lookup and the loader — is the `tracefuse-runtime`
//! crate, re-exported here as [`set`] (the [`set::StencilSet`] every stage after
//! extraction consumes), [`manifest`], [`stencil`], [`hole`], [`arch`], [`signature`] and
//! [`loader`]. [`source`] and [`error`] give every error a file and line.

pub mod bodies;
pub mod build_script;
pub mod call_written;
pub mod cancel;
mod cfg;
pub mod codegen;
pub mod definitions;
pub mod disasm;
pub mod effects;
pub mod extract;
pub mod ir;
mod irwalk;
#[cfg(test)]
mod lli;
pub mod optimize;
pub mod pipeline;
pub mod plan;
pub mod release;
pub mod shard;
pub mod sink;
pub mod slots;
pub mod source;
pub mod stencil_cache;
pub mod target;
pub mod traces;
pub mod writers;

pub use tracefuse_runtime::{arch, error, hole, loader, manifest, set, signature, stencil};
pub use tracefuse_runtime::{Error, Result};
