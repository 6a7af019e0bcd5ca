//! `tracefuse check`: the differential check over a library's traces (every case as
//! interpreter, stitched and fused, in a child process so a crash or a hang is a
//! mismatch naming its mode), or with `--random N` over random traces, writing a shrunk
//! reproducer for each mismatch. Either exits with status 1 on any mismatch.

use crate::options::{Build, Inputs};
use std::path::{Path, PathBuf};
use std::time::Instant;
use tracefuse::definitions::UopLibrary;
use tracefuse::target::Target;
use tracefuse_runtime::{Error, Result};
use tracefuse_sandbox::check::{check_isolated, Mode};

/// How long `check` lets one case run (in all modes) before it counts as hung.
const CASE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

pub(crate) fn check(inputs: &Inputs, build: &Build, verbose: bool) -> Result<bool> {
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

pub(crate) fn check_random(
    inputs: &Inputs,
    build: &Build,
    count: u64,
    seed: u64,
    failures: &Path,
) -> Result<bool> {
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
