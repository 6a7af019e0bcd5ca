//! `cargo xtask cpython bench --stock DIR --fused [LABEL=]DIR... [--rounds N]
//! [--pyperformance DIR [--benches LIST]] [--instructions] [--any-thresholds] [--out DIR]`:
//! CPython with fused stencils against CPython's own JIT and the interpreter, side by
//! side in one run.
//!
//! Every build is measured at CPython's stock warm-up thresholds (4095), as users run it:
//! a tree whose `pycore_backoff.h` says otherwise (a training tree) is refused unless
//! `--any-thresholds`. The report says, per fused build, how many executors formed at
//! those thresholds and how many of them were fused.
//!
//! Forms, interleaved round by round so that machine noise hits all alike: the first
//! fused build as the interpreter (`PYTHON_JIT=0`) and as CPython's own JIT
//! (`PYTHON_TRACEFUSE=0`: its hook stitches every trace, as stock CPython does) — one
//! binary with the fused form, so code layout makes no difference between them — each
//! fused build (`PYTHON_JIT=1`; several when trained on different workloads), and the
//! stock build's JIT, which shows the hook-off binary is the stock JIT.
//!
//! Workloads: the hot loop kernels of `crates/tracefuse-cpython/bench/tf_kernels.py`
//! (best of every timed run) and, with `--pyperformance`, pyperformance's pure-Python
//! benchmarks run by pyperf (`--fast`; the mean pyperf reports, best over rounds): the
//! `pyperformance` and `pyperf` wheels are downloaded from PyPI (`pip download`) into
//! target/pyperformance and unpacked there (or `--pyperformance DIR` names pyperformance's
//! `data-files/benchmarks` with pyperf importable on PYTHONPATH).
//! With `--instructions`, each kernel also runs under `valgrind --tool=callgrind` in the
//! interpreter, CPython-JIT and every fused form, at two sizes: the difference divided by
//! the extra iterations is instructions per iteration, which the machine's load does not
//! move, and callgrind's self cost per function says where they go (JIT code, the eval
//! loop, allocation, deallocation, other runtime functions; on a copy of the binary
//! without debug information: valgrind 3.19 cannot read clang 19's DWARF 5).
//! With `--instructions` and `--pyperformance` (also at `--rounds 0`), each benchmark's
//! pyperf worker process (`run_benchmark.py --worker -l 1 -n 3 -w 0`: start-up, imports,
//! three values of one loop) runs once under callgrind in CPython's JIT and every fused
//! form, on the build's binary and extension modules without debug information (after
//! one run outside callgrind, so that every module it imports has its `.pyc`): whole-
//! process instructions per form, fused against the JIT, and their geometric mean, which
//! settle what this machine's timing noise cannot. The interpreter is not counted: it
//! would add half again to the time (about 5 s of callgrind per billion instructions) for
//! a question about fused against the JIT.
//! As users run CPython: before the first round, each build's python compiles its `Lib/`
//! (and the pyperformance benchmarks) to `.pyc` (`python -m compileall`, as `cargo xtask
//! cpython startup` does), and every run is without `PYTHONDONTWRITEBYTECODE`, so the
//! stdlib is read from `.pyc` files; the report says how many modules had one.
//! After the timed rounds, every workload runs once more per fused build in the hook's
//! counting mode (`TRACEFUSE_COUNT=1`, x86-64, after the count check): the tier-2 uops
//! executed fused and stitched, exactly.
//! Writes `report.md`, `report.json` and `chart.svg` to `--out` (default
//! target/cpython-bench; docs/cpython-bench holds the committed run).

use crate::callgrind::{nodebug_python, nodebug_tree, self_costs};
use crate::cpython_fused::{user_path, Coverage};
use crate::process::{checked_output as output, repo_root};
use crate::pyperformance::{fetch_pyperformance, PYPERFORMANCE};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const KERNELS: &str = "crates/tracefuse-cpython/bench/tf_kernels.py";

/// One way of running Python.
struct Form {
    label: String,
    dir: PathBuf,
    jit: &'static str,
    hook: &'static str,
    /// Where the hook's per-process counters go (fused forms only): one file per suite,
    /// `STATS-kernel.txt` and `STATS-pyperformance.txt` (see [`stats_file`]).
    stats: Option<PathBuf>,
}

/// CPython 3.14's warm-up thresholds; the training build lowers them to record quickly.
const STOCK_THRESHOLD: u32 = 4095;

