//! `tracefuse cpython import|hook|record`: the CPython 3.14 commands, each a thin front
//! to `tracefuse_cpython`. `import` turns a configured tree's executor cases into a uop
//! library; `record` converts a recording (recorder/record.py's JSON) into trace files for
//! that library; `hook` installs the hook that makes a copy of the tree run the fused
//! stencils. `cargo xtask cpython-record` and `cargo xtask cpython build` run them in order.

use std::path::{Path, PathBuf};
use tracefuse_cpython::record;
use tracefuse_cpython::segment::{self, SegmentOptions};
use tracefuse_runtime::{Error, Result};

/// The `tracefuse_cpython` error `e` as the CLI's error.
fn error(e: impl std::fmt::Display) -> Error {
    Error::new(e.to_string())
}

pub(crate) fn import(cpython: &Path, out: &Path) -> Result<bool> {
    let tree = tracefuse_cpython::CpythonTree::open(cpython).map_err(error)?;
    let report = tracefuse_cpython::import(&tree, out).map_err(error)?;
    let in_manifest = report.uops.iter().filter(|u| u.in_manifest).count();
    println!(
        "cpython import: CPython {}: {} executor cases, {} uops in {} ({} left out, {} not compiled by CPython's JIT)",
        tree.version.text,
        report.uops.len(),
        in_manifest,
        report.manifest.display(),
        report.uops.len() - in_manifest,
        report.not_compiled.len()
    );
    Ok(true)
}

pub(crate) fn hook(cpython: &Path, stencils: &Path, warm: &[PathBuf], warm_min_uops: u64) -> Result<bool> {
    let tree = tracefuse_cpython::CpythonTree::open(cpython).map_err(error)?;
    let recordings = warm.iter().map(|p| record::read(p).map_err(error)).collect::<Result<Vec<_>>>()?;
    let report =
        tracefuse_cpython::hook::install(&tree, stencils, &recordings, warm_min_uops).map_err(error)?;
    println!(
        "cpython hook: {}: hook installed at lines {}, {} and {}; {}:{}: {} loop locations warmed ({} recorded loops too short to pay), {} side exits; build the tree (make)",
        cpython.join(tracefuse_cpython::hook::JIT_C).display(),
        report.lines[0],
        report.lines[1],
        report.lines[2],
        cpython.join(tracefuse_cpython::hook::CODEOBJECT_C).display(),
        report.warm_line,
        report.warm_locations,
        report.warm_skipped,
        report.warm_exits
    );
    Ok(true)
}

/// Converts the recording `json` into trace files in `out` for the library imported from
/// the tree `cpython`, and prints how many executors, uops and distinct uops it holds.
pub(crate) fn record(cpython: &Path, json: &Path, out: &Path, holes: &str, segments: &str) -> Result<bool> {
    let holes = record::Holes::parse(holes).map_err(|m| error(format!("--holes {holes}: {m}")))?;
    let seg_opts =
        SegmentOptions::parse(segments).map_err(|m| error(format!("--segments {segments}: {m}")))?;
    let tree = tracefuse_cpython::CpythonTree::open_unconfigured(cpython).map_err(error)?;
    let rec = record::read(json).map_err(error)?;
    let mut conv = record::convert(&rec, &tree, &json.display().to_string()).map_err(error)?;
    // Only what `generate` accepts is written: the traces go through its validation, over
    // the library it will read them with (the tree imported, here into a scratch folder).
    let scratch = std::env::temp_dir().join(format!("tracefuse-record-library-{}", std::process::id()));
    let mut made = 0;
    let mut segs = None;
    let checked = record::library(&tree, &scratch).and_then(|lib| {
        made = record::make_holes(&mut conv, &lib, holes);
        let refused = record::check(&mut conv, &lib, out)?;
        if seg_opts.limit > 0 {
            segs = Some(segment::segments(&conv, &tree, &lib, out, &seg_opts)?);
        }
        Ok(refused)
    });
    let _ = std::fs::remove_dir_all(&scratch);
    let refused = checked.map_err(error)?;
    let whole = conv.traces.len();
    if let Some(s) = &segs {
        conv.uops += s.files.iter().map(|f| f.main + f.stubs).sum::<usize>();
        conv.traces.extend(s.files.iter().cloned());
    }
    let paths = record::write(&conv, out).map_err(error)?;
    let recorded: usize = rec.executors.iter().map(|e| e.uops.len()).sum();
    let loops = rec.executors.iter().filter(|e| matches!(e.kind, record::ExecutorKind::Loop { .. })).count();
    println!(
        "{} executors recorded ({loops} at loops, {} behind side exits), {recorded} uops",
        rec.executors.len(),
        rec.executors.len() - loops
    );
    println!(
        "{} trace files in {} ({} uops incl. stubs, {} distinct uops)",
        paths.len(),
        out.display(),
        conv.uops,
        conv.distinct.len()
    );
    if let Some(s) = &segs {
        println!(
            "  {whole} whole traces and {} segments: of {} distinct stretches of {:?} uops, {} occur in {} or more \
             traces; {} kept (--segments limit {}), {} refused by the generator's validation",
            s.files.len(),
            s.distinct,
            seg_opts.lengths,
            s.recurring,
            seg_opts.min_traces,
            s.files.len() + s.refused.len(),
            seg_opts.limit,
            s.refused.len()
        );
        for (name, why) in s.refused.iter().take(5) {
            println!("    refused {name}: {why}");
        }
    }
    let described = |i: usize| rec.executors.get(i).map_or_else(|| format!("executor {i}"), |e| e.describe());
    for (i, why) in &conv.skipped {
        println!("  skipped {}: {why}", described(*i));
    }
    if made > 0 {
        println!("  {made} build-time fields made holes (--holes)");
    }
    if !conv.duplicates.is_empty() {
        println!(
            "  {} executors not written: an earlier trace has the same signature, so its stencil serves them",
            conv.duplicates.len()
        );
    }
    if refused > 0 {
        println!("  {refused} of the skipped traces fail the generator's validation: not written");
    }
    if !conv.unbalanced.is_empty() {
        println!(
            "  loops whose stack does not balance at _JUMP_TO_TOP (entry depth wrong?): {:?}",
            conv.unbalanced
        );
    }
    if conv.unknown_operand1 > 0 {
        println!("  {} operand1 values not recorded: written as {{runtime: 0}}", conv.unknown_operand1);
    }
    if !conv.not_in_manifest.is_empty() {
        let names: Vec<&str> = conv.not_in_manifest.iter().map(String::as_str).collect();
        println!("  uops the manifest leaves out (inexpressible stack effect): {}", names.join(", "));
    }
    Ok(true)
}
