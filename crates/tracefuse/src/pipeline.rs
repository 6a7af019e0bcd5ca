//! The whole build for one target: bitcode → per-stencil IR → optimize → codegen →
//! stencil, in parallel (one LLVM context and target machine per worker thread; only
//! bitcode and stencil bytes cross threads). Produces a [`StencilSet`]: a fused stencil
//! per trace, the per-uop stencils the traces use (the stitched baseline), and the end
//! stub. Work is ordered by plan, never by thread timing, so output is deterministic.

use crate::bodies::LibraryBitcode;
use crate::codegen::emit_object;
use crate::definitions::UopLibrary;
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::ir::{build_module, uop_stencil_name, StencilPlan};
use crate::optimize::{optimize, Pipeline};
use crate::stencil::Stencil;
use crate::target::Target;
use crate::traces::TraceSet;
use inkwell::context::Context;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Every stencil one target needs for a trace set.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct StencilSet {
    pub triple: String,
    /// One per trace, in trace-set order.
    pub fused: Vec<Stencil>,
    /// Per-uop stencils by name (`_LOAD_FAST`, `_GUARD_NOT_EXHAUSTED_RANGE@exit_to`).
    pub uops: BTreeMap<String, Stencil>,
    /// Records "ran off the end" for standalone runs.
    pub end: Stencil,
    /// Time to build each fused stencil (IR, optimization, codegen, extraction).
    pub fused_time: Vec<Duration>,
}

impl StencilSet {
    /// The per-uop stencil instruction `i` of trace `t` runs as when stitched.
    pub fn stitched_piece(&self, lib: &UopLibrary, set: &TraceSet, t: usize, i: usize) -> Result<&Stencil> {
        let inst = &set.traces[t].instructions[i];
        let name = uop_stencil_name(lib, inst.uop, inst.exit_to.is_some());
        self.uops.get(&name).ok_or_else(|| Error::new(format!("no per-uop stencil {name} was generated")))
    }

    /// Code bytes, data bytes and holes of trace `t` stitched from per-uop stencils,
    /// counting continue jumps the stitcher elides (see `Stencil::without_continue_jump`).
    pub fn stitched_size(&self, lib: &UopLibrary, set: &TraceSet, t: usize) -> Result<(usize, usize, usize)> {
        let (mut code, mut data, mut holes) = (0, 0, 0);
        let n = set.traces[t].instructions.len();
        let arch = crate::arch::Arch::from_triple(&self.triple).unwrap_or(crate::arch::Arch::X86_64);
        for i in 0..n {
            let s = self.stitched_piece(lib, set, t, i)?;
            let trimmed = if i + 1 < n { s.without_continue_jump(arch) } else { None };
            let s = trimmed.as_ref().unwrap_or(s);
            code += s.code.len();
            data += s.data.len();
            holes += s.holes();
        }
        Ok((code, data, holes))
    }
}

/// The plans for a trace set: end stub, fused traces, then per-uop stencils (sorted).
pub fn plans(lib: &UopLibrary, set: &TraceSet, pipeline: &Pipeline) -> Vec<StencilPlan> {
    let mut plans = vec![StencilPlan::end()];
    plans.extend(set.traces.iter().enumerate().map(|(i, t)| {
        let mut plan = StencilPlan::fused(lib, t, i);
        if pipeline.shadow_frames {
            plan.shadow = StencilPlan::shadow_for(lib, t);
        }
        plan
    }));
    let mut uops: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    for t in &set.traces {
        for inst in &t.instructions {
            let enters = inst.exit_to.is_some();
            uops.insert(uop_stencil_name(lib, inst.uop, enters), (inst.uop, enters));
        }
    }
    plans.extend(uops.values().map(|&(u, e)| StencilPlan::uop(lib, u, e)));
    plans
}

