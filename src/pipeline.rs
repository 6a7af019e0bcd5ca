//! The whole build for one target: the [`Plans`] of [`crate::plan`] → per-stencil IR →
//! optimize → codegen → stencil, in parallel (one LLVM context and target machine per
//! worker thread; only bitcode and stencil bytes cross threads). Produces a
//! [`StencilSet`]: a fused stencil per trace with its signature, the per-uop stencils the
//! traces use (the stitched baseline), and the end stub. Work is ordered by plan, never
//! by thread timing, so output is deterministic.

use crate::bodies::LibraryBitcode;
use crate::codegen::emit_object;
use crate::definitions::UopLibrary;
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::ir::build_module;
use crate::optimize::{optimize, Pipeline};
use crate::plan::{plans, uop_stencil_name, Parts, Plans, StencilPlan};
use crate::set::{FusedTrace, StencilSet, TreeMember};
use crate::stencil::Stencil;
use crate::stencil_cache::StencilCache;
use crate::target::Target;
use crate::traces::TraceSet;
use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

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

/// What a build is of, shared by every entry point here and in [`crate::shard`]: the
/// library, the target and the pipeline. In-process builds take the bodies' bitcode
/// beside it; builds in worker processes take [`Workers`] instead (workers compile it).
#[derive(Debug, Clone, Copy)]
pub struct Build<'a> {
    /// The uop library whose stencils are built.
    pub lib: &'a UopLibrary,
    /// The target they are built for.
    pub target: &'a Target,
    /// The pass pipeline and fused-trace options, and the stencil cache if any.
    pub pipeline: &'a Pipeline,
}

/// The build worker processes of [`generate_isolated`] and [`crate::shard::generate_shard`].
#[derive(Debug, Clone, Copy)]
pub struct Workers<'a> {
    /// The program run as a worker; it must call [`run_worker`] on its stdin and stdout.
    pub exe: &'a Path,
    /// Its arguments (for `tracefuse`: `build-worker`).
    pub args: &'a [&'a str],
    /// The cache folder workers compile the library's bodies into and read them from.
    pub cache: &'a Path,
    /// How many workers run at once.
    pub threads: usize,
}

/// Where one stencil's build time went, stage by stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct StageTimes {
    /// Loading and linking the bodies' bitcode, building and verifying `_JIT_ENTRY`.
    pub ir: Duration,
    /// The pass pipeline.
    pub optimize: Duration,
    /// Code generation to an object in memory.
    pub codegen: Duration,
    /// Reading the object into a stencil.
    pub extract: Duration,
    /// The stencil came from the stencil cache (no optimization, codegen or extraction).
    pub cached: bool,
}

/// Builds one stencil from its plan, with `bitcode` (the library's bodies for the
/// target) and `machine` (the target's, one per thread).
pub fn build_stencil(
    build: &Build,
    bitcode: &LibraryBitcode,
    machine: &inkwell::targets::TargetMachine,
    plan: &StencilPlan,
) -> Result<Stencil> {
    build_stencil_timed(build, bitcode, machine, plan).map(|(s, _)| s)
}

/// As [`build_stencil`], with the time each stage took.
pub fn build_stencil_timed(
    build: &Build,
    bitcode: &LibraryBitcode,
    machine: &inkwell::targets::TargetMachine,
    plan: &StencilPlan,
) -> Result<(Stencil, StageTimes)> {
    let Build { lib, target, pipeline } = *build;
    install_fatal_handler();
    BUILDING.with(|b| *b.borrow_mut() = plan.name.clone());
    let mut times = StageTimes::default();
    let mut clock = Instant::now();
    let mut lap = |slot: &mut Duration| {
        *slot = clock.elapsed();
        clock = Instant::now();
    };
    let ctx = Context::create();
    let module = build_module(&ctx, lib, bitcode, target, machine, plan)?;
    let cache = pipeline.stencil_cache.as_deref().map(|dir| {
        let key = StencilCache::key(module.write_bitcode_to_memory().as_slice(), plan, pipeline, target);
        (StencilCache::new(dir), key)
    });
    lap(&mut times.ir);
    if let Some(stencil) = cache.as_ref().and_then(|(c, key)| c.get(key, &plan.name)) {
        times.cached = true;
        return Ok((stencil, times));
    }
    optimize_plan(&module, machine, pipeline, plan)?;
    lap(&mut times.optimize);
    let obj = emit_object(&module, machine, &plan.name)?;
    lap(&mut times.codegen);
    let stencil = extract(&plan.name, &obj.bytes, target)?;
    lap(&mut times.extract);
    if let Some((c, key)) = &cache {
        c.put(key, &stencil)?;
    }
    Ok((stencil, times))
}

