//! `cargo xtask cpython build|test` (main.rs's `CPYTHON` table dispatches): a CPython that runs tracefuse's fused stencils, and
//! CPython's own regression tests as the oracle.
//!
//! - `build --cpython DIR --traces T [--out DIR] [--training-thresholds] [--warm JSON,...]
//!   [--target TRIPLE --with-build-python PY]`: copies the user's configured 3.14 tree
//!   (never modified) to `--out` (default `target/cpython-fused`), optionally lowers its
//!   warm-up thresholds as the training build does, configures it when needed, imports
//!   its uops, fuses the traces in T for the target (default: this machine) into a
//!   stencil pack, installs the hook (`tracefuse cpython hook`; `--warm`: the training
//!   recordings whose loops a stock-threshold build warms at start-up) and makes it. For
//!   another machine's target (`cpython_cross`: aarch64-unknown-linux-gnu) the copy is
//!   configured as a cross build (`--host`, clang 19 for that target, PY: a CPython of
//!   the same version for this machine, e.g. the training build) and gets a
//!   `python-qemu` script that runs it here.
//! - `test [--stock DIR] --fused DIR [--tests LIST] [--corrupt]`: runs the same
//!   regression tests (`-m test -j2 --junit-xml`) with `PYTHON_JIT=1` on both builds and
//!   compares every test case; without `--stock`, the stock JIT is the fused build's own
//!   binary with `PYTHON_TRACEFUSE=0`. A build for another architecture runs through its
//!   `python-qemu`. The fused run's hook counters (`TRACEFUSE_STATS`) are summed over
//!   the worker processes. `--corrupt WHICH` runs the fused build with one hole of the
//!   fused stencils patched wrong (`1`: every trace; other text: traces whose name holds
//!   it, e.g. `test_`) and fails unless tests that pass on the stock build fail. On this
//!   machine (x86-64, not with `--corrupt`) the count check ([`count_check`]) runs first
//!   and the tests run a third time in the hook's counting mode: the tier-2 uops executed
//!   fused and stitched ([`Coverage`]).

use crate::cpython_cross::{self, Cross};
use crate::process::{repo_root, Cmd};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const TRAINING_SH: &str = "crates/tracefuse-cpython/recorder/training-build.sh";
/// Marks a tree this command copied (and so may rebuild and overwrite).
const COPY_MARK: &str = ".tracefuse-copy";

/// Tests outside the training set: stitched fallback and partial matches.
pub const HELDOUT_TESTS: &str = "test_math,test_statistics,test_collections,test_functools,test_heapq,\
test_bisect,test_random,test_operator,test_textwrap,test_difflib,test_fractions,test_copy,test_sort,\
test_bool,test_str,test_bytes,test_unittest,test_dataclasses";

/// Parses `--name value` pairs and bare `--flag`s of `cargo xtask cpython COMMAND`.
fn options(
    args: &[String],
    command: &str,
    flags: &[&str],
    valued: &[&str],
) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if flags.contains(&a.as_str()) {
            out.insert(a.clone(), String::new());
        } else if valued.contains(&a.as_str()) {
            let v = it.next().ok_or_else(|| format!("{a} needs a value"))?;
            out.insert(a.clone(), v.clone());
        } else {
            return Err(format!("unknown argument `{a}` (see `cargo xtask cpython {command} --help`)"));
        }
    }
    Ok(out)
}

/// A path given relative to where the user ran the command.
pub fn user_path(p: &str) -> Result<PathBuf, String> {
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    std::path::absolute(cwd.join(p)).map_err(|e| e.to_string())
}

/// The triple tracefuse generates for on this machine (`tracefuse targets --host`).
pub fn host_triple() -> Result<String, String> {
    let cmd = tracefuse(&["targets", "--host"]);
    cmd.stdout()
        .filter(|t| !t.is_empty())
        .ok_or_else(|| format!("`{cmd}` failed: tracefuse has no target for this machine?"))
}

/// `tracefuse ARGS...` from the release build.
fn tracefuse(args: &[&str]) -> Cmd {
    let mut cmd = Cmd::cargo(&["run", "--release", "-q", "-p", "tracefuse-cli", "--"]);
    cmd.args.extend(args.iter().map(|a| a.to_string()));
    cmd
}

fn jobs() -> String {
    std::thread::available_parallelism().map_or(2, |n| n.get()).to_string()
}

