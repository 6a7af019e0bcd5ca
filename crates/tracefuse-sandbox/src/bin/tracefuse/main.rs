//! The tracefuse command line: `generate`, `run`, `check`, `inspect`, `bench` and the
//! CPython commands. Errors print with file and line and exit with status 1; so do
//! mismatches found by `check`. Long stages show progress on stderr ([`progress`]).

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
use tracefuse_sandbox::vm::VmState;

/// How long `check` lets one case run (in all modes) before it counts as hung.
const CASE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

mod bench_cli;
mod progress;

/// Help is wrapped to the terminal, at most 100 columns (`max_term_width`).
#[derive(Parser)]
#[command(
    name = "tracefuse",
    version,
    about = "Fuse whole uop traces into patchable copy-and-patch stencils with LLVM 19",
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where the uops and traces come from, and where built objects are kept.
#[derive(clap::Args, Clone)]
#[command(next_help_heading = "Inputs")]
pub(crate) struct Inputs {
    /// Uop library: a folder with uops.yaml, or the manifest itself [default: the bundled sandbox]
    #[arg(long)]
    pub(crate) library: Option<PathBuf>,
    /// Folder of trace files [default: the library's traces/ folder]
    #[arg(long)]
    pub(crate) traces: Option<PathBuf>,
    /// Cache folder for bitcode and runtime objects: $TRACEFUSE_CACHE, else
    /// $XDG_CACHE_HOME/tracefuse, else ~/.cache/tracefuse
    #[arg(long, default_value_os_t = tracefuse_sandbox::default_cache_dir())]
    pub(crate) cache: PathBuf,
}

/// How stencils are built: the options of every subcommand that builds them.
#[derive(clap::Args, Clone)]
#[command(next_help_heading = "Pipeline")]
pub(crate) struct Build {
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
    /// Build every stencil, even those whose inputs are unchanged since a build kept
    /// them in the stencil cache (under --cache)
    #[arg(long)]
    pub(crate) no_stencil_cache: bool,
    /// Worker processes building stencils (the default is the machine's cores)
    #[arg(short = 'j', long, default_value_t = tracefuse::build_script::default_jobs())]
    pub(crate) jobs: usize,
}

impl Build {
    /// The pipeline the options name.
    pub(crate) fn pipeline(&self) -> Pipeline {
        let mut pipeline = Pipeline::parse(&self.pipeline);
        pipeline.shadow_frames = !self.no_shadow_frames;
        pipeline.sink_allocations = !self.no_sinking;
        pipeline.release_elimination = !self.no_release_elimination;
        pipeline.trace_trees = !self.no_trace_trees;
        pipeline
    }

    /// The options that change what is built, as given on the command line (empty: the
    /// defaults).
    fn changed(&self) -> Vec<&'static str> {
        [
            (self.pipeline != "stencil", "--pipeline"),
            (self.no_shadow_frames, "--no-shadow-frames"),
            (self.no_sinking, "--no-sinking"),
            (self.no_release_elimination, "--no-release-elimination"),
            (self.no_trace_trees, "--no-trace-trees"),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect()
    }

    pub(crate) fn stencils(&self, inputs: &Inputs, l: &Loaded, target: &Target) -> Result<StencilSet> {
        self.stencils_timed(inputs, l, target).map(|(s, _)| s)
    }

