//! `cargo xtask cpython startup --build DIR [--runs N] [--out DIR]`: start-up, the idea's
//! own target, measured as users run Python. DIR is a fused build at CPython's stock
//! thresholds whose hook warms the training run's loops (`cargo xtask cpython build
//! --warm RECORDING`).
//!
//! As users run it: first the build's own python compiles its `Lib/` (and the copied
//! bench scripts) to `.pyc` files for the optimization level a plain `python` uses
//! (`python -m compileall -q -j0`, once per run of this command; up-to-date files are
//! skipped), and every command below runs without `PYTHONDONTWRITEBYTECODE`, so the
//! stdlib is read from `.pyc` files, not parsed and compiled again on every run. The
//! bench scripts are copied under `--out` first, so the `.pyc` files they get stay out
//! of the source tree.
//!
//! Workloads: `python -c pass`, `tf_startup.py` (imports and uses twelve stdlib modules),
//! `python -m json.tool FILE` (a small JSON file written into `--out`) and `tf_cli.py`
//! (a command-line tool's start-up: argparse, logging, pathlib, a few paths of this
//! checkout stat'ed). Each runs N times in each of four forms, the forms interleaved run
//! by run (hyperfine-style: a warm-up run each, then mean, standard deviation and median
//! of wall time): the interpreter (`PYTHON_JIT=0`), CPython's JIT (`PYTHON_TRACEFUSE=0`:
//! no warming, every trace stitched: the stock JIT), fused without warming
//! (`TRACEFUSE_WARM=0`) and fused with warming. One more untimed run per fused form
//! counts what the hook did (`TRACEFUSE_STATS`), and one more in its counting mode
//! (`TRACEFUSE_COUNT=1`, after the count check) the tier-2 uops executed fused and
//! stitched.
//!
//! Beside each result, from one callgrind run per workload in two forms (on copies of the
//! binary and the extension modules without debug information, `DIR/nodebug/`, see
//! `callgrind.rs`): in CPython's JIT form, the eval
//! loop's share of the instructions (self cost of `_PyEval_EvalFrameDefault`, all
//! recursion levels) and the ceiling it sets, 1 / (1 - share): tier-2 code can only
//! replace the eval loop's own work, so no trace-level scheme makes that start-up faster;
//! in the fused + warmed form, the share executed in JIT code (code in no object file:
//! fused and stitched executors and CPython's shims), with that run's hook counters
//! (executors fused and stitched). Writes `startup.md` to `--out` (default
//! target/cpython-bench).
//!
//! `--loops` adds a column: how much of the eval loop's work is inside loops at all, and
//! how much runs after a loop's 4,096th and 1st backward jump (what tier 2 at stock
//! thresholds, and an executor in place before the loop runs, could cover), from
//! `crates/tracefuse-cpython/bench/tf_loopshare.py one --callgrind` (bytecodes counted
//! with `sys.monitoring` under gdb, weighted by each opcode's eval-loop cost).

use crate::callgrind::{inclusive_cost, nodebug_tree, self_costs};
use crate::cpython_fused::{user_path, Coverage};
use crate::process::repo_root;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// Bench scripts, from the repository root to where they go under `--out`: the same
/// layout (`tf_startup.py` finds the recorder's `record.py` beside its own folder), and
/// the same base names (the hook matches warmed loops by file base name).
const SCRIPTS: [(&str, &str); 3] = [
    ("crates/tracefuse-cpython/bench/tf_startup.py", "bench/tf_startup.py"),
    ("crates/tracefuse-cpython/bench/tf_cli.py", "bench/tf_cli.py"),
    ("crates/tracefuse-cpython/recorder/record.py", "recorder/record.py"),
];

/// What the Makefile's `libinstall` leaves out when it compiles the stdlib: test files
/// that are not valid Python on purpose.
const COMPILEALL_EXCLUDE: &str = "bad_coding|badsyntax|site-packages";

const FORMS: [(&str, &[(&str, &str)]); 4] = [
    ("interpreter", &[("PYTHON_JIT", "0"), ("PYTHON_TRACEFUSE", "0")]),
    ("CPython JIT", &[("PYTHON_JIT", "1"), ("PYTHON_TRACEFUSE", "0")]),
    ("fused, not warmed", &[("PYTHON_JIT", "1"), ("PYTHON_TRACEFUSE", "1"), ("TRACEFUSE_WARM", "0")]),
    ("fused + warmed", &[("PYTHON_JIT", "1"), ("PYTHON_TRACEFUSE", "1"), ("TRACEFUSE_WARM", "1")]),
];
/// Indices in [`FORMS`].
const JIT: usize = 1;
const WARMED: usize = 3;

