//! The training half of `cargo xtask cpython build --cpython DIR --train tests|WORKLOAD`:
//! the training build of DIR (`OUT-train`, thresholds lowered by training-build.sh), its
//! recording (`OUT-record.json`) and the trace files converted from it (`OUT-traces/`),
//! each redone only when what it was made from changed. A step's inputs are written
//! beside its output (`.tracefuse-inputs`): for the training build, a listing of DIR's
//! source files (path, size, modification time); for the recording, the training
//! build's listing and the `--train` value. `cpython_fused::build` then imports, fuses
//! (unchanged stencils come from the stencil cache) and builds.

use crate::process::{repo_root, Cmd};
use std::path::{Path, PathBuf};

const TRAINING_SH: &str = "crates/tracefuse-cpython/recorder/training-build.sh";
const INPUTS: &str = ".tracefuse-inputs";

/// What was trained, and where.
pub struct Trained {
    pub tree: PathBuf,
    pub recording: PathBuf,
    pub traces: PathBuf,
}

/// The source files of a CPython tree that a build reads (C, headers, Python, build
/// inputs), with their sizes and modification times, sorted: two equal listings mean an
/// unchanged tree. Build products (objects, `build/`, `__pycache__`) are left out.
pub fn source_listing(root: &Path) -> Result<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                if !matches!(name.as_str(), ".git" | "build" | "__pycache__" | "tracefuse")
                    && !name.starts_with('.')
                {
                    walk(root, &path, out)?;
                }
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            let input = matches!(ext, "c" | "h" | "py" | "in" | "ac" | "m4") || name == "configure";
            if !input || name.starts_with("tf_jit") {
                continue;
            }
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            let rel = path.strip_prefix(root).unwrap_or(&path).display().to_string();
            out.push(format!("{rel} {} {mtime}", meta.len()));
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(root, root, &mut out)?;
    out.sort();
    Ok(out.join("\n"))
}

/// Whether `dir`'s recorded inputs are `inputs`.
fn unchanged(dir: &Path, inputs: &str) -> bool {
    std::fs::read_to_string(dir.join(INPUTS)).is_ok_and(|s| s == inputs)
}

fn record_inputs(dir: &Path, inputs: &str) -> Result<(), String> {
    std::fs::write(dir.join(INPUTS), inputs).map_err(|e| format!("{}: {e}", dir.join(INPUTS).display()))
}

/// The training build, recording and traces for the fused build at `out`, from the
/// configured tree `src`; `train` is `tests` (record.py's training tests), `tests=LIST`,
/// or workload modules (`default`: record.py's own workload).
pub fn train(src: &Path, train: &str, out: &Path) -> Result<Trained, String> {
    let stem = out.display().to_string();
    let tree = PathBuf::from(format!("{stem}-train"));
    let recording = PathBuf::from(format!("{stem}-record.json"));
    let traces = PathBuf::from(format!("{stem}-traces"));
    let inputs = format!("source {}\n{}", src.display(), source_listing(src)?);

    // 1. The training build: a copy of src with low warm-up thresholds, built.
    if tree.join("python").is_file() && unchanged(&tree, &inputs) {
        println!("cargo xtask cpython build: training build {} is up to date", tree.display());
    } else {
        if tree.exists() {
            // A changed source: refresh the copy; make rebuilds what changed.
            let mut copy =
                Cmd::new(&["cp", "-a", &format!("{}/.", src.display()), &tree.display().to_string()]);
            copy.dir = Some(repo_root());
            copy.run()?;
        }
        let mut build =
            Cmd::new(&["sh", TRAINING_SH, &src.display().to_string(), &tree.display().to_string()]);
        if let Some(regen) = regen_python() {
            build.env.push(("PYTHON_FOR_REGEN".into(), regen));
        }
        build.run()?;
        record_inputs(&tree, &inputs)?;
    }

    // 2. The recording and its trace files.
    let record_inputs_text = format!("train {train}\n{inputs}");
    let record_dir = traces.clone();
    if recording.is_file() && record_dir.is_dir() && unchanged(&record_dir, &record_inputs_text) {
        println!("cargo xtask cpython build: recording {} is up to date", recording.display());
    } else {
        let _ = std::fs::remove_dir_all(&record_dir);
        let mut rec = Cmd::cargo(&["xtask", "cpython-record", "--cpython"]);
        rec.args.extend([
            tree.display().to_string(),
            "--out".into(),
            traces.display().to_string(),
            "--json".into(),
            recording.display().to_string(),
        ]);
        match train {
            "tests" => rec.args.push("--tests".into()),
            t if t.starts_with("tests=") => rec.args.extend(["--tests".into(), t["tests=".len()..].into()]),
            "default" => {}
            workload => rec.args.extend(["--workload".into(), workload.into()]),
        }
        rec.run()?;
        std::fs::create_dir_all(&record_dir).map_err(|e| format!("{}: {e}", record_dir.display()))?;
        record_inputs(&record_dir, &record_inputs_text)?;
    }
    Ok(Trained { tree, recording, traces })
}

/// A Python ≥ 3.11 for CPython's build-time generators: the first of these that runs
/// (a version manager's shim may be on PATH for a version that is not selected).
pub fn regen_python() -> Option<String> {
    ["python3.11", "python3.12", "python3.13", "python3"]
        .into_iter()
        .find(|p| crate::process::output(p, &["--version"]).is_some())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_sees_changed_sources_and_not_build_products() {
        let dir = std::env::temp_dir().join(format!("xtask-listing-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("Python/__pycache__")).unwrap();
        std::fs::write(dir.join("Python/ceval.c"), "int x;\n").unwrap();
        std::fs::write(dir.join("configure"), "#!/bin/sh\n").unwrap();
        let first = source_listing(&dir).unwrap();
        assert!(first.contains("Python/ceval.c 7 ") && first.contains("configure 10 "), "{first}");
        // Build products and the hook's own files do not count.
        std::fs::write(dir.join("Python/ceval.o"), "obj").unwrap();
        std::fs::write(dir.join("Python/__pycache__/x.py"), "x").unwrap();
        std::fs::write(dir.join("Python/tf_jit_hook.c"), "hook").unwrap();
        assert_eq!(source_listing(&dir).unwrap(), first);
        // A changed source does.
        std::fs::write(dir.join("Python/ceval.c"), "int xy;\n").unwrap();
        assert_ne!(source_listing(&dir).unwrap(), first);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
