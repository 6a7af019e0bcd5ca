//! `tracefuse run` with a given entry state: `--stack` is the trace's entry stack, an
//! impossible entry state is refused, and a run that leaves the frame fails; `inspect`
//! reports what allocation sinking did to a trace.

use crate::common::copy_dir;
use std::path::Path;
use std::process::Command;

/// Runs the CLI with a cache under the target dir; (success, stdout + stderr).
fn tracefuse(args: &[&str]) -> (bool, String) {
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("run-cli-cache");
    let out = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
        .args(args)
        .arg("--cache")
        .arg(&cache)
        .output()
        .expect("run the tracefuse binary");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

#[test]
fn run_takes_the_entry_stack() {
    // The README example: local 0 is the total, the iterator is on the stack.
    let (ok, out) = tracefuse(&["run", "sum_range", "--locals", "[0]", "--stack", "[{range: [0, 10]}]"]);
    assert!(ok, "{out}");
    assert!(out.contains("locals: [45, 9]"), "{out}");
}

#[test]
fn run_says_which_live_objects_were_there_at_entry() {
    // countdown_compare allocates nothing: every live object was made for its inputs and
    // operands, and the line says so.
    let (ok, out) = tracefuse(&["run", "countdown_compare", "--case", "fast"]);
    assert!(ok, "{out}");
    let line =
        out.lines().find(|l| l.trim_start().starts_with("live objects:")).unwrap_or_else(|| panic!("{out}"));
    let numbers: Vec<&str> = line.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).collect();
    assert!(line.contains(" at entry: inputs and object operands)"), "{line}");
    assert_eq!(numbers.first(), numbers.get(1), "nothing allocated, nothing freed: {line}");
}

#[test]
fn run_refuses_an_impossible_entry_state() {
    let (ok, out) = tracefuse(&["run", "sum_range", "--locals", "[0]"]);
    assert!(!ok, "a missing entry stack is refused: {out}");
    assert!(out.contains("entered with 1"), "{out}");
    let (ok, out) = tracefuse(&["run", "nested_pop", "--locals", "[]"]);
    assert!(!ok, "{out}");
    assert!(out.contains("entry_stack"), "{out}");
    assert!(!out.contains("out of frame"), "refused before running: {out}");
    let (ok, out) = tracefuse(&["run", "sum_range", "--locals", "[0, 1, 2]", "--stack", "[{range: [0, 3]}]"]);
    assert!(!ok, "{out}");
    assert!(out.contains("has 2 locals"), "{out}");
    let (ok, out) = tracefuse(&["run", "sum_range", "--locals", "[0]", "--stack", "[{bogus: 1}]"]);
    assert!(!ok, "{out}");
    assert!(out.contains("--stack"), "{out}");
}

#[test]
fn run_that_leaves_the_frame_fails() {
    // A library whose _NOP pops below the frame (the body lies about its stack effect):
    // the run ends with the stack pointer out of the frame, which is a failure.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("run-cli-frame");
    let _ = std::fs::remove_dir_all(&dir);
    let lib = dir.join("lib");
    copy_dir(&tracefuse_sandbox::default_library_dir(), &lib);
    std::fs::write(
        lib.join("bodies/_NOP.c"),
        "#include \"sandbox.h\"\nTF_UOP(_NOP) {\n    STACK_SHRINK(1);\n    NEXT();\n}\n",
    )
    .unwrap();
    let trace = dir.join("pops.yaml");
    std::fs::write(
        &trace,
        "trace: pops\nlibrary: sandbox\nlocals: 1\nstack_size: 2\ninstructions:\n  - {uop: _NOP}\n",
    )
    .unwrap();
    let lib = lib.to_str().unwrap();
    let (ok, out) = tracefuse(&["run", trace.to_str().unwrap(), "--library", lib, "--locals", "[]"]);
    assert!(out.contains("out of frame"), "{out}");
    assert!(!ok, "a run that leaves the frame exits non-zero: {out}");
}

#[test]
fn runtime_cache_sees_a_changed_header_in_a_subfolder() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("run-cli-stale-header");
    let _ = std::fs::remove_dir_all(&dir);
    let lib = dir.join("lib");
    copy_dir(&tracefuse_sandbox::default_library_dir(), &lib);
    std::fs::create_dir_all(lib.join("sub/deeper")).unwrap();
    let header = lib.join("sub/deeper/extra.h");
    std::fs::write(&header, "#define TF_EXTRA 0\n").unwrap();
    std::fs::write(
        lib.join("bodies/_NOP.c"),
        "#include \"sandbox.h\"\n#include \"sub/deeper/extra.h\"\nTF_UOP(_NOP) {\n    tstate->ticks += TF_EXTRA;\n    NEXT();\n}\n",
    )
    .unwrap();
    let cache = dir.join("cache");
    let lib = lib.to_str().unwrap();
    let args = ["run", "nested_pop", "--library", lib, "--cache", cache.to_str().unwrap()];
    let ok = |a: &[&str]| Command::new(env!("CARGO_BIN_EXE_tracefuse")).args(a).output().unwrap();
    assert!(ok(&args).status.success());
    std::fs::write(&header, "#error the header changed\n").unwrap();
    let out = ok(&args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a stale runtime was used: {err}");
    assert!(err.contains("extra.h"), "{err}");
}

#[test]
fn inspect_says_what_allocation_sinking_did() {
    // float_div_loop's loop makes no box; `--no-sinking` keeps them all (no line then).
    let (ok, out) = tracefuse(&["inspect", "trace:float_div_loop"]);
    assert!(ok, "{out}");
    let line =
        out.lines().find(|l| l.starts_with("# allocation sinking:")).unwrap_or_else(|| panic!("{out}"));
    assert!(!line.contains(": 0 constructor calls removed"), "{line}");
    let (ok, out) = tracefuse(&["inspect", "trace:float_div_loop", "--no-sinking"]);
    assert!(ok && !out.contains("# allocation sinking"), "{out}");
}

#[test]
fn inspect_names_a_trace_trees_members_and_no_trace_trees_builds_apart() {
    let (ok, out) = tracefuse(&["inspect", "trace:nested_outer"]);
    assert!(ok, "{out}");
    assert!(
        out.contains("# trace tree: nested_outer holds nested_inner from instruction 9, nested_pop from instruction 23"),
        "{out}"
    );
    assert!(!out.contains("exit_trace"), "a linked exit leaves the tree: {out}");
    let (ok, out) = tracefuse(&["inspect", "trace:nested_outer", "--no-trace-trees"]);
    assert!(ok && !out.contains("# trace tree") && out.contains("exit_trace[8]"), "{out}");
}

#[test]
fn output_into_a_reader_that_stops_early_ends_quietly() {
    // `tracefuse inspect trace:X | head -1`: the reader closes the pipe after one line; the
    // listing that is still being printed must end the process without a panic.
    use std::io::BufRead;
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("run-cli-cache");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tracefuse"))
        .args(["inspect", "trace:startup_mixed", "--cache"])
        .arg(&cache)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run the tracefuse binary");
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("# stencil startup_mixed"), "{first}");
    // The reader is dropped here: the pipe is closed with most of the listing unread.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "a panic's exit status: {stderr}");
}
