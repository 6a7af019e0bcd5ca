//! Stage 5 — optimization: runs an LLVM new-pass-manager pipeline over a stencil module.
//! `default<O3>` unless the user asks for another (`-O2`, `-Os`, or any pass-pipeline
//! string LLVM's `opt -passes=` accepts).
//!
//! LLVM's new pass manager decides how much to trade size for speed by each function's
//! `optsize` and `minsize` attributes, not by the pipeline name: `default<Os>` over
//! functions without them builds what `default<O2>` builds. So a size pipeline sets the
//! attributes (clang's `-Os`: `optsize`; `-Oz`: `optsize` and `minsize`) on every
//! function of the stencil module before the passes run; code generation reads them too.

use crate::error::{Error, Result};
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::TargetMachine;

/// How stencils are optimized: the pass pipeline as the user named it, and whether fused
/// loops of a library with shadow-frame hooks keep the frame's slots in registers (see
/// `ir::Shadow`; on by default, `--no-shadow-frames` keeps them in the frame).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pipeline {
    pub passes: String,
    pub shadow_frames: bool,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline { passes: "default<O3>".into(), shadow_frames: true }
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
        Pipeline { passes: passes.to_string(), shadow_frames: true }
    }

    /// The function attributes this pipeline's optimization level implies, as clang sets
    /// them: `optsize` for `Os`, `optsize` and `minsize` for `Oz` (named anywhere in the
    /// pipeline string as `default<Os>`/`default<Oz>`), none otherwise.
    pub fn size_attributes(&self) -> &'static [&'static str] {
        if self.passes.contains("<Oz>") {
            &["optsize", "minsize"]
        } else if self.passes.contains("<Os>") {
            &["optsize"]
        } else {
            &[]
        }
    }
}

/// Sets `attributes` on every function of `module` with a body (an `optnone` function is
/// left alone: LLVM rejects `minsize` beside it).
fn set_size_attributes(module: &Module, attributes: &[&str]) {
    let ctx = module.get_context();
    let optnone = Attribute::get_named_enum_kind_id("optnone");
    for f in module.get_functions() {
        if f.count_basic_blocks() == 0 || f.get_enum_attribute(AttributeLoc::Function, optnone).is_some() {
            continue;
        }
        for name in attributes {
            let kind = Attribute::get_named_enum_kind_id(name);
            f.add_attribute(AttributeLoc::Function, ctx.create_enum_attribute(kind, 0));
        }
    }
}

/// Runs the pipeline; an unknown pass or malformed pipeline is an error, not an abort.
pub fn optimize(module: &Module, machine: &TargetMachine, pipeline: &Pipeline) -> Result<()> {
    set_size_attributes(module, pipeline.size_attributes());
    module
        .run_passes(&pipeline.passes, machine, PassBuilderOptions::create())
        .map_err(|e| Error::new(format!("pass pipeline `{}`: {}", pipeline.passes, e.to_string().trim_end())))
}
