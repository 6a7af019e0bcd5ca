//! The tracefuse command line: `generate`, `run`, `check`, `inspect`. Errors print with
//! file and line and exit with status 1; so do mismatches found by `check`.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::generate_isolated;
use tracefuse::set::StencilSet;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;
use tracefuse::{writers, Error, Result};
use tracefuse_sandbox::bench::Form;
use tracefuse_sandbox::cases::{Case, Suite, DEFAULT_TICK_LIMIT};
use tracefuse_sandbox::check::{check_isolated, run_case, Mode};
use tracefuse_sandbox::runtime::{ExtraSource, Runtime};
use tracefuse_sandbox::values::Value;

/// How long `check` lets one case run (in all modes) before it counts as hung.
const CASE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

mod bench_cli;

pub(crate) const HOST: &str = "x86_64-unknown-linux-gnu";

#[derive(Parser)]
#[command(
    name = "tracefuse",
    version,
    about = "Fuse whole uop traces into patchable copy-and-patch stencils with LLVM 19"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
pub(crate) struct Inputs {
    /// Uop library: a folder with uops.yaml, or the manifest itself [default: the bundled sandbox]
    #[arg(long)]
    pub(crate) library: Option<PathBuf>,
    /// Folder of trace files [default: the library's traces/ folder]
    #[arg(long)]
    pub(crate) traces: Option<PathBuf>,
    /// Cache folder (bitcode, runtime objects) [default: $TRACEFUSE_CACHE, else
    /// $XDG_CACHE_HOME/tracefuse, else ~/.cache/tracefuse]
    #[arg(long, default_value_os_t = tracefuse_sandbox::default_cache_dir())]
    pub(crate) cache: PathBuf,
    /// LLVM pass pipeline: `stencil` (the passes of -O3 that change stencils), -O0..-O3,
    /// -Os, -Oz, or a pass-pipeline string
    #[arg(long, default_value = "stencil", allow_hyphen_values = true)]
    pub(crate) pipeline: String,
    /// Keep fused loops' locals and stack in the frame's memory (by default a library with
    /// shadow-frame hooks runs them in registers, writing back on the way out)
    #[arg(long)]
    pub(crate) no_shadow_frames: bool,
    /// Keep every box fused traces allocate (by default a library that declares sinkable
    /// allocations gets boxes a trace frees again removed, and the rest made on the way out)
    #[arg(long)]
    pub(crate) no_sinking: bool,
    /// Keep every release branch (by default a library that declares its release function
    /// gets the branches of decrements a fused trace proves cannot reach zero removed)
    #[arg(long)]
    pub(crate) no_release_elimination: bool,
    /// Build each trace alone, its linked side exits tail calls (by default a trace whose
    /// side exits enter other traces of the set is fused with them into one trace tree)
    #[arg(long)]
    pub(crate) no_trace_trees: bool,
    /// Worker threads for building stencils [default: the machine's cores]
    #[arg(short = 'j', long, default_value_t = tracefuse::build_script::default_jobs())]
    pub(crate) jobs: usize,
}

pub(crate) struct Loaded {
    pub(crate) lib: UopLibrary,
    pub(crate) set: TraceSet,
}

impl Inputs {
    pub(crate) fn load(&self) -> Result<Loaded> {
        let lib_path = self.library.clone().unwrap_or_else(tracefuse_sandbox::default_library_dir);
        let lib = UopLibrary::load(&lib_path)?;
        let set = match &self.traces {
            Some(dir) => TraceSet::load_dir(dir, &lib)?,
            None => TraceSet::load_library_default(&lib)?,
        };
        Ok(Loaded { lib, set })
    }

    /// The loaded library and traces with their test data and the library's runtime
    /// (built with `extra` sources), for running them.
    pub(crate) fn suite(&self, l: &Loaded, extra: &[ExtraSource]) -> Result<Suite> {
        let runtime = Runtime::with_extra(&l.lib, &self.cache, extra)?;
        Suite::new(l.lib.clone(), l.set.clone(), runtime)
    }

