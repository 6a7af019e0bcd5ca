//! LLVM crashing on one stencil does not take `tracefuse generate` down: stencils are
//! built in `build-worker` child processes, a crashed worker is an error naming the
//! stencil it was building (uop or trace), every other stencil is still built and
//! reported, and the command exits non-zero. (No body makes LLVM 19's backend crash
//! reliably — inline asm its assembler rejects is dropped without a word, see the closing
//! note of issue 15 — so the crash is injected: TRACEFUSE_FAULT_ABORT_IN.)

use std::path::Path;
use std::process::Command;

fn generate(library: &Path, out: &Path, env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tracefuse"));
    cmd.args(["generate", "--target", "x86_64-unknown-linux-gnu", "-j", "2", "--library"])
        .arg(library)
        .arg("--out")
        .arg(out)
        .arg("--cache")
        .arg(cache);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn a_worker_killed_by_a_signal_is_reported_naming_its_stencil() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("isolation-signal");
    let _ = std::fs::remove_dir_all(&tmp);
    let lib = tracefuse_sandbox::default_library_dir();
    let (code, stdout, stderr) =
        generate(&lib, &tmp.join("out"), &[("TRACEFUSE_FAULT_ABORT_IN", "_LOAD_FAST")]);
    assert_eq!(code, Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("building stencil _LOAD_FAST crashed (signal 6)"), "{stderr}");
    assert!(stderr.contains("1 of ") && stderr.contains(" failed ("), "{stderr}");
    // Without the fault, the same command builds everything.
    let (code, stdout, stderr) = generate(&lib, &tmp.join("out"), &[]);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("sum_range"), "{stdout}");
}