/// `(JUMP_BACKWARD_INITIAL_VALUE, SIDE_EXIT_INITIAL_VALUE)` of the tree at `dir`.
fn thresholds(dir: &Path) -> Result<(u32, u32), String> {
    let h = dir.join("Include/internal/pycore_backoff.h");
    let text = std::fs::read_to_string(&h).map_err(|e| format!("{}: {e}", h.display()))?;
    let value = |name: &str| -> Result<u32, String> {
        text.lines()
            .find_map(|l| l.strip_prefix("#define ")?.strip_prefix(name)?.trim().parse().ok())
            .ok_or_else(|| format!("{}: no `#define {name} N`", h.display()))
    };
    Ok((value("JUMP_BACKWARD_INITIAL_VALUE")?, value("SIDE_EXIT_INITIAL_VALUE")?))
}

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut stock, mut fused, mut rounds, mut out) = (None, Vec::new(), 3usize, None);
    let (mut pyperformance, mut benches) = (None, PYPERFORMANCE.to_string());
    let (mut instructions, mut any_thresholds) = (false, false);
    let mut it = args.iter().peekable();
    while let Some(a) = it.next() {
        if a == "--pyperformance" {
            pyperformance = Some(match it.peek() {
                Some(v) if !v.starts_with("--") => user_path(it.next().map_or("", |v| v.as_str()))?,
                _ => fetch_pyperformance()?,
            });
            continue;
        }
        let mut value = || it.next().cloned().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--stock" => stock = Some(user_path(&value()?)?),
            "--fused" => {
                let v = value()?;
                let (label, dir) = match v.split_once('=') {
                    Some((l, d)) => (l.to_string(), user_path(d)?),
                    None => {
                        let d = user_path(&v)?;
                        (d.file_name().map_or("fused".into(), |n| n.to_string_lossy().into_owned()), d)
                    }
                };
                fused.push((label, dir));
            }
            "--rounds" => rounds = value()?.parse().map_err(|e| format!("--rounds: {e}"))?,
            "--out" => out = Some(user_path(&value()?)?),
            "--benches" => benches = value()?,
            "--instructions" => instructions = true,
            "--any-thresholds" => any_thresholds = true,
            other => {
                return Err(format!("unknown argument `{other}` (see `cargo xtask cpython bench --help`)"))
            }
        }
    }
    let stock = stock.ok_or("--stock DIR (the stock JIT build) is required")?;
    let first =
        fused.first().cloned().ok_or("--fused DIR (cargo xtask cpython build's output) is required")?;
    for d in fused.iter().map(|(_, d)| d).chain([&stock]) {
        if !d.join("python").is_file() {
            return Err(format!("{}/python is not there: build the tree first", d.display()));
        }
        // Users run CPython at its stock warm-up thresholds; a training tree's (15/63)
        // make CPython's own JIT several times slower on some benchmarks.
        let (jump, exit) = thresholds(d)?;
        if (jump, exit) != (STOCK_THRESHOLD, STOCK_THRESHOLD) && !any_thresholds {
            return Err(format!(
                "{} has warm-up thresholds {jump}/{exit}, not CPython's {STOCK_THRESHOLD}/{STOCK_THRESHOLD}: \
                 a training tree records, it is not how users run CPython. Bench the fused build \
                 of a stock tree (`cargo xtask cpython build --cpython STOCK --train ...`), or \
                 pass --any-thresholds to measure it anyway",
                d.display()
            ));
        }
    }
    let out = out.unwrap_or_else(|| repo_root().join("target/cpython-bench"));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut forms = vec![
        Form { label: "interpreter".into(), dir: first.1.clone(), jit: "0", hook: "0", stats: None },
        Form { label: "CPython JIT".into(), dir: first.1.clone(), jit: "1", hook: "0", stats: None },
    ];
    for (n, (label, dir)) in fused.iter().enumerate() {
        let stats = out.join(format!("fused-stats-{}", n + 1));
        for suite in SUITES {
            let _ = std::fs::remove_file(stats_file(&stats, suite));
        }
        let label = format!("fused: {label}");
        forms.push(Form { label, dir: dir.clone(), jit: "1", hook: "1", stats: Some(stats) });
    }
    forms.push(Form {
        label: "stock build JIT".into(),
        dir: stock.clone(),
        jit: "1",
        hook: "0",
        stats: None,
    });

    // As users run it: Lib/ read from .pyc files (compiled here once; up-to-date files are
    // only checked), and no run has PYTHONDONTWRITEBYTECODE (`python` removes it).
    let mut pyc = Vec::new();
    for f in &forms {
        if pyc.iter().any(|(d, _): &(PathBuf, String)| d == &f.dir) {
            continue;
        }
        let extra: Vec<&Path> = pyperformance.as_deref().into_iter().collect();
        let said = crate::cpython_startup::precompile(&f.dir.join("python"), &f.dir.join("Lib"), &extra)?;
        pyc.push((f.dir.clone(), said));
    }
    // The counting runs come after the timed rounds; a build that cannot count (a hook
    // from before the counting mode) is refused before them.
    if COUNTING {
        for form in forms.iter().filter(|f| f.hook == "1") {
            println!("{}: {}", form.label, crate::cpython_fused::count_check(&form.dir.join("python"), &[])?);
        }
    }
    // (workload, form) -> best seconds
    let mut best: BTreeMap<(String, String), f64> = BTreeMap::new();
    let mut keep = |w: String, f: &str, s: f64| {
        let e = best.entry((w, f.to_string())).or_insert(f64::INFINITY);
        *e = e.min(s);
    };
    let kernels = repo_root().join(KERNELS);
    for round in 0..rounds {
        for form in &forms {
            let mut cmd = python(form, "kernel");
            cmd.arg(&kernels).args(["--repeat", "3"]);
            let text = output(cmd, &form.label)?;
            for (k, v) in parse_times(&text)? {
                for s in v {
                    keep(format!("kernel {k}"), &form.label, s);
                }
            }
        }
        if let Some(root) = &pyperformance {
            for b in benches.split(',').filter(|b| !b.is_empty()) {
                let script = root.join(format!("bm_{b}")).join("run_benchmark.py");
                for form in &forms {
                    let mut cmd = python(form, "pyperformance");
                    cmd.arg(&script).args(["--fast", "-q", "--inherit-environ"]);
                    cmd.arg("PYTHON_JIT,PYTHON_TRACEFUSE,TRACEFUSE_STATS,PYTHONPATH");
                    let text = output(cmd, &form.label)?;
                    keep(format!("pyperformance {b}"), &form.label, parse_pyperf(&text)?);
                }
                println!("round {}/{rounds}: {b}", round + 1);
            }
        }
        println!("round {}/{rounds} done", round + 1);
    }
    // Interpreter, CPython's JIT and every fused build.
    let counted = &forms[..forms.len() - 1];
    let counts = if instructions { instruction_counts(counted, &kernels, &out)? } else { Vec::new() };
    // CPython's JIT and every fused build (not the interpreter: the question is fused
    // against the JIT, and each form is a few minutes of callgrind).
    let workers = match (&pyperformance, instructions) {
        (Some(root), true) => worker_counts(&counted[1..], root, &benches, &out)?,
        _ => Vec::new(),
    };
    let mut workloads: Vec<String> = best.keys().map(|(w, _)| w.clone()).collect();
    workloads.dedup();
    let coverage = if COUNTING {
        coverage(&forms, &workloads, &kernels, pyperformance.as_deref(), &out)?
    } else {
        BTreeMap::new()
    };
    report(&out, &forms, &best, &counts, &workers, &coverage, &pyc)
}