/// The file `python -m json.tool` reads: a small configuration-like document.
const JSON_DOC: &str = r#"{
  "name": "tracefuse-demo",
  "version": "1.4.2",
  "description": "A small document for `python -m json.tool`: nested objects, arrays, numbers, strings with escapes \u00e9\u4e2d",
  "private": false,
  "license": "MIT",
  "authors": [
    {"name": "A. Example", "email": "a@example.org", "roles": ["maintainer", "reviewer"]},
    {"name": "B. Example", "email": "b@example.org", "roles": ["contributor"]}
  ],
  "scripts": {"build": "cargo build --release", "test": "cargo test --workspace", "lint": "cargo clippy -- -D warnings"},
  "dependencies": {"inkwell": "0.5", "serde": {"version": "1.0.210", "features": ["derive"]}, "serde_json": "1.0"},
  "targets": [
    {"triple": "x86_64-unknown-linux-gnu", "pointer_width": 64, "endian": "little", "code_model": "small", "pic": true},
    {"triple": "aarch64-unknown-linux-gnu", "pointer_width": 64, "endian": "little", "code_model": "small", "pic": true},
    {"triple": "x86_64-apple-darwin", "pointer_width": 64, "endian": "little", "code_model": "small", "pic": true}
  ],
  "thresholds": {"jump_backward": 4095, "side_exit": 4095, "ratios": [1.0, 0.98, 1.026, 0.961, 1.5e-3, -2.75]},
  "matrix": [[0, 1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14, 15], [16, 17, 18, 19, 20, 21, 22, 23]],
  "notes": "line one\nline two\ttabbed \"quoted\" and a backslash \\ at the end",
  "empty": {"list": [], "object": {}, "null": null}
}
"#;

/// One start-up command: its name and its arguments after `python`.
struct Workload {
    name: &'static str,
    argv: Vec<String>,
}

/// One callgrind run: the program's total instructions, the eval loop's self cost, the
/// JIT code's, what forming executors cost (`_PyOptimizer_Optimize` inclusive: CPython's
/// projection and optimizer, the hook's emit and its first read of the pack), and the
/// hook's counters of that run (empty when it wrote none).
struct Counted {
    total: f64,
    eval: f64,
    jit: f64,
    install: f64,
    hook: BTreeMap<String, u64>,
}