pub fn build(args: &[String]) -> Result<(), String> {
    let o = options(
        args,
        "build",
        &["--training-thresholds"],
        &["--cpython", "--traces", "--train", "--out", "--warm", "--target", "--with-build-python"],
    )?;
    // The target: this machine, or one cpython_cross knows how to build for here.
    let host = host_triple()?;
    let triple = o.get("--target").cloned().unwrap_or_else(|| host.clone());
    let cross: Option<&Cross> = if triple == host { None } else { Some(cpython_cross::target(&triple)?) };
    if let Some(c) = cross {
        let missing = c.missing_tools();
        if !missing.is_empty() {
            return Err(format!(
                "--target {triple} needs {} (Debian: apt-get install {})",
                missing.join(", "),
                c.packages
            ));
        }
    } else if o.contains_key("--with-build-python") {
        return Err("--with-build-python is for a cross build (--target of another machine)".into());
    }
    let src =
        user_path(o.get("--cpython").ok_or("--cpython DIR (a configured CPython 3.14 tree) is required")?)?;
    let out = match o.get("--out") {
        Some(p) => user_path(p)?,
        None => repo_root().join("target/cpython-fused"),
    };
    if !src.join("pyconfig.h").is_file() {
        return Err(format!(
            "{}: not a configured CPython tree (no pyconfig.h): run `./configure --enable-experimental-jit=yes-off CC=clang-19` there first",
            src.display()
        ));
    }
    // The traces: given, or trained here (training build, recording, conversion), each
    // step reused while its inputs are unchanged.
    let (traces, trained) = match (o.get("--traces"), o.get("--train")) {
        (Some(_), Some(_)) => return Err("give --traces DIR or --train tests|WORKLOAD, not both".into()),
        (None, None) => {
            return Err("--traces DIR (recorded trace files) or --train tests|WORKLOAD is required".into())
        }
        (Some(t), None) => (user_path(t)?, None),
        (None, Some(train)) => {
            let t = crate::cpython_train::train(&src, train, &out)?;
            (t.traces.clone(), Some(t))
        }
    };
    // A cross build's configure runs a CPython of the same version for this machine
    // (freezing, sysconfig): given, or the training build just made.
    let build_python = match (cross, o.get("--with-build-python"), &trained) {
        (None, _, _) => None,
        (Some(_), Some(p), _) => Some(user_path(p)?),
        (Some(_), None, Some(t)) => Some(t.tree.join("python")),
        (Some(_), None, None) => {
            return Err(format!(
                "--target {triple} needs --with-build-python PY: a CPython of the same version \
                 built for this machine (a training build's python will do)"
            ))
        }
    };
    if let Some(p) = &build_python {
        if !p.is_file() {
            return Err(format!("--with-build-python {}: no such file", p.display()));
        }
    }
    if !traces.is_dir() {
        return Err(format!(
            "{}: no such folder of trace files (cargo xtask cpython-record writes one)",
            traces.display()
        ));
    }
    // 1. The copy (the user's tree is only read), refreshed when the tree's sources
    // changed since it was made: the mark holds the tree's path and its source listing.
    // (A copy whose mark has only the path predates the listing and is taken as current.)
    let mark = format!("{}\n{}", src.display(), crate::cpython_train::source_listing(&src)?);
    let write_mark =
        || std::fs::write(out.join(COPY_MARK), &mark).map_err(|e| format!("{}: {e}", out.display()));
    if out.exists() {
        let Ok(old) = std::fs::read_to_string(out.join(COPY_MARK)) else {
            return Err(format!(
                "{} exists and is not a copy this command made (no {COPY_MARK}): choose another --out",
                out.display()
            ));
        };
        if old.lines().count() > 1 && old != mark {
            println!(
                "cargo xtask cpython build: {} changed since the copy was made: refreshing it",
                src.display()
            );
            Cmd::new(&["cp", "-a", &format!("{}/.", src.display()), &out.display().to_string()]).run()?;
        }
        write_mark()?;
    } else {
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        Cmd::new(&["cp", "-a", &src.display().to_string(), &out.display().to_string()]).run()?;
        write_mark()?;
    }
    let out_s = out.display().to_string();
    if o.contains_key("--training-thresholds") {
        // The script rewrites the header (`sed -i`) even when the thresholds are already
        // set; its new time would make `make` rebuild nearly every object, so an
        // unchanged header keeps its old time.
        let header = out.join("Include/internal/pycore_backoff.h");
        let before =
            std::fs::read(&header).ok().zip(std::fs::metadata(&header).and_then(|m| m.modified()).ok());
        Cmd::new(&["sh", TRAINING_SH, &out_s, &out_s, "--no-build"]).run()?;
        if let Some((text, time)) = before {
            if std::fs::read(&header).is_ok_and(|now| now == text) {
                std::fs::File::options()
                    .write(true)
                    .open(&header)
                    .and_then(|f| f.set_modified(time))
                    .map_err(|e| format!("{}: {e}", header.display()))?;
            }
        }
    }
    // 2. Configure where the copy was configured for another place or another machine
    // (a copy configured for another machine is cleaned first: its objects are of no
    // use), before the import, which reads the configured pyconfig.h.
    let want_arch = triple.split('-').next().unwrap_or("");
    match cpython_cross::configured(&out) {
        Some((arch, dir)) if arch == want_arch && dir == out => {}
        configured => {
            if let Some((arch, _)) = configured.filter(|(arch, _)| arch != want_arch) {
                println!("cargo xtask cpython build: {out_s} is configured for {arch}: cleaning it for {want_arch}");
                let mut clean = Cmd::new(&["make", "distclean"]);
                clean.dir = Some(out.clone());
                clean.run()?;
            }
            configure(&out, cross, build_python.as_deref())?;
        }
    }
    // 3. Import, fuse for the target, install the hook.
    let triple = &triple;
    let lib = out.join("tracefuse/library").display().to_string();
    let stencils = out.join("tracefuse/stencils").display().to_string();
    tracefuse(&["cpython", "import", "--cpython", &out_s, "--out", &lib]).run()?;
    tracefuse(&[
        "generate",
        "--library",
        &lib,
        "--traces",
        &traces.display().to_string(),
        "--target",
        triple,
        "--format",
        "pack",
        "--format",
        "json",
        "--out",
        &stencils,
    ])
    .run()?;
    let pack = format!("{stencils}/{triple}");
    let mut hook = tracefuse(&["cpython", "hook", "--cpython", &out_s, "--stencils", &pack]);
    for w in o.get("--warm").map(String::as_str).unwrap_or("").split(',').filter(|w| !w.is_empty()) {
        hook.args.extend(["--warm".to_string(), user_path(w)?.display().to_string()]);
    }
    hook.run()?;
    // 4. Make.
    let mut make = Cmd::new(&["make", "-j", &jobs()]);
    if let Some(regen) = crate::cpython_train::regen_python() {
        make.args.push(format!("PYTHON_FOR_REGEN={regen}"));
    }
    make.dir = Some(out.clone());
    make.run()?;
    let run = match cross {
        Some(c) => cpython_cross::write_runner(c, &out)?.display().to_string(),
        None => format!("{out_s}/python"),
    };
    println!(
        "cargo xtask cpython build: {run} runs fused stencils (PYTHON_JIT=1; counters: TRACEFUSE_STATS=-)"
    );
    if let Some(t) = &trained {
        println!("  training build: {}", t.tree.display());
        println!("  recording:      {}", t.recording.display());
        println!("  trace files:    {}", t.traces.display());
    }
    println!("  uop library:    {lib}");
    println!("  stencil pack:   {pack}");
    println!("  fused CPython:  {out_s}/python");
    if let Some(c) = cross {
        println!("  for {}, run here by {run} ({} -L {})", c.triple, c.qemu, c.sysroot);
    }
    Ok(())
}

