//! Stage 5 — optimization: runs an LLVM new-pass-manager pipeline over a stencil module.
//! [`STENCIL_PIPELINE`] unless the user asks for another (`-O3`, `-O2`, `-Os`, or any
//! pass-pipeline string LLVM's `opt -passes=` accepts).
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

/// `instcombine` as LLVM's `default<O3>` runs it.
macro_rules! instcombine {
    () => {
        "instcombine<max-iterations=1;no-use-loop-info;no-verify-fixpoint>"
    };
}

/// `simplifycfg` as `default<O3>`'s function simplification runs it.
macro_rules! simplifycfg {
    () => {
        concat!(
            "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;",
            "no-switch-to-lookup;keep-loops;no-hoist-common-insts;no-sink-common-insts;",
            "speculate-blocks;simplify-cond-branch;no-speculate-unpredictables>"
        )
    };
}

/// The default pipeline: the passes of LLVM's `default<O3>` that change a stencil, in
/// O3's order and with O3's options, and none of the rest. A stencil module is one
/// function calling always-inline bodies, so most of O3 (the CGSCC inliner, attribute
/// inference, loop vectorization, unswitching and idiom recognition, most clean-up runs)
/// finds nothing to do but still walks every instruction. Found by removing O3's passes
/// one at a time and keeping a removal only when every stencil stayed byte-identical: the
/// sandbox's traces and per-uop stencils, a 100-uop synthetic trace, and a sample of
/// recorded CPython 3.14 traces and uops. It gives the sandbox's stencils byte for byte
/// on every target and 481 of 484 recorded CPython stencils (the other three are
/// per-uop copy loops, two of them smaller), for about four fifths of O3's instructions
/// (docs/bench/analysis.md, "Generation cost"). `-O3` still names LLVM's full pipeline.
pub const STENCIL_PIPELINE: &str = concat!(
    // Before inlining, over the bodies.
    "function<eager-inv>(lower-expect),",
    "ipsccp,",
    "function<eager-inv>(",
    instcombine!(),
    ",",
    simplifycfg!(),
    "),",
    "always-inline,",
    // O3's function simplification. The CGSCC wrapper stays: a call that becomes direct
    // (CPython's type slots) makes it run the simplification again, as O3 does.
    "cgscc(devirt<4>(function<eager-inv;no-rerun>(",
    "sroa<modify-cfg>,",
    "early-cse<memssa>,",
    "jump-threading,",
    "correlated-propagation,",
    simplifycfg!(),
    ",",
    instcombine!(),
    ",",
    simplifycfg!(),
    ",",
    "reassociate,",
    "loop-mssa(loop-rotate<header-duplication;no-prepare-for-lto>,licm<allowspeculation>),",
    simplifycfg!(),
    ",",
    instcombine!(),
    ",",
    "loop(indvars,loop-unroll-full),",
    "gvn<>,",
    instcombine!(),
    ",",
    "jump-threading,",
    "correlated-propagation,",
    "dse,",
    "loop-mssa(licm<allowspeculation>)),",
    "function(require<should-not-run-function-passes>))),",
    // What is left of O3's optimization pipeline.
    "function<eager-inv>(",
    instcombine!(),
    ",",
    "simplifycfg<bonus-inst-threshold=1;forward-switch-cond;switch-range-to-icmp;switch-to-lookup;",
    "no-keep-loops;hoist-common-insts;sink-common-insts;speculate-blocks;simplify-cond-branch;",
    "no-speculate-unpredictables>,",
    "slp-vectorizer,",
    "loop-mssa(licm<allowspeculation>),",
    "tailcallelim)"
);