    pub(crate) fn stencils(&self, l: &Loaded, target: &Target) -> Result<StencilSet> {
        self.stencils_timed(l, target).map(|(s, _)| s)
    }

    /// The pipeline the options name.
    pub(crate) fn pipeline(&self) -> Pipeline {
        let mut pipeline = Pipeline::parse(&self.pipeline);
        pipeline.shadow_frames = !self.no_shadow_frames;
        pipeline.sink_allocations = !self.no_sinking;
        pipeline.release_elimination = !self.no_release_elimination;
        pipeline.trace_trees = !self.no_trace_trees;
        pipeline
    }

    /// The stencils with each fused stencil's build time. Bodies are compiled here (a body
    /// clang rejects or crashes on is an error naming its uop); stencils are built in
    /// `build-worker` child processes of this binary, so LLVM crashing on one stencil is
    /// an error naming it while every other stencil is still built and reported.
    pub(crate) fn stencils_timed(
        &self,
        l: &Loaded,
        target: &Target,
    ) -> Result<(StencilSet, Vec<std::time::Duration>)> {
        let compiler = BodyCompiler::new(&self.cache)?;
        compiler.compile_library(&l.lib, &target.triple)?;
        let pipeline = self.pipeline();
        let exe = std::env::current_exe()
            .map_err(|e| Error::new(format!("cannot find the tracefuse binary for build workers: {e}")))?;
        generate_isolated(&l.lib, &l.set, target, &pipeline, self.jobs, &exe, &["build-worker"], &self.cache)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Build fused and per-uop stencils for every trace and write manifests and listings.
    Generate {
        #[command(flatten)]
        inputs: Inputs,
        /// Output folder (one subfolder per target triple)
        #[arg(long, default_value = "target/stencils")]
        out: PathBuf,
        /// Target triple (a file in targets/), repeatable; `all` for every description
        #[arg(long = "target", default_value = "all")]
        targets: Vec<String>,
        /// What to write per target (repeatable or comma-separated): json, header, blobs,
        /// listings, all
        #[arg(long = "format", value_delimiter = ',', default_value = "json,header,listings")]
        formats: Vec<writers::Format>,
    },
    /// Run a trace's cases (or given locals) and print how each run ended.
    Run {
        /// Trace name (from the traces folder) or trace file
        trace: String,
        #[command(flatten)]
        inputs: Inputs,
        /// Execution mode
        #[arg(long, value_enum, default_value = "interp")]
        mode: Mode,
        /// Run only this case
        #[arg(long)]
        case: Option<String>,
        /// Initial locals as a YAML list, e.g. '[0]' (at most the trace's `locals`; missing
        /// trailing locals are None)
        #[arg(long)]
        locals: Option<String>,
        /// Initial stack as a YAML list, bottom first, e.g. '[{range: [0, 10]}]': exactly
        /// the trace's `entry_stack` values (with --locals; default: empty)
        #[arg(long, requires = "locals")]
        stack: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Differential check: every case of every trace as interpreter, stitched and fused.
    Check {
        #[command(flatten)]
        inputs: Inputs,
        /// Instead, check N random traces over the library's uops (3 cases each; some are
        /// trace trees, a loop with side traces; the library's `random:` hints say how,
        /// docs/formats.md)
        #[arg(long, value_name = "N")]
        random: Option<u64>,
        /// Seed of the random traces
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where shrunk reproducers of mismatching random traces go
        #[arg(long, default_value = "target/random-failures")]
        failures: PathBuf,
    },
    /// Measure interpreter, stitched, fused and native C; sizes; generation cost. Writes
    /// report.md, report.svg and report.json into --out.
    Bench {
        #[command(flatten)]
        inputs: Inputs,
        /// Report folder (its analysis.md is included in report.md); `cargo xtask bench`
        /// writes the committed report with `--out docs/bench`
        #[arg(long, default_value = tracefuse_sandbox::DEFAULT_BENCH_OUT)]
        out: PathBuf,
        /// Timed runs per kernel and form
        #[arg(long, default_value_t = 11)]
        runs: usize,
    },
    /// Import a configured CPython 3.14 tree's executor cases as a uop library (uops.yaml,
    /// generated bodies, prelude), ready for `generate --library OUT`.
    CpythonImport {
        /// The CPython source tree (configured: `./configure --enable-experimental-jit`)
        #[arg(long)]
        cpython: PathBuf,
        /// The library folder to write (replaced only if an earlier import wrote it)
        #[arg(long, default_value = "target/cpython-library")]
        out: PathBuf,
    },
    /// Install tracefuse's hook into a CPython 3.14 tree (a copy: `cargo xtask cpython
    /// build` makes one): the fused stencils' header and our hook go into Python/, and
    /// Python/jit.c calls the hook before stitching. Build the tree afterwards.
    CpythonHook {
        /// The CPython tree to edit (configured)
        #[arg(long)]
        cpython: PathBuf,
        /// jit_stencils.h from `generate --format header --library <its import>` for the host
        #[arg(long)]
        header: PathBuf,
        /// Training recordings (record.py's JSON) whose loops the build warms at start-up
        #[arg(long)]
        warm: Vec<PathBuf>,
    },
    /// Run one kernel once in one form (for instruction counting under callgrind).
    #[command(hide = true)]
    BenchOne {
        kernel: String,
        #[arg(value_enum)]
        form: Form,
        #[command(flatten)]
        inputs: Inputs,
        /// Stencils written by `bench`
        #[arg(long)]
        stencils: PathBuf,
    },
    /// Build stencils for a parent `tracefuse`: reads a job (JSON) on stdin, writes each
    /// finished stencil as a JSON line on stdout (see tracefuse::pipeline::run_worker).
    #[command(hide = true)]
    BuildWorker,
    /// Show one stencil: its listing with holes (`trace:NAME`, a uop name, or `_END`).
    Inspect {
        /// Stencil name
        stencil: String,
        #[command(flatten)]
        inputs: Inputs,
        #[arg(long = "target", default_value = HOST)]
        target: String,
    },
}

fn main() -> ExitCode {
    // Output piped into a reader that stops early (`| head`) ends the process quietly, as
    // with any Unix tool, instead of panicking on the closed pipe.
    #[cfg(unix)]
    // SAFETY: restores the signal's default action before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Generate { inputs, out, targets, formats } => {
            cmd_generate(&inputs, &out, &targets, &formats)
        }
        Command::Run { trace, inputs, mode, case, locals, stack, json } => {
            cmd_run(&trace, &inputs, mode, case.as_deref(), locals.as_deref(), stack.as_deref(), json)
        }
        Command::Check { inputs, random: Some(n), seed, failures } => {
            cmd_check_random(&inputs, n, seed, &failures)
        }
        Command::Check { inputs, .. } => cmd_check(&inputs),
        Command::Inspect { stencil, inputs, target } => cmd_inspect(&stencil, &inputs, &target),
        Command::Bench { inputs, out, runs } => bench_cli::bench(&inputs, &out, runs),
        Command::CpythonImport { cpython, out } => cmd_cpython_import(&cpython, &out),
        Command::CpythonHook { cpython, header, warm } => cmd_cpython_hook(&cpython, &header, &warm),
        Command::BenchOne { kernel, form, inputs, stencils } => {
            bench_cli::bench_one(&kernel, form, &inputs, &stencils)
        }
        Command::BuildWorker => {
            tracefuse::pipeline::run_worker(&mut std::io::stdin().lock(), &mut std::io::stdout().lock())
                .map(|_| true)
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn cmd_generate(
    inputs: &Inputs,
    out: &Path,
    targets: &[String],
    formats: &[writers::Format],
) -> Result<bool> {
    let l = inputs.load()?;
    let targets =
        if targets.iter().any(|t| t == "all") { tracefuse::target::all_triples()? } else { targets.to_vec() };
    // A target whose stencils fail is reported and the others still built; the command
    // then fails.
    let mut ok = true;
    for triple in &targets {
        let target = Target::by_triple(triple)?;
        let start = Instant::now();
        let (stencils, times) = match inputs.stencils_timed(&l, &target) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("error: {e}");
                ok = false;
                continue;
            }
        };
        let dir = writers::write_target(out, &stencils, &target, formats)?;
        println!(
            "{triple}: {} traces, {} per-uop stencils in {:.2}s -> {}",
            l.set.traces.len(),
            stencils.uops.len(),
            start.elapsed().as_secs_f64(),
            dir.display()
        );
        println!(
            "  {:<24} {:>5} {:>11} {:>13} {:>11} {:>13} {:>9}",
            "trace", "uops", "fused code", "stitched code", "fused holes", "stitched holes", "gen ms"
        );
        for (t, trace) in l.set.traces.iter().enumerate() {
            let f = &stencils.fused[t].stencil;
            let (sc, _, sh) = stencils.stitched_size(t)?;
            println!(
                "  {:<24} {:>5} {:>11} {:>13} {:>11} {:>13} {:>9.1}",
                trace.name,
                trace.instructions.len(),
                f.code.len(),
                sc,
                f.holes(),
                sh,
                times[t].as_secs_f64() * 1e3
            );
        }
    }
    Ok(ok)
}

fn find_trace(l: &Loaded, name: &str) -> Result<(TraceSet, usize)> {
    if let Some((i, _)) = l.set.get(name) {
        return Ok((l.set.clone(), i));
    }
    let path = PathBuf::from(name);
    if path.is_file() {
        let t = tracefuse::traces::Trace::load(&path, &l.lib)?;
        let tname = t.name.clone();
        // A trace file from elsewhere may still exit into the bundled traces.
        let mut traces: Vec<_> = l.set.traces.iter().filter(|x| x.name != tname).cloned().collect();
        traces.push(t);
        let set = TraceSet::link(traces)?;
        let i = set.traces.len() - 1;
        return Ok((set, i));
    }
    Err(Error::new(format!("no trace named `{name}` and no such file")).help(format!(
        "known traces: {}",
        l.set.traces.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", ")
    )))
}