/// `./configure` in the copy `out`: for this machine as the training build configures,
/// or as a cross build for `cross` with `build_python` as the build's own Python.
fn configure(out: &Path, cross: Option<&Cross>, build_python: Option<&Path>) -> Result<(), String> {
    let mut conf = Cmd::new(&["./configure", "--enable-experimental-jit=yes-off"]);
    conf.dir = Some(out.to_path_buf());
    match cross {
        None => conf.args.push("CC=clang-19".into()),
        Some(c) => {
            let build_python = build_python.ok_or("a cross build needs --with-build-python")?;
            let site = out.join("tracefuse/config.site");
            if let Some(dir) = site.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&site, cpython_cross::CONFIG_SITE)
                .map_err(|e| format!("{}: {e}", site.display()))?;
            let mut guess = Cmd::new(&["sh", "./config.guess"]);
            guess.dir = Some(out.to_path_buf());
            let build = guess.stdout().ok_or_else(|| format!("{}/config.guess failed", out.display()))?;
            conf.args.extend([
                format!("--build={build}"),
                format!("--host={}", c.gnu_host),
                format!("--with-build-python={}", build_python.display()),
                format!("CC={}", c.cc()),
            ]);
            conf.env.extend(c.configure_env(&site));
        }
    }
    if let Some(regen) = crate::cpython_train::regen_python() {
        conf.args.push(format!("PYTHON_FOR_REGEN={regen}"));
    }
    conf.run()
}