/// Stages 5, 5a–5e for one plan's module: the pass pipeline, then the frame's slots,
/// allocation sinking, release elimination and the reads of call-written memory (which
/// cleans up after itself), then the pipeline once more when any changed anything (one
/// run for all: the stencils are the same as with a run after each); then updates that
/// cancel, on that optimized module, and the pipeline again when it removed any.
fn optimize_plan(
    module: &inkwell::module::Module,
    machine: &inkwell::targets::TargetMachine,
    pipeline: &Pipeline,
    plan: &StencilPlan,
) -> Result<PassReport> {
    let in_plan = |e: Error| Error::new(format!("stencil {}: {}", plan.name, e.message));
    optimize(module, machine, &plan.pipeline(pipeline)).map_err(in_plan)?;
    dump_ir(module, &plan.name, "optimized");
    let mut report = PassReport::default();
    if let Some(slots) = &plan.frame_slots {
        report.slots = crate::slots::promote_slots(module, machine, slots).map_err(in_plan)?;
    }
    let slots_changed = report.slots.slots > 0 || report.slots.stack_pointer_loads > 0;
    let mut outlined = false;
    if let Some(sink) = &plan.sink {
        if slots_changed {
            // The slots' allocas become SSA values first: a box the trace keeps in a slot
            // is then a value the pass can follow, not a store.
            module
                .run_passes(crate::bodies::BODY_SIMPLIFY, machine, PassBuilderOptions::create())
                .map_err(|e| in_plan(Error::new(format!("simplifying after the frame slots: {e}"))))?;
        }
        dump_ir(module, &plan.name, "presink");
        report.sink = crate::sink::sink_allocations(module, machine, sink).map_err(in_plan)?;
        module.verify().map_err(|e| {
            in_plan(Error::new(format!("allocation sinking left invalid IR: {}", e.to_string().trim_end())))
        })?;
        outlined = crate::sink::inline_outlined(module);
    }
    if let Some(releases) = &plan.releases {
        report.releases = crate::release::eliminate_releases(module, releases);
    }
    if let Some(c) = &plan.call_written {
        report.call_written = crate::call_written::forward_reads(module, machine, c).map_err(in_plan)?;
    }
    if slots_changed || outlined || report.sink.sunk > 0 || report.releases.removed > 0 {
        optimize(module, machine, &plan.pipeline(pipeline)).map_err(in_plan)?;
    }
    if let Some(cancel) = &plan.cancel {
        // On the optimized module: the decrement's operand is then the increment's value
        // (forwarded through memory by GVN), which is what the pass recognizes.
        report.cancel = crate::cancel::cancel_pairs(module, cancel);
        if report.cancel.pairs > 0 {
            module.verify().map_err(|e| {
                in_plan(Error::new(format!(
                    "count cancellation left invalid IR: {}",
                    e.to_string().trim_end()
                )))
            })?;
            optimize(module, machine, &plan.pipeline(pipeline)).map_err(in_plan)?;
        }
    }
    dump_ir(module, &plan.name, "final");
    Ok(report)
}

/// With `TRACEFUSE_DUMP_IR=DIR`, writes a stencil's module as `DIR/NAME.STAGE.ll` (for
/// reading what the passes did; a stencil taken from the stencil cache is not rebuilt, so
/// give the build a fresh `--cache`). Failing to write is only reported: it is a debugging aid.
fn dump_ir(module: &inkwell::module::Module, name: &str, stage: &str) {
    let Some(dir) = std::env::var_os("TRACEFUSE_DUMP_IR") else { return };
    let path = Path::new(&dir).join(format!("{name}.{stage}.ll"));
    if let Err(e) = std::fs::create_dir_all(&dir)
        .map_err(|e| e.to_string())
        .and_then(|()| module.print_to_file(&path).map_err(|e| e.to_string()))
    {
        eprintln!("warning: TRACEFUSE_DUMP_IR: cannot write {}: {e}", path.display());
    }
}