impl Counted {
    /// Instructions per executor formed (fused or stitched), when any formed.
    fn install_each(&self) -> Option<f64> {
        let n =
            self.hook.get("fused").copied().unwrap_or(0) + self.hook.get("stitched").copied().unwrap_or(0);
        (n > 0).then(|| self.install / n as f64)
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut build, mut runs, mut out, mut loops) = (None, 40usize, None, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--build" => build = Some(user_path(&value()?)?),
            "--runs" => runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--out" => out = Some(user_path(&value()?)?),
            "--loops" => loops = true,
            other => {
                return Err(format!("unknown argument `{other}` (see `cargo xtask cpython startup --help`)"))
            }
        }
    }
    if runs == 0 {
        return Err("--runs: at least 1".into());
    }
    let build = build.ok_or("--build DIR (a `cargo xtask cpython build --warm` output) is required")?;
    let python = build.join("python");
    if !python.is_file() {
        return Err(format!("{} is not there: build the tree first", python.display()));
    }
    for tool in ["valgrind", "callgrind_annotate", "strip"] {
        if !crate::process::on_path(tool) {
            return Err(format!(
                "`{tool}` is not on PATH: the ceiling and the JIT-code share are measured with \
                 callgrind (Debian/Ubuntu: apt-get install valgrind binutils)"
            ));
        }
    }
    for tool in
        ["gdb", "llvm-symbolizer-19", "llvm-objdump-19", "llvm-readelf-19"].into_iter().filter(|_| loops)
    {
        if !crate::process::on_path(tool) {
            return Err(format!(
                "`{tool}` is not on PATH: --loops counts bytecodes under gdb and maps callgrind's \
                 costs with LLVM 19's tools (Debian/Ubuntu: apt-get install gdb llvm-19)"
            ));
        }
    }
    let out = out.unwrap_or_else(|| repo_root().join("target/cpython-bench"));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let scripts = out.join("startup-scripts");
    for (from, to) in SCRIPTS {
        let (from, to) = (repo_root().join(from), scripts.join(to));
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        copy_if_changed(&from, &to)?;
    }
    let json_file = out.join("startup-data.json");
    write(&json_file, JSON_DOC)?;

    let pyc = precompile(&python, &build.join("Lib"), &[&scripts])?;
    let unset = if std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some() {
        "removed from the environment (it was set)"
    } else {
        "not set"
    };
    println!("every run: PYTHONDONTWRITEBYTECODE {unset}; current folder {}", out.display());

    let path = |p: &Path| p.display().to_string();
    let workloads = [
        Workload { name: "python -c pass", argv: vec!["-c".into(), "pass".into()] },
        Workload { name: "tf_startup.py", argv: vec![path(&scripts.join("bench/tf_startup.py"))] },
        Workload {
            name: "python -m json.tool",
            argv: vec!["-m".into(), "json.tool".into(), path(&json_file)],
        },
        Workload {
            name: "tf_cli.py",
            argv: [
                path(&scripts.join("bench/tf_cli.py")).as_str(),
                "-v",
                "scan",
                "--root",
                path(&repo_root()).as_str(),
                "--include",
                "*.rs",
                "--include",
                "*.py",
                "--include",
                "*.md",
                "--exclude",
                "target",
                "--exclude",
                "__pycache__",
                "--max-depth",
                "2",
                "--sort",
                "size",
                "--top",
                "3",
                "xtask/src",
                "crates/tracefuse-cpython/bench",
                "docs",
            ]
            .map(String::from)
            .to_vec(),
        },
    ];

    let mut md = format!(
        "# CPython start-up with warmed, fused start-up traces\n\n\
         `cargo xtask cpython startup --build {build}`: {runs} timed runs per form and workload,\n\
         forms interleaved run by run, after one warm-up run each; wall time in ms. One binary\n\
         (stock thresholds; the hook warms the training run's loops). As users run Python: `Lib/`\n\
         compiled to `.pyc` first ({pyc}), and every run without `PYTHONDONTWRITEBYTECODE`.\n\n\
         Callgrind, one run per workload: the eval loop's share is the self cost of\n\
         `_PyEval_EvalFrameDefault` (all recursion levels) in the CPython JIT form; tier-2 code\n\
         can only replace that, so the ceiling 1 / (1 - share) is the most any trace-level\n\
         scheme can make that start-up faster. JIT code is the share of the fused + warmed run's\n\
         instructions executed in code outside every object file: fused and stitched executors\n\
         and CPython's shims (the executor counts say which executors there were).\n\n",
        build = build.display(),
    );
    if COUNTING {
        println!("{}", crate::cpython_fused::count_check(&python, &[])?);
    }
    let mut summary = String::from(
        "| workload | CPython JIT (ms) | fused + warmed vs CPython JIT | eval loop (CPython JIT) | \
         ceiling | JIT code (fused + warmed) | executors (fused + warmed) | install, instructions per executor (fused + warmed) | tier-2 uops fused / stitched (fused + warmed) |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    if loops {
        let (head, sep) = summary.trim_end().split_once('\n').unwrap_or_default();
        summary = format!("{head} eval loop in loops (after 4,096th / 1st jump) |\n{sep}---|\n");
    }
    let mut detail = String::new();
    for (w, workload) in workloads.iter().enumerate() {
        println!("{}: {runs} runs in each of {} forms", workload.name, FORMS.len());
        let times = time_workload(&python, workload, runs, &out)?;
        // The hook's counters, one untimed run per fused form; and one counting run
        // (TRACEFUSE_COUNT: the tier-2 uops executed fused and stitched).
        let mut hook: Vec<Option<BTreeMap<String, u64>>> = vec![None; FORMS.len()];
        let mut coverage: Vec<Option<Coverage>> = vec![None; FORMS.len()];
        for (f, (_, env)) in FORMS.iter().enumerate().filter(|(_, (_, env))| hooked(env)) {
            let file = out.join(format!("startup-stats-{w}-{f}.txt"));
            for counting in [false, true].into_iter().filter(|c| !c || COUNTING) {
                let _ = std::fs::remove_file(&file);
                let mut cmd = command(&python, workload, env, &out);
                cmd.env("TRACEFUSE_STATS", &file).env("TRACEFUSE_COUNT", if counting { "1" } else { "0" });
                checked(cmd, workload.name, FORMS[f].0)?;
                if counting {
                    coverage[f] = Some(Coverage::read(&file));
                } else {
                    hook[f] = Some(crate::cpython_fused::stats(&file));
                }
            }
            let _ = std::fs::remove_file(&file);
        }
        println!("{}: callgrind, CPython JIT and fused + warmed", workload.name);
        let jit = callgrind(&build, workload, JIT, &out)?;
        let warmed = callgrind(&build, workload, WARMED, &out)?;
        let loop_cell =
            if loops { format!(" {} |", loop_share(&build, workload, &out)?) } else { String::new() };

        let summary_t: Vec<(f64, f64, f64)> = times.iter().map(|t| stats(t)).collect();
        let jit_mean = summary_t[JIT].0;
        let share = jit.eval / jit.total;
        let ceiling = 1.0 / (1.0 - share);
        let _ = writeln!(
            summary,
            "| {} | {:.2} | **{:.3}x** | {:.1}% | {:.3}x | {:.2}% | {} | {} | {} |{loop_cell}",
            workload.name,
            jit_mean * 1e3,
            jit_mean / summary_t[WARMED].0,
            share * 100.0,
            ceiling,
            warmed.jit / warmed.total * 100.0,
            // The native run's counters: under callgrind, emitting is many times slower.
            executors(hook[WARMED].as_ref().unwrap_or(&warmed.hook)),
            warmed.install_each().map_or("none formed".into(), |i| format!("{:.0}", i)),
            coverage[WARMED].map(uops).unwrap_or_default()
        );
        let _ = write!(
            detail,
            "\n## {}\n\n`python {}`\n\nEval loop {:.1}% of {} instructions (CPython JIT) → ceiling **{:.3}x**; \
             fused + warmed: {:.2}% of {} instructions in JIT code ({}).\n\n\
             | form | mean (ms) | ± sd | median (ms) | vs CPython JIT (mean) | instructions | eval loop | JIT code | executors | uops fused / stitched |\n\
             |---|---|---|---|---|---|---|---|---|---|\n",
            workload.name,
            shown_argv(workload, &out),
            share * 100.0,
            millions(jit.total),
            ceiling,
            warmed.jit / warmed.total * 100.0,
            millions(warmed.total),
            jit_kind(&without_emit(&warmed.hook)),
        );
        for (f, (mean, sd, median)) in summary_t.iter().enumerate() {
            let counted = match f {
                JIT => Some(&jit),
                WARMED => Some(&warmed),
                _ => None,
            };
            let (instr, eval, jit_code) = match counted {
                Some(c) => (
                    millions(c.total),
                    format!("{:.1}%", c.eval / c.total * 100.0),
                    format!("{:.2}%", c.jit / c.total * 100.0),
                ),
                None => ("".into(), "".into(), "".into()),
            };
            let _ = writeln!(
                detail,
                "| {} | {:.2} | {:.2} | {:.2} | {:.3}x | {instr} | {eval} | {jit_code} | {} | {} |",
                FORMS[f].0,
                mean * 1e3,
                sd * 1e3,
                median * 1e3,
                jit_mean / mean,
                hook[f].as_ref().map(executors).unwrap_or_default(),
                coverage[f].map(uops).unwrap_or_default()
            );
        }
    }
    md.push_str(&summary);
    if loops {
        md.push_str(LOOPS_NOTE);
    }
    md.push_str(
        "\nExecutors: fused / stitched that formed, how many of the fused were entered and how often, \
         loops warmed, and the mean time to emit a fused executor (copy and patch; not the tier-2 \
         projection and optimizer before it). Install: the instructions callgrind counts in \
         `_PyOptimizer_Optimize` (CPython's projection and optimizer, then the hook's lookup and \
         emit, and in the first executor the hook's one read of the stencil pack) in the fused + \
         warmed run, divided by the executors that run formed. In the tables per workload, instructions, eval \
         loop and JIT code are callgrind's (one run each, in the two forms counted); executors \
         are the hook's counters of one untimed run per fused form. Tier-2 uops fused / stitched: \
         every uop the executors executed, counted exactly by one more run in the hook's counting \
         mode (TRACEFUSE_COUNT=1; docs/cpython.md, \"Coverage\"), by whether a normal run runs \
         the executor as a fused stencil or stitched.\n",
    );
    md.push_str(&detail);
    let report = out.join("startup.md");
    write(&report, &md)?;
    print!("{md}");
    println!("wrote {}", report.display());
    Ok(())
}