/// The hook counts uops on x86-64 only (its counter snippet is x86-64 code).
const COUNTING: bool = cfg!(target_arch = "x86_64");

/// One untimed run per workload and fused build in the hook's counting mode
/// (`TRACEFUSE_COUNT=1`; the count check ran on each before): the tier-2 uops executed
/// in executors that run fused and in stitched ones. (workload, form label) -> counts.
fn coverage(
    forms: &[Form],
    workloads: &[String],
    kernels: &Path,
    pyperformance: Option<&Path>,
    out: &Path,
) -> Result<BTreeMap<(String, String), Coverage>, String> {
    let mut result = BTreeMap::new();
    let file = out.join("count-stats.txt");
    for form in forms.iter().filter(|f| f.hook == "1") {
        for w in workloads {
            let mut cmd = python(form, "");
            cmd.env("TRACEFUSE_STATS", &file).env("TRACEFUSE_COUNT", "1");
            if let Some(k) = w.strip_prefix("kernel ") {
                cmd.arg(kernels).args(["--repeat", "1", k]);
            } else if let (Some(b), Some(root)) = (w.strip_prefix("pyperformance "), pyperformance) {
                cmd.arg(root.join(format!("bm_{b}")).join("run_benchmark.py"));
                cmd.args(["--fast", "-q", "--inherit-environ"]);
                cmd.arg("PYTHON_JIT,PYTHON_TRACEFUSE,TRACEFUSE_STATS,TRACEFUSE_COUNT,PYTHONPATH");
            } else {
                continue;
            }
            let _ = std::fs::remove_file(&file);
            output(cmd, &format!("{w} ({}, counting)", form.label))?;
            result.insert((w.clone(), form.label.clone()), Coverage::read(&file));
        }
    }
    let _ = std::fs::remove_file(&file);
    Ok(result)
}

/// The two kernel scales the instruction counts run at.
const SCALES: [f64; 2] = [0.01, 0.03];

/// Where a kernel's instructions go, by who executes them (callgrind's self cost per
/// function): stencils (fused and stitched code, CPython's shims: code outside every
/// object file), the eval loop, the allocator and the object constructors, deallocation,
/// and every other runtime function (the work itself: `long_add`, dict lookups, ...).
const CATEGORIES: [&str; 5] = ["JIT code", "interpreter", "allocation", "deallocation", "other runtime"];

fn category(function: &str, object: &str) -> usize {
    let f = function.to_ascii_lowercase();
    if object == "???" {
        0
    } else if f.starts_with("_pyeval_evalframe") {
        1
    } else if f.contains("dealloc") || f.contains("free") {
        3
    } else if f.contains("alloc")
        || f.contains("newreference")
        || f.starts_with("pylong_from")
        || f.starts_with("_pylong_from")
        || f.starts_with("pyfloat_from")
        || f.starts_with("_pyfloat_from")
    {
        2
    } else {
        4
    }
}

/// Instructions per kernel iteration in one form: the total, per category, and the
/// runtime functions that cost most.
struct Breakdown {
    total: f64,
    categories: [f64; CATEGORIES.len()],
    top: Vec<(String, f64)>,
}

