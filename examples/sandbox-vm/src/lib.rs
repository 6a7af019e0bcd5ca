//! An example VM crate: its stencils come from its build script (see build.rs), compiled
//! into the crate, with no LLVM needed at run time.

use tracefuse_runtime::set::StencilSet;

/// The stencils build.rs generated for the host.
pub fn stencils() -> StencilSet {
    let json = include_str!(concat!(env!("OUT_DIR"), "/", env!("SANDBOX_VM_TARGET"), "/stencils.json"));
    serde_json::from_str(json).expect("build.rs wrote valid stencils")
}