/// What the fused-trace passes did to one plan's module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Reads of memory only calls write, forwarded (stage 5d).
    pub call_written: crate::call_written::CallWrittenReport,
    /// The frame's slots in SSA values (stage 5a).
    pub slots: crate::slots::SlotsReport,
    /// Allocation sinking (stage 5b).
    pub sink: crate::sink::SinkReport,
    /// Release elimination (stage 5c).
    pub releases: crate::release::ReleaseReport,
    /// Updates that cancel (stage 5e).
    pub cancel: crate::cancel::CancelReport,
}

/// What allocation sinking and release elimination do to one plan (its module built and
/// optimized, no code generated): for tests and for telling which traces they change.
pub fn pass_report(
    build: &Build,
    bitcode: &LibraryBitcode,
    machine: &inkwell::targets::TargetMachine,
    plan: &StencilPlan,
) -> Result<PassReport> {
    install_fatal_handler();
    let ctx = Context::create();
    let module = build_module(&ctx, build.lib, bitcode, build.target, machine, plan)?;
    optimize_plan(&module, machine, build.pipeline, plan)
}

/// One built stencil: how long it took, and whether it came from the stencil cache.
#[derive(Debug, Clone)]
pub struct Built {
    pub stencil: Stencil,
    pub time: Duration,
    pub cached: bool,
}

/// What a whole build did besides its stencils, for progress lines and reports.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    /// The time each fused stencil took (IR, optimization, codegen, extraction on one
    /// worker), in trace order. Reported, never stored in the set: its serialized form is
    /// deterministic.
    pub fused_times: Vec<Duration>,
    /// Stencils built (all kinds).
    pub stencils: usize,
    /// Of those, how many came from the stencil cache, and how many of those were fused.
    pub cached: usize,
    pub cached_fused: usize,
}

/// Builds every plan on `threads` threads; each stencil comes back in its plan's part.
pub fn build_all(
    build: &Build,
    bitcode: &LibraryBitcode,
    plans: &Plans,
    threads: usize,
) -> Result<Parts<Built>> {
    let all: Vec<&StencilPlan> = plans.iter().collect();
    let next = AtomicUsize::new(0);
    type Slot = Option<Result<Built>>;
    let results: Mutex<Vec<Slot>> = Mutex::new((0..all.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                let machine = match build.target.machine() {
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
                    if i >= all.len() {
                        break;
                    }
                    let start = Instant::now();
                    let r = build_stencil_timed(build, bitcode, &machine, all[i]).map(|(stencil, times)| {
                        Built { stencil, time: start.elapsed(), cached: times.cached }
                    });
                    if let Ok(mut all) = results.lock() {
                        all[i] = Some(r);
                    }
                }
            });
        }
    });
    let results = results.into_inner().map_err(|_| Error::new("a stencil worker panicked"))?;
    in_parts(results, plans).try_map(|r| r)
}

/// Each plan's result (`results` in [`Parts::iter`] order) in its plan's part; a plan
/// nothing was reported for is an error.
fn in_parts(results: Vec<Option<Result<Built>>>, plans: &Plans) -> Parts<Result<Built>> {
    let results = results
        .into_iter()
        .zip(plans.iter())
        .map(|(r, plan)| r.unwrap_or_else(|| Err(Error::new(format!("stencil {} was not built", plan.name)))))
        .collect();
    plans.regroup(results).expect("one result per plan")
}

/// Generates the stencil set for `set` in this process, on `threads` threads.
pub fn generate(
    build: &Build,
    set: &TraceSet,
    bitcode: &LibraryBitcode,
    threads: usize,
) -> Result<StencilSet> {
    generate_timed(build, set, bitcode, threads).map(|(s, _)| s)
}

