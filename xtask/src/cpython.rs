//! `cargo xtask cpython-record --cpython DIR [--out DIR] [--json FILE] [--workload MODS]
//! [--tests [LIST]] [--holes SET] [--segments SPEC]`: runs `crates/tracefuse-cpython/recorder/record.py` with the
//! (training) CPython build in DIR (`DIR/python`, `PYTHON_JIT=1`), then converts its
//! recording into trace files for the library imported from that tree
//! (`tracefuse cpython record`). `--tests LIST` records CPython's regression tests
//! (`test_int,test_re,...`) instead of the workload; `training` (the default when LIST is
//! left out) is record.py's `TRAINING_TESTS`. Workload modules are imported with
//! `crates/tracefuse-cpython/bench` first on PYTHONPATH (`--workload tf_kernels`); one
//! that cannot be imported is an error. `--holes SET` is passed to the conversion: which
//! build-time fields become holes (`exact`, `stubs`, `general`); `--segments SPEC` too:
//! which recurring stretches become segments (`LIMIT[:LENGTHS[:MIN_TRACES]]`).

use crate::process::{repo_root, Cmd};
use std::path::PathBuf;

pub const RECORDER: &str = "crates/tracefuse-cpython/recorder/record.py";

pub fn record(args: &[String]) -> Result<(), String> {
    let mut cpython = None;
    let mut out = "target/cpython-traces".to_string();
    let mut json = "target/cpython-record.json".to_string();
    let mut workload = None;
    let mut tests = None;
    let mut holes = None;
    let mut segments = None;
    let mut it = args.iter().peekable();
    while let Some(a) = it.next() {
        if a == "--tests" {
            tests = Some(match it.peek() {
                Some(v) if !v.starts_with("--") => it.next().cloned().unwrap_or_default(),
                _ => "training".to_string(),
            });
            continue;
        }
        let mut value = || it.next().cloned().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--cpython" => cpython = Some(value()?),
            "--out" => out = value()?,
            "--json" => json = value()?,
            "--workload" => workload = Some(value()?),
            "--holes" => holes = Some(value()?),
            "--segments" => segments = Some(value()?),
            other => {
                return Err(format!("unknown argument `{other}` (see `cargo xtask cpython-record --help`)"))
            }
        }
    }
    let cpython = cpython.ok_or("--cpython DIR is required: a training build (see the crate's README)")?;
    // Relative paths are the caller's; the commands run at the repository root.
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let abs = |p: &str| -> String { cwd.join(p).display().to_string() };
    let dir = PathBuf::from(abs(&cpython));
    let python = dir.join("python");
    if !python.is_file() {
        return Err(format!("{} is not there: build the tree first (`make -j2`)", python.display()));
    }
    let json =
        if PathBuf::from(&json).is_absolute() { json } else { repo_root().join(&json).display().to_string() };
    let out =
        if PathBuf::from(&out).is_absolute() { out } else { repo_root().join(&out).display().to_string() };
    if let Some(parent) = PathBuf::from(&json).parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let mut rec = Cmd::new(&[&python.display().to_string(), RECORDER, "-o", &json]);
    if let Some(w) = &workload {
        rec.args.extend(["--workload".to_string(), w.clone()]);
    }
    if let Some(t) = &tests {
        rec.args.extend(["--tests".to_string(), t.clone()]);
    }
    rec.env.push(("PYTHON_JIT".into(), "1".into()));
    // The pyperformance workload runs the benchmarks the bench runs: fetch them (and
    // pyperf, which fetch_pyperformance puts on this process's PYTHONPATH) unless the
    // caller named them.
    if workload.as_deref().is_some_and(|w| w.split(',').any(|m| m == "tf_pyperformance"))
        && std::env::var_os("TF_PYPERFORMANCE").is_none()
    {
        let benchmarks = crate::pyperformance::fetch_pyperformance()?;
        rec.env.push(("TF_PYPERFORMANCE".into(), benchmarks.display().to_string()));
        if std::env::var_os("TF_PYPERFORMANCE_BENCHES").is_none() {
            rec.env.push(("TF_PYPERFORMANCE_BENCHES".into(), crate::pyperformance::PYPERFORMANCE.into()));
        }
    }
    // The bench's workloads (tf_kernels, tf_pyperformance, tf_startup) can be named
    // by module, before anything of the caller's own PYTHONPATH.
    let bench = repo_root().join("crates/tracefuse-cpython/bench").display().to_string();
    let path = match std::env::var("PYTHONPATH") {
        Ok(p) if !p.is_empty() => format!("{bench}:{p}"),
        _ => bench,
    };
    rec.env.push(("PYTHONPATH".into(), path));
    println!("$ {rec}");
    let status = rec.status()?;
    if !status.success() {
        return Err(format!("`{rec}` failed ({status})"));
    }
    let dir_s = dir.display().to_string();
    let mut conv = Cmd::cargo(&[
        "run",
        "--release",
        "-q",
        "-p",
        "tracefuse-cli",
        "--",
        "cpython",
        "record",
        "--cpython",
        &dir_s,
        "--json",
        &json,
        "--out",
        &out,
    ]);
    if let Some(h) = &holes {
        conv.args.extend(["--holes".to_string(), h.clone()]);
    }
    if let Some(s) = &segments {
        conv.args.extend(["--segments".to_string(), s.clone()]);
    }
    println!("$ {conv}");
    match conv.status()? {
        s if s.success() => Ok(()),
        s => Err(format!("`{conv}` failed ({s})")),
    }
}
