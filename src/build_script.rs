//! The build-script API: a VM crate's `build.rs` calls [`generate`] to build stencils for
//! its uop library into `OUT_DIR`, with `cargo:rerun-if-changed` printed for every input
//! (manifest, prelude and headers, bodies, shadow hooks, traces, target descriptions), so
//! cargo rebuilds them exactly when an input changes.
//!
//! Per target it writes `OUT_DIR/<triple>/manifest.json`, the listings, and
//! `stencils.json` — the [`StencilSet`] itself, which the crate can include with
//! `include_str!` and deserialize with serde_json at run time.

use crate::bodies::BodyCompiler;
use crate::definitions::UopLibrary;
use crate::error::{Error, Result};
use crate::optimize::Pipeline;
use crate::pipeline::{generate as build_stencils, Build};
use crate::set::StencilSet;
use crate::target::{Target, BUNDLED_DIR};
use crate::traces::TraceSet;
use std::path::{Path, PathBuf};

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    /// The library folder (with uops.yaml) or manifest.
    pub library: PathBuf,
    /// The trace folder (default: the library's `traces/`).
    pub traces: Option<PathBuf>,
    /// Target triples ([`Options::from_env`]: cargo's `TARGET`, the triple being built for).
    pub targets: Vec<String>,
    /// Where to write (a build script passes `OUT_DIR`).
    pub out_dir: PathBuf,
    pub pipeline: Pipeline,
    /// Worker threads building stencils ([`Options::from_env`]: the machine's cores).
    pub jobs: usize,
}

impl Options {
    /// Options for `library`, writing into `$OUT_DIR`, for cargo's `$TARGET`.
    pub fn from_env(library: impl Into<PathBuf>) -> Result<Options> {
        Self::from_vars(library, |name| std::env::var_os(name))
    }

    /// As [`Options::from_env`], reading variables through `var` (so it can be tested
    /// without touching the process environment).
    pub fn from_vars(
        library: impl Into<PathBuf>,
        var: impl Fn(&str) -> Option<std::ffi::OsString>,
    ) -> Result<Options> {
        let out_dir =
            var("OUT_DIR").ok_or_else(|| Error::new("OUT_DIR is not set: call this from a build script"))?;
        let target = var("TARGET")
            .ok_or_else(|| Error::new("TARGET is not set: call this from a build script"))?
            .into_string()
            .map_err(|t| Error::new(format!("TARGET is not UTF-8: {t:?}")))?;
        Ok(Options {
            library: library.into(),
            traces: None,
            targets: vec![target_description(&target)?],
            out_dir: out_dir.into(),
            pipeline: Pipeline::default(),
            jobs: default_jobs(),
        })
    }
}

/// The machine's cores (1 when unknown): the default number of worker threads.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The target description (a file in `targets/`, named by its triple) for a cargo target
/// triple, or an error naming the triple and the descriptions there are.
pub fn target_description(cargo_triple: &str) -> Result<String> {
    let known = crate::target::all_triples()?;
    if known.iter().any(|t| t == cargo_triple) {
        return Ok(cargo_triple.to_string());
    }
    Err(Error::new(format!("cargo's TARGET `{cargo_triple}` has no tracefuse target description")).help(
        format!(
            "tracefuse generates stencils for: {} (add one as {BUNDLED_DIR}/<triple>.yaml)",
            known.join(", ")
        ),
    ))
}

fn rerun_if_changed(path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
}

/// Generates stencils for every target; returns the per-target folders.
pub fn generate(opts: &Options) -> Result<Vec<PathBuf>> {
    let lib = UopLibrary::load(&opts.library)?;
    for f in lib.input_files() {
        rerun_if_changed(&f);
    }
    for dir in &lib.include {
        rerun_if_changed(dir);
    }
    let traces_dir = opts.traces.clone().unwrap_or_else(|| lib.dir.join("traces"));
    rerun_if_changed(&traces_dir);
    let set = match &opts.traces {
        Some(dir) => TraceSet::load_dir(dir, &lib)?,
        None => TraceSet::load_library_default(&lib)?,
    };
    for t in &set.traces {
        rerun_if_changed(&t.path);
    }
    println!("cargo:rerun-if-env-changed=TRACEFUSE_CLANG");
    let cache = opts.out_dir.join("tracefuse-cache");
    let compiler = BodyCompiler::new(&cache)?;
    // Stencils whose inputs did not change since the last run come from the cache.
    let pipeline = Pipeline {
        stencil_cache: opts.pipeline.stencil_cache.clone().or(Some(cache)),
        ..opts.pipeline.clone()
    };
    let mut written = Vec::new();
    for triple in &opts.targets {
        // The description is compiled into tracefuse: a change rebuilds it, and cargo then
        // reruns this build script.
        let target = Target::by_triple(triple)?;
        let bitcode = compiler.compile_library(&lib, triple)?;
        let build = Build { lib: &lib, target: &target, pipeline: &pipeline };
        let stencils: StencilSet = build_stencils(&build, &set, &bitcode, opts.jobs.max(1))?;
        let dir = crate::writers::write_target(
            &opts.out_dir,
            &stencils,
            &target,
            &crate::writers::Format::DEFAULT,
        )?;
        let json = serde_json::to_string(&stencils).map_err(|e| Error::new(format!("stencils: {e}")))?;
        crate::bodies::write_atomic(&dir.join("stencils.json"), json.as_bytes())?;
        written.push(dir);
    }
    Ok(written)
}
