//! `tracefuse generate` and `tracefuse merge`: build the stencils of every trace for each
//! target and write what `--format` asks for (manifest, C header, blobs, listings), with
//! a table comparing each fused stencil to the stitched per-uop stencils; or build one
//! share of them (`--shard K/N`) and join the shards again, byte for byte.

use crate::options::{Build, Inputs};
use std::path::{Path, PathBuf};
use std::time::Instant;
use tracefuse::target::Target;
use tracefuse::writers;
use tracefuse_runtime::{Error, Result};

/// Says which trace files a build left out, and why.
fn report_skipped(what: &str, skipped: &[tracefuse::traces::Skipped]) {
    for s in skipped {
        match s.error.location {
            // The error names its file (and line) itself.
            Some(_) => eprintln!("warning: {what}: left out: {}", s.error),
            None => eprintln!("warning: {what}: left out {}: {}", s.path.display(), s.error),
        }
    }
    if !skipped.is_empty() {
        eprintln!(
            "warning: {what}: {} trace files left out, the rest built (--strict makes this an error)",
            skipped.len()
        );
    }
}

pub(crate) fn generate(
    inputs: &Inputs,
    build: &Build,
    out: &Path,
    targets: &[String],
    formats: &[writers::Format],
    strict: bool,
) -> Result<bool> {
    // Without --strict, a trace file that does not load or link is left out (named, with
    // why), and so is a trace whose stencil does not build for a target.
    let l = if strict {
        inputs.load()?
    } else {
        let (l, skipped) = inputs.load_skipping()?;
        report_skipped("traces", &skipped);
        if l.set.traces.is_empty() && !skipped.is_empty() {
            return Err(Error::new(format!(
                "every trace file was left out ({}): nothing to build",
                skipped.len()
            )));
        }
        l
    };
    let targets =
        if targets.iter().any(|t| t == "all") { tracefuse::target::all_triples()? } else { targets.to_vec() };
    // A target whose stencils fail is reported and the others still built; the command
    // then fails.
    let mut ok = true;
    for triple in &targets {
        let target = Target::by_triple(triple)?;
        let start = Instant::now();
        let built = if strict {
            build.stencils_timed(inputs, &l, &target).map(|(s, t)| (s, t, l.set.clone()))
        } else {
            build.stencils_skipping(inputs, &l, &target).map(|(s, t, set, skipped)| {
                report_skipped(triple, &skipped);
                (s, t, set)
            })
        };
        let (stencils, times, set) = match built {
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
            set.traces.len(),
            stencils.uops.len(),
            start.elapsed().as_secs_f64(),
            dir.display()
        );
        println!(
            "  {:<24} {:>5} {:>11} {:>13} {:>11} {:>13} {:>9}",
            "trace", "uops", "fused code", "stitched code", "fused holes", "stitched holes", "gen ms"
        );
        for (t, trace) in set.traces.iter().enumerate() {
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

pub(crate) fn parse_shard(text: &str) -> std::result::Result<tracefuse::shard::ShardOf, String> {
    tracefuse::shard::ShardOf::parse(text).map_err(|e| e.message)
}

/// Where `generate --shard` puts share `shard` for `triple` under `out`.
fn shard_path(out: &Path, triple: &str, shard: tracefuse::shard::ShardOf) -> PathBuf {
    out.join(triple).join(format!("shard-{}-of-{}.json", shard.index, shard.count))
}

pub(crate) fn generate_shard(
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

pub(crate) fn merge(
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
        let target_build = tracefuse::pipeline::Build { lib: &l.lib, target: &target, pipeline: &pipeline };
        let stencils = tracefuse::shard::merge(&target_build, &l.set, shards)?;
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