    /// The stencils with each fused stencil's build time. Bodies are compiled here (a body
    /// clang rejects or crashes on is an error naming its uop); stencils are built in
    /// `build-worker` child processes of this binary, so LLVM crashing on one stencil is
    /// an error naming it while every other stencil is still built and reported. Each
    /// stage shows progress on a terminal ([`progress::stage`]).
    pub(crate) fn stencils_timed(
        &self,
        inputs: &Inputs,
        l: &Loaded,
        target: &Target,
    ) -> Result<(StencilSet, Vec<std::time::Duration>)> {
        let compiler = BodyCompiler::new(&inputs.cache)?;
        progress::stage(&format!("compiling {} uop bodies for {}", l.lib.uops.len(), target.triple), || {
            compiler.compile_library(&l.lib, &target.triple)
        })?;
        let pipeline = self.cached_pipeline(inputs);
        let exe = std::env::current_exe()
            .map_err(|e| Error::new(format!("cannot find the tracefuse binary for build workers: {e}")))?;
        // Short: the line is redrawn in place, so it must fit one terminal row.
        let what = format!("building stencils for {} ({} jobs)", target.triple, self.jobs);
        progress::stage(&what, || {
            generate_isolated(
                &l.lib,
                &l.set,
                target,
                &pipeline,
                self.jobs,
                &exe,
                &["build-worker"],
                &inputs.cache,
            )
        })
        .map(|(set, stats)| {
            if stats.cached > 0 {
                eprintln!(
                    "{}: {} of {} stencils from the stencil cache ({} of {} fused); {} built",
                    target.triple,
                    stats.cached,
                    stats.stencils,
                    stats.cached_fused,
                    stats.fused_times.len(),
                    stats.stencils - stats.cached
                );
            }
            (set, stats.fused_times)
        })
    }
}

impl Build {
    /// Share `shard` of the stencils, built as [`Build::stencils_timed`] builds them all.
    pub(crate) fn shard(
        &self,
        inputs: &Inputs,
        l: &Loaded,
        target: &Target,
        shard: tracefuse::shard::ShardOf,
    ) -> Result<(tracefuse::shard::Shard, tracefuse::pipeline::BuildStats)> {
        let compiler = BodyCompiler::new(&inputs.cache)?;
        progress::stage(&format!("compiling {} uop bodies for {}", l.lib.uops.len(), target.triple), || {
            compiler.compile_library(&l.lib, &target.triple)
        })?;
        let pipeline = self.cached_pipeline(inputs);
        let exe = std::env::current_exe()
            .map_err(|e| Error::new(format!("cannot find the tracefuse binary for build workers: {e}")))?;
        let what = format!("building shard {shard} for {} ({} jobs)", target.triple, self.jobs);
        progress::stage(&what, || {
            tracefuse::shard::generate_shard(
                &l.lib,
                &l.set,
                target,
                &pipeline,
                shard,
                self.jobs,
                &exe,
                &["build-worker"],
                &inputs.cache,
            )
        })
    }

    /// [`Build::pipeline`], keeping finished stencils under the cache folder unless
    /// `--no-stencil-cache`.
    fn cached_pipeline(&self, inputs: &Inputs) -> Pipeline {
        let mut pipeline = self.pipeline();
        if !self.no_stencil_cache {
            pipeline.stencil_cache = Some(inputs.cache.clone());
        }
        pipeline
    }
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
            Some(dir) => TraceSet::load_dir(dir, &lib),
            None => TraceSet::load_library_default(&lib),
        }
        .map_err(|e| self.library_hint(e, self.traces.as_deref(), &lib))?;
        Ok(Loaded { lib, set })
    }

    /// `e`, from reading traces at `traces` with `lib`, with a hint to pass `--library`
    /// when it was left out and the traces sit in another library's folder (a copied
    /// library checked without `--library` is read with the bundled one).
    pub(crate) fn library_hint(&self, mut e: Error, traces: Option<&Path>, lib: &UopLibrary) -> Error {
        let Some(other) = traces.and_then(library_around).filter(|_| self.library.is_none()) else {
            return e;
        };
        if other.join("uops.yaml").canonicalize().ok() == lib.manifest.canonicalize().ok() {
            return e;
        }
        let hint = format!(
            "these traces sit in the library folder {} but were read with {}: pass `--library {}`",
            other.display(),
            lib.manifest.display(),
            other.display()
        );
        e.help = Some(match e.help.take() {
            Some(h) => format!("{h}\n  help: {hint}"),
            None => hint,
        });
        e
    }

    /// The loaded library and traces with their test data and the library's runtime
    /// (built with `extra` sources), for running them.
    pub(crate) fn suite(&self, l: &Loaded, extra: &[ExtraSource]) -> Result<Suite> {
        let runtime = progress::stage(&format!("building the runtime of library `{}`", l.lib.name), || {
            Runtime::with_extra(&l.lib, &self.cache, extra)
        })?;
        Suite::new(l.lib.clone(), l.set.clone(), runtime)
    }
}

