//! Segments (docs/cpython.md, "Segments"): `tracefuse cpython record --segments` on the
//! fixture recording `recording-segments.json`, two loops (`ratio_a`, `ratio_b`) that
//! share the stretch `_PUSH_LOCAL_0 _GUARD_TOP_IS_SMALL _PUSH_LOCAL _DIVIDE` at
//! different positions and with their stubs in a different order (ratio_a: `_DEOPT`,
//! `_ERROR_POP_N`, `_ERROR_POP_N`; ratio_b: `_ERROR_POP_N`, `_DEOPT`), and whose two
//! `_DIVIDE`s share one error stub in ratio_b but not in ratio_a. A segment is written for
//! each stretch of 4 that both hold in the same shape, with its exits renumbered to the
//! copies of the stubs they reach, and `generate --strict` builds every one into a stencil
//! that falls through to `_JIT_CONTINUE` and leaves through its own stub copies, whose
//! fields are holes patched from the executor's stubs.

use crate::common::scratch;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tracefuse-cpython/fixture")
}

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

fn s(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

fn record(dir: &Path, segments: &str) -> (bool, String) {
    let fixture = fixture();
    tracefuse(&[
        "cpython",
        "record",
        "--cpython",
        &s(&fixture),
        "--json",
        &s(&fixture.join("recording-segments.json")),
        "--out",
        &s(&dir.join("traces")),
        "--segments",
        segments,
    ])
}

fn yaml(path: &Path) -> serde_yaml::Value {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn recurring_stretches_become_segments_with_their_exits_routed_to_stub_copies() {
    let dir = scratch("cpython-segments");
    let (ok, recorded) = record(&dir, "10:4:2");
    assert!(ok, "{recorded}");
    assert!(recorded.contains("2 whole traces and 2 segments"), "{recorded}");
    let traces = dir.join("traces");
    let mut files: Vec<String> = std::fs::read_dir(&traces)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        ["cpy0000_ratio_a_24.yaml", "cpy0001_ratio_b_28.yaml", "seg00000_4.yaml", "seg00001_4.yaml"]
    );

    // The stretch ending in _DIVIDE: the guard's deopt goes to stub copy 4 (ratio_a's
    // _DEOPT, its stub 7), the error to copy 5 (its _ERROR_POP_N, stub 8); the stubs'
    // own fields are holes. ratio_b's same stretch (guard to its stub 9, error to its
    // stub 8) renumbers to the same: it is the second trace the stretch was found in.
    let seg = yaml(&traces.join("seg00001_4.yaml"));
    let insts = seg["instructions"].as_sequence().unwrap();
    let names: Vec<&str> = insts.iter().map(|i| i["uop"].as_str().unwrap()).collect();
    assert_eq!(names, ["_PUSH_LOCAL_0", "_GUARD_TOP_IS_SMALL", "_PUSH_LOCAL", "_DIVIDE"]);
    assert_eq!(insts[1]["target"].as_u64(), Some(4));
    assert_eq!(insts[3]["target"].as_u64(), Some(5 << 16));
    assert_eq!(insts[2]["oparg"]["runtime"].as_u64(), Some(1), "a local's index is a hole");
    let stubs = seg["stubs"].as_sequence().unwrap();
    let stub_names: Vec<&str> = stubs.iter().map(|i| i["uop"].as_str().unwrap()).collect();
    assert_eq!(stub_names, ["_DEOPT", "_ERROR_POP_N"]);
    assert_eq!(stubs[0]["target"]["runtime"].as_u64(), Some(30));
    assert_eq!(stubs[1]["operand0"]["runtime"].as_u64(), Some(31));
    assert_eq!(seg["entry_stack"].as_u64(), Some(1));
    // The stretch with both _DIVIDEs differs in shape (one error stub or two): no segment.
    for f in &files {
        let t = yaml(&traces.join(f));
        if f.starts_with("seg") {
            let n: Vec<&str> =
                t["instructions"].as_sequence().unwrap().iter().map(|i| i["uop"].as_str().unwrap()).collect();
            assert_ne!(n.iter().filter(|u| **u == "_DIVIDE").count(), 2, "{f}");
        }
    }

    // Every segment builds; the stencil continues to the next stitched uop, has no
    // jump or error target of CPython's per-uop kind, and patches its stub copies'
    // fields from the instructions the hook passes (the executor's own stubs).
    let lib = dir.join("lib");
    let (ok, out) = tracefuse(&["cpython", "import", "--cpython", &s(&fixture()), "--out", &s(&lib)]);
    assert!(ok, "{out}");
    let stencils = dir.join("stencils");
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
        &s(&stencils),
        "--cache",
        &s(&dir.join("cache")),
    ]);
    assert!(ok, "{generated}");
    assert!(generated.contains("x86_64-unknown-linux-gnu: 4 traces"), "{generated}");
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(stencils.join("x86_64-unknown-linux-gnu/manifest.json")).unwrap(),
    )
    .unwrap();
    let holes: Vec<&str> = manifest["stencils"]["trace:seg00001_4"]["holes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["value"].as_str().unwrap())
        .collect();
    for want in ["continue", "target[4]", "operand0[5]", "oparg[2]"] {
        assert!(holes.contains(&want), "{want} missing: {holes:?}");
    }
    assert!(!holes.iter().any(|h| *h == "jump_target" || *h == "error_target"), "{holes:?}");
    let trace = manifest["traces"].as_array().unwrap().iter().find(|t| t["name"] == "seg00001_4").unwrap();
    let assumed: Vec<(u64, &str, u64)> = trace["signature"]["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (a["instruction"].as_u64().unwrap(), a["field"].as_str().unwrap(), a["value"].as_u64().unwrap())
        })
        .collect();
    assert_eq!(assumed, [(1, "target", 4), (3, "target", 5 << 16), (5, "oparg", 0)]);
}

#[test]
fn only_stretches_found_often_enough_become_segments() {
    let dir = scratch("cpython-segments-min");
    let (ok, recorded) = record(&dir, "10:4:3");
    assert!(ok, "{recorded}");
    assert!(recorded.contains("2 whole traces and 0 segments"), "{recorded}");
    let (ok, recorded) = record(&dir, "1:4:2");
    assert!(ok && recorded.contains("2 whole traces and 1 segments"), "{recorded}");
}

#[test]
fn bad_segment_options_are_refused_with_the_reason() {
    let dir = scratch("cpython-segments-bad");
    for (arg, want) in [
        ("many", "--segments many: `many` is not a number (the most segments)"),
        ("10:1", "--segments 10:1: stretch length 1 is below the shortest segment, 2 uops"),
        ("10:4:2:1", "expected LIMIT[:LENGTHS[:MIN_TRACES]]"),
    ] {
        let (ok, out) = record(&dir, arg);
        assert!(!ok && out.contains(want), "{arg}: {out}");
        assert!(!out.contains("panicked"), "{out}");
    }
}