/// As [`generate`], with what the build did ([`BuildStats`]: times, cache hits).
pub fn generate_timed(
    build: &Build,
    set: &TraceSet,
    bitcode: &LibraryBitcode,
    threads: usize,
) -> Result<(StencilSet, BuildStats)> {
    let plans = plans(build.lib, set, build.pipeline);
    let built = build_all(build, bitcode, &plans, threads)?;
    Ok(assemble_built(build.lib, set, build.target, &plans, built))
}

/// Assembles the stencils built for `plans` into the set, with what the build did.
fn assemble_built(
    lib: &UopLibrary,
    set: &TraceSet,
    target: &Target,
    plans: &Plans,
    built: Parts<Built>,
) -> (StencilSet, BuildStats) {
    let stats = BuildStats {
        fused_times: built.fused.iter().map(|b| b.time).collect(),
        stencils: built.len(),
        cached: built.iter().filter(|b| b.cached).count(),
        cached_fused: built.fused.iter().filter(|b| b.cached).count(),
    };
    (assemble(lib, set, target, plans, built.map(|b| b.stencil)), stats)
}

/// Puts the stencils built for `plans` together into a self-contained set: each fused
/// stencil (one per trace, in order) with its trace's signature, stitching pieces and the
/// trace-tree members its plan laid out; per-uop stencils by name.
pub fn assemble(
    lib: &UopLibrary,
    set: &TraceSet,
    target: &Target,
    plans: &Plans,
    stencils: Parts<Stencil>,
) -> StencilSet {
    let Parts { end, fused, uops } = stencils;
    let uops: BTreeMap<String, Stencil> = uops.into_iter().map(|s| (s.name.clone(), s)).collect();
    let fused = set
        .traces
        .iter()
        .enumerate()
        .zip(set.signatures(lib))
        .zip(fused)
        .map(|(((t, trace), signature), stencil)| FusedTrace {
            trace: trace.name.clone(),
            stencil,
            signature,
            is_loop: trace.is_loop,
            pieces: trace
                .instructions
                .iter()
                .map(|inst| uop_stencil_name(&lib.uops[inst.uop].name, inst.exit_to.is_some()))
                .collect(),
            members: plans
                .fused
                .get(t)
                .map(|p| {
                    p.members
                        .iter()
                        .map(|m| TreeMember { trace: set.traces[m.trace].name.clone(), start: m.start })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let uop_ids = lib.uops.iter().map(|u| (u.name.clone(), u.id)).collect();
    StencilSet { library: lib.name.clone(), target: target.info(), end, uops, uop_ids, fused }
}

/// What a build worker process builds: the inputs named as files (so the worker loads
/// exactly what its parent loaded), the target, the pipeline, the cache, and which plans
/// (indexes into [`Parts::iter`] of [`plans`]) it builds. Read as JSON from the worker's stdin.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct WorkerJob {
    /// The library's manifest.
    pub library: std::path::PathBuf,
    /// Every trace file, in trace-set order.
    pub traces: Vec<std::path::PathBuf>,
    pub triple: String,
    pub pipeline: Pipeline,
    pub cache: std::path::PathBuf,
    pub plans: Vec<usize>,
}

impl WorkerJob {
    /// A job for `build` of `set` as loaded (from its manifest and trace files), bodies
    /// compiled under `cache`; no plans yet.
    pub fn new(build: &Build, set: &TraceSet, cache: &Path) -> Self {
        WorkerJob {
            library: build.lib.manifest.clone(),
            traces: set.traces.iter().map(|t| t.path.clone()).collect(),
            triple: build.target.triple.clone(),
            pipeline: build.pipeline.clone(),
            cache: cache.to_path_buf(),
            plans: Vec::new(),
        }
    }
}

/// One line a worker writes per plan: the finished stencil, or why it could not be built.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct WorkerResult {
    index: usize,
    name: String,
    nanos: u64,
    stencil: Option<Stencil>,
    error: Option<String>,
    /// The stencil came from the stencil cache.
    #[serde(default)]
    cached: bool,
}

/// Fault-injection hook for tests of isolation: a worker aborts (SIGABRT) when it starts
/// building the stencil this variable names. Read only by [`run_worker`].
pub const FAULT_ABORT_VAR: &str = "TRACEFUSE_FAULT_ABORT_IN";

/// The worker side of [`build_all_isolated`]: reads a [`WorkerJob`] from `input`, builds
/// its plans in order on one thread and writes one JSON line per finished stencil to
/// `output`, flushed as it goes (so a crash loses only the stencil being built).
pub fn run_worker(input: &mut dyn std::io::Read, output: &mut dyn std::io::Write) -> Result<()> {
    let mut text = String::new();
    input.read_to_string(&mut text).map_err(|e| Error::new(format!("build worker: reading the job: {e}")))?;
    let job: WorkerJob =
        serde_json::from_str(&text).map_err(|e| Error::new(format!("build worker: bad job: {e}")))?;
    let lib = UopLibrary::load(&job.library)?;
    let set = TraceSet::load_files(&job.traces, &lib)?;
    let target = Target::by_triple(&job.triple)?;
    let bitcode = crate::bodies::BodyCompiler::new(&job.cache)?.compile_library(&lib, &target.triple)?;
    let pipeline = job.pipeline.clone();
    let plans = plans(&lib, &set, &pipeline);
    let plans: Vec<&StencilPlan> = plans.iter().collect();
    let machine = target.machine()?;
    let abort_in = std::env::var(FAULT_ABORT_VAR).ok();
    for &index in &job.plans {
        let plan = plans
            .get(index)
            .ok_or_else(|| Error::new(format!("build worker: no plan {index} ({} plans)", plans.len())))?;
        if abort_in.as_deref() == Some(plan.name.as_str()) {
            eprintln!("{FAULT_ABORT_VAR}: aborting while building stencil {}", plan.name);
            std::process::abort();
        }
        let start = Instant::now();
        let build = Build { lib: &lib, target: &target, pipeline: &pipeline };
        let built = build_stencil_timed(&build, &bitcode, &machine, plan);
        let nanos = start.elapsed().as_nanos() as u64;
        let (stencil, error, cached) = match built {
            Ok((s, times)) => (Some(s), None, times.cached),
            Err(e) => (None, Some(e.to_string()), false),
        };
        let line = serde_json::to_string(&WorkerResult {
            index,
            name: plan.name.clone(),
            nanos,
            stencil,
            error,
            cached,
        })
        .map_err(|e| Error::new(format!("build worker: {e}")))?;
        writeln!(output, "{line}")
            .and_then(|_| output.flush())
            .map_err(|e| Error::new(format!("build worker: writing a result: {e}")))?;
    }
    Ok(())
}

/// How a worker process ended, for an error message.
fn describe_exit(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.signal(), status.code()) {
        (Some(sig), _) => format!("signal {sig}"),
        (None, Some(70)) => "LLVM fatal error, exit status 70".into(),
        (None, Some(code)) => format!("exit status {code}"),
        (None, None) => "unknown status".into(),
    }
}

/// The last lines a crashed worker wrote to stderr (LLVM's or clang's own words).
fn tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(6)..].join("\n    ")
}

