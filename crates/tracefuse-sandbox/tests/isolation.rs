//! LLVM crashing on one stencil does not take `tracefuse generate` down: stencils are
//! built in `build-worker` child processes, a crashed worker is an error naming the
//! stencil it was building (uop or trace), every other stencil is still built and
//! reported, and the command exits non-zero.

use std::path::Path;
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "stencils" {
                copy_dir(&src, &dst);
            }
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

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

/// A body whose inline assembly only the backend reads: clang emits its bitcode without
/// complaint, and LLVM 19 crashes (SIGSEGV) when its integrated assembler meets `.error`
/// while emitting the stencil's object. In-process, this killed `tracefuse generate`
/// with no stencil named and nothing else reported.
#[test]
fn a_body_that_crashes_the_backend_fails_its_stencils_and_the_rest_are_built() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("isolation-asm");
    let _ = std::fs::remove_dir_all(&tmp);
    let lib = tmp.join("lib");
    copy_dir(&tracefuse_sandbox::default_library_dir(), &lib);
    std::fs::write(
        lib.join("bodies/_SWAP.c"),
        "#include \"sandbox.h\"\n\nTF_UOP(_SWAP) {\n    __asm__ volatile(\".error \\\"tracefuse test: the backend fails here\\\"\");\n    \
         TfValue top = PEEK(1);\n    POKE(1, PEEK(OPARG));\n    POKE(OPARG, top);\n    NEXT();\n}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = generate(&lib, &tmp.join("out"), &[]);
    assert_ne!(code, Some(0), "generate succeeded:\n{stdout}\n{stderr}");
    assert!(code.is_some(), "generate itself crashed:\n{stderr}");
    // The per-uop stencil and the fused trace using _SWAP (attr_loop) are named.
    assert!(stderr.contains("building stencil _SWAP crashed"), "{stderr}");
    assert!(stderr.contains("building stencil attr_loop crashed"), "{stderr}");
    // Every other stencil was built: exactly these two failed.
    assert!(stderr.contains("2 of ") && stderr.contains(" failed ("), "{stderr}");
    assert!(!stderr.contains("building stencil _NOP"), "{stderr}");
}

/// The fault-injection hook (`TRACEFUSE_FAULT_ABORT_IN`): a worker dying by a signal.
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
