//! pyperformance for the CPython bench and the benchmark-trained recording: the pinned
//! `pyperformance` and `pyperf` wheels, downloaded from PyPI into target/pyperformance
//! once and unpacked there.

use crate::process::{checked_output, repo_root};
use std::path::PathBuf;
use std::process::Command;

/// The pure-Python pyperformance benchmarks that run offline.
pub const PYPERFORMANCE: &str =
    "nbody,richards,spectral_norm,float,fannkuch,raytrace,chaos,deltablue,go,hexiom,unpack_sequence";

/// The pinned pyperformance release and the pyperf it runs on.
const WHEELS: [&str; 2] = ["pyperformance==1.14.0", "pyperf==2.8.0"];

/// Downloads and unpacks the wheels under target/pyperformance (once); puts pyperf on
/// PYTHONPATH for the runs; returns the benchmarks folder.
pub fn fetch_pyperformance() -> Result<PathBuf, String> {
    let dir = repo_root().join("target/pyperformance");
    let benchmarks = dir.join("pyperformance/data-files/benchmarks");
    if !benchmarks.is_dir() || !dir.join("pyperf").is_dir() {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let dl = dir.join("wheels");
        let mut pip = Command::new("python3");
        pip.args(["-m", "pip", "download", "--no-deps", "-q", "-d"]).arg(&dl).args(WHEELS);
        checked_output(pip, "pip download")?;
        for wheel in std::fs::read_dir(&dl).map_err(|e| format!("{}: {e}", dl.display()))? {
            let wheel = wheel.map_err(|e| e.to_string())?.path();
            let mut unzip = Command::new("python3");
            unzip.args(["-m", "zipfile", "-e"]).arg(&wheel).arg(&dir);
            checked_output(unzip, "unpacking a wheel")?;
        }
    }
    let path = match std::env::var("PYTHONPATH") {
        Ok(p) if !p.is_empty() => format!("{}:{p}", dir.display()),
        _ => dir.display().to_string(),
    };
    std::env::set_var("PYTHONPATH", path);
    Ok(benchmarks)
}
