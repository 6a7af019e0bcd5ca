//! Stage 5 — optimization: runs an LLVM new-pass-manager pipeline over a stencil module.
//! `default<O3>` unless the user asks for another (`-O2`, `-Os`, or any pass-pipeline
//! string LLVM's `opt -passes=` accepts).

use crate::error::{Error, Result};
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;

/// How stencils are optimized: the pass pipeline as the user named it, and whether fused
/// loops run on a shadow frame (see `ir::Shadow`; off by default: faster loops, larger
/// code — docs/bench/analysis.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pipeline {
    pub passes: String,
    pub shadow_frames: bool,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline { passes: "default<O3>".into(), shadow_frames: false }
    }
}

impl Pipeline {
    /// `-O0`..`-O3`, `-Os`, `-Oz`, or a pass-pipeline string.
    pub fn parse(s: &str) -> Pipeline {
        let passes = match s {
            "-O0" | "O0" => "default<O0>",
            "-O1" | "O1" => "default<O1>",
            "-O2" | "O2" => "default<O2>",
            "-O3" | "O3" => "default<O3>",
            "-Os" | "Os" => "default<Os>",
            "-Oz" | "Oz" => "default<Oz>",
            other => other,
        };
        Pipeline { passes: passes.to_string(), shadow_frames: false }
    }
}

/// Runs the pipeline; an unknown pass or malformed pipeline is an error, not an abort.
pub fn optimize(module: &Module, machine: &TargetMachine, pipeline: &Pipeline) -> Result<()> {
    module
        .run_passes(&pipeline.passes, machine, PassBuilderOptions::create())
        .map_err(|e| Error::new(format!("pass pipeline `{}`: {}", pipeline.passes, e.to_string().trim_end())))
}
