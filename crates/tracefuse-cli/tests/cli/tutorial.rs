//! The README's "Plug in your own uops" tutorial, step by step: copy the sandbox library,
//! add a uop (body, manifest entry with random hints), a trace and a case that use it,
//! then `check` and `check --random` the copy with the installed tracefuse — no rebuild —
//! and see a wrong expectation reported as a mismatch.

use crate::common::copy_dir;
use std::path::Path;
use std::process::Command;

const BODY: &str = r#"#include "sandbox.h"

TF_UOP(_UNARY_NEGATIVE_INT) {
    /* -value for an int; a non-int or a result outside the 63-bit range deopts. */
    TfValue value = PEEK(1);
    DEOPT_IF(!tf_is_int(value));
    int64_t res = -tf_int_value(value);
    DEOPT_IF(res > TF_INT_MAX || res < TF_INT_MIN);
    POKE(1, tf_int(res));
    NEXT();
}
"#;

const ENTRY: &str = r#"  - name: _UNARY_NEGATIVE_INT
    id: 45
    stack: {inputs: [value], outputs: [res]}
    fields: {target: int}
    exits: [deopt]
    body: bodies/_UNARY_NEGATIVE_INT.c
    random: {gives: {res: int}, weight: 4}
"#;

const TRACE: &str = r#"# x = -x
trace: negate
library: sandbox
locals: 1
stack_size: 1
instructions:
  - {uop: _LOAD_FAST, oparg: 0}
  - {uop: _UNARY_NEGATIVE_INT, target: 10}
  - {uop: _STORE_FAST, oparg: 0}
cases:
  - name: negates
    locals: [5]
    expect:
      exit: {kind: end}
      locals: [-5]
      stack: []
  - name: not_an_int
    locals: [2.5]
    expect:
      exit: {kind: deopt, index: 1, target: 10}
      locals: [2.5]
      stack: [2.5]
"#;

fn tracefuse(args: &[&str], cache: &Path) -> (bool, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_tracefuse")).args(args).arg("--cache").arg(cache).output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

#[test]
fn a_copied_library_with_a_new_uop_checks_without_rebuilding() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let lib = tmp.join("tutorial/mylib");
    let cache = tmp.join("tutorial-cache");
    let failures = tmp.join("tutorial/failures");
    let _ = std::fs::remove_dir_all(tmp.join("tutorial"));

    // 1. Copy the sandbox library.
    copy_dir(&tracefuse_sandbox::default_library_dir(), &lib);
    // 2. The uop's body and its manifest entry (id, stack effect, fields, exits, hints).
    std::fs::write(lib.join("bodies/_UNARY_NEGATIVE_INT.c"), BODY).unwrap();
    let manifest = std::fs::read_to_string(lib.join("uops.yaml")).unwrap();
    let manifest = format!("{}\n{ENTRY}", manifest.trim_end());
    std::fs::write(lib.join("uops.yaml"), manifest).unwrap();
    // 3. A trace using it, with a hand-written expectation.
    std::fs::write(lib.join("traces/negate.yaml"), TRACE).unwrap();
    let traces = std::fs::read_dir(lib.join("traces")).unwrap().count();

    // 4. check: every trace of the copy, the new one included, in all three modes.
    let lib_arg = lib.to_str().unwrap();
    let (ok, out) = tracefuse(&["check", "--verbose", "--library", lib_arg], &cache);
    assert!(ok, "check failed:\n{out}");
    assert!(out.contains(&format!("check: {traces} traces,")), "the new trace did not run:\n{out}");
    assert!(out.contains("  ok       negate: 2 cases ("), "--verbose lists the new trace:\n{out}");
    assert!(out.contains(", 0 mismatches"), "{out}");
    let (ok, out) = tracefuse(&["run", "negate", "--library", lib_arg, "--mode", "fused"], &cache);
    assert!(ok && out.contains("negates"), "run failed:\n{out}");

    // 5. check --random: random traces over the copy use the new uop.
    let failures_arg = failures.to_str().unwrap();
    let (ok, out) =
        tracefuse(&["check", "--random", "100", "--library", lib_arg, "--failures", failures_arg], &cache);
    assert!(ok, "random check failed:\n{out}");
    assert!(
        out.contains("check --random 100 --seed 1: 100 traces,") && out.contains(", 0 mismatches"),
        "{out}"
    );
    let generated = out.lines().find(|l| l.starts_with("uops generated:")).unwrap_or_default();
    assert!(generated.contains("_UNARY_NEGATIVE_INT "), "the new uop was never generated:\n{out}");

    // 6. A wrong expectation is reported as a mismatch naming the case.
    std::fs::write(lib.join("traces/negate.yaml"), TRACE.replace("locals: [-5]", "locals: [-6]")).unwrap();
    let (ok, out) = tracefuse(&["check", "--library", lib_arg], &cache);
    assert!(!ok, "check passed with a wrong expectation:\n{out}");
    assert!(
        out.lines().any(|l| l.starts_with("MISMATCH") && l.contains("negate / negates")),
        "no mismatch named the case:\n{out}"
    );
}
