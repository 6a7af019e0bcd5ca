//! `cargo xtask cpython startup --build DIR [--runs N] [--out DIR]`: start-up, the idea's
//! own target. DIR is a fused build at CPython's stock thresholds whose hook warms the
//! training run's loops (`cargo xtask cpython build --warm RECORDING`). Each command —
//! `python -c pass` and `tf_startup.py` (imports and uses twelve stdlib modules) — runs
//! N times in each of four forms, the forms interleaved run by run (hyperfine-style: a
//! warm-up run each, then mean, standard deviation and median of wall time):
//! the interpreter (`PYTHON_JIT=0`), CPython's JIT (`PYTHON_TRACEFUSE=0`: no warming,
//! every trace stitched: the stock JIT), fused without warming (`TRACEFUSE_WARM=0`) and
//! fused with warming. Writes `startup.md` to `--out` (default target/cpython-bench).

use crate::cpython_fused::user_path;
use crate::process::repo_root;
use std::fmt::Write as _;
use std::process::{Command, Stdio};
use std::time::Instant;

const SCRIPT: &str = "crates/tracefuse-cpython/bench/tf_startup.py";

const FORMS: [(&str, &[(&str, &str)]); 4] = [
    ("interpreter", &[("PYTHON_JIT", "0"), ("PYTHON_TRACEFUSE", "0")]),
    ("CPython JIT", &[("PYTHON_JIT", "1"), ("PYTHON_TRACEFUSE", "0")]),
    ("fused, not warmed", &[("PYTHON_JIT", "1"), ("PYTHON_TRACEFUSE", "1"), ("TRACEFUSE_WARM", "0")]),
    ("fused + warmed", &[("PYTHON_JIT", "1"), ("PYTHON_TRACEFUSE", "1"), ("TRACEFUSE_WARM", "1")]),
];

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut build, mut runs, mut out) = (None, 40usize, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--build" => build = Some(user_path(&value()?)?),
            "--runs" => runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--out" => out = Some(user_path(&value()?)?),
            other => {
                return Err(format!("unknown argument `{other}` (see `cargo xtask cpython startup --help`)"))
            }
        }
    }
    let build = build.ok_or("--build DIR (a `cargo xtask cpython build --warm` output) is required")?;
    let python = build.join("python");
    if !python.is_file() {
        return Err(format!("{} is not there: build the tree first", python.display()));
    }
    let out = out.unwrap_or_else(|| repo_root().join("target/cpython-bench"));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let script = repo_root().join(SCRIPT).display().to_string();
    let commands: [(&str, Vec<String>); 2] =
        [("python -c pass", vec!["-c".into(), "pass".into()]), ("tf_startup.py", vec![script])];
    let stats_file = out.join("startup-stats.txt");
    let mut md = format!(
        "# CPython start-up with warmed, fused start-up traces\n\n\
         `cargo xtask cpython startup`: {runs} runs per form and command, forms interleaved run by\n\
         run, after one warm-up run each; wall time in ms (mean ± standard deviation, median).\n\
         One binary (stock thresholds, the hook warms the training run's loops).\n\n\
         | command | form | mean (ms) | ± | median (ms) | vs CPython JIT (mean) |\n|---|---|---|---|---|---|\n"
    );
    for (name, argv) in &commands {
        let mut times: Vec<Vec<f64>> = vec![Vec::new(); FORMS.len()];
        for round in 0..=runs {
            for (f, (_, env)) in FORMS.iter().enumerate() {
                let mut cmd = Command::new(&python);
                cmd.args(argv).stdin(Stdio::null()).stdout(Stdio::null());
                for (k, v) in env.iter() {
                    cmd.env(k, v);
                }
                if round == runs {
                    // The last round, untimed, counts what the hook did.
                    cmd.env("TRACEFUSE_STATS", &stats_file);
                } else {
                    cmd.env_remove("TRACEFUSE_STATS");
                }
                let t0 = Instant::now();
                let status = cmd.status().map_err(|e| format!("{}: {e}", python.display()))?;
                let dt = t0.elapsed().as_secs_f64();
                if !status.success() {
                    return Err(format!("{name} ({}) failed: {status}", FORMS[f].0));
                }
                if round > 0 && round < runs {
                    times[f].push(dt);
                }
            }
        }
        let summary: Vec<(f64, f64, f64)> = times.iter().map(|t| stats(t)).collect();
        let jit = summary[1].0;
        for (f, (mean, sd, median)) in summary.iter().enumerate() {
            let _ = writeln!(
                md,
                "| {name} | {} | {:.2} | {:.2} | {:.2} | {:.3}x |",
                FORMS[f].0,
                mean * 1e3,
                sd * 1e3,
                median * 1e3,
                jit / mean
            );
        }
    }
    let _ = writeln!(
        md,
        "\nHook counters of one run per fused form and command (warmed loops, executors fused):\n\n```\n{}```",
        std::fs::read_to_string(&stats_file).unwrap_or_default()
    );
    let path = out.join("startup.md");
    std::fs::write(&path, &md).map_err(|e| format!("{}: {e}", path.display()))?;
    print!("{md}");
    println!("wrote {}", path.display());
    Ok(())
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
