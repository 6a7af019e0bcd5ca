//! The options every command shares: [`Inputs`] (where the uops and traces come from, and
//! the cache) and [`Build`] (how stencils are built, in `build-worker` child processes of
//! this binary). A command loads its inputs into [`Loaded`] and asks [`Build`] for the
//! stencils.

use crate::progress;
use std::path::{Path, PathBuf};
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate_isolated, Workers};
use tracefuse::target::Target;
use tracefuse::traces::{Skipped, TraceSet};
use tracefuse_runtime::set::StencilSet;
use tracefuse_runtime::{Error, Result};
use tracefuse_sandbox::cases::Suite;
use tracefuse_sandbox::runtime::{ExtraSource, Runtime};

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
    /// Keep fused traces' frame slots in the frame's memory (by default a library that
    /// declares its frame layout, TF_FRAME_SLOTS, gets them kept in registers, written to
    /// the frame before calls and exits)
    #[arg(long)]
    pub(crate) no_frame_slots: bool,
    /// Plant a fault: fused loops do not write their frame slots back on the way out (to
    /// show that a VM's tests catch wrong slot code; never for a build anyone runs)
    #[arg(long, hide = true)]
    pub(crate) fault_frame_slots: bool,
    /// Plant a fault: boxes a fused trace kept virtual are not made where they escape (to
    /// show that a VM's tests catch a dropped materialization; never for a build anyone runs)
    #[arg(long, hide = true)]
    pub(crate) fault_sink: bool,
    /// Keep every increment of fused traces (by default an increment that a later
    /// decrement of the same word undoes, with nothing reading the word between, goes, and
    /// the ways out between get it)
    #[arg(long)]
    pub(crate) no_cancel: bool,
    /// Plant a fault: of each pair stage 5e would cancel, only the increment goes (to
    /// show that a VM's tests catch a wrongly elided count; never for a build anyone runs)
    #[arg(long, hide = true)]
    pub(crate) fault_cancel: bool,
    /// Fused loops of a library that declares memory only calls write (TF_CALL_WRITTEN)
    /// read it once on entry and after calls, not where the bodies read it (off by default:
    /// on CPython's kernels it saves no instructions and adds about 5% code)
    #[arg(long)]
    pub(crate) call_written: bool,
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
        pipeline.frame_slots = !self.no_frame_slots;
        pipeline.frame_slots_fault = self.fault_frame_slots;
        pipeline.sink_fault = self.fault_sink;
        pipeline.call_written = self.call_written;
        pipeline.cancel = !self.no_cancel;
        pipeline.cancel_fault = self.fault_cancel;
        pipeline
    }

    /// The options that change what is built, as given on the command line (empty: the
    /// defaults).
    pub(crate) fn changed(&self) -> Vec<&'static str> {
        [
            (self.pipeline != "stencil", "--pipeline"),
            (self.no_shadow_frames, "--no-shadow-frames"),
            (self.no_sinking, "--no-sinking"),
            (self.no_release_elimination, "--no-release-elimination"),
            (self.no_trace_trees, "--no-trace-trees"),
            (self.no_frame_slots, "--no-frame-slots"),
            (self.fault_frame_slots, "--fault-frame-slots"),
            (self.fault_sink, "--fault-sink"),
            (self.call_written, "--call-written"),
            (self.no_cancel, "--no-cancel"),
            (self.fault_cancel, "--fault-cancel"),
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
        let build = tracefuse::pipeline::Build { lib: &l.lib, target, pipeline: &pipeline };
        let exe = worker_exe()?;
        // Short: the line is redrawn in place, so it must fit one terminal row.
        let what = format!("building stencils for {} ({} jobs)", target.triple, self.jobs);
        progress::stage(&what, || generate_isolated(&build, &l.set, &self.workers(inputs, &exe))).map(
            |(set, stats)| {
                report_cache(target, &stats);
                (set, stats.fused_times)
            },
        )
    }
}

impl Build {
    /// As [`Build::stencils_timed`], leaving out each trace whose fused stencil fails to
    /// build (and what no longer links without it): the stencils, each fused stencil's
    /// build time, the set they were built for, and what was left out with why.
    pub(crate) fn stencils_skipping(
        &self,
        inputs: &Inputs,
        l: &Loaded,
        target: &Target,
    ) -> Result<(StencilSet, Vec<std::time::Duration>, TraceSet, Vec<Skipped>)> {
        let compiler = BodyCompiler::new(&inputs.cache)?;
        progress::stage(&format!("compiling {} uop bodies for {}", l.lib.uops.len(), target.triple), || {
            compiler.compile_library(&l.lib, &target.triple)
        })?;
        let pipeline = self.cached_pipeline(inputs);
        let build = tracefuse::pipeline::Build { lib: &l.lib, target, pipeline: &pipeline };
        let exe = worker_exe()?;
        let what = format!("building stencils for {} ({} jobs)", target.triple, self.jobs);
        let (stencils, stats, set, skipped) = progress::stage(&what, || {
            tracefuse::pipeline::generate_isolated_skipping(&build, &l.set, &self.workers(inputs, &exe))
        })?;
        report_cache(target, &stats);
        Ok((stencils, stats.fused_times, set, skipped))
    }

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
        let build = tracefuse::pipeline::Build { lib: &l.lib, target, pipeline: &pipeline };
        let exe = worker_exe()?;
        let what = format!("building shard {shard} for {} ({} jobs)", target.triple, self.jobs);
        progress::stage(&what, || {
            tracefuse::shard::generate_shard(&build, &l.set, shard, &self.workers(inputs, &exe))
        })
    }

    /// `--jobs` build workers: `exe build-worker`, compiling bodies under the cache folder.
    fn workers<'a>(&self, inputs: &'a Inputs, exe: &'a Path) -> Workers<'a> {
        Workers { exe, args: &["build-worker"], cache: &inputs.cache, threads: self.jobs }
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

/// This binary, run as `build-worker` by [`Build::workers`].
fn worker_exe() -> Result<PathBuf> {
    std::env::current_exe()
        .map_err(|e| Error::new(format!("cannot find the tracefuse binary for build workers: {e}")))
}

/// A library and its traces, read as the [`Inputs`] name them.
pub(crate) struct Loaded {
    pub(crate) lib: UopLibrary,
    pub(crate) set: TraceSet,
}

impl Inputs {
    /// As [`Inputs::load`], leaving out the trace files that do not load or link (each
    /// returned with why) instead of failing.
    pub(crate) fn load_skipping(&self) -> Result<(Loaded, Vec<Skipped>)> {
        let lib_path = self.library.clone().unwrap_or_else(tracefuse_sandbox::default_library_dir);
        let lib = UopLibrary::load(&lib_path)?;
        let dir = self.traces.clone().unwrap_or_else(|| lib.dir.join("traces"));
        let (set, skipped) = if self.traces.is_none() && !dir.is_dir() {
            (TraceSet::load_library_default(&lib)?, Vec::new())
        } else {
            TraceSet::load_dir_skipping(&dir, &lib).map_err(|e| self.library_hint(e, Some(&dir), &lib))?
        };
        Ok((Loaded { lib, set }, skipped))
    }

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

/// How many stencils came from the stencil cache, when any did.
fn report_cache(target: &Target, stats: &tracefuse::pipeline::BuildStats) {
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
}