fn cmd_run(
    name: &str,
    inputs: &Inputs,
    mode: Mode,
    case: Option<&str>,
    locals: Option<&str>,
    stack: Option<&str>,
    json: bool,
) -> Result<bool> {
    let l = inputs.load()?;
    let (set, start) = find_trace(&l, name)?;
    let l = Loaded { lib: l.lib, set };
    let suite = inputs.suite(&l, &[])?;
    let trace = &suite.set.traces[start];
    let cases: Vec<Case> = if let Some(text) = locals {
        let locals = yaml_values(text, "--locals")?;
        let stack = match stack {
            Some(text) => yaml_values(text, "--stack")?,
            None => Vec::new(),
        };
        if locals.len() > trace.locals as usize {
            return Err(Error::new(format!(
                "--locals gives {} values, but trace `{}` has {} locals",
                locals.len(),
                trace.name,
                trace.locals
            ))
            .help("give at most `locals` values (missing trailing locals are None)"));
        }
        if stack.len() != trace.entry_stack as usize {
            return Err(Error::new(format!(
                "--stack gives {} values, but trace `{}` is entered with {} (its entry_stack)",
                stack.len(),
                trace.name,
                trace.entry_stack
            ))
            .help("pass exactly entry_stack values with --stack '[...]', bottom first"));
        }
        vec![Case {
            name: "cli".into(),
            locals,
            stack,
            classes: Default::default(),
            tick_limit: DEFAULT_TICK_LIMIT,
            eval_breaker: false,
            expect: None,
            line: None,
        }]
    } else {
        suite.tests[start].cases.iter().filter(|c| case.is_none_or(|n| n == c.name)).cloned().collect()
    };
    if cases.is_empty() {
        return Err(Error::at(&trace.path, None, "no case to run")
            .help("pass --locals, or a --case the trace defines"));
    }
    let stencils = match mode {
        Mode::Interp => None,
        _ => Some(inputs.stencils(&l, &Target::by_triple(HOST)?)?),
    };
    let mut all = Vec::new();
    let mut left_frame = Vec::new();
    for c in &cases {
        let snap = run_case(mode, &suite, stencils.as_ref(), start, c)?;
        if snap.stack_out_of_frame() {
            left_frame.push(c.name.clone());
        }
        if json {
            let mut j = snap.to_json();
            j["case"] = c.name.clone().into();
            j["mode"] = mode.name().into();
            all.push(j);
        } else {
            let err = if snap.error != 0 { format!(" ({})", snap.error_name()) } else { String::new() };
            println!("{} / {} [{}]: {}{err}", trace.name, c.name, mode.name(), snap.exit);
            println!(
                "  locals: [{}]",
                snap.locals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
            );
            println!(
                "  stack:  [{}]",
                snap.stack.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
            );
            println!("  live objects: {}, back edges: {}", snap.heap.len(), snap.ticks);
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&all).unwrap_or_default());
    }
    if !left_frame.is_empty() {
        eprintln!(
            "error: {}: the run left the frame (stack pointer out of frame) in case {}",
            trace.name,
            left_frame.join(", ")
        );
        return Ok(false);
    }
    Ok(true)
}