/// One test case's outcome in a junit file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Pass,
    Fail,
    Skip,
}

/// record.py's TRAINING_TESTS (its one home), asked of the recorder with the stock build.
fn training_tests(python: &Path) -> Result<String, String> {
    let recorder = repo_root().join(crate::cpython::RECORDER);
    let o = std::process::Command::new(python)
        .arg(&recorder)
        .args(["-o", "-", "--list-training-tests"])
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    let list = String::from_utf8_lossy(&o.stdout).trim().to_string();
    if !o.status.success() || list.is_empty() {
        return Err(format!(
            "{} --list-training-tests failed: {}",
            recorder.display(),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(list)
}

/// Test id (`classname.name`) -> outcome, from libregrtest's `--junit-xml`.
fn junit(path: &Path) -> Result<BTreeMap<String, Outcome>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let attr = |tag: &str, name: &str| -> String {
        let key = format!(" {name}=\"");
        tag.find(&key).and_then(|i| tag[i + key.len()..].split('"').next()).unwrap_or("").to_string()
    };
    let mut out = BTreeMap::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("<testcase ") {
        rest = &rest[i..];
        let head_end = rest.find('>').unwrap_or(rest.len());
        let head = &rest[..head_end];
        let (body, next) = if head.ends_with('/') {
            ("", &rest[head_end..])
        } else {
            let end = rest.find("</testcase>").unwrap_or(rest.len());
            (&rest[head_end..end], &rest[end..])
        };
        let id = format!("{}.{}", attr(head, "classname"), attr(head, "name"));
        let outcome = if body.contains("<failure") || body.contains("<error") {
            Outcome::Fail
        } else if body.contains("<skipped") {
            Outcome::Skip
        } else {
            Outcome::Pass
        };
        out.insert(id, outcome);
        rest = next.get(1..).unwrap_or("");
    }
    Ok(out)
}

/// Sums the hook's counter lines (`tracefuse: key=value ...`, one per process, and in the
/// counting mode `tracefuse-count: uops_fused=... uops_stitched=... uncounted=...`).
pub fn stats(path: &Path) -> BTreeMap<String, u64> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut sum = BTreeMap::new();
    for line in text.lines() {
        for kv in line.split_whitespace().skip(1) {
            if let Some((k, v)) = kv.split_once('=') {
                if k != "pid" && k != "fused_traces" {
                    *sum.entry(k.to_string()).or_insert(0) += v.parse::<u64>().unwrap_or(0);
                }
            }
        }
    }
    let count = |prefix: &str| text.lines().filter(|l| l.starts_with(prefix)).count() as u64;
    sum.insert("processes".into(), count("tracefuse: "));
    sum.insert("counted_processes".into(), count("tracefuse-count: "));
    sum
}

/// Tier-2 uops executed, from a counting run (`TRACEFUSE_COUNT=1`): in executors a normal
/// run runs as fused stencils and in the ones CPython stitches. Exact counts: the hook
/// runs every executor as CPython's stitching with a counter in front of each uop and
/// labels it by the decision a normal run takes (docs/cpython.md, "Coverage").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub fused: u64,
    pub stitched: u64,
    /// Executors the hook could not count (left to CPython; 0 on x86-64).
    pub uncounted: u64,
    pub processes: u64,
}

impl Coverage {
    /// The counting lines of a stats file. A process that formed no executor writes none
    /// (it executed no tier-2 uop), so a missing file is a count of zero; that the build
    /// counts at all is what [`count_check`] shows.
    pub fn read(path: &Path) -> Coverage {
        let s = stats(path);
        let get = |k: &str| s.get(k).copied().unwrap_or(0);
        Coverage {
            fused: get("uops_fused"),
            stitched: get("uops_stitched"),
            uncounted: get("uncounted"),
            processes: get("counted_processes"),
        }
    }

    pub fn total(&self) -> u64 {
        self.fused + self.stitched
    }

    /// The fused share of executed uops, in percent.
    pub fn share(&self) -> f64 {
        100.0 * self.fused as f64 / self.total().max(1) as f64
    }

    /// "N uops fused, M stitched (S% fused)", with the uncounted executors if any.
    pub fn describe(&self) -> String {
        let mut text = format!(
            "{} tier-2 uops executed fused, {} stitched ({:.1}% fused)",
            self.fused,
            self.stitched,
            self.share()
        );
        if self.uncounted > 0 {
            text.push_str(&format!("; {} executors not counted", self.uncounted));
        }
        text
    }
}