/// (kernel, instructions per iteration per form) under callgrind.
fn instruction_counts(
    forms: &[Form],
    kernels: &Path,
    out: &Path,
) -> Result<Vec<(String, Vec<Breakdown>)>, String> {
    // Iterations per kernel at each scale, from tf_kernels.py itself.
    let mut sizes = Vec::new();
    for scale in SCALES {
        let mut cmd = Command::new("python3");
        cmd.arg(kernels).args(["--sizes", "--scale", &scale.to_string()]);
        let text = output(cmd, "tf_kernels.py --sizes")?;
        sizes.push(parse_sizes(&text)?);
    }
    let cg = out.join("callgrind.out");
    let mut result = Vec::new();
    for (k, n0) in &sizes[0] {
        let k = k.as_str();
        let n1 = sizes[1].iter().find(|(name, _)| name == k).map_or(*n0, |(_, n)| *n);
        let mut row = Vec::new();
        for form in forms {
            // Without debug information (valgrind 3.19 cannot read clang 19's DWARF 5),
            // with the symbol table (static functions keep their names).
            let stripped = nodebug_python(&form.dir)?;
            let mut at = Vec::new();
            for scale in SCALES {
                let mut cmd = Command::new("valgrind");
                cmd.args(["--tool=callgrind", "--smc-check=all"])
                    .arg(format!("--callgrind-out-file={}", cg.display()));
                cmd.arg(&stripped).arg(kernels).args(["--repeat", "1", "--scale", &scale.to_string(), k]);
                cmd.env("PYTHON_JIT", form.jit)
                    .env("PYTHON_TRACEFUSE", form.hook)
                    .env_remove("TRACEFUSE_STATS")
                    .env_remove("TRACEFUSE_COUNT");
                let o = cmd.stdin(Stdio::null()).output().map_err(|e| format!("valgrind: {e}"))?;
                if !o.status.success() {
                    return Err(format!(
                        "{k} ({}): valgrind failed: {}",
                        form.label,
                        String::from_utf8_lossy(&o.stderr)
                    ));
                }
                at.push(self_costs(&cg)?);
            }
            let _ = std::fs::remove_file(&cg);
            // The kernel runs twice (warm-up and one timed run) at each scale.
            let extra = 2.0 * (n1 - n0) as f64;
            let mut b = Breakdown { total: 0.0, categories: [0.0; CATEGORIES.len()], top: Vec::new() };
            let keys: std::collections::BTreeSet<&(String, String)> =
                at[0].keys().chain(at[1].keys()).collect();
            for key in keys {
                let per =
                    (at[1].get(key).copied().unwrap_or(0.0) - at[0].get(key).copied().unwrap_or(0.0)) / extra;
                b.total += per;
                b.categories[category(&key.0, &key.1)] += per;
                if key.1 != "???" && per >= 1.0 {
                    b.top.push((key.0.clone(), per));
                }
            }
            b.top.sort_by(|a, b| b.1.total_cmp(&a.1));
            b.top.truncate(6);
            row.push(b);
        }
        println!("instructions: {k} done");
        result.push((k.to_string(), row));
    }
    Ok(result)
}

/// pyperf's worker process as the instruction counts run it: start-up, imports and three
/// values of one loop, no warm-up values, no spawning (docs/cpython.md, "Segments",
/// "Settled by instructions" ran it so by hand).
const WORKER: [&str; 7] = ["--worker", "-l", "1", "-n", "3", "-w", "0"];

/// Instructions of one pyperformance worker process in one form: every instruction of the
/// process (start-up and imports dilute both sides alike), of which JIT code (fused and
/// stitched stencils, CPython's shims), and the hook's counters (fused forms).
struct Worker {
    form: String,
    total: f64,
    jit: f64,
    hook: BTreeMap<String, u64>,
}

/// (benchmark, its worker's instructions per form) under callgrind, one run per form.
fn worker_counts(
    forms: &[Form],
    root: &Path,
    benches: &str,
    out: &Path,
) -> Result<Vec<(String, Vec<Worker>)>, String> {
    let (cg, stats) = (out.join("callgrind-worker.out"), out.join("callgrind-worker-stats.txt"));
    let mut result = Vec::new();
    for b in benches.split(',').filter(|b| !b.is_empty()) {
        let script = root.join(format!("bm_{b}")).join("run_benchmark.py");
        let mut row = Vec::new();
        for form in forms {
            // The binary and the extension modules without debug information: valgrind
            // 3.19 cannot read clang 19's DWARF 5 (`_decimal`'s stops it).
            let python = nodebug_tree(&form.dir)?;
            // Once outside callgrind first: a module that has no `.pyc` yet (pyperf's own,
            // which the precompiling does not reach) is compiled in this run, not counted
            // in the first form's.
            let mut warm = Command::new(&python);
            warm.arg(&script).args(WORKER).stdin(Stdio::null());
            warm.env("PYTHON_JIT", form.jit).env("PYTHON_TRACEFUSE", form.hook).env_remove("TRACEFUSE_STATS");
            warm.env_remove("TRACEFUSE_COUNT").env_remove("PYTHONDONTWRITEBYTECODE");
            output(warm, &format!("{b} worker ({})", form.label))?;
            let mut cmd = Command::new("valgrind");
            cmd.args(["--tool=callgrind", "--smc-check=all"])
                .arg(format!("--callgrind-out-file={}", cg.display()));
            cmd.arg(&python).arg(&script).args(WORKER).stdin(Stdio::null());
            cmd.env("PYTHON_JIT", form.jit).env("PYTHON_TRACEFUSE", form.hook);
            cmd.env_remove("TRACEFUSE_COUNT").env_remove("PYTHONDONTWRITEBYTECODE");
            let _ = std::fs::remove_file(&stats);
            match form.stats {
                Some(_) => cmd.env("TRACEFUSE_STATS", &stats),
                None => cmd.env_remove("TRACEFUSE_STATS"),
            };
            output(cmd, &format!("{b} worker ({}, under callgrind)", form.label))?;
            let costs = self_costs(&cg)?;
            let _ = std::fs::remove_file(&cg);
            let hook =
                if form.stats.is_some() { crate::cpython_fused::stats(&stats) } else { BTreeMap::new() };
            let _ = std::fs::remove_file(&stats);
            let total: f64 = costs.values().sum();
            if total <= 0.0 {
                return Err(format!("{b} worker ({}): callgrind counted no instructions", form.label));
            }
            let jit = costs.get(&("JIT code".to_string(), "???".to_string())).copied().unwrap_or(0.0);
            println!("instructions: {b} worker, {}: {:.0}M", form.label, total / 1e6);
            row.push(Worker { form: form.label.clone(), total, jit, hook });
        }
        result.push((b.to_string(), row));
    }
    Ok(result)
}