thread_local! {
    /// The stencil this thread is building, for LLVM's fatal-error handler.
    static BUILDING: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

extern "C" fn llvm_fatal(reason: *const std::ffi::c_char) {
    // SAFETY: LLVM passes a NUL-terminated message.
    let reason = unsafe { std::ffi::CStr::from_ptr(reason) }.to_string_lossy();
    let stencil = BUILDING.with(|b| b.borrow().clone());
    eprintln!("error: LLVM failed while building stencil `{stencil}`: {reason}");
    eprintln!("  help: this is a tracefuse bug or an input tracefuse should have refused; please report it with the trace");
    std::process::exit(70);
}

/// Makes LLVM's fatal errors name the stencil being built (LLVM still cannot continue).
fn install_fatal_handler() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    // SAFETY: the handler is a plain function that never returns into LLVM.
    ONCE.call_once(|| unsafe { llvm_sys::error_handling::LLVMInstallFatalErrorHandler(Some(llvm_fatal)) });
}

/// Builds one stencil from its plan.
pub fn build_stencil(
    lib: &UopLibrary,
    bitcode: &LibraryBitcode,
    target: &Target,
    machine: &inkwell::targets::TargetMachine,
    pipeline: &Pipeline,
    plan: &StencilPlan,
) -> Result<Stencil> {
    install_fatal_handler();
    BUILDING.with(|b| *b.borrow_mut() = plan.name.clone());
    let ctx = Context::create();
    let module = build_module(&ctx, lib, bitcode, target, machine, plan)?;
    optimize(&module, machine, pipeline)
        .map_err(|e| Error::new(format!("stencil {}: {}", plan.name, e.message)))?;
    let obj = emit_object(&module, machine, &plan.name)?;
    extract(&plan.name, &obj.bytes, target)
}

/// Builds every plan on `threads` workers; results come back in plan order.
pub fn build_all(
    lib: &UopLibrary,
    bitcode: &LibraryBitcode,
    target: &Target,
    pipeline: &Pipeline,
    plans: &[StencilPlan],
    threads: usize,
) -> Result<Vec<(Stencil, Duration)>> {
    let next = AtomicUsize::new(0);
    type Slot = Option<Result<(Stencil, Duration)>>;
    let results: Mutex<Vec<Slot>> = Mutex::new((0..plans.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                let machine = match target.machine() {
                    Ok(m) => m,
                    Err(e) => {
                        if let Ok(mut r) = results.lock() {
                            r[0] = Some(Err(e));
                        }
                        return;
                    }
                };
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= plans.len() {
                        break;
                    }
                    let start = Instant::now();
                    let r = build_stencil(lib, bitcode, target, &machine, pipeline, &plans[i])
                        .map(|st| (st, start.elapsed()));
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                }
            });
        }
    });
    let results = results.into_inner().map_err(|_| Error::new("a stencil worker panicked"))?;
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            r.unwrap_or_else(|| Err(Error::new(format!("stencil {} was not built", plans[i].name))))
        })
        .collect()
}

/// Generates the stencil set for `set` on `target`.
pub fn generate(
    lib: &UopLibrary,
    set: &TraceSet,
    bitcode: &LibraryBitcode,
    target: &Target,
    pipeline: &Pipeline,
    threads: usize,
) -> Result<StencilSet> {
    let plans = plans(lib, set, pipeline);
    let built = build_all(lib, bitcode, target, pipeline, &plans, threads)?;
    let mut it = built.into_iter();
    let (end, _) = it.next().ok_or_else(|| Error::new("no end stub"))?;
    let mut fused = Vec::new();
    let mut fused_time = Vec::new();
    for _ in 0..set.traces.len() {
        let (s, t) = it.next().ok_or_else(|| Error::new("missing fused stencil"))?;
        fused.push(s);
        fused_time.push(t);
    }
    let uops = it.map(|(s, _)| (s.name.clone(), s)).collect();
    Ok(StencilSet { triple: target.triple.clone(), fused, uops, end, fused_time })
}