/// The counting mode checked on a loop of known trip count: run at two trip counts, the
/// counted uops must differ by exactly the extra iterations times the loop's length (the
/// uops from `_MAKE_WARM` to `_JUMP_TO_TOP`, read from the executor). Two loops: one of
/// the shape every test-trained build has fused, one of a shape no training run forms
/// (so one is fused in such a build and the other stitched).
const COUNT_CHECK_PY: &str = r#"import _opcode, sys

def summed(n):
    total = 0
    for i in range(n):
        total += i
    return total

def mixed(n):
    total, x = 0, 1.5
    for i in range(n):
        x = x * 0.5 + 1.25
        total = total ^ (i << 2)
    return total, x

def loop_length(function):
    code = function.__code__
    for offset in range(0, len(code.co_code), 2):
        try:
            executor = _opcode.get_executor(code, offset)
        except (RuntimeError, ValueError):
            continue
        names = [executor[k][0] for k in range(len(executor))]
        return names.index("_JUMP_TO_TOP")
    return 0

n = int(sys.argv[1])
summed(n)
mixed(n)
print(loop_length(summed), loop_length(mixed))
"#;

/// Runs the count check with `python` (PYTHON_JIT=1 plus `env`); what it found, or why
/// the counts are wrong.
pub fn count_check(python: &Path, env: &[(&str, String)]) -> Result<String, String> {
    let dir = repo_root().join("target/cpython-test");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let script = dir.join("tf_count_check.py");
    std::fs::write(&script, COUNT_CHECK_PY).map_err(|e| format!("{}: {e}", script.display()))?;
    let stats_file = dir.join("count-check-stats.txt");
    // (trip count, counting?, fusing?) -> (counters, loop lengths)
    type Counted = (BTreeMap<String, u64>, (u64, u64));
    let run = |n: u64, counting: bool, fusing: bool| -> Result<Counted, String> {
        let _ = std::fs::remove_file(&stats_file);
        let mut cmd = std::process::Command::new(python);
        cmd.arg(&script).arg(n.to_string());
        cmd.env("PYTHON_JIT", "1").env("PYTHONHASHSEED", "0").env("TRACEFUSE_STATS", &stats_file);
        cmd.env("TRACEFUSE_COUNT", if counting { "1" } else { "0" });
        cmd.env("PYTHON_TRACEFUSE", if fusing { "1" } else { "0" });
        cmd.env_remove("TRACEFUSE_CORRUPT").env_remove("TRACEFUSE_WARM");
        cmd.envs(env.iter().map(|(k, v)| (*k, v.as_str())));
        let out = crate::process::checked_output(cmd, "the count check")?;
        let mut lengths = out.split_whitespace().map(|w| w.parse::<u64>());
        let lengths = match (lengths.next(), lengths.next()) {
            (Some(Ok(a)), Some(Ok(b))) if a > 0 && b > 0 => (a, b),
            _ => {
                return Err(format!(
                    "the count check's loops formed no executors (it printed `{}`)",
                    out.trim()
                ))
            }
        };
        Ok((stats(&stats_file), lengths))
    };
    let (small, large) = (20_000u64, 30_000u64);
    let get = |s: &BTreeMap<String, u64>, k: &str| s.get(k).copied().unwrap_or(0);
    let (stitched_small, lengths) = run(small, true, false)?;
    let (stitched_large, _) = run(large, true, false)?;
    if get(&stitched_small, "counted_processes") == 0 {
        return Err("the hook wrote no counting line: TRACEFUSE_COUNT is not in this build's hook \
                    (install it again: `tracefuse cpython hook`, then make)"
            .into());
    }
    let extra = (large - small) * (lengths.0 + lengths.1);
    let delta =
        |a: &BTreeMap<String, u64>, b: &BTreeMap<String, u64>, k: &str| get(b, k) as i128 - get(a, k) as i128;
    let mut wrong = Vec::new();
    if get(&stitched_small, "uops_fused") != 0 || get(&stitched_large, "uops_fused") != 0 {
        wrong.push("with PYTHON_TRACEFUSE=0 uops were counted as fused".to_string());
    }
    if delta(&stitched_small, &stitched_large, "uops_stitched") != extra as i128 {
        wrong.push(format!(
            "stitched: {} more uops for {} more iterations of loops of {} and {} uops, not {extra}",
            delta(&stitched_small, &stitched_large, "uops_stitched"),
            large - small,
            lengths.0,
            lengths.1
        ));
    }
    let (fused_small, _) = run(small, true, true)?;
    let (fused_large, _) = run(large, true, true)?;
    let total = |s: &BTreeMap<String, u64>| get(s, "uops_fused") + get(s, "uops_stitched");
    for (label, stitched, fused) in
        [("small", &stitched_small, &fused_small), ("large", &stitched_large, &fused_large)]
    {
        if total(stitched) != total(fused) {
            wrong.push(format!(
                "{label} run: {} uops counted with fusing, {} without: the labels changed the count",
                total(fused),
                total(stitched)
            ));
        }
    }
    let fused_delta = delta(&fused_small, &fused_large, "uops_fused");
    let partial;
    let in_fused = match fused_delta {
        0 => "neither loop fused",
        d if d == ((large - small) * lengths.0) as i128 => "`summed` fused, `mixed` stitched",
        d if d == ((large - small) * lengths.1) as i128 => "`mixed` fused, `summed` stitched",
        d if d == extra as i128 => "both loops fused",
        // Segments: each iteration runs the same uops in fused code, so the growth is the
        // extra iterations times a number of uops no larger than both loops.
        d if d > 0 && d < extra as i128 && d % (large - small) as i128 == 0 => {
            partial = format!(
                "{} of the {} uops of an iteration of both loops in fused code (segments)",
                d / (large - small) as i128,
                lengths.0 + lengths.1
            );
            &partial
        }
        _ => {
            wrong.push(format!(
                "fused: {fused_delta} more uops, not the extra iterations of either loop or both"
            ));
            "?"
        }
    };
    // The fused code's own entry counter (a normal run) against the counting run's.
    let (normal, _) = run(large, false, true)?;
    for k in ["fused", "stitched", "entries"] {
        if get(&normal, k) != get(&fused_large, k) {
            wrong.push(format!(
                "{k}: {} in a normal run, {} in the counting run",
                get(&normal, k),
                get(&fused_large, k)
            ));
        }
    }
    if !wrong.is_empty() {
        return Err(format!("the uop counts are wrong: {}", wrong.join("; ")));
    }
    Ok(format!(
        "count check: loops of {} and {} uops, {} more iterations each: exactly {extra} more uops counted \
         ({in_fused}); {} uops in both labellings; fused entries {} as the fused code counts them",
        lengths.0,
        lengths.1,
        large - small,
        total(&fused_large),
        get(&normal, "entries")
    ))
}

