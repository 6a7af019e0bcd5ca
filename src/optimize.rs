//! Stage 5 — optimization: runs an LLVM new-pass-manager pipeline over a stencil module.
//! `default<O3>` unless the user asks for another (`-O2`, `-Os`, or any pass-pipeline
//! string LLVM's `opt -passes=` accepts).

use crate::error::{Error, Result};
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;

/// A pass pipeline, as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pipeline(pub String);

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline("default<O3>".into())
    }
}

impl Pipeline {
    /// `-O0`..`-O3`, `-Os`, `-Oz`, or a pass-pipeline string.
    pub fn parse(s: &str) -> Pipeline {
        match s {
            "-O0" | "O0" => Pipeline("default<O0>".into()),
            "-O1" | "O1" => Pipeline("default<O1>".into()),
            "-O2" | "O2" => Pipeline("default<O2>".into()),
            "-O3" | "O3" => Pipeline("default<O3>".into()),
            "-Os" | "Os" => Pipeline("default<Os>".into()),
            "-Oz" | "Oz" => Pipeline("default<Oz>".into()),
            other => Pipeline(other.to_string()),
        }
    }
}

/// Runs the pipeline; an unknown pass or malformed pipeline is an error, not an abort.
pub fn optimize(module: &Module, machine: &TargetMachine, pipeline: &Pipeline) -> Result<()> {
    module
        .run_passes(&pipeline.0, machine, PassBuilderOptions::create())
        .map_err(|e| Error::new(format!("pass pipeline `{}`: {}", pipeline.0, e.to_string().trim_end())))
}
