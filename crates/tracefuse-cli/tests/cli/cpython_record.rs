//! The CPython flow on the fixture tree, as a user runs it: `cpython import`, `cpython
//! record` of a fixture recording, then `generate --strict` of what the converter wrote.
//! The converter runs the generator's own validation on every trace before it writes it,
//! so what it writes always builds: a shape the core takes is written and fuses, one it
//! refuses is skipped by the converter, naming the executor and the reason, and the rest
//! builds. The two shapes CPython formed that once stopped a whole build:
//!
//! - fixture/recording-recursion.json: a loop closed in a deeper frame of the same code
//!   (walk calls visit, which calls walk, whose `_JUMP_TO_TOP` closes the loop on the
//!   frame that second call pushed): accepted, and fused.
//! - fixture/recording-small-frame.json: a call whose recorded frame (1 stack slot) is
//!   smaller than the stack the trace uses in it (2): skipped with the reason.

use crate::common::scratch;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tracefuse-cpython/fixture")
}

/// Runs `tracefuse ARGS`: success and stdout + stderr.
fn tracefuse(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse")).args(args).output().unwrap();
    let text = format!(
        "{}{}({})",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status
    );
    (out.status.success(), text)
}

/// Imports the fixture, converts `recording` and builds what the converter wrote with
/// `generate --strict` (a trace it cannot take fails the command). The converter's and
/// the generator's output, and the trace files written.
fn record_and_generate(name: &str, recording: &str) -> (String, String, Vec<String>) {
    let dir = scratch(name);
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let (fixture, lib, traces) = (fixture(), dir.join("lib"), dir.join("traces"));
    let (ok, out) = tracefuse(&["cpython", "import", "--cpython", &s(&fixture), "--out", &s(&lib)]);
    assert!(ok, "{out}");
    let json = fixture.join(recording);
    let (ok, recorded) = tracefuse(&[
        "cpython",
        "record",
        "--cpython",
        &s(&fixture),
        "--json",
        &s(&json),
        "--out",
        &s(&traces),
    ]);
    assert!(ok, "{recorded}");
    let mut files: Vec<String> = std::fs::read_dir(&traces)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let (ok, generated) = tracefuse(&[
        "generate",
        "--strict",
        "--library",
        &s(&lib),
        "--traces",
        &s(&traces),
        "--target",
        "x86_64-unknown-linux-gnu",
        "--format",
        "json",
        "--out",
        &s(&dir.join("stencils")),
        "--cache",
        &s(&dir.join("cache")),
    ]);
    assert!(ok, "generate --strict failed on what the converter wrote:\n{recorded}\n{generated}");
    (recorded, generated, files)
}

#[test]
fn a_loop_closed_in_a_deeper_frame_of_its_code_is_converted_and_fused() {
    let (recorded, generated, files) =
        record_and_generate("cpython-record-recursion", "recording-recursion.json");
    assert_eq!(files, ["cpy0000_walk_40.yaml", "cpy0001_count_12.yaml"], "{recorded}");
    assert!(recorded.contains("2 trace files") && !recorded.contains("skipped"), "{recorded}");
    assert!(generated.contains("x86_64-unknown-linux-gnu: 2 traces"), "{generated}");
    assert!(generated.contains("cpy0000_walk_40"), "{generated}");
}

#[test]
fn a_call_whose_frame_is_too_small_is_skipped_with_the_reason_and_the_rest_builds() {
    let (recorded, generated, files) =
        record_and_generate("cpython-record-small-frame", "recording-small-frame.json");
    assert_eq!(files, ["cpy0001_count_12.yaml"], "{recorded}");
    assert!(recorded.contains("1 trace files"), "{recorded}");
    assert!(
        recorded.contains(
            "skipped executor 0 (sum_pairs at invented.py:50, offset 28): tracefuse generate would \
             refuse it: cpy0000_sum_pairs_28.yaml:"
        ) && recorded.contains(
            "instruction 4 (_PUSH_LOCAL_0): stack overflow: depth 2 exceeds stack_size 1 in the \
             frame instruction 2 (_ENTER_FRAME) pushed"
        ),
        "{recorded}"
    );
    assert!(recorded.contains("1 of the skipped traces fail the generator's validation"), "{recorded}");
    assert!(generated.contains("x86_64-unknown-linux-gnu: 1 traces"), "{generated}");
}