/// Runs `python -m test` on `tests` with `env`; the per-case outcomes.
fn regrtest(
    python: &Path,
    tests: &str,
    label: &str,
    env: &[(&str, String)],
) -> Result<BTreeMap<String, Outcome>, String> {
    let dir = repo_root().join("target/cpython-test");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let xml = dir.join(format!("{label}.xml"));
    let _ = std::fs::remove_file(&xml);
    let mut cmd = Cmd::new(&[&python.display().to_string(), "-m", "test", "-j", &jobs(), "--timeout", "900"]);
    cmd.args.extend(["--junit-xml".into(), xml.display().to_string()]);
    cmd.args.extend(tests.split(',').map(str::to_string));
    cmd.env.push(("PYTHON_JIT".into(), "1".into()));
    // Counting only where `env` asks for it (a later entry wins).
    cmd.env.push(("TRACEFUSE_COUNT".into(), "0".into()));
    cmd.env.extend(env.iter().map(|(k, v)| (k.to_string(), v.clone())));
    cmd.no_stdin = true;
    println!("$ {cmd}");
    // Failing tests make regrtest exit non-zero: the junit file is what counts.
    let status = cmd.status()?;
    if !xml.is_file() {
        return Err(format!("`{cmd}` wrote no {} ({status})", xml.display()));
    }
    junit(&xml)
}

/// What the hot-loop kernels leave behind (results, their constants' counts), compared by
/// `test` between the stock JIT and the fused build.
const REFCHECK: &str = "crates/tracefuse-cpython/bench/tf_refcheck.py";