/// As [`build_all`], with every stencil of `build` of `set` built in a child process (one
/// of `workers`, which must call [`run_worker`] on its stdin and stdout), so LLVM or a
/// body crashing the backend (a signal, an LLVM fatal error, LLVM's default diagnostic
/// handler exiting) fails that stencil alone: its result is `building stencil X crashed
/// (signal N)` and every other plan is still built, in a fresh worker. Results come back
/// in their plans' parts, whatever order workers finish in; a built stencil is the one
/// [`build_all`] builds (the worker runs the same [`build_stencil`]).
pub fn build_all_isolated(
    build: &Build,
    set: &TraceSet,
    workers: &Workers,
    all_plans: &Plans,
) -> Parts<Result<Built>> {
    let everything: Vec<usize> = (0..all_plans.len()).collect();
    let results = build_isolated(build, set, workers, all_plans, &everything);
    in_parts(results, all_plans)
}

/// As [`build_all_isolated`] for the plans numbered `only` (in [`Parts::iter`] order):
/// one slot per plan of `all_plans`, `None` for those not asked for.
pub(crate) fn build_isolated(
    build: &Build,
    set: &TraceSet,
    workers: &Workers,
    all_plans: &Plans,
    only: &[usize],
) -> Vec<Option<Result<Built>>> {
    type Slot = Option<Result<Built>>;
    let job = &WorkerJob::new(build, set, workers.cache);
    let plans: &[&StencilPlan] = &all_plans.iter().collect::<Vec<_>>();
    let threads = workers.threads.max(1);
    let results: Mutex<Vec<Slot>> = Mutex::new((0..plans.len()).map(|_| None).collect());
    // Pending plans, handed out in batches; a crashed batch's unbuilt rest comes back.
    let pending: Mutex<std::collections::VecDeque<usize>> =
        Mutex::new(only.iter().copied().filter(|&i| i < plans.len()).collect());
    let batch = only.len().div_ceil(threads).max(1);
    let put = |i: usize, r: Result<Built>| {
        if let Ok(mut all) = results.lock() {
            all[i] = Some(r);
        }
    };
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let mine: Vec<usize> = match pending.lock() {
                    Ok(mut p) => {
                        let n = batch.min(p.len());
                        p.drain(..n).collect()
                    }
                    Err(_) => return,
                };
                if mine.is_empty() {
                    return;
                }
                let (done, outcome) = run_batch(workers, job, plans, &mine, &put);
                let rest: Vec<usize> = mine.iter().copied().filter(|i| !done.contains(i)).collect();
                match outcome {
                    // Finished normally: any plan it did not report is an error.
                    Ok(()) => {
                        for i in rest {
                            put(
                                i,
                                Err(Error::new(format!(
                                    "building stencil {}: the worker did not report it",
                                    plans[i].name
                                ))),
                            );
                        }
                    }
                    // The worker died while building the first unreported plan; the rest go
                    // back to be built by another worker.
                    Err(why) => {
                        let Some((&first, others)) = rest.split_first() else { continue };
                        put(first, Err(why(&plans[first].name)));
                        if let Ok(mut p) = pending.lock() {
                            p.extend(others.iter().copied());
                        }
                    }
                }
            });
        }
    });
    results.into_inner().unwrap_or_default()
}