/// The hook counts uops on x86-64 only (its counter snippet is x86-64 code).
const COUNTING: bool = cfg!(target_arch = "x86_64");

/// "fused / stitched (share fused)" of a counting run.
fn uops(c: Coverage) -> String {
    format!("{} / {} ({:.1}%)", c.fused, c.stitched, c.share())
}

/// Compiles `lib` and the folders `extra` to `.pyc` with the build's python as a plain
/// `python` runs (no `-O`), then checks: a description of how many of `lib`'s modules
/// have a `.pyc` for that optimization level. (`cpython_bench` runs it too.)
pub(crate) fn precompile(python: &Path, lib: &Path, extra: &[&Path]) -> Result<String, String> {
    let t0 = Instant::now();
    let mut cmd = Command::new(python);
    cmd.args(["-m", "compileall", "-q", "-j0", "-x", COMPILEALL_EXCLUDE]).arg(lib).args(extra);
    cmd.env_remove("PYTHONDONTWRITEBYTECODE").env("PYTHON_JIT", "0").env_remove("TRACEFUSE_STATS");
    let o = cmd.stdin(Stdio::null()).output().map_err(|e| format!("{}: {e}", python.display()))?;
    if !o.status.success() {
        return Err(format!(
            "compiling {} to .pyc failed ({}): {}{}",
            lib.display(),
            o.status,
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    // The same interpreter says where it would look for each module's .pyc.
    const CHECK: &str = "import importlib.util, os, sys\n\
        n = have = 0\n\
        for d, dirs, files in os.walk(sys.argv[1]):\n    \
            dirs[:] = [x for x in dirs if x not in ('__pycache__', 'site-packages')]\n    \
            for f in files:\n        \
                if f.endswith('.py'):\n            \
                    n += 1\n            \
                    have += os.path.exists(importlib.util.cache_from_source(os.path.join(d, f)))\n\
        print(have, n, sys.flags.optimize)\n";
    let mut cmd = Command::new(python);
    cmd.args(["-c", CHECK]).arg(lib).env_remove("PYTHONDONTWRITEBYTECODE").env("PYTHON_JIT", "0");
    let o = cmd.env_remove("TRACEFUSE_STATS").stdin(Stdio::null()).output();
    let o = o.map_err(|e| format!("{}: {e}", python.display()))?;
    let text = String::from_utf8_lossy(&o.stdout);
    let words: Vec<u64> = text.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    let [have, n, optimize] = words[..] else {
        return Err(format!(
            "counting .pyc files under {} failed ({}): {text}{}",
            lib.display(),
            o.status,
            String::from_utf8_lossy(&o.stderr)
        ));
    };
    let said = format!(
        ".pyc present for {have} of the {n} modules under Lib/, optimization level {optimize}, \
         compiled or checked in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    println!("{}: {said}", lib.display());
    Ok(said)
}

/// What the `--loops` column is.
const LOOPS_NOTE: &str = "\nEval loop in loops: of the eval loop's work (in the interpreter, each \
    executed bytecode weighted by its opcode's eval-loop cost), the share inside loops at all \
    (between a JUMP_BACKWARD's target and it), and the shares that ran after the loop's \
    4,096th backward jump (where a stock tier 2 forms its trace) and after its 1st (an \
    executor in place before the loop runs); the rest is straight-line code that no loop \
    trace covers. From `crates/tracefuse-cpython/bench/tf_loopshare.py` (docs/cpython.md, \
    \"Start-up beyond loops\").\n";

/// The `--loops` cell of a workload: `tf_loopshare.py one --callgrind`, run by the build's
/// python (it counts with gdb and `sys.monitoring`, then weights with callgrind).
fn loop_share(build: &Path, workload: &Workload, out: &Path) -> Result<String, String> {
    println!("{}: the eval loop's share in loops (tf_loopshare.py)", workload.name);
    let script = repo_root().join("crates/tracefuse-cpython/bench/tf_loopshare.py");
    let mut cmd = Command::new(build.join("python"));
    cmd.arg("-B").arg(&script).args(["one", "--callgrind", "--build"]).arg(build);
    cmd.arg("--cwd").arg(out).arg("--").args(&workload.argv).stdin(Stdio::null());
    cmd.env("PYTHON_JIT", "0").env("PYTHON_TRACEFUSE", "0").env_remove("TRACEFUSE_STATS");
    let o = cmd.output().map_err(|e| format!("{}: {e}", script.display()))?;
    let text = String::from_utf8_lossy(&o.stdout);
    let line = text.lines().rev().find(|l| l.starts_with("tf_loopshare:"));
    let (Some(line), true) = (line, o.status.success()) else {
        return Err(format!(
            "{} ({}) failed ({}): {text}{}",
            script.display(),
            workload.name,
            o.status,
            String::from_utf8_lossy(&o.stderr)
        ));
    };
    let get = |key: &str| -> f64 {
        let word = line.split_whitespace().find_map(|w| w.strip_prefix(key)?.strip_prefix('='));
        word.and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
    };
    Ok(format!(
        "{:.1}% ({:.1}% / {:.1}%)",
        get("loops") * 100.0,
        get("after4096") * 100.0,
        get("after1") * 100.0
    ))
}

/// Whether a form runs the hook (fused forms).
fn hooked(env: &[(&str, &str)]) -> bool {
    env.contains(&("PYTHON_TRACEFUSE", "1"))
}

/// `python ARGS` in a form, as every run of this bench runs: from `dir`, no standard
/// input, output discarded, stderr kept for errors, without `PYTHONDONTWRITEBYTECODE`
/// and without the caller's `TRACEFUSE_STATS`.
fn command(python: &Path, workload: &Workload, env: &[(&str, &str)], dir: &Path) -> Command {
    let mut cmd = Command::new(python);
    cmd.args(&workload.argv).current_dir(dir).stdin(Stdio::null()).stdout(Stdio::null());
    cmd.stderr(Stdio::piped()).env_remove("PYTHONDONTWRITEBYTECODE").env_remove("TRACEFUSE_STATS");
    cmd.env_remove("TRACEFUSE_COUNT");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn checked(mut cmd: Command, name: &str, form: &str) -> Result<(), String> {
    let o = cmd.output().map_err(|e| format!("{name} ({form}): {e}"))?;
    if !o.status.success() {
        return Err(format!("{name} ({form}) failed ({}): {}", o.status, String::from_utf8_lossy(&o.stderr)));
    }
    Ok(())
}

/// Wall times per form: a warm-up round, then `runs` timed rounds, forms interleaved.
fn time_workload(
    python: &Path,
    workload: &Workload,
    runs: usize,
    dir: &Path,
) -> Result<Vec<Vec<f64>>, String> {
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); FORMS.len()];
    for round in 0..=runs {
        for (f, (form, env)) in FORMS.iter().enumerate() {
            let cmd = command(python, workload, env, dir);
            let t0 = Instant::now();
            checked(cmd, workload.name, form)?;
            if round > 0 {
                times[f].push(t0.elapsed().as_secs_f64());
            }
        }
    }
    Ok(times)
}

/// One run of `workload` in `FORMS[form]` under callgrind, on the build's binary and
/// extension modules without debug information.
fn callgrind(build: &Path, workload: &Workload, form: usize, out: &Path) -> Result<Counted, String> {
    let python = nodebug_tree(build)?;
    let file = out.join("startup-callgrind.out");
    let stats = out.join("startup-callgrind-stats.txt");
    let _ = std::fs::remove_file(&stats);
    let mut cmd = Command::new("valgrind");
    cmd.args(["--tool=callgrind", "--smc-check=all"]).arg(format!("--callgrind-out-file={}", file.display()));
    cmd.arg(&python).args(&workload.argv).current_dir(out).stdin(Stdio::null()).stdout(Stdio::null());
    cmd.stderr(Stdio::piped()).env_remove("PYTHONDONTWRITEBYTECODE").env_remove("TRACEFUSE_STATS");
    cmd.env_remove("TRACEFUSE_COUNT");
    for (k, v) in FORMS[form].1 {
        cmd.env(k, v);
    }
    if hooked(FORMS[form].1) {
        cmd.env("TRACEFUSE_STATS", &stats);
    }
    checked(cmd, workload.name, &format!("{}, under callgrind", FORMS[form].0))?;
    let costs = self_costs(&file)?;
    let install = inclusive_cost(&file, "_PyOptimizer_Optimize")?;
    let _ = std::fs::remove_file(&file);
    let hook = if hooked(FORMS[form].1) { crate::cpython_fused::stats(&stats) } else { BTreeMap::new() };
    let _ = std::fs::remove_file(&stats);
    let total: f64 = costs.values().sum();
    if total <= 0.0 {
        return Err(format!("{} ({}): callgrind counted no instructions", workload.name, FORMS[form].0));
    }
    let eval = costs.iter().filter(|((f, _), _)| f == "_PyEval_EvalFrameDefault").map(|(_, c)| c).sum();
    if eval <= 0.0 {
        return Err(format!(
            "{} ({}): no `_PyEval_EvalFrameDefault` in callgrind's listing of {}: does the binary \
             have its symbol table?",
            workload.name,
            FORMS[form].0,
            python.display()
        ));
    }
    let jit = costs.get(&("JIT code".to_string(), "???".to_string())).copied().unwrap_or(0.0);
    Ok(Counted { total, eval, jit, install, hook })
}

/// The hook's counters in a few words.
fn executors(hook: &BTreeMap<String, u64>) -> String {
    if hook.is_empty() || hook.get("processes") == Some(&0) {
        // The hook sets itself up (and registers its report) at the first executor, or
        // at the first code object when it has loops to warm.
        return "none formed (no hook counters)".into();
    }
    let get = |k: &str| hook.get(k).copied().unwrap_or(0);
    let emit = if get("fused") > 0 && hook.contains_key("emit_ns") {
        format!(", emit {:.0} µs each", get("emit_ns") as f64 / get("fused") as f64 / 1e3)
    } else {
        String::new()
    };
    format!(
        "{} fused / {} stitched; {} fused entered, {} entries; {} loops warmed{emit}",
        get("fused"),
        get("stitched"),
        get("entered"),
        get("entries"),
        get("warmed")
    )
}

/// Counters of a run under callgrind: its emit time says nothing about a native run.
fn without_emit(hook: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    hook.iter().filter(|(k, _)| k.as_str() != "emit_ns").map(|(k, v)| (k.clone(), *v)).collect()
}

/// The hook's counters of a run, and what its JIT code therefore was.
fn jit_kind(hook: &BTreeMap<String, u64>) -> String {
    let get = |k: &str| hook.get(k).copied().unwrap_or(0);
    let kind = match (get("fused"), get("stitched")) {
        (0, 0) => "no executor formed",
        (0, _) => "no fused executor: all of it stitched code and shims",
        (_, 0) => "no stitched executor: all of it fused code and its shims",
        _ => "fused and stitched code and shims together; callgrind does not tell them apart",
    };
    match executors(hook) {
        e if get("processes") == 0 => e,
        e => format!("{e}; {kind}"),
    }
}

/// The command line as the report shows it: paths under `--out` as `OUT/...`.
fn shown_argv(workload: &Workload, out: &Path) -> String {
    let out = out.display().to_string();
    let root = repo_root().display().to_string();
    let words: Vec<String> = workload
        .argv
        .iter()
        .map(|a| {
            let a = a.replace(&out, "OUT").replace(&root, "REPO");
            if a.contains('*') {
                format!("'{a}'")
            } else {
                a
            }
        })
        .collect();
    words.join(" ")
}

fn millions(n: f64) -> String {
    format!("{:.1}M", n / 1e6)
}

fn copy_if_changed(from: &Path, to: &Path) -> Result<(), String> {
    let text = std::fs::read(from).map_err(|e| format!("{}: {e}", from.display()))?;
    if std::fs::read(to).ok().as_deref() != Some(&text[..]) {
        std::fs::write(to, &text).map_err(|e| format!("{}: {e}", to.display()))?;
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Mean, standard deviation, median.
fn stats(t: &[f64]) -> (f64, f64, f64) {
    if t.is_empty() {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    let n = t.len() as f64;
    let mean = t.iter().sum::<f64>() / n;
    let sd = (t.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
    let mut s = t.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    (mean, sd, s[s.len() / 2])
}