pub fn test(args: &[String]) -> Result<(), String> {
    let o = options(args, "test", &[], &["--stock", "--fused", "--tests", "--corrupt"])?;
    let fused =
        user_path(o.get("--fused").ok_or("--fused DIR (cargo xtask cpython build's output) is required")?)?;
    // The stock JIT: another build, or the fused build's own binary stitching every trace.
    let (fused_python, cross) = cpython_cross::python_of(&fused)?;
    let (stock_python, stock_env) = match o.get("--stock") {
        Some(dir) => (cpython_cross::python_of(&user_path(dir)?)?.0, vec![]),
        None => {
            println!(
                "cargo xtask cpython test: no --stock: the stock JIT is {} with PYTHON_TRACEFUSE=0",
                fused_python.display()
            );
            (fused_python.clone(), vec![("PYTHON_TRACEFUSE", "0".to_string())])
        }
    };
    // The training list is data in record.py, which imports ctypes: a cross build has
    // none (no libffi for the target here), so this machine's Python reads it then.
    let lister = match (cross, crate::cpython_train::regen_python()) {
        (Some(_), Some(host_python)) => PathBuf::from(host_python),
        _ => stock_python.clone(),
    };
    let tests = match o.get("--tests").map(String::as_str) {
        None | Some("training") => training_tests(&lister)?,
        Some("heldout") => HELDOUT_TESTS.to_string(),
        Some(list) => list.to_string(),
    };
    let label = match o.get("--tests").map(String::as_str) {
        Some("heldout") => "heldout",
        None | Some("training") => "training",
        Some(_) => "custom",
    };
    // Another architecture's results go beside this machine's, not over them.
    let label = match cross {
        Some(c) => format!("{label}-{}", c.arch),
        None => label.to_string(),
    };
    let dir = repo_root().join("target/cpython-test");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let corrupt = o.get("--corrupt");
    // Coverage is counted on this machine (x86-64) for the fused build itself, after the
    // count check has shown the counting exact on this build.
    let counting = cross.is_none() && corrupt.is_none() && cfg!(target_arch = "x86_64");
    if counting {
        println!("{}", count_check(&fused_python, &[])?);
    }
    let base = regrtest(&stock_python, &tests, &format!("{label}-stock"), &stock_env)?;
    let form = if corrupt.is_some() { "corrupt" } else { "fused" };
    let stats_file = dir.join(format!("{label}-{form}-stats.txt"));
    let _ = std::fs::remove_file(&stats_file);
    let mut env = vec![("TRACEFUSE_STATS", stats_file.display().to_string())];
    if let Some(which) = corrupt {
        env.push(("TRACEFUSE_CORRUPT", which.clone()));
    }
    let got = regrtest(&fused_python, &tests, &format!("{label}-{form}"), &env);
    // A corrupted build may not get as far as writing results: then nothing passed.
    let got = match (got, corrupt) {
        (Ok(g), _) => g,
        (Err(e), Some(_)) => {
            println!("the corrupted build did not finish the test run ({e}): every case counts as failed");
            BTreeMap::new()
        }
        (Err(e), None) => return Err(e),
    };
    // The hot-loop kernels, whose fused loops keep counts and boxes out of memory: the
    // same results and the same counts of their constants as the stock JIT leaves.
    let kernels = if cross.is_none() {
        let mut env = env.clone();
        env.retain(|(k, _)| *k != "TRACEFUSE_STATS");
        let run = |python: &Path, env: &[(&str, String)]| -> Option<String> {
            let script = repo_root().join(REFCHECK);
            let mut cmd = Cmd::new(&[&python.display().to_string(), &script.display().to_string()]);
            cmd.env.push(("PYTHON_JIT".into(), "1".into()));
            cmd.env.extend(env.iter().map(|(k, v)| (k.to_string(), v.clone())));
            cmd.dir = script.parent().map(Path::to_path_buf);
            cmd.stdout()
        };
        let want = run(&stock_python, &stock_env).ok_or("the kernel check failed on the stock JIT build")?;
        Some((want, run(&fused_python, &env)))
    } else {
        None
    };
    let passed = base.values().filter(|o| **o == Outcome::Pass).count();
    let broken: Vec<&String> = base
        .iter()
        .filter(|(id, o)| **o == Outcome::Pass && got.get(*id) != Some(&Outcome::Pass))
        .map(|(id, _)| id)
        .collect();
    // The counting run: the same tests again, every executor counted (no fused code runs).
    let coverage = if counting {
        let count_file = dir.join(format!("{label}-count-stats.txt"));
        let _ = std::fs::remove_file(&count_file);
        let env = [("TRACEFUSE_STATS", count_file.display().to_string()), ("TRACEFUSE_COUNT", "1".into())];
        let counted = regrtest(&fused_python, &tests, &format!("{label}-count"), &env)?;
        let differ = base
            .iter()
            .filter(|(id, o)| **o == Outcome::Pass && counted.get(*id) != Some(&Outcome::Pass))
            .count();
        let c = Coverage::read(&count_file);
        format!(
            "\n  coverage (counting run, {} processes; {differ} cases that pass on stock did not pass counted): {}",
            c.processes,
            c.describe()
        )
    } else {
        String::new()
    };
    let s = stats(&stats_file);
    let get = |k: &str| s.get(k).copied().unwrap_or(0);
    println!(
        "cpython test ({label}{}): {} test cases; stock JIT passes {passed}; the fused build fails {} of those \
         (stock fails {}, fused fails {} in all)\n  hook counters over {} processes: {} executors fused, {} stitched, \
         {} refused; {} fused executors entered, {} entries; emit {:.1} us per fused executor\n  \
         those executors: {} code bytes fused vs {} stitched by CPython ({:.3}x), JIT memory {} vs {} bytes ({:.3}x){coverage}",
        if corrupt.is_some() { ", corrupted stencils" } else { "" },
        base.len(),
        broken.len(),
        base.values().filter(|o| **o == Outcome::Fail).count(),
        got.values().filter(|o| **o == Outcome::Fail).count(),
        get("processes"),
        get("fused"),
        get("stitched"),
        get("refused"),
        get("entered"),
        get("entries"),
        get("emit_ns") as f64 / 1000.0 / get("fused").max(1) as f64,
        get("fused_code"),
        get("stitched_code"),
        get("fused_code") as f64 / get("stitched_code").max(1) as f64,
        get("fused_memory"),
        get("stitched_memory"),
        get("fused_memory") as f64 / get("stitched_memory").max(1) as f64,
    );
    if get("segments_loaded") > 0 {
        println!(
            "  segments: {} executors ran with segments in place ({} segment stencils, {} uops of their \
             traces fused, {} segment entries; {} refused a value; lookup and emit {:.1} ms in all)\n  \
             those executors: {} code bytes vs {} stitched by CPython ({:.3}x), JIT memory {} vs {} bytes ({:.3}x)",
            get("segmented"),
            get("segment_stencils"),
            get("segment_uops"),
            get("segment_entries"),
            get("segment_refused"),
            get("segment_emit_ns") as f64 / 1e6,
            get("segment_code"),
            get("segment_stitched_code"),
            get("segment_code") as f64 / get("segment_stitched_code").max(1) as f64,
            get("segment_memory"),
            get("segment_stitched_memory"),
            get("segment_memory") as f64 / get("segment_stitched_memory").max(1) as f64,
        );
    }
    for id in broken.iter().take(30) {
        println!("  passes on stock, not fused: {id}");
    }
    let kernels_differ = match &kernels {
        Some((want, got)) if got.as_deref() == Some(want.as_str()) => {
            println!("  kernels ({REFCHECK}): the same results and constants' counts as the stock JIT");
            false
        }
        Some((want, got)) => {
            println!(
                "  kernels ({REFCHECK}): the fused build leaves other results or counts\n    stock: {want}\n    fused: {}",
                got.as_deref().unwrap_or("(the run failed)")
            );
            true
        }
        None => false,
    };
    match (corrupt.is_some(), broken.is_empty() && !kernels_differ) {
        (false, true) => Ok(()),
        (false, false) if broken.is_empty() => {
            Err("the hot-loop kernels leave other results or counts on the fused build".into())
        }
        (false, false) => {
            Err(format!("{} test cases pass on the stock JIT build and not on the fused one", broken.len()))
        }
        (true, false) => Ok(()),
        (true, true) => {
            Err("the corrupted stencils broke no test: the tests do not exercise the fused code".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A counting run's stats file: one normal line and one counting line per process;
    /// processes are counted once, the uops summed, and a file without counting lines
    /// (or none at all: no process formed an executor) counts zero.
    #[test]
    fn coverage_sums_the_counting_lines_of_every_process() {
        let dir = std::env::temp_dir().join(format!("tf-coverage-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("stats.txt");
        std::fs::write(
            &file,
            "tracefuse: pid=1 fused=2 stitched=1 entries=7 fused_traces=9\n\
             tracefuse-count: pid=1 uops_fused=300 uops_stitched=100 uncounted=0\n\
             tracefuse: pid=2 fused=1 stitched=3 entries=1 fused_traces=9\n\
             tracefuse-count: pid=2 uops_fused=0 uops_stitched=600 uncounted=1\n",
        )
        .unwrap();
        let s = stats(&file);
        assert_eq!((s["processes"], s["counted_processes"], s["fused"], s["entries"]), (2, 2, 3, 8));
        let c = Coverage::read(&file);
        assert_eq!(c, Coverage { fused: 300, stitched: 700, uncounted: 1, processes: 2 });
        assert_eq!(c.total(), 1000);
        assert!((c.share() - 30.0).abs() < 1e-9);
        assert_eq!(
            c.describe(),
            "300 tier-2 uops executed fused, 700 stitched (30.0% fused); 1 executors not counted"
        );
        assert_eq!(Coverage::read(&dir.join("missing.txt")), Coverage::default());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