/// The library folder a trace folder or trace file sits in: the nearest folder above it
/// (at most two levels up: `LIB/traces/t.yaml`) that holds a uops.yaml.
fn library_around(traces: &Path) -> Option<PathBuf> {
    let start = if traces.is_file() { traces.parent()? } else { traces };
    let start = if start.as_os_str().is_empty() { Path::new(".") } else { start };
    let dir = start.ancestors().take(2).find(|d| d.join("uops.yaml").is_file())?;
    Some(if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir.to_path_buf() })
}

#[derive(Subcommand)]
enum Command {
    /// Build fused and per-uop stencils for every trace; write manifests and listings
    ///
    /// Prints, per trace, the fused stencil's code bytes and holes beside the sum of the
    /// per-uop stencils the same trace needs when stitched.
    Generate {
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
        /// Build only share K of N of the stencils (1/2, 2/2, ...), for spreading a large
        /// build over machines: writes OUT/<triple>/shard-K-of-N.json for `tracefuse
        /// merge`, which writes the --format outputs
        #[arg(long, value_name = "K/N", value_parser = parse_shard)]
        shard: Option<tracefuse::shard::ShardOf>,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Join the shards of `generate --shard K/N` into one generate's output
    ///
    /// Writes what one unsharded generate of the same inputs writes, byte for byte. Takes
    /// the same --library, --traces and pipeline options the shards were generated with
    /// (they are checked); builds nothing.
    Merge {
        /// Folders holding shards (each a `generate --shard` output folder), all N of
        /// them between them
        #[arg(required = true, value_name = "SHARD_DIR")]
        shards: Vec<PathBuf>,
        /// Output folder (one subfolder per target triple)
        #[arg(long, default_value = "target/stencils")]
        out: PathBuf,
        /// Target triple, repeatable [default: every target the shards were built for]
        #[arg(long = "target")]
        targets: Vec<String>,
        /// What to write per target (repeatable or comma-separated): json, header, blobs,
        /// listings, all
        #[arg(long = "format", value_delimiter = ',', default_value = "json,header,listings")]
        formats: Vec<writers::Format>,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Run a trace's cases (or given locals) and print how each run ended
    Run {
        /// Trace name (from the traces folder) or trace file
        trace: String,
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
        /// the trace's `entry_stack` values (with --locals; none when not given)
        #[arg(long, requires = "locals")]
        stack: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Differential check: every case of every trace as interpreter, stitched and fused
    ///
    /// Each case's three runs must agree, and the interpreter's must match the case's
    /// `expect`. A case without `expect` is only compared across the three modes; the
    /// check says so. Exits with status 1 on any mismatch.
    Check {
        /// List every trace with its cases and how they ended
        #[arg(short, long)]
        verbose: bool,
        /// Instead, check N random traces over the library's uops (3 cases each; some are
        /// trace trees, a loop with side traces; the library's `random:` hints say how,
        /// docs/formats.md). They are built with the default pipeline
        #[arg(long, value_name = "N")]
        random: Option<u64>,
        /// Seed of the random traces
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where shrunk reproducers of mismatching random traces go (removed again when
        /// empty)
        #[arg(long, default_value = "target/random-failures")]
        failures: PathBuf,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Measure interpreter, stitched, fused and native C; sizes; generation cost
    ///
    /// Writes report.md, report.svg and report.json into --out.
    Bench {
        /// Report folder (its analysis.md is included in report.md); `cargo xtask bench`
        /// writes the committed report with `--out docs/bench`
        #[arg(long, default_value = tracefuse_sandbox::DEFAULT_BENCH_OUT)]
        out: PathBuf,
        /// Timed runs per kernel and form
        #[arg(long, default_value_t = 11)]
        runs: usize,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Import a CPython 3.14 tree's executor cases as a uop library
    ///
    /// Writes uops.yaml, generated bodies and the prelude of a configured tree's executor
    /// cases, ready for `generate --library OUT`.
    CpythonImport {
        /// The CPython 3.14 source tree, configured: run `./configure --enable-experimental-jit=yes-off CC=clang-19` in it first
        #[arg(long)]
        cpython: PathBuf,
        /// The library folder to write (replaced only if an earlier import wrote it)
        #[arg(long, default_value = "target/cpython-library")]
        out: PathBuf,
    },
    /// Install tracefuse's hook into a CPython 3.14 tree
    ///
    /// Edits a copy of a tree (`cargo xtask cpython build` makes one): the fused stencils'
    /// header and our hook go into Python/, and Python/jit.c calls the hook before
    /// stitching. Build the tree afterwards.
    CpythonHook {
        /// The CPython tree to edit, configured as for `cpython-import`
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
        /// Stencils written by `bench`
        #[arg(long)]
        stencils: PathBuf,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Build stencils for a parent `tracefuse`: reads a job (JSON) on stdin, writes each
    /// finished stencil as a JSON line on stdout (see tracefuse::pipeline::run_worker).
    #[command(hide = true)]
    BuildWorker,
    /// Show one stencil: its listing with holes (`trace:NAME`, a uop name, or `_END`)
    ///
    /// For a fused trace, also what allocation sinking and release elimination did.
    Inspect {
        /// Stencil name: `trace:NAME` (or a trace's NAME), a uop name, or `_END`
        stencil: String,
        /// Target triple to build the stencil for (a file in targets/) [default: this
        /// machine's]
        #[arg(long = "target")]
        target: Option<String>,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
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
        Command::Generate { inputs, build, out, targets, formats, shard: None } => {
            cmd_generate(&inputs, &build, &out, &targets, &formats)
        }
        Command::Generate { inputs, build, out, targets, shard: Some(shard), .. } => {
            cmd_generate_shard(&inputs, &build, &out, &targets, shard)
        }
        Command::Merge { shards, inputs, build, out, targets, formats } => {
            cmd_merge(&shards, &inputs, &build, &out, &targets, &formats)
        }
        Command::Run { trace, inputs, build, mode, case, locals, stack, json } => {
            let entry = Entry { case: case.as_deref(), locals: locals.as_deref(), stack: stack.as_deref() };
            cmd_run(&trace, &inputs, &build, mode, &entry, json)
        }
        Command::Check { inputs, build, random: Some(n), seed, failures, .. } => {
            cmd_check_random(&inputs, &build, n, seed, &failures)
        }
        Command::Check { inputs, build, verbose, .. } => cmd_check(&inputs, &build, verbose),
        Command::Inspect { stencil, inputs, build, target } => {
            cmd_inspect(&stencil, &inputs, &build, target.as_deref())
        }
        Command::Bench { inputs, build, out, runs } => bench_cli::bench(&inputs, &build, &out, runs),
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
    build: &Build,
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
        let (stencils, times) = match build.stencils_timed(inputs, &l, &target) {
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

fn parse_shard(text: &str) -> std::result::Result<tracefuse::shard::ShardOf, String> {
    tracefuse::shard::ShardOf::parse(text).map_err(|e| e.message)
}

/// Where `generate --shard` puts share `shard` for `triple` under `out`.
fn shard_path(out: &Path, triple: &str, shard: tracefuse::shard::ShardOf) -> PathBuf {
    out.join(triple).join(format!("shard-{}-of-{}.json", shard.index, shard.count))
}

fn cmd_generate_shard(
    inputs: &Inputs,
    build: &Build,
    out: &Path,
    targets: &[String],
    shard: tracefuse::shard::ShardOf,
) -> Result<bool> {
    let l = inputs.load()?;
    let targets =
        if targets.iter().any(|t| t == "all") { tracefuse::target::all_triples()? } else { targets.to_vec() };
    for triple in &targets {
        let target = Target::by_triple(triple)?;
        let start = Instant::now();
        let (part, stats) = build.shard(inputs, &l, &target, shard)?;
        let path = shard_path(out, triple, shard);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create the output folder", e))?;
        }
        let json = serde_json::to_vec(&part).map_err(|e| Error::new(format!("shard {shard}: {e}")))?;
        tracefuse::bodies::write_atomic(&path, &json)?;
        println!(
            "{triple}: shard {shard}: {} of {} stencils ({} fused) in {:.2}s -> {}",
            stats.stencils,
            part.plans,
            stats.fused_times.len(),
            start.elapsed().as_secs_f64(),
            path.display()
        );
    }
    Ok(true)
}

fn cmd_merge(
    dirs: &[PathBuf],
    inputs: &Inputs,
    build: &Build,
    out: &Path,
    targets: &[String],
    formats: &[writers::Format],
) -> Result<bool> {
    let l = inputs.load()?;
    // Every shard file under the folders, by target.
    let mut found: std::collections::BTreeMap<String, Vec<PathBuf>> = Default::default();
    for dir in dirs {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, "read the shard folder", e))?;
        for sub in entries.flatten().filter(|e| e.path().is_dir()) {
            let triple = sub.file_name().to_string_lossy().into_owned();
            let files = std::fs::read_dir(sub.path()).map_err(|e| Error::io(&sub.path(), "read", e))?;
            for f in files.flatten().map(|f| f.path()) {
                let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if name.starts_with("shard-") && name.ends_with(".json") {
                    found.entry(triple.clone()).or_default().push(f);
                }
            }
        }
    }
    let triples: Vec<String> =
        if targets.is_empty() { found.keys().cloned().collect() } else { targets.to_vec() };
    if triples.is_empty() {
        return Err(Error::new(format!(
            "no shards (<triple>/shard-K-of-N.json) in {}",
            dirs.iter().map(|d| d.display().to_string()).collect::<Vec<_>>().join(", ")
        ))
        .help("write them with `tracefuse generate --shard K/N --out DIR`"));
    }
    let pipeline = build.pipeline();
    // Every target is merged before anything is written: a refused shard leaves no
    // output behind.
    let mut merged = Vec::new();
    for triple in &triples {
        let target = Target::by_triple(triple)?;
        let mut shards = Vec::new();
        for path in found.get(triple).map(Vec::as_slice).unwrap_or_default() {
            let text = std::fs::read(path).map_err(|e| Error::io(path, "read", e))?;
            let shard: tracefuse::shard::Shard = serde_json::from_slice(&text).map_err(|e| {
                Error::new(format!("{}: not a shard of `tracefuse generate --shard`: {e}", path.display()))
            })?;
            shards.push(shard);
        }
        let count = shards.len();
        let stencils = tracefuse::shard::merge(&l.lib, &l.set, &target, &pipeline, shards)?;
        merged.push((target, count, stencils));
    }
    for (target, count, stencils) in merged {
        let dir = writers::write_target(out, &stencils, &target, formats)?;
        let triple = &target.triple;
        println!(
            "{triple}: {count} shards: {} traces, {} per-uop stencils -> {}",
            l.set.traces.len(),
            stencils.uops.len(),
            dir.display()
        );
    }
    Ok(true)
}

fn find_trace(inputs: &Inputs, l: &Loaded, name: &str) -> Result<(TraceSet, usize)> {
    if let Some((i, _)) = l.set.get(name) {
        return Ok((l.set.clone(), i));
    }
    let path = PathBuf::from(name);
    if path.is_file() {
        let t = tracefuse::traces::Trace::load(&path, &l.lib)
            .map_err(|e| inputs.library_hint(e, Some(&path), &l.lib))?;
        let tname = t.name.clone();
        // A trace file from elsewhere may still exit into the bundled traces.
        let mut traces: Vec<_> = l.set.traces.iter().filter(|x| x.name != tname).cloned().collect();
        traces.push(t);
        let set = TraceSet::link(traces)?;
        let i = set.traces.len() - 1;
        return Ok((set, i));
    }
    let names = || l.set.traces.iter().map(|t| t.name.as_str());
    let err = Error::new(format!("no trace named `{name}` and no such file"));
    Err(if let Some(near) = tracefuse::source::closest(name, names()) {
        err.help(format!("did you mean `{near}`?"))
    } else if l.set.traces.is_empty() {
        let folder = inputs.traces.clone().unwrap_or_else(|| l.lib.dir.join("traces"));
        err.help(format!(
            "{} holds no trace files: give a trace file's path, or --traces DIR",
            folder.display()
        ))
    } else {
        err.help(format!("known traces: {}", names().collect::<Vec<_>>().join(", ")))
    })
}

/// What a run starts from: one case of the trace's, or locals and stack given.
struct Entry<'a> {
    case: Option<&'a str>,
    locals: Option<&'a str>,
    stack: Option<&'a str>,
}

fn cmd_run(
    name: &str,
    inputs: &Inputs,
    build: &Build,
    mode: Mode,
    entry: &Entry,
    json: bool,
) -> Result<bool> {
    let l = inputs.load()?;
    let (set, start) = find_trace(inputs, &l, name)?;
    let l = Loaded { lib: l.lib, set };
    let suite = inputs.suite(&l, &[])?;
    let trace = &suite.set.traces[start];
    let cases: Vec<Case> = if let Some(text) = entry.locals {
        let locals = yaml_values(text, "--locals")?;
        let stack = match entry.stack {
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
        suite.tests[start].cases.iter().filter(|c| entry.case.is_none_or(|n| n == c.name)).cloned().collect()
    };
    if cases.is_empty() {
        return Err(Error::at(&trace.path, None, "no case to run")
            .help("pass --locals, or a --case the trace defines"));
    }
    let stencils = match mode {
        Mode::Interp => None,
        _ => Some(build.stencils(inputs, &l, &Target::for_host()?)?),
    };
    let mut all = Vec::new();
    let mut left_frame = Vec::new();
    for c in &cases {
        // The objects the case's inputs and the trace's object operands make before the
        // run: the live count after it includes them.
        let at_entry = VmState::new(&suite, start, c)?.snapshot().heap.len();
        let snap = run_case(mode, &suite, stencils.as_ref(), start, c)?;
        if snap.stack_out_of_frame() {
            left_frame.push(c.name.clone());
        }
        if json {
            let mut j = snap.to_json();
            j["case"] = c.name.clone().into();
            j["mode"] = mode.name().into();
            j["live_at_entry"] = at_entry.into();
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
            println!(
                "  live objects: {} ({at_entry} at entry: inputs and object operands), back edges: {}",
                snap.heap.len(),
                snap.ticks
            );
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

fn cmd_check(inputs: &Inputs, build: &Build, verbose: bool) -> Result<bool> {
    let l = inputs.load()?;
    let suite = inputs.suite(&l, &[])?;
    let stencils = build.stencils(inputs, &l, &Target::for_host()?)?;
    // In a child process: a case that crashes the process or does not end (a broken
    // stencil, a bug in the library's runtime) is reported as a mismatch naming its mode.
    let report = check_isolated(&suite, &stencils, &Mode::ALL, CASE_TIMEOUT)?.report;
    for m in &report.mismatches {
        println!("MISMATCH {m}");
    }
    let mut unexpected = 0;
    for (trace, tests) in suite.set.traces.iter().zip(&suite.tests) {
        let mismatching = |case: &str| {
            let prefix = format!("{} / {case}: ", trace.name);
            report.mismatches.iter().any(|m| m.starts_with(&prefix))
        };
        if verbose {
            // One line per trace: whether all its cases agreed, and which did not.
            let bad: Vec<&str> =
                tests.cases.iter().map(|c| c.name.as_str()).filter(|c| mismatching(c)).collect();
            let without = tests.cases.iter().filter(|c| c.expect.is_none()).count();
            let mut what = format!("{} cases", tests.cases.len());
            if without > 0 {
                what.push_str(&format!(", {without} without expect"));
            }
            let (status, which) = if bad.is_empty() {
                ("ok", String::new())
            } else {
                ("MISMATCH", format!(": {} mismatching: {}", bad.len(), bad.join(", ")))
            };
            println!("  {status:<8} {}: {what} ({}){which}", trace.name, trace.path.display());
        }
        // A case without `expect` only shows that the three modes agree: say so, with
        // where to add one.
        for c in tests.cases.iter().filter(|c| c.expect.is_none()) {
            unexpected += 1;
            let at = tracefuse::error::Location::new(&trace.path, c.line);
            println!(
                "note: {at}: case `{}` has no `expect`: its three runs were only compared with \
                 each other; add `expect: {{exit: {{kind: ...}}, locals: [...], stack: [...]}}`",
                c.name
            );
        }
    }
    let without =
        if unexpected > 0 { format!(" ({unexpected} cases without expect)") } else { String::new() };
    println!(
        "check: {} traces, {} runs, {} mismatches{without}",
        report.traces,
        report.runs,
        report.mismatches.len()
    );
    Ok(report.mismatches.is_empty())
}

fn cmd_check_random(inputs: &Inputs, build: &Build, count: u64, seed: u64, failures: &Path) -> Result<bool> {
    let changed = build.changed();
    if !changed.is_empty() {
        return Err(Error::new(format!(
            "check --random builds with the default pipeline; it does not take {}",
            changed.join(", ")
        ))
        .help("drop those options, or check a library's own traces with them: `check` without --random"));
    }
    let lib =
        UopLibrary::load(&inputs.library.clone().unwrap_or_else(tracefuse_sandbox::default_library_dir))?;
    let start = Instant::now();
    // The folders this run makes for reproducers, removed again if none was written.
    let made: Vec<PathBuf> = failures
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(Path::to_path_buf)
        .collect();
    let report = tracefuse_sandbox::random::run(&lib, seed, count, &inputs.cache, failures, true, &|i, r| {
        if (i + 1) % 100 == 0 {
            eprintln!(
                "  {} random traces, {} runs, {} mismatching, {:.0}s",
                i + 1,
                r.runs,
                r.failures.len(),
                start.elapsed().as_secs_f64()
            );
        }
    });
    for dir in &made {
        // Fails, leaving it, when the folder holds anything.
        let _ = std::fs::remove_dir(dir);
    }
    let report = report?;
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

fn cmd_inspect(name: &str, inputs: &Inputs, build: &Build, triple: Option<&str>) -> Result<bool> {
    let l = inputs.load()?;
    let target = match triple {
        Some(triple) => Target::by_triple(triple)?,
        None => Target::for_host()?,
    };
    let stencils = build.stencils(inputs, &l, &target)?;
    let key = name.strip_prefix("trace:").unwrap_or(name);
    let stencil = if name == tracefuse::plan::END {
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
    if let Some((i, _)) = l.set.get(key).filter(|_| name != tracefuse::plan::END) {
        let members = &stencils.fused[i].members;
        if !members.is_empty() {
            let list: Vec<String> =
                members.iter().map(|m| format!("{} from instruction {}", m.trace, m.start)).collect();
            println!("# trace tree: {} holds {}", l.set.traces[i].name, list.join(", "));
        }
        // What allocation sinking and release elimination did to this trace (built again
        // in this process: the stencil above came from a build worker).
        let pipeline = build.pipeline();
        let plan = tracefuse::plan::fused_plan(&l.lib, &l.set, i, &pipeline);
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
