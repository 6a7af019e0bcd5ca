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

/// One bad trace among many never stops a build: a trace file that does not load, the
/// traces whose exits enter it, and a trace whose stencil crashes its worker are left
/// out, each named with why, and the rest is built; `--strict` makes any of it an error.
#[test]
fn generate_leaves_out_traces_that_do_not_load_link_or_build() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("isolation-skip");
    let _ = std::fs::remove_dir_all(&tmp);
    let lib = tracefuse_sandbox::default_library_dir();
    let traces = tmp.join("traces");
    std::fs::create_dir_all(&traces).unwrap();
    for e in std::fs::read_dir(lib.join("traces")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, traces.join(p.file_name().unwrap())).unwrap();
    }
    let inner = traces.join("nested_inner.yaml");
    let text = std::fs::read_to_string(&inner).unwrap();
    std::fs::write(&inner, text.replacen("_ITER_CHECK_RANGE", "_ITER_CHECK_RANGEX", 1)).unwrap();
    let run = |strict: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tracefuse"));
        cmd.args(["generate", "--target", "x86_64-unknown-linux-gnu", "-j", "2", "--traces"])
            .arg(&traces)
            .arg("--out")
            .arg(tmp.join("out"))
            .arg("--cache")
            .arg(tmp.join("cache"))
            .env("TRACEFUSE_FAULT_ABORT_IN", "sum_range");
        if strict {
            cmd.arg("--strict");
        }
        let o = cmd.output().unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, stdout, stderr) = run(false);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("nested_inner.yaml:11: instruction 1: unknown uop `_ITER_CHECK_RANGEX`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("nested_outer.yaml:20: instruction 8: `exit_to: nested_inner` names a trace"),
        "{stderr}"
    );
    assert!(stderr.contains("nested_pop.yaml"), "{stderr}");
    assert!(stderr.contains("sum_range.yaml: building stencil sum_range crashed (signal 6)"), "{stderr}");
    let total = std::fs::read_dir(lib.join("traces")).unwrap().count();
    assert!(stdout.contains(&format!("x86_64-unknown-linux-gnu: {} traces,", total - 4)), "{stdout}");
    let manifest = std::fs::read_to_string(tmp.join("out/x86_64-unknown-linux-gnu/manifest.json")).unwrap();
    assert!(
        manifest.contains("trace:attr_loop") && !manifest.contains("trace:sum_range"),
        "the rest is built"
    );
    let (code, _, stderr) = run(true);
    assert_eq!(code, Some(1), "--strict fails:\n{stderr}");
    assert!(stderr.contains("unknown uop `_ITER_CHECK_RANGEX`"), "{stderr}");
}