/// The suites of workloads (the first word of a workload's name).
const SUITES: [&str; 2] = ["kernel", "pyperformance"];

/// The hook's counter file of a fused form for one suite.
fn stats_file(base: &Path, suite: &str) -> PathBuf {
    let mut name = base.as_os_str().to_owned();
    name.push(format!("-{suite}.txt"));
    PathBuf::from(name)
}

/// `form`'s python, running a workload of `suite` (its hook counters go to that suite's file).
fn python(form: &Form, suite: &str) -> Command {
    let mut cmd = Command::new(form.dir.join("python"));
    cmd.env("PYTHON_JIT", form.jit).env("PYTHON_TRACEFUSE", form.hook).stdin(Stdio::null());
    cmd.env_remove("TRACEFUSE_COUNT").env_remove("PYTHONDONTWRITEBYTECODE");
    match &form.stats {
        Some(stats) => cmd.env("TRACEFUSE_STATS", stats_file(stats, suite)),
        None => cmd.env_remove("TRACEFUSE_STATS"),
    };
    cmd
}

/// Seconds, in the unit that keeps three significant digits.
fn time(s: f64) -> String {
    match s {
        s if s >= 1.0 => format!("{s:.2} s"),
        s if s >= 1e-3 => format!("{:.2} ms", s * 1e3),
        s if s >= 1e-6 => format!("{:.2} µs", s * 1e6),
        s => format!("{:.0} ns", s * 1e9),
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// `{"kernel": [s, s, ...], ...}` as tf_kernels.py prints it.
fn parse_times(text: &str) -> Result<Vec<(String, Vec<f64>)>, String> {
    let line = text
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .ok_or("no JSON line in the kernel output")?;
    let mut out = Vec::new();
    for part in line.trim().trim_start_matches('{').trim_end_matches('}').split(']') {
        let Some((k, v)) = part.split_once(':') else { continue };
        let k = k.trim().trim_start_matches(',').trim().trim_matches('"').to_string();
        let v: Result<Vec<f64>, _> = v
            .trim()
            .trim_start_matches('[')
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().parse::<f64>())
            .collect();
        out.push((k, v.map_err(|e| format!("bad time in `{line}`: {e}"))?));
    }
    Ok(out)
}

/// `{"kernel": n, ...}` as `tf_kernels.py --sizes` prints it.
fn parse_sizes(text: &str) -> Result<Vec<(String, u64)>, String> {
    let line =
        text.lines().rev().find(|l| l.trim_start().starts_with('{')).ok_or("no JSON line from --sizes")?;
    line.trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .split(',')
        .map(|kv| {
            let (k, v) = kv.split_once(':').ok_or_else(|| format!("bad size in `{line}`"))?;
            let n = v.trim().parse::<u64>().map_err(|e| format!("bad size in `{line}`: {e}"))?;
            Ok((k.trim().trim_matches('"').to_string(), n))
        })
        .collect()
}

/// pyperf's `name: Mean +- std dev: 138 ms +- 16 ms`, in seconds.
fn parse_pyperf(text: &str) -> Result<f64, String> {
    let line = text
        .lines()
        .find(|l| l.contains("Mean +- std dev:"))
        .ok_or_else(|| format!("no pyperf result in `{text}`"))?;
    let rest = line.split("Mean +- std dev:").nth(1).unwrap_or("").trim();
    let mut words = rest.split_whitespace();
    let value: f64 =
        words.next().and_then(|v| v.parse().ok()).ok_or_else(|| format!("cannot read `{line}`"))?;
    let scale = match words.next() {
        Some("ns") => 1e-9,
        Some("us") => 1e-6,
        Some("ms") => 1e-3,
        Some("sec") | Some("s") => 1.0,
        other => return Err(format!("unknown unit {other:?} in `{line}`")),
    };
    Ok(value * scale)
}

fn report(
    out: &Path,
    forms: &[Form],
    best: &BTreeMap<(String, String), f64>,
    counts: &[(String, Vec<Breakdown>)],
    workers: &[(String, Vec<Worker>)],
    coverage: &BTreeMap<(String, String), Coverage>,
    pyc: &[(PathBuf, String)],
) -> Result<(), String> {
    let get = |w: &str, f: &str| best.get(&(w.to_string(), f.to_string())).copied().unwrap_or(f64::NAN);
    let mut workloads: Vec<String> = best.keys().map(|(w, _)| w.clone()).collect();
    workloads.dedup();
    let fused: Vec<&Form> = forms.iter().filter(|f| f.hook == "1").collect();
    let mut md = String::from(
        "# CPython 3.14: fused stencils against CPython's JIT and the interpreter\n\n\
         Generated by `cargo xtask cpython bench`: times (kernels: best timed run;\n\
         pyperformance: pyperf's mean, best over rounds), forms interleaved round by round.\n\
         Speed-ups are time ratios: above 1 the fused build is faster.\n\n",
    );
    md.push_str(
        "As users run CPython: every run without PYTHONDONTWRITEBYTECODE, `Lib/` compiled first:\n\n",
    );
    for (dir, said) in pyc {
        let _ = writeln!(md, "- {}: {said}", dir.display());
    }
    md.push('\n');
    let mut head = String::from("| workload |");
    let mut rule = String::from("|---|");
    for f in forms {
        let _ = write!(head, " {} |", f.label);
        rule.push_str("---|");
    }
    for f in &fused {
        let _ = write!(head, " {} vs JIT | vs interpreter |", f.label);
        rule.push_str("---|---|");
    }
    let _ = writeln!(md, "{head}\n{rule}");
    let mut json = String::from("{\n  \"times\": {\n");
    // suite -> fused label -> (sum of ln vs JIT, sum of ln vs interpreter, n)
    let mut geo: BTreeMap<(String, String), (f64, f64, usize)> = BTreeMap::new();
    for (n, w) in workloads.iter().enumerate() {
        let _ = write!(md, "| {w} |");
        let mut jrow = Vec::new();
        for f in forms {
            let _ = write!(md, " {} |", time(get(w, &f.label)));
            jrow.push(format!("\"{}\": {:.9}", f.label, get(w, &f.label)));
        }
        let suite = w.split_whitespace().next().unwrap_or("").to_string();
        for f in &fused {
            let (j, i, t) = (get(w, "CPython JIT"), get(w, "interpreter"), get(w, &f.label));
            let _ = write!(md, " {:.2}x | {:.2}x |", j / t, i / t);
            let g = geo.entry((suite.clone(), f.label.clone())).or_insert((0.0, 0.0, 0));
            *g = (g.0 + (j / t).ln(), g.1 + (i / t).ln(), g.2 + 1);
        }
        md.push('\n');
        let _ = writeln!(
            json,
            "    \"{w}\": {{{}}}{}",
            jrow.join(", "),
            if n + 1 < workloads.len() { "," } else { "" }
        );
    }
    json.push_str("  },\n  \"geomean\": {\n");
    md.push_str("\n| geometric mean | fused build | vs CPython JIT | vs interpreter |\n|---|---|---|---|\n");
    let ng = geo.len();
    for (n, ((suite, label), (lj, li, c))) in geo.iter().enumerate() {
        let (gj, gi) = ((lj / *c as f64).exp(), (li / *c as f64).exp());
        let _ = writeln!(md, "| {suite} ({c}) | {label} | **{gj:.2}x** | {gi:.2}x |");
        let _ = writeln!(
            json,
            "    \"{suite} / {label}\": {{\"vs_jit\": {gj:.4}, \"vs_interpreter\": {gi:.4}}}{}",
            if n + 1 < ng { "," } else { "" }
        );
    }
    json.push_str("  },\n  \"tier2_uops\": {\n");
    let nc = coverage.len();
    for (n, ((w, f), c)) in coverage.iter().enumerate() {
        let _ = writeln!(
            json,
            "    \"{w} / {f}\": {{\"fused\": {}, \"stitched\": {}}}{}",
            c.fused,
            c.stitched,
            if n + 1 < nc { "," } else { "" }
        );
    }
    json.push_str("  },\n  \"instructions_per_iteration\": {\n");
    for (n, (k, v)) in counts.iter().enumerate() {
        let row: Vec<String> = forms
            .iter()
            .zip(v)
            .map(|(f, b)| {
                let cats: Vec<String> =
                    CATEGORIES.iter().zip(b.categories).map(|(c, x)| format!("\"{c}\": {x:.1}")).collect();
                let top: Vec<String> = b.top.iter().map(|(name, x)| format!("\"{name}\": {x:.1}")).collect();
                format!(
                    "\"{}\": {{\"total\": {:.1}, \"categories\": {{{}}}, \"top_functions\": {{{}}}}}",
                    f.label,
                    b.total,
                    cats.join(", "),
                    top.join(", ")
                )
            })
            .collect();
        let _ = writeln!(
            json,
            "    \"{k}\": {{{}}}{}",
            row.join(", "),
            if n + 1 < counts.len() { "," } else { "" }
        );
    }
    // The first form counted is CPython's JIT; a ratio above 1: the fused build ran fewer.
    let vs_jit = |v: &[Worker], w: &Worker| v[0].total / w.total;
    json.push_str("  },\n  \"pyperformance_worker_instructions\": {\n");
    for (n, (b, v)) in workers.iter().enumerate() {
        let row: Vec<String> = v
            .iter()
            .enumerate()
            .map(|(m, w)| {
                let mut fields = format!("\"total\": {:.0}, \"jit_code\": {:.0}", w.total, w.jit);
                if m > 0 {
                    let get = |k: &str| w.hook.get(k).copied().unwrap_or(0);
                    let _ = write!(
                        fields,
                        ", \"vs_jit\": {:.4}, \"executors_fused\": {}, \"executors_stitched\": {}",
                        vs_jit(v, w),
                        get("fused"),
                        get("stitched")
                    );
                }
                format!("\"{}\": {{{fields}}}", w.form)
            })
            .collect();
        let _ = writeln!(
            json,
            "    \"{b}\": {{{}}}{}",
            row.join(", "),
            if n + 1 < workers.len() { "," } else { "" }
        );
    }
    // fused label -> geometric mean of its ratios to CPython's JIT
    let worker_geo: Vec<(String, f64)> = match workers.first() {
        Some((_, v)) => (1..v.len())
            .map(|m| {
                let ln: f64 = workers.iter().map(|(_, v)| vs_jit(v, &v[m]).ln()).sum();
                (v[m].form.clone(), (ln / workers.len() as f64).exp())
            })
            .collect(),
        None => Vec::new(),
    };
    json.push_str("  },\n  \"pyperformance_worker_instructions_geomean_vs_jit\": {\n");
    for (n, (label, g)) in worker_geo.iter().enumerate() {
        let _ = writeln!(json, "    \"{label}\": {g:.4}{}", if n + 1 < worker_geo.len() { "," } else { "" });
    }
    json.push_str("  }\n}\n");
    if workloads.is_empty() {
        // Instruction counts only (`--rounds 0`): no timing tables.
        md = String::from("# CPython 3.14: fused stencils against CPython's JIT and the interpreter\n");
    }
    if !counts.is_empty() {
        let counted = &forms[..counts[0].1.len()];
        let _ = write!(
            md,
            "\nInstructions per kernel iteration (callgrind at two sizes, the difference per extra \
             iteration; not moved by the machine's load):\n\n| kernel |"
        );
        for f in counted {
            let _ = write!(md, " {} |", f.label);
        }
        for f in &counted[2..] {
            let _ = write!(md, " {} vs JIT |", f.label);
        }
        let _ = writeln!(md, "\n|---|{}", "---|".repeat(counted.len() * 2 - 2));
        for (k, v) in counts {
            let _ = write!(md, "| {k} |");
            for b in v {
                let _ = write!(md, " {:.0} |", b.total);
            }
            for b in &v[2..] {
                let _ = write!(md, " {:.2}x |", v[1].total / b.total);
            }
            md.push('\n');
        }
        let _ = write!(
            md,
            "\nWhere they go, per iteration (self cost: JIT code is every stencil, fused or \
             stitched, and CPython's shims; allocation is the allocator and the constructors \
             it runs; the costliest runtime functions beside):\n\n| kernel | form |"
        );
        for c in CATEGORIES {
            let _ = write!(md, " {c} |");
        }
        let _ =
            writeln!(md, " costliest runtime functions |\n|---|---|{}---|", "---|".repeat(CATEGORIES.len()));
        for (k, v) in counts {
            for (f, b) in counted.iter().zip(v) {
                let _ = write!(md, "| {k} | {} |", f.label);
                for x in b.categories {
                    let _ = write!(md, " {x:.0} |");
                }
                let top: Vec<String> = b.top.iter().map(|(name, x)| format!("{name} {x:.0}")).collect();
                let _ = writeln!(md, " {} |", top.join(", "));
            }
        }
    }
    if let Some((_, first)) = workers.first() {
        let _ = write!(
            md,
            "\nInstructions per pyperformance worker process (callgrind, one run per form of \
             `run_benchmark.py {}`: start-up, imports and three values of one loop, so the share \
             of the work that runs in executors dilutes every form alike; the interpreter is not \
             counted). A ratio above 1: the fused build ran fewer instructions than CPython's \
             JIT:\n\n| benchmark |",
            WORKER.join(" ")
        );
        for w in first {
            let _ = write!(md, " {} |", w.form);
        }
        for w in &first[1..] {
            let _ = write!(md, " {} vs JIT |", w.form);
        }
        let _ = writeln!(md, " JIT code, per form |\n|---|{}---|", "---|".repeat(first.len() * 2 - 1));
        for (b, v) in workers {
            let _ = write!(md, "| {b} |");
            for w in v {
                let _ = write!(md, " {:.0}M |", w.total / 1e6);
            }
            for w in &v[1..] {
                let _ = write!(md, " {:.3}x |", vs_jit(v, w));
            }
            let jit: Vec<String> = v.iter().map(|w| format!("{:.0}M", w.jit / 1e6)).collect();
            let _ = writeln!(md, " {} |", jit.join(" / "));
        }
        let _ = write!(md, "| **geometric mean** |{}", " |".repeat(first.len()));
        for (_, g) in &worker_geo {
            let _ = write!(md, " **{g:.3}x** |");
        }
        md.push_str(
            " |\n\nExecutors in the counted workers (hook counters, summed over the benchmarks):\n\n",
        );
        for (m, w) in first.iter().enumerate().skip(1) {
            let sum = |k: &str| -> u64 {
                workers.iter().map(|(_, v)| v[m].hook.get(k).copied().unwrap_or(0)).sum()
            };
            let _ = writeln!(
                md,
                "- {}: {} formed, {} fused, {} stitched",
                w.form,
                sum("fused") + sum("stitched"),
                sum("fused"),
                sum("stitched")
            );
        }
    }
    if !workloads.is_empty() {
        md.push_str(
            "\nHook counters over each fused build's timed runs, per suite (executors formed at stock \
             thresholds: fused + stitched; a stitched executor may have segments in place):\n\n",
        );
        for f in &fused {
            for suite in SUITES {
                let Some(file) = f.stats.as_deref().map(|b| stats_file(b, suite)) else { continue };
                if !file.is_file() {
                    continue;
                }
                let sums = crate::cpython_fused::stats(&file);
                let sum = |k: &str| sums.get(k).copied().unwrap_or(0);
                let _ = writeln!(
                    md,
                    "- {}, {suite}: {} processes, {} executors formed, {} fused ({} entered, {} entries), \
                     {} stitched ({} of them with segments in place: {} segment stencils, {} segment entries)",
                    f.label,
                    sum("processes"),
                    sum("fused") + sum("stitched"),
                    sum("fused"),
                    sum("entered"),
                    sum("entries"),
                    sum("stitched"),
                    sum("segmented"),
                    sum("segment_stencils"),
                    sum("segment_entries")
                );
            }
        }
        if !coverage.is_empty() {
            md.push_str(
                "\nTier-2 uops executed, fused / stitched (share fused): one untimed run per workload in \
                 the hook's counting mode (TRACEFUSE_COUNT=1), exact counts of every uop the executors \
                 ran, by whether a normal run runs the executor as a fused stencil (docs/cpython.md, \
                 \"Coverage\"):\n\n| workload |",
            );
            for f in &fused {
                let _ = write!(md, " {} |", f.label);
            }
            let _ = writeln!(md, "\n|---|{}", "---|".repeat(fused.len()));
            // suite -> form -> summed counts
            let mut sums: BTreeMap<(String, String), Coverage> = BTreeMap::new();
            for w in &workloads {
                let _ = write!(md, "| {w} |");
                for f in &fused {
                    let c = coverage.get(&(w.clone(), f.label.clone())).copied().unwrap_or_default();
                    let _ = write!(md, " {} / {} ({:.1}%) |", c.fused, c.stitched, c.share());
                    let suite = w.split_whitespace().next().unwrap_or("").to_string();
                    let s = sums.entry((suite, f.label.clone())).or_default();
                    s.fused += c.fused;
                    s.stitched += c.stitched;
                }
                md.push('\n');
            }
            for suite in sums.keys().map(|(s, _)| s.clone()).collect::<std::collections::BTreeSet<_>>() {
                let _ = write!(md, "| **{suite}, all** |");
                for f in &fused {
                    let c = sums.get(&(suite.clone(), f.label.clone())).copied().unwrap_or_default();
                    let _ = write!(md, " {} / {} (**{:.1}%**) |", c.fused, c.stitched, c.share());
                }
                md.push('\n');
            }
        }
        md.push_str("\n![chart](chart.svg)\n");
        write(&out.join("chart.svg"), &chart(&workloads, forms, &get))?;
    }
    write(&out.join("report.md"), &md)?;
    write(&out.join("report.json"), &json)?;
    print!("{md}");
    println!("wrote {}", out.join("report.md").display());
    Ok(())
}

/// Bars: speed relative to CPython's JIT, per workload and form.
fn chart(workloads: &[String], forms: &[Form], get: &dyn Fn(&str, &str) -> f64) -> String {
    let (w, bar, left) = (760.0, 12.0, 190.0);
    let per = bar * forms.len() as f64 + 8.0;
    let h = 50.0 + per * workloads.len() as f64;
    let max = workloads
        .iter()
        .flat_map(|k| forms.iter().map(move |f| get(k, "CPython JIT") / get(k, &f.label)))
        .filter(|r| r.is_finite())
        .fold(1.0f64, f64::max);
    let colors = ["#999999", "#4477aa", "#ee6677", "#228833", "#ccbb44", "#88ccee"];
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <text x=\"10\" y=\"16\">speed relative to CPython's JIT (longer is faster; the line is 1x)</text>\n"
    );
    for (m, f) in forms.iter().enumerate() {
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"24\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{}\" y=\"33\">{}</text>",
            10.0 + 125.0 * m as f64,
            colors[m % colors.len()],
            24.0 + 125.0 * m as f64,
            f.label
        );
    }
    let one = left + (w - left - 50.0) / max;
    for (n, k) in workloads.iter().enumerate() {
        let y0 = 44.0 + per * n as f64;
        let _ = writeln!(s, "<text x=\"10\" y=\"{}\">{k}</text>", y0 + per / 2.0);
        for (m, f) in forms.iter().enumerate() {
            let r = get(k, "CPython JIT") / get(k, &f.label);
            let bw = if r.is_finite() { (w - left - 50.0) * r / max } else { 0.0 };
            let _ = writeln!(
                s,
                "<rect x=\"{left}\" y=\"{:.1}\" width=\"{bw:.1}\" height=\"{}\" fill=\"{}\"/>",
                y0 + bar * m as f64,
                bar - 2.0,
                colors[m % colors.len()]
            );
        }
    }
    let _ =
        writeln!(s, "<line x1=\"{one:.1}\" y1=\"40\" x2=\"{one:.1}\" y2=\"{h}\" stroke=\"black\"/>\n</svg>");
    s
}