/// A YAML list of values from the command line.
fn yaml_values(text: &str, what: &str) -> Result<Vec<Value>> {
    let y: Vec<serde_yaml::Value> =
        serde_yaml::from_str(text).map_err(|e| Error::new(format!("{what}: {e}")))?;
    y.iter()
        .map(Value::from_yaml)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::new(format!("{what}: {e}")))
}

fn cmd_check(inputs: &Inputs) -> Result<bool> {
    let l = inputs.load()?;
    let suite = inputs.suite(&l, &[])?;
    let stencils = inputs.stencils(&l, &Target::by_triple(HOST)?)?;
    // In a child process: a case that crashes the process or does not end (a broken
    // stencil, a bug in the library's runtime) is reported as a mismatch naming its mode.
    let report = check_isolated(&suite, &stencils, &Mode::ALL, CASE_TIMEOUT)?.report;
    for m in &report.mismatches {
        println!("MISMATCH {m}");
    }
    println!("check: {} traces, {} runs, {} mismatches", report.traces, report.runs, report.mismatches.len());
    Ok(report.mismatches.is_empty())
}

fn cmd_check_random(inputs: &Inputs, count: u64, seed: u64, failures: &Path) -> Result<bool> {
    let lib =
        UopLibrary::load(&inputs.library.clone().unwrap_or_else(tracefuse_sandbox::default_library_dir))?;
    let start = Instant::now();
    let report =
        tracefuse_sandbox::random::run(&lib, seed, count, &inputs.cache, failures, true, &|i, r| {
            if (i + 1) % 100 == 0 {
                eprintln!(
                    "  {} random traces, {} runs, {} mismatching, {:.0}s",
                    i + 1,
                    r.runs,
                    r.failures.len(),
                    start.elapsed().as_secs_f64()
                );
            }
        })?;
    for f in &report.failures {
        println!("MISMATCH reproducer: {}", f.display());
    }
    let uses: Vec<String> = report.uses.iter().map(|(u, n)| format!("{u} {n}")).collect();
    let unused: Vec<&str> =
        lib.uops.iter().map(|u| u.name.as_str()).filter(|u| !report.uses.contains_key(*u)).collect();
    println!("uops generated: {}", uses.join(", "));
    println!("uops never generated: {}", if unused.is_empty() { "none".into() } else { unused.join(", ") });
    println!(
        "trace trees: {} ({} cyclic, {} of them loop nests; {} built as trees)",
        report.trees, report.cyclic, report.nests, report.built_as_trees
    );
    println!(
        "check --random {count} --seed {seed}: {} traces, {} runs, {} mismatches",
        report.traces,
        report.runs,
        report.failures.len()
    );
    Ok(report.failures.is_empty())
}

