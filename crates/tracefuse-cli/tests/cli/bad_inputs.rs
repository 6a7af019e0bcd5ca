//! Every kind of bad input gets a clear error naming the file and line, a non-zero exit
//! from the CLI, and nothing written: bodies that do not compile, bad trace folders,
//! targets and output folders, crashing runs, and a copied library read without
//! `--library`. (What the library itself refuses is tested in the sandbox crate,
//! crates/tracefuse-sandbox/tests/sandbox/bad_inputs.rs.)

use crate::common::{copy_library, scratch};
use std::path::{Path, PathBuf};
use std::process::Command;

const HEAD: &str = "trace: bad\nlibrary: sandbox\nlocals: 2\nstack_size: 4\ninstructions:\n";

#[test]
fn cli_check_refuses_a_trace_reading_beyond_the_frame() {
    let dir = scratch("check_local_oob");
    let traces = dir.join("traces");
    std::fs::create_dir_all(&traces).unwrap();
    std::fs::write(
        traces.join("oob.yaml"),
        "trace: oob\nlibrary: sandbox\nlocals: 1\nstack_size: 4\ninstructions:\n  - {uop: _LOAD_FAST, oparg: 100000000}\n  - {uop: _POP_TOP}\ncases:\n  - name: c\n    locals: [1]\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
        .args(["check", "--traces", traces.to_str().unwrap(), "--cache", dir.join("cache").to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "an error, not a signal: {err}");
    assert!(err.contains("oob.yaml:6:") && err.contains("must be below 1"), "{err}");
}

fn tracefuse(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse")).args(args).output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn body_that_does_not_compile_is_reported_with_the_uop_and_nothing_is_written() {
    let dir = scratch("bad_body");
    let lib = copy_library(&dir);
    let body = lib.join("bodies/_NOP.c");
    std::fs::write(&body, "#include \"sandbox.h\"\nTF_UOP(_NOP) { this is not C; }\n").unwrap();
    let out = dir.join("out");
    let cache = dir.join("cache");
    let (ok, stderr) = tracefuse(&[
        "generate",
        "--library",
        lib.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--cache",
        cache.to_str().unwrap(),
    ]);
    assert!(!ok, "generate succeeded with a broken body");
    assert!(stderr.contains("the body of uop _NOP does not compile"), "{stderr}");
    assert!(stderr.contains("_NOP.c:2"), "clang's diagnostic with the line is shown: {stderr}");
    assert!(!out.exists(), "nothing may be written when generation fails");
}

#[test]
fn undeclared_exit_in_a_body_is_a_compile_error() {
    let dir = scratch("undeclared_exit");
    let lib = copy_library(&dir);
    let body = lib.join("bodies/_NOP.c");
    std::fs::write(&body, "#include \"sandbox.h\"\nTF_UOP(_NOP) { DEOPT_IF(tstate->error); NEXT(); }\n")
        .unwrap();
    let cache = dir.join("cache");
    let (ok, stderr) = tracefuse(&[
        "generate",
        "--library",
        lib.to_str().unwrap(),
        "--out",
        dir.join("out").to_str().unwrap(),
        "--cache",
        cache.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(stderr.contains("DEOPT_IF used but uops.yaml does not list deopt"), "{stderr}");
}

#[test]
fn cli_reports_bad_trace_folder_and_writes_nothing() {
    let dir = scratch("cli_bad_trace");
    let traces = dir.join("traces");
    std::fs::create_dir_all(&traces).unwrap();
    std::fs::write(traces.join("t.yaml"), format!("{HEAD}  - {{uop: _POP_TOP}}\n")).unwrap();
    let out = dir.join("out");
    let (ok, stderr) =
        tracefuse(&["generate", "--traces", traces.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("t.yaml:6: instruction 0 (_POP_TOP): stack underflow"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn cli_rejects_unknown_target_and_pipeline() {
    let dir = scratch("cli_bad_target");
    let out = dir.join("out");
    let (ok, stderr) =
        tracefuse(&["generate", "--target", "sparc-sun-solaris", "--out", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("unsupported target triple `sparc-sun-solaris`"), "{stderr}");
    assert!(!out.exists());
    let (ok, stderr) = tracefuse(&["generate", "--pipeline", "no-such-pass", "--out", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("pass pipeline `no-such-pass`"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn cli_reports_unwritable_output() {
    let dir = scratch("cli_unwritable");
    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    let out = file.join("out");
    let (ok, stderr) = tracefuse(&["generate", "--out", out.to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("a-file/out") && stderr.contains("cannot create output folder"), "{stderr}");
}

/// A copy of the bundled library whose `_NOP` crashes the process: it stores to an
/// unmapped low address (SIGSEGV in every mode, the interpreter too, which runs the bodies).
fn crashing_library(dir: &Path) -> PathBuf {
    let lib = copy_library(dir);
    std::fs::write(
        lib.join("bodies/_NOP.c"),
        "#include \"sandbox.h\"\nTF_UOP(_NOP) { *(volatile int64_t *)(uintptr_t)(tstate->ticks * 8) = 1; NEXT(); }\n",
    )
    .unwrap();
    lib
}

#[test]
fn a_random_check_that_crashes_is_reported_with_its_reproducer_and_the_run_goes_on() {
    // A library whose uop crashes the process: each random
    // trace's cases run in a child, so every trace using it is a finding, written out, and
    // the run reaches its summary and fails instead of dying with the first.
    let dir = scratch("random_crash");
    let lib = crashing_library(&dir);
    let failures = dir.join("failures");
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
        .args(["check", "--random", "12", "--seed", "3", "--library"])
        .arg(&lib)
        .arg("--cache")
        .arg(dir.join("cache"))
        .arg("--failures")
        .arg(&failures)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    let summary =
        stdout.lines().find(|l| l.starts_with("check --random 12 --seed 3: 12 traces")).unwrap_or("");
    assert!(summary.ends_with(" mismatches"), "the run reaches its summary: {stdout}\n{stderr}");
    let reproducers: Vec<&str> =
        stdout.lines().filter_map(|l| l.strip_prefix("MISMATCH reproducer: ")).collect();
    assert!(!reproducers.is_empty(), "{stdout}");
    for r in &reproducers {
        let text = std::fs::read_to_string(r).unwrap();
        assert!(text.starts_with("# Mismatch (not shrunk: the check crashed):\n"), "{text}");
        // The case and the mode whose run crashed are named.
        assert!(text.contains(" run crashed (killed by signal 11)\n"), "{text}");
        assert!(text.contains("_NOP"), "a trace without the crashing uop was reported: {text}");
    }
}

#[test]
fn a_check_whose_runs_crash_names_each_crashing_run_and_checks_the_rest() {
    // The same crashing uop in a library's own trace: `tracefuse check` runs its cases in a
    // child process, finds the case that does not come back and names each mode whose run
    // crashes; the other trace is still checked, and the check fails with its summary.
    let dir = scratch("check_crash");
    let lib = crashing_library(&dir);
    let traces = dir.join("traces");
    std::fs::create_dir_all(&traces).unwrap();
    let trace = |name: &str, uop: &str| {
        format!(
            "trace: {name}\nlibrary: sandbox\nlocals: 1\nstack_size: 2\ninstructions:\n  - {{uop: {uop}}}\n\
             cases:\n  - name: c\n    locals: [1]\n"
        )
    };
    std::fs::write(traces.join("crashes.yaml"), trace("crashes", "_NOP")).unwrap();
    std::fs::write(traces.join("fine.yaml"), trace("fine", "_CHECK_VALIDITY, target: 0")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
        .arg("check")
        .arg("--library")
        .arg(&lib)
        .arg("--traces")
        .arg(&traces)
        .arg("--cache")
        .arg(dir.join("cache"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    for mode in ["interpreter", "stitched", "fused"] {
        let line = format!("MISMATCH crashes / c: the {mode} run crashed (killed by signal 11)");
        assert!(stdout.contains(&line), "no `{line}`:\n{stdout}\n{stderr}");
    }
    assert!(!stdout.contains("MISMATCH fine"), "{stdout}");
    assert!(stdout.contains("check: 2 traces, 6 runs, 3 mismatches"), "{stdout}\n{stderr}");
}

/// Runs the CLI with a cache under `dir`; (success, stdout, stderr).
fn tracefuse_in(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
        .args(args)
        .arg("--cache")
        .arg(dir.join("cache"))
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// The README tutorial's trace, using a uop only the copied library declares.
const NEGATE: &str = "trace: negate\nlibrary: sandbox\nlocals: 1\nstack_size: 1\ninstructions:\n  - {uop: _LOAD_FAST, oparg: 0}\n  - {uop: _UNARY_NEGATIVE_INT, target: 10}\n  - {uop: _STORE_FAST, oparg: 0}\n";

#[test]
fn a_copied_librarys_trace_read_without_library_says_to_pass_it() {
    let dir = scratch("forgot_library");
    let lib = copy_library(&dir);
    let trace = lib.join("traces/negate.yaml");
    std::fs::write(&trace, NEGATE).unwrap();
    let traces = lib.join("traces");
    let (ok, _, err) = tracefuse_in(&dir, &["check", "--traces", traces.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("negate.yaml:7: instruction 1: unknown uop `_UNARY_NEGATIVE_INT`"), "{err}");
    assert!(err.contains(&format!("pass `--library {}`", lib.display())), "{err}");
    // The same for `run` with the trace file.
    let (ok, _, err) = tracefuse_in(&dir, &["run", trace.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains(&format!("pass `--library {}`", lib.display())), "{err}");
    // With --library the hint is not given (the error is then the library's own).
    let (_, _, err) = tracefuse_in(&dir, &["check", "--library", lib.to_str().unwrap()]);
    assert!(!err.contains("pass `--library"), "{err}");
}

#[test]
fn a_body_defining_another_uop_names_its_line_not_the_cached_object() {
    let dir = scratch("tf_uop_name");
    let lib = copy_library(&dir);
    std::fs::write(lib.join("bodies/_NOP.c"), "#include \"sandbox.h\"\nTF_UOP(_NOPE) { NEXT(); }\n").unwrap();
    let (ok, _, err) = tracefuse_in(&dir, &["run", "nested_pop", "--library", lib.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        err.contains("_NOP.c:2: `TF_UOP(_NOPE)` defines uop _NOPE, but this is the body of uop _NOP"),
        "{err}"
    );
    assert!(err.contains("write `TF_UOP(_NOP)` here"), "{err}");
    assert!(!err.contains(".so"), "the cached object is not what to edit: {err}");
}

#[test]
fn a_body_with_a_syntax_error_is_named_as_a_body_when_the_runtime_is_built() {
    let dir = scratch("runtime_body_syntax");
    let lib = copy_library(&dir);
    std::fs::write(
        lib.join("bodies/_NOP.c"),
        "#include \"sandbox.h\"\nTF_UOP(_NOP) {\n    this is not C;\n}\n",
    )
    .unwrap();
    let (ok, _, err) = tracefuse_in(&dir, &["run", "nested_pop", "--library", lib.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("_NOP.c:3: the body of uop _NOP does not compile with clang 19"), "{err}");
    assert!(err.contains("fix the body; the uop is declared at"), "{err}");
    assert!(!err.contains("the runtime does not compile"), "{err}");
}

#[test]
fn a_case_without_expect_is_reported_by_check() {
    let dir = scratch("case_no_expect");
    let traces = dir.join("traces");
    std::fs::create_dir_all(&traces).unwrap();
    std::fs::write(
        traces.join("t.yaml"),
        "trace: t\nlibrary: sandbox\nlocals: 1\nstack_size: 1\ninstructions:\n  - {uop: _NOP}\ncases:\n  \
         - name: unchecked\n    locals: [1]\n  - name: checked\n    locals: [1]\n    \
         expect: {exit: {kind: end}, locals: [1], stack: []}\n",
    )
    .unwrap();
    let (ok, out, err) = tracefuse_in(&dir, &["check", "--traces", traces.to_str().unwrap(), "--verbose"]);
    assert!(ok, "the modes agree: {out}\n{err}");
    assert!(out.contains("t.yaml:8: case `unchecked` has no `expect`"), "{out}");
    assert!(out.contains("only compared with each other; add `expect:"), "{out}");
    assert!(!out.contains("case `checked`"), "{out}");
    assert!(out.contains("check: 1 traces, 6 runs, 0 mismatches (1 cases without expect)"), "{out}");
    // --verbose lists the trace, so a new trace is seen to run.
    assert!(out.contains("ok       t: 2 cases, 1 without expect ("), "{out}");
}

#[test]
fn run_with_a_wrong_trace_name_suggests_or_says_the_folder_is_empty() {
    let dir = scratch("run_wrong_name");
    let (ok, _, err) = tracefuse_in(&dir, &["run", "sum_rnage"]);
    assert!(!ok);
    assert!(err.contains("no trace named `sum_rnage`") && err.contains("did you mean `sum_range`?"), "{err}");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let (ok, _, err) = tracefuse_in(&dir, &["run", "foo", "--traces", empty.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("empty holds no trace files"), "{err}");
    assert!(!err.contains("known traces: \n") && !err.ends_with("known traces: "), "{err}");
}

#[test]
fn check_random_leaves_no_empty_failures_folder() {
    let dir = scratch("random_no_failures");
    let failures = dir.join("made/random-failures");
    let (ok, out, err) = tracefuse_in(
        &dir,
        &["check", "--random", "2", "--seed", "1", "--failures", failures.to_str().unwrap()],
    );
    assert!(ok, "{out}\n{err}");
    assert!(!failures.exists() && !dir.join("made").exists(), "an empty failures folder was left");
    // Pipeline options do not apply to random traces: refused rather than ignored.
    let (ok, _, err) = tracefuse_in(&dir, &["check", "--random", "2", "--no-sinking"]);
    assert!(!ok);
    assert!(err.contains("does not take --no-sinking"), "{err}");
}

#[test]
fn inline_asm_the_assembler_rejects_fails_generate_naming_the_uop() {
    // LLVM 19 drops such asm silently when nobody listens for its diagnostics: the stencil
    // used to come out without it and generate exited 0.
    let dir = scratch("bad_asm");
    let lib = copy_library(&dir);
    std::fs::write(
        lib.join("bodies/_NOP.c"),
        "#include \"sandbox.h\"\nTF_UOP(_NOP) { __asm__ volatile(\"this_is_not_an_instruction\"); NEXT(); }\n",
    )
    .unwrap();
    let out = dir.join("out");
    let (ok, err) = tracefuse(&[
        "generate",
        "--library",
        lib.to_str().unwrap(),
        "--target",
        "x86_64-unknown-linux-gnu",
        "--cache",
        dir.join("cache").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!ok, "generate must fail:\n{err}");
    assert!(err.contains("code generation for _NOP failed: LLVM reported an error"), "{err}");
    assert!(err.contains("inline asm"), "says what to look for:\n{err}");
}