type CrashReport = Box<dyn Fn(&str) -> Error>;

/// Runs one worker on `batch`; returns the plans it reported, and how it ended: `Ok` for
/// a normal exit, else how to describe the crash for the stencil it was building.
fn run_batch(
    workers: &Workers,
    job: &WorkerJob,
    plans: &[&StencilPlan],
    batch: &[usize],
    set: &(dyn Fn(usize, Result<Built>) + Sync),
) -> (Vec<usize>, std::result::Result<(), CrashReport>) {
    use std::io::{BufRead, Read, Write};
    use std::process::{Command, Stdio};
    let fail = |msg: String| -> std::result::Result<(), CrashReport> {
        Err(Box::new(move |name: &str| Error::new(format!("building stencil {name}: {msg}"))))
    };
    let job = WorkerJob { plans: batch.to_vec(), ..job.clone() };
    let text = match serde_json::to_string(&job) {
        Ok(t) => t,
        Err(e) => return (Vec::new(), fail(format!("cannot write the worker's job: {e}"))),
    };
    let mut child = match Command::new(workers.exe)
        .args(workers.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return (
                Vec::new(),
                fail(format!("cannot start the build worker {}: {e}", workers.exe.display())),
            )
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    let mut stderr_pipe = child.stderr.take();
    let stderr_reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(p) = stderr_pipe.as_mut() {
            let _ = p.read_to_string(&mut s);
        }
        s
    });
    let mut done = Vec::new();
    if let Some(stdout) = child.stdout.take() {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let Ok(r) = serde_json::from_str::<WorkerResult>(&line) else { continue };
            let Some(plan) = plans.get(r.index).filter(|_| batch.contains(&r.index)) else { continue };
            let result = if plan.name != r.name {
                Err(Error::new(format!(
                    "building stencil {}: the worker built `{}` instead (its inputs changed?)",
                    plan.name, r.name
                )))
            } else {
                match (r.stencil, r.error) {
                    (Some(stencil), _) => {
                        Ok(Built { stencil, time: Duration::from_nanos(r.nanos), cached: r.cached })
                    }
                    (None, Some(e)) => Err(Error::new(e)),
                    (None, None) => Err(Error::new(format!("building stencil {}: no result", plan.name))),
                }
            };
            set(r.index, result);
            done.push(r.index);
        }
    }
    let status = child.wait();
    let stderr = stderr_reader.join().unwrap_or_default();
    match status {
        Ok(st) if st.success() => (done, Ok(())),
        Ok(st) => {
            let how = describe_exit(st);
            let said = tail(&stderr);
            let report: CrashReport = Box::new(move |name: &str| {
                let mut e = Error::new(format!("building stencil {name} crashed ({how})"));
                if !said.is_empty() {
                    e = Error::new(format!("building stencil {name} crashed ({how}):\n    {said}"));
                }
                e.help("LLVM or clang failed on this stencil's code; the other stencils were built. Please report it with the uop or trace")
            });
            (done, Err(report))
        }
        Err(e) => (done, fail(format!("waiting for the build worker: {e}"))),
    }
}