/// How stencils are optimized: the pass pipeline as the user named it, and whether fused
/// loops of a library with shadow-frame hooks keep the frame's slots in registers (see
/// `plan::Shadow`; on by default, `--no-shadow-frames` keeps them in the frame).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Pipeline {
    pub passes: String,
    pub shadow_frames: bool,
    /// Fused traces of a library that declares sinkable allocations keep the boxes they
    /// free again virtual (`crate::sink`; on by default, `--no-sinking` turns it off).
    pub sink_allocations: bool,
    /// Fused traces of a library that declares its release function (`refcount:`) lose
    /// the release branches of decrements they prove cannot reach zero (`crate::release`;
    /// on by default, `--no-release-elimination` turns it off).
    pub release_elimination: bool,
    /// Fused traces of a library that declares its frame layout (`TF_FRAME_SLOTS`) keep
    /// the entry frame's slots in SSA values (`crate::slots`; on by default,
    /// `--no-frame-slots` keeps them in the frame).
    #[serde(default = "yes")]
    pub frame_slots: bool,
    /// Plant a fault in stage 5a (no write-back of the frame's slots on the way out), so a
    /// VM's own tests can show they catch wrong slot code (`--fault-frame-slots`).
    #[serde(default)]
    pub frame_slots_fault: bool,
    /// Plant a fault in stage 5b (a box that escapes is not made: 0 goes where it goes),
    /// so a VM's own tests can show they catch a dropped materialization (`--fault-sink`).
    #[serde(default)]
    pub sink_fault: bool,
    /// Fused traces of a library that declares memory only calls write (`TF_CALL_WRITTEN`)
    /// read it again only where a call may have run (`crate::call_written`; off by default,
    /// `--call-written`: measured on CPython's kernels it saves nothing and costs code).
    #[serde(default)]
    pub call_written: bool,
    /// Fused traces lose the increments a later decrement of the same word undoes with
    /// nothing looking in between; the ways out in between get the increment
    /// (`crate::cancel`; on by default, `--no-cancel` turns it off).
    #[serde(default = "yes")]
    pub cancel: bool,
    /// Plant a fault in stage 5e (each pair loses its increment but keeps its
    /// decrement), so a VM's own tests can show they catch a wrongly elided count
    /// (`--fault-cancel`).
    #[serde(default)]
    pub cancel_fault: bool,
    /// A fused trace whose side exits enter other traces of the set (`exit_to`) is built
    /// with them as one trace tree (`plan::StencilPlan::tree`; on by default,
    /// `--no-trace-trees` builds each trace alone, its linked exits tail calls).
    pub trace_trees: bool,
    /// Where finished stencils are kept between builds ([`crate::stencil_cache`]): a
    /// stencil whose inputs are unchanged is read back, not optimized and compiled
    /// again. `None` (the default) builds every stencil.
    #[serde(default)]
    pub stencil_cache: Option<std::path::PathBuf>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            passes: STENCIL_PIPELINE.into(),
            shadow_frames: true,
            sink_allocations: true,
            release_elimination: true,
            frame_slots: true,
            frame_slots_fault: false,
            sink_fault: false,
            call_written: false,
            cancel: true,
            cancel_fault: false,
            trace_trees: true,
            stencil_cache: None,
        }
    }
}

fn yes() -> bool {
    true
}

impl Pipeline {
    /// `stencil` ([`STENCIL_PIPELINE`], the default), `-O0`..`-O3`, `-Os`, `-Oz`, or a
    /// pass-pipeline string.
    pub fn parse(s: &str) -> Pipeline {
        let passes = match s {
            "stencil" => STENCIL_PIPELINE,
            "-O0" | "O0" => "default<O0>",
            "-O1" | "O1" => "default<O1>",
            "-O2" | "O2" => "default<O2>",
            "-O3" | "O3" => "default<O3>",
            "-Os" | "Os" => "default<Os>",
            "-Oz" | "Oz" => "default<Oz>",
            other => other,
        };
        Pipeline { passes: passes.to_string(), ..Pipeline::default() }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stencil_pipeline_is_the_default_and_has_a_name() {
        assert_eq!(Pipeline::default().passes, STENCIL_PIPELINE);
        assert_eq!(Pipeline::parse("stencil"), Pipeline::default());
        assert_eq!(Pipeline::parse("-O3").passes, "default<O3>");
        assert!(Pipeline::default().size_attributes().is_empty());
    }
}
