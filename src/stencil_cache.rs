//! The stencil cache: finished stencils kept between builds, by content. An entry's key
//! covers everything that decides a stencil's bytes once its module is built (stage 4):
//! the module itself as bitcode (the trace or uop as planned, with the bitcode of every
//! body it uses linked in), its fused-trace passes (allocation sinking, release
//! elimination), the pass pipeline, the target description, LLVM's version and
//! tracefuse's own build fingerprint (a hash of its sources, `build.rs`). So a second build
//! of the same inputs optimizes and compiles nothing, and a changed body rebuilds only
//! the stencils whose modules link it. Entries are written to a temporary file and
//! renamed into place, so concurrent builds, and a cache on shared storage, read whole
//! entries or none; an unreadable entry is rebuilt.

use crate::bodies::{hex, write_atomic};
use crate::error::{Error, Result};
use crate::optimize::Pipeline;
use crate::plan::StencilPlan;
use crate::stencil::Stencil;
use crate::target::Target;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A hash of tracefuse's own sources (core, runtime crate, body contract, targets,
/// Cargo.lock), computed by build.rs: a tracefuse that may build stencils differently
/// never reads another's entries.
pub const FINGERPRINT: &str = env!("TRACEFUSE_FINGERPRINT");

/// Bumped when an entry's layout changes.
const LAYOUT: &str = "tracefuse stencil cache 1";

/// Where finished stencils are kept: `DIR/stencils/<2 hex>/<key>.json`.
#[derive(Debug, Clone)]
pub struct StencilCache {
    dir: PathBuf,
}

impl StencilCache {
    /// The cache under `dir` (the body cache's folder; created when first written).
    pub fn new(dir: &Path) -> StencilCache {
        StencilCache { dir: dir.join("stencils") }
    }

    /// The key of the stencil `plan` builds from `module_bitcode` with `pipeline` for
    /// `target`.
    pub fn key(module_bitcode: &[u8], plan: &StencilPlan, pipeline: &Pipeline, target: &Target) -> String {
        let (mut major, mut minor, mut patch) = (0u32, 0u32, 0u32);
        // SAFETY: LLVMGetVersion writes three integers.
        unsafe { llvm_sys::core::LLVMGetVersion(&mut major, &mut minor, &mut patch) };
        let p = plan.pipeline(pipeline);
        let mut h = Sha256::new();
        let mut part = |bytes: &[u8]| {
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        part(LAYOUT.as_bytes());
        part(FINGERPRINT.as_bytes());
        part(format!("llvm {major}.{minor}.{patch}").as_bytes());
        part(format!("{:?}", Target { path: PathBuf::new(), ..target.clone() }).as_bytes());
        part(
            format!(
                "{} shadow={} sink={} releases={} trees={} slots={} call_written={}",
                p.passes,
                p.shadow_frames,
                p.sink_allocations,
                p.release_elimination,
                p.trace_trees,
                p.frame_slots,
                p.call_written
            )
            .as_bytes(),
        );
        part(plan.name.as_bytes());
        part(format!("{:?} {:?} {:?}", plan.sink, plan.releases, plan.frame_slots).as_bytes());
        part(format!("{:?}", plan.call_written).as_bytes());
        part(format!("{:?}", plan.cancel).as_bytes());
        part(module_bitcode);
        hex(&h.finalize())
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// The stored stencil for `key`, if there is a whole, readable one named `name`.
    pub fn get(&self, key: &str, name: &str) -> Option<Stencil> {
        let text = std::fs::read(self.path(key)).ok()?;
        let stencil: Stencil = serde_json::from_slice(&text).ok()?;
        (stencil.name == name).then_some(stencil)
    }

    /// Stores `stencil` under `key`.
    pub fn put(&self, key: &str, stencil: &Stencil) -> Result<()> {
        let path = self.path(key);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create the stencil cache folder", e))?;
        }
        let bytes = serde_json::to_vec(stencil).map_err(|e| {
            Error::new(format!("stencil {}: cannot serialize it for the cache: {e}", stencil.name))
        })?;
        write_atomic(&path, &bytes)
    }
}