/// As [`generate_timed`], building stencils in worker processes ([`build_all_isolated`]).
/// Every stencil is attempted; if any failed, the error lists each failure and how many
/// stencils were built.
pub fn generate_isolated(
    build: &Build,
    set: &TraceSet,
    workers: &Workers,
) -> Result<(StencilSet, BuildStats)> {
    let plans = plans(build.lib, set, build.pipeline);
    let results = build_all_isolated(build, set, workers, &plans);
    let failed: Vec<String> =
        results.iter().filter_map(|r| r.as_ref().err().map(|e| e.to_string())).collect();
    if !failed.is_empty() {
        return Err(Error::new(format!(
            "{} of {} stencils for {} failed ({} built):\n{}",
            failed.len(),
            plans.len(),
            build.target.triple,
            plans.len() - failed.len(),
            failed.join("\n")
        )));
    }
    let built = results.try_map(|r| r)?;
    Ok(assemble_built(build.lib, set, build.target, &plans, built))
}

/// As [`generate_isolated`], leaving out each trace whose fused stencil fails to build
/// (and what no longer links without it: [`TraceSet::without`]) and building the rest,
/// again until nothing fails; the stencils already built come from the stencil cache
/// when the pipeline has one. A failing end stub or per-uop stencil is still an error:
/// no trace could be stitched without it. Returns the set that was built and each trace
/// file left out with why.
pub fn generate_isolated_skipping(
    build: &Build,
    set: &TraceSet,
    workers: &Workers,
) -> Result<(StencilSet, BuildStats, TraceSet, Vec<crate::traces::Skipped>)> {
    let mut set = set.clone();
    let mut skipped = Vec::new();
    loop {
        let plans = plans(build.lib, &set, build.pipeline);
        let results = build_all_isolated(build, &set, workers, &plans);
        let shared: Vec<String> = std::iter::once(&results.end)
            .chain(&results.uops)
            .filter_map(|r| r.as_ref().err().map(|e| e.to_string()))
            .collect();
        if !shared.is_empty() {
            let failed = results.iter().filter(|r| r.is_err()).count();
            return Err(Error::new(format!(
                "{} of {} stencils for {} failed ({} built), {} of them the end stub or per-uop \
                 stencils, which every trace needs:\n{}",
                failed,
                plans.len(),
                build.target.triple,
                plans.len() - failed,
                shared.len(),
                shared.join("\n")
            )));
        }
        let failed: Vec<(String, Error)> = results
            .fused
            .iter()
            .zip(&set.traces)
            .filter_map(|(r, t)| r.as_ref().err().map(|e| (t.name.clone(), e.clone())))
            .collect();
        if failed.is_empty() {
            let built = results.try_map(|r| r)?;
            let (stencils, stats) = assemble_built(build.lib, &set, build.target, &plans, built);
            return Ok((stencils, stats, set, skipped));
        }
        let (rest, left_out) = set.without(failed)?;
        skipped.extend(left_out);
        set = rest;
    }
}
