//! The trace parser and validator (stack effects, fields, frame bounds, exits) on
//! arbitrary text, over the bundled sandbox library: errors, never a panic or a hang. A
//! trace that validates is also *run* — `tracefuse run` in a child process, so a crash
//! is a finding and not the fuzzer's death: the interpreter always, stitched and fused
//! too with `TRACEFUSE_FUZZ_MODES=interp,stitched,fused`. The CLI binary is
//! `$TRACEFUSE_BIN`, else the workspace's `target/release/tracefuse` (build it first);
//! without one, traces are only validated.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use tracefuse::definitions::UopLibrary;
use tracefuse::source::SourceText;
use tracefuse::traces::{Trace, TraceSet};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn lib() -> &'static UopLibrary {
    static LIB: OnceLock<UopLibrary> = OnceLock::new();
    LIB.get_or_init(|| UopLibrary::load(&root().join("uops/sandbox")).expect("bundled library"))
}

fn cli() -> Option<&'static Path> {
    static BIN: OnceLock<Option<PathBuf>> = OnceLock::new();
    BIN.get_or_init(|| {
        let bin = std::env::var_os("TRACEFUSE_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("target/release/tracefuse"));
        bin.is_file().then_some(bin)
    })
    .as_deref()
}

fn modes() -> Vec<String> {
    std::env::var("TRACEFUSE_FUZZ_MODES")
        .unwrap_or_else(|_| "interp".into())
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Runs a validated trace in a child; a child killed by a signal is a finding.
fn run(text: &str, t: &Trace) {
    let Some(bin) = cli() else { return };
    let dir = std::env::temp_dir().join(format!("tracefuse-fuzz-{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let file = dir.join("trace.yaml");
    if std::fs::write(&file, text).is_err() {
        return;
    }
    // Locals default to None; the entry stack is as long as the trace says.
    let stack = format!("[{}]", vec!["0"; t.entry_stack as usize].join(", "));
    for mode in modes() {
        let status = Command::new(bin)
            .arg("run")
            .arg(&file)
            .args(["--mode", &mode, "--locals", "[]", "--stack", &stack, "--cache"])
            .arg(dir.join("cache"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if let Ok(status) = status {
            if let Some(sig) = status.signal() {
                panic!(
                    "`tracefuse run --mode {mode}` died with signal {sig} on a trace that validates:\n{text}"
                );
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let src = SourceText { path: "fuzz.yaml".into(), text };
    if let Ok(t) = Trace::from_source(&src, lib()) {
        if TraceSet::link(vec![t.clone()]).is_ok() {
            run(&src.text, &t);
        }
    }
});