fn cmd_inspect(name: &str, inputs: &Inputs, triple: &str) -> Result<bool> {
    let l = inputs.load()?;
    let target = Target::by_triple(triple)?;
    let stencils = inputs.stencils(&l, &target)?;
    let key = name.strip_prefix("trace:").unwrap_or(name);
    let stencil = if name == "_END" {
        &stencils.end
    } else if let Some((i, _)) = l.set.get(key) {
        &stencils.fused[i].stencil
    } else {
        stencils.uops.get(name).ok_or_else(|| {
            Error::new(format!("no stencil `{name}`"))
                .help("name a trace (`trace:NAME` or NAME), a uop used by the traces, or _END")
        })?
    };
    print!("{}", writers::listing(stencil, &target)?);
    if let Some((i, _)) = l.set.get(key).filter(|_| name != "_END") {
        let members = &stencils.fused[i].members;
        if !members.is_empty() {
            let list: Vec<String> =
                members.iter().map(|m| format!("{} from instruction {}", m.trace, m.start)).collect();
            println!("# trace tree: {} holds {}", l.set.traces[i].name, list.join(", "));
        }
        // What allocation sinking and release elimination did to this trace (built again
        // in this process: the stencil above came from a build worker).
        let pipeline = inputs.pipeline();
        let plan = tracefuse::pipeline::fused_plan(&l.lib, &l.set, i, &pipeline);
        if plan.sink.is_some() || plan.releases.is_some() {
            let bc = BodyCompiler::new(&inputs.cache)?.compile_library(&l.lib, &target.triple)?;
            let machine = target.machine()?;
            let r = tracefuse::pipeline::pass_report(&l.lib, &bc, &target, &machine, &pipeline, &plan)?;
            if plan.sink.is_some() {
                println!(
                    "# allocation sinking: {} constructor calls removed, {} placed where boxes escape",
                    r.sink.sunk, r.sink.materialized
                );
                for why in &r.sink.declined {
                    println!("# allocation sinking declined: {why}");
                }
            }
            if plan.releases.is_some() {
                println!(
                    "# release elimination: {} releases proved dead, {} kept",
                    r.releases.removed, r.releases.kept
                );
            }
        }
    }
    Ok(true)
}

