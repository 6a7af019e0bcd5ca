//! `cargo xtask fuzz [SECONDS]`: runs each fuzz target (fuzz/fuzz_targets) for a bounded
//! time, default 60 s each, from a seed corpus of the bundled files. `cargo xtask fuzz
//! --ci` (a step of `cargo xtask test`) runs a fixed number of inputs per target instead,
//! with a fixed seed, from a fresh copy of that corpus: about 10 s each, so CI's cost does
//! not depend on the machine's speed. (The inputs tried still vary a little from run to
//! run: the code under test uses hash maps with random seeds, which steer coverage.)
//! cargo-fuzz needs
//! nightly-only compiler flags; the stable toolchain accepts them with RUSTC_BOOTSTRAP=1
//! and ships the sanitizer runtimes, so no other toolchain is needed. cargo-fuzz itself
//! is installed from crates.io when missing.

use std::path::Path;

use crate::process::{repo_root, Cmd};
use crate::toolchain;

const TARGETS: &[&str] = &["manifest", "trace", "object", "executor_cases", "recording"];

/// Inputs per target under `--ci` (each about 10 s here: the trace target runs what
/// validates in a child process, hence its few).
const CI_RUNS: &[(&str, u64)] = &[
    ("manifest", 3_000),
    ("trace", 300),
    ("object", 200_000),
    ("executor_cases", 30_000),
    ("recording", 150_000),
];

fn copy_into(dir: &Path, files: impl Iterator<Item = std::path::PathBuf>) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for f in files {
        let name = f.file_name().ok_or("seed without a name")?;
        std::fs::copy(&f, dir.join(name)).map_err(|e| format!("{}: {e}", f.display()))?;
    }
    Ok(())
}

fn yaml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect()
        })
        .unwrap_or_default()
}

/// Seeds `corpus`: the manifest, the traces, and object files of a few bodies compiled by
/// clang.
fn seed(root: &Path, corpus: std::path::PathBuf) -> Result<std::path::PathBuf, String> {
    let sandbox = root.join("uops/sandbox");
    copy_into(&corpus.join("manifest"), std::iter::once(sandbox.join("uops.yaml")))?;
    copy_into(&corpus.join("trace"), yaml_files(&sandbox.join("traces")).into_iter())?;
    let cpython = root.join("crates/tracefuse-cpython/fixture");
    copy_into(&corpus.join("executor_cases"), std::iter::once(cpython.join("Python/executor_cases.c.h")))?;
    copy_into(
        &corpus.join("recording"),
        ["recording.json", "recording-call.json"].into_iter().map(|f| cpython.join(f)),
    )?;
    let objects = corpus.join("object");
    std::fs::create_dir_all(&objects).map_err(|e| format!("{}: {e}", objects.display()))?;
    // One object per body and target; the first byte selects the target in the fuzz target
    // (its position among the sorted triples of targets/, as tracefuse lists them).
    let mut triples: Vec<String> = std::fs::read_dir(root.join("targets"))
        .map_err(|e| format!("targets/: {e}"))?
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_string_lossy().into_owned();
            (p.extension()? == "yaml").then_some(stem)
        })
        .collect();
    triples.sort();
    let scratch = corpus.join("scratch.o");
    for (pick, triple) in triples.iter().enumerate() {
        for body in ["_LOAD_FAST", "_BINARY_OP_ADD_FLOAT", "_CALL_BUILTIN_FAST", "_ITER_NEXT_LIST"] {
            let mut cmd = Cmd::new(&["clang-19", "-O2", "-c", "-ffreestanding", "-Illvm", "-Iuops/sandbox"]);
            cmd.args.push(format!("--target={triple}"));
            // Named as a stencil's entry, so extraction reads on into the relocations.
            cmd.args.push(format!("-Dtf_uop_{body}=_JIT_ENTRY"));
            cmd.args.push(format!("uops/sandbox/bodies/{body}.c"));
            cmd.args.push("-o".into());
            cmd.args.push(scratch.to_string_lossy().into_owned());
            if !cmd.status()?.success() {
                return Err(format!("`{cmd}` failed"));
            }
            let mut bytes = vec![pick as u8];
            bytes.extend(std::fs::read(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?);
            let out = objects.join(format!("{triple}-{body}.o"));
            std::fs::write(&out, bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        }
    }
    let _ = std::fs::remove_file(&scratch);
    Ok(corpus)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let usage = || "usage: cargo xtask fuzz [SECONDS | --ci]".to_string();
    // `None`: the fixed CI budget.
    let seconds: Option<u64> = match args {
        [] => Some(60),
        [flag] if flag == "--ci" => None,
        [s] => {
            Some(s.parse().map_err(|_| format!("SECONDS must be a whole number, not `{s}`; {}", usage()))?)
        }
        _ => return Err(usage()),
    };
    let tools = toolchain::ensure(false)?;
    let have_fuzz = Cmd::cargo(&["fuzz", "--version"]).status().is_ok_and(|s| s.success());
    if !have_fuzz {
        let install = Cmd::cargo(&["install", "cargo-fuzz", "--locked"]);
        println!("$ {install}");
        if !install.status()?.success() {
            return Err(format!("`{install}` failed"));
        }
    }
    let root = repo_root();
    let corpus = match seconds {
        Some(_) => root.join("target/fuzz-corpus"),
        None => {
            // What earlier runs added to a corpus would change what this one tries.
            let fresh = root.join("target/fuzz-corpus-ci");
            let _ = std::fs::remove_dir_all(&fresh);
            fresh
        }
    };
    let corpus = seed(&root, corpus)?;
    for target in TARGETS {
        let dir = corpus.join(target).to_string_lossy().into_owned();
        let mut cmd = Cmd::cargo(&["fuzz", "run", "--fuzz-dir", "fuzz", "-O", target, &dir, "--"]);
        match seconds {
            Some(s) => cmd.args.push(format!("-max_total_time={s}")),
            None => {
                let runs = CI_RUNS.iter().find(|(t, _)| t == target).map_or(1_000, |(_, n)| *n);
                cmd.args.extend([format!("-runs={runs}"), "-seed=1".to_string()]);
            }
        }
        cmd.args.extend(["-timeout=10".to_string(), "-rss_limit_mb=4096".to_string()]);
        cmd.env = tools.env.clone();
        cmd.env.push(("RUSTC_BOOTSTRAP".into(), "1".into()));
        cmd.no_stdin = true;
        println!("$ {cmd}");
        if !cmd.status()?.success() {
            return Err(format!(
                "fuzz target `{target}` found a failure; the reproducer is under fuzz/artifacts/{target}/"
            ));
        }
    }
    match seconds {
        Some(s) => println!("xtask fuzz: {} targets ran {s}s each without a finding", TARGETS.len()),
        None => {
            println!("xtask fuzz --ci: {} targets ran their fixed inputs without a finding", TARGETS.len())
        }
    }
    Ok(())
}
