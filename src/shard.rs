//! Sharded builds: one build's stencils split into N deterministic shares that separate
//! machines (a CI matrix, a cluster's jobs) build, and joined back into the stencil set
//! one unsharded build makes, byte for byte. Share K of N holds every plan whose number
//! in build order ([`Parts::iter`]: the end stub, the fused traces, the per-uop stencils)
//! is K-1 modulo N, so each share gets fused and per-uop work alike. A [`Shard`] records
//! a key over what the build was of (library, traces, target, pipeline, tracefuse's own
//! sources): shards of different builds are refused when joined.

use crate::error::{Error, Result};
use crate::pipeline::{assemble, build_isolated, Build, BuildStats, Built, Workers};
use crate::plan::{plans, Plans};
use crate::set::StencilSet;
use crate::stencil::Stencil;
use crate::traces::TraceSet;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Which share of a build: `index` of `count`, counted from 1 (`--shard 2/3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ShardOf {
    pub index: usize,
    pub count: usize,
}

impl ShardOf {
    /// `K/N` with 1 ≤ K ≤ N.
    pub fn parse(text: &str) -> Result<ShardOf> {
        let bad = || {
            Error::new(format!(
                "--shard `{text}`: expected K/N, the share K of N (1 ≤ K ≤ N), for example 1/2"
            ))
        };
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let (index, count) =
            (k.trim().parse::<usize>().map_err(|_| bad())?, n.trim().parse::<usize>().map_err(|_| bad())?);
        if index == 0 || index > count {
            return Err(bad());
        }
        Ok(ShardOf { index, count })
    }

    /// Whether plan number `i` (in [`Parts::iter`] order) is in this share.
    pub fn has(&self, i: usize) -> bool {
        i % self.count == self.index - 1
    }
}

impl std::fmt::Display for ShardOf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// One share of a build for one target, as `generate --shard` writes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Shard {
    pub shard: ShardOf,
    /// [`build_key`] of the build this is a share of.
    pub key: String,
    pub triple: String,
    /// How many plans the whole build has.
    pub plans: usize,
    /// This share's stencils, by plan number.
    pub stencils: BTreeMap<usize, Stencil>,
}

/// A key over what a build is of: tracefuse's sources, the target, the pipeline (not
/// where its cache is), the library's name and uops, and every plan by name with every
/// trace's signature. Shards with different keys are not shares of one build.
pub fn build_key(build: &Build, set: &TraceSet, plans: &Plans) -> String {
    let Build { lib, target, pipeline } = *build;
    let mut h = Sha256::new();
    let mut part = |text: String| {
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    };
    part(crate::stencil_cache::FINGERPRINT.into());
    part(format!("{:?}", target.info()));
    part(format!(
        "{} shadow={} sink={} releases={} trees={} slots={} slots_fault={} sink_fault={} call_written={} cancel={} cancel_fault={}",
        pipeline.passes,
        pipeline.shadow_frames,
        pipeline.sink_allocations,
        pipeline.release_elimination,
        pipeline.trace_trees,
        pipeline.frame_slots,
        pipeline.frame_slots_fault,
        pipeline.sink_fault,
        pipeline.call_written,
        pipeline.cancel,
        pipeline.cancel_fault
    ));
    part(lib.name.clone());
    for u in &lib.uops {
        part(format!("{} {}", u.name, u.id));
    }
    for p in plans.iter() {
        part(p.name.clone());
    }
    for s in set.signatures(lib) {
        part(format!("{s:?}"));
    }
    crate::bodies::hex(&h.finalize())
}

/// Builds share `shard` of the stencils of `build` for `set` in `workers` (see
/// [`crate::pipeline::build_all_isolated`]); any failed stencil is an error naming it.
pub fn generate_shard(
    build: &Build,
    set: &TraceSet,
    shard: ShardOf,
    workers: &Workers,
) -> Result<(Shard, BuildStats)> {
    let plans = plans(build.lib, set, build.pipeline);
    let mine: Vec<usize> = (0..plans.len()).filter(|&i| shard.has(i)).collect();
    let mut results = build_isolated(build, set, workers, &plans, &mine);
    let names: Vec<&str> = plans.iter().map(|p| p.name.as_str()).collect();
    let mut stencils = BTreeMap::new();
    let mut failed = Vec::new();
    let mut stats = BuildStats::default();
    for &i in &mine {
        let fused = i >= 1 && i <= set.traces.len();
        match results.get_mut(i).and_then(Option::take) {
            Some(Ok(Built { stencil, time, cached })) => {
                stats.stencils += 1;
                stats.cached += cached as usize;
                if fused {
                    stats.fused_times.push(time);
                    stats.cached_fused += cached as usize;
                }
                stencils.insert(i, stencil);
            }
            Some(Err(e)) => failed.push(e.to_string()),
            None => failed.push(format!("building stencil {}: not built", names[i])),
        }
    }
    if !failed.is_empty() {
        return Err(Error::new(format!(
            "{} of {} stencils of shard {shard} for {} failed ({} built):\n{}",
            failed.len(),
            mine.len(),
            build.target.triple,
            mine.len() - failed.len(),
            failed.join("\n")
        )));
    }
    let key = build_key(build, set, &plans);
    Ok((Shard { shard, key, triple: build.target.triple.clone(), plans: plans.len(), stencils }, stats))
}

/// Joins the shares of one build into the stencil set an unsharded build of the same
/// inputs makes. Every share of the build must be there once, built from these inputs.
pub fn merge(build: &Build, set: &TraceSet, shards: Vec<Shard>) -> Result<StencilSet> {
    let Build { lib, target, pipeline } = *build;
    let plans = plans(lib, set, pipeline);
    let key = build_key(build, set, &plans);
    let same_inputs = "pass merge the same --library, --traces and pipeline options the shards were generated with, and shards of one tracefuse build";
    let Some(count) = shards.first().map(|s| s.shard.count) else {
        return Err(Error::new(format!("no shard for {}", target.triple)));
    };
    let mut seen = vec![false; count];
    let mut stencils: Vec<Option<Stencil>> = (0..plans.len()).map(|_| None).collect();
    for s in shards {
        if s.triple != target.triple {
            return Err(Error::new(format!("shard {} is for {}, not {}", s.shard, s.triple, target.triple)));
        }
        if s.shard.count != count {
            return Err(Error::new(format!(
                "shard {} of a build split in {}, beside shards of a build split in {count}",
                s.shard, s.shard.count
            )));
        }
        if s.key != key || s.plans != plans.len() {
            return Err(Error::new(format!(
                "shard {} for {} was built from other inputs than these ({} stencils)",
                s.shard,
                target.triple,
                plans.len()
            ))
            .help(same_inputs));
        }
        if std::mem::replace(&mut seen[s.shard.index - 1], true) {
            return Err(Error::new(format!("shard {} for {} is given twice", s.shard, target.triple)));
        }
        for (i, stencil) in s.stencils {
            if !s.shard.has(i) || i >= plans.len() {
                return Err(Error::new(format!(
                    "shard {} holds stencil {i}, which is not its share",
                    s.shard
                )));
            }
            stencils[i] = Some(stencil);
        }
    }
    let missing: Vec<String> =
        seen.iter().enumerate().filter(|(_, s)| !**s).map(|(k, _)| format!("{}/{count}", k + 1)).collect();
    if !missing.is_empty() {
        let (noun, verb) = if missing.len() == 1 { ("shard", "is") } else { ("shards", "are") };
        return Err(Error::new(format!(
            "{noun} {} for {} {verb} missing",
            missing.join(", "),
            target.triple
        ))
        .help("build every share with `generate --shard K/N` and give merge all their folders"));
    }
    let names: Vec<String> = plans.iter().map(|p| p.name.clone()).collect();
    let all = stencils
        .into_iter()
        .zip(&names)
        .map(|(s, name)| s.ok_or_else(|| Error::new(format!("no shard holds stencil {name}"))))
        .collect::<Result<Vec<_>>>()?;
    let parts = plans.regroup(all).ok_or_else(|| Error::new("one stencil per plan"))?;
    Ok(assemble(lib, set, target, &plans, parts))
}