fn cmd_cpython_hook(cpython: &Path, header: &Path, warm: &[PathBuf]) -> Result<bool> {
    let tree = tracefuse_cpython::CpythonTree::open(cpython).map_err(|e| Error::new(e.to_string()))?;
    let recordings = warm
        .iter()
        .map(|p| tracefuse_cpython::record::read(p).map_err(|e| Error::new(e.to_string())))
        .collect::<Result<Vec<_>>>()?;
    let report = tracefuse_cpython::hook::install(&tree, header, &recordings)
        .map_err(|e| Error::new(e.to_string()))?;
    println!(
        "cpython-hook: {}: hook installed at lines {}, {} and {}; {}:{}: {} loop locations warmed; build the tree (make)",
        cpython.join(tracefuse_cpython::hook::JIT_C).display(),
        report.lines[0],
        report.lines[1],
        report.lines[2],
        cpython.join(tracefuse_cpython::hook::CODEOBJECT_C).display(),
        report.warm_line,
        report.warm_locations
    );
    Ok(true)
}

fn cmd_cpython_import(cpython: &Path, out: &Path) -> Result<bool> {
    let tree = tracefuse_cpython::CpythonTree::open(cpython).map_err(|e| Error::new(e.to_string()))?;
    let report = tracefuse_cpython::import(&tree, out).map_err(|e| Error::new(e.to_string()))?;
    let in_manifest = report.uops.iter().filter(|u| u.in_manifest).count();
    println!(
        "cpython-import: CPython {}: {} executor cases, {} uops in {} ({} left out, {} not compiled by CPython's JIT)",
        tree.version.text,
        report.uops.len(),
        in_manifest,
        report.manifest.display(),
        report.uops.len() - in_manifest,
        report.not_compiled.len()
    );
    Ok(true)
}
