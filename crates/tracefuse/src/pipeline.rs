//! The whole build for one target: bitcode → per-stencil IR → optimize → codegen →
//! stencil, in parallel (one LLVM context and target machine per worker thread; only
//! bitcode and stencil bytes cross threads). Produces a [`StencilSet`]: a fused stencil
//! per trace with its signature, the per-uop stencils the traces use (the stitched
//! baseline), and the end stub. Work is ordered by plan, never by thread timing, so output is deterministic.

use crate::bodies::LibraryBitcode;
use crate::codegen::emit_object;
use crate::definitions::{ExitKind, UopLibrary};
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::ir::{build_module, uop_stencil_name, StencilPlan};
use crate::optimize::{optimize, Pipeline};
use crate::set::{FusedTrace, StencilSet};
use crate::stencil::Stencil;
use crate::target::Target;
use crate::traces::TraceSet;
use inkwell::context::Context;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The plans for a trace set: end stub, fused traces, then a per-uop stencil for every
/// uop of the library (as CPython ships one per uop, so a VM can stitch any trace it
/// records later), plus the variant entering another trace for every uop that may side
/// exit; sorted by name.
pub fn plans(lib: &UopLibrary, set: &TraceSet, pipeline: &Pipeline) -> Vec<StencilPlan> {
    let mut plans = vec![StencilPlan::end()];
    plans.extend(set.traces.iter().map(|t| {
        let mut plan = StencilPlan::fused(lib, t);
        if pipeline.shadow_frames {
            plan.shadow = StencilPlan::shadow_for(lib, t);
        }
        plan
    }));
    let mut uops: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    for (u, uop) in lib.uops.iter().enumerate() {
        uops.insert(uop_stencil_name(lib, u, false), (u, false));
        if uop.may(ExitKind::SideExit) {
            uops.insert(uop_stencil_name(lib, u, true), (u, true));
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
    generate_timed(lib, set, bitcode, target, pipeline, threads).map(|(s, _)| s)
}

/// As [`generate`], with the time each fused stencil took to build (IR, optimization,
/// codegen, extraction on one worker), in trace order. Times are reported, never stored
/// in the set: its serialized form is deterministic.
pub fn generate_timed(
    lib: &UopLibrary,
    set: &TraceSet,
    bitcode: &LibraryBitcode,
    target: &Target,
    pipeline: &Pipeline,
    threads: usize,
) -> Result<(StencilSet, Vec<Duration>)> {
    let plans = plans(lib, set, pipeline);
    let built = build_all(lib, bitcode, target, pipeline, &plans, threads)?;
    let mut it = built.into_iter();
    let (end, _) = it.next().ok_or_else(|| Error::new("no end stub"))?;
    let mut fused = Vec::new();
    let mut times = Vec::new();
    for _ in 0..set.traces.len() {
        let (s, t) = it.next().ok_or_else(|| Error::new("missing fused stencil"))?;
        fused.push(s);
        times.push(t);
    }
    let uops = it.map(|(s, _)| (s.name.clone(), s)).collect();
    Ok((assemble(lib, set, target, end, fused, uops), times))
}

/// Puts built stencils together into a self-contained set: each fused stencil (one per
/// trace, in order) with its trace's signature and stitching pieces.
pub fn assemble(
    lib: &UopLibrary,
    set: &TraceSet,
    target: &Target,
    end: Stencil,
    fused: Vec<Stencil>,
    uops: BTreeMap<String, Stencil>,
) -> StencilSet {
    let fused = set
        .traces
        .iter()
        .zip(set.signatures(lib))
        .zip(fused)
        .map(|((trace, signature), stencil)| FusedTrace {
            trace: trace.name.clone(),
            stencil,
            signature,
            is_loop: trace.is_loop,
            pieces: trace
                .instructions
                .iter()
                .map(|inst| uop_stencil_name(lib, inst.uop, inst.exit_to.is_some()))
                .collect(),
        })
        .collect();
    let uop_ids = lib.uops.iter().map(|u| (u.name.clone(), u.id)).collect();
    StencilSet { library: lib.name.clone(), target: target.info(), end, uops, uop_ids, fused }
}
