//! Every kind of bad input gets a clear error naming the file and line, and nothing
//! written: bad trace files, manifests and random hints, as the library reads them. What
//! the `tracefuse` command reports for bad inputs is tested with the command
//! (crates/tracefuse-cli/tests/cli/bad_inputs.rs).

use std::path::{Path, PathBuf};
use tracefuse::definitions::UopLibrary;
use tracefuse::traces::TraceSet;
use tracefuse_sandbox::cases::TraceTests;

fn sandbox() -> UopLibrary {
    UopLibrary::load(&tracefuse_sandbox::default_library_dir()).expect("the bundled library loads")
}

/// A fresh empty folder under the target dir.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Loads `text` as a trace file (beside a valid one, for exit_to) and returns the error.
fn trace_error(test: &str, text: &str) -> String {
    let dir = scratch(test);
    let path = dir.join("bad.yaml");
    std::fs::write(&path, text).unwrap();
    let ok = dir.join("other.yaml");
    std::fs::write(
        &ok,
        "trace: other\nlibrary: sandbox\nlocals: 1\nstack_size: 2\ninstructions:\n  - {uop: _NOP}\n",
    )
    .unwrap();
    // The core validates the trace; the sandbox reads its test data (cases, classes).
    let read = TraceSet::load_files(&[path, ok], &sandbox())
        .and_then(|set| set.traces.iter().try_for_each(|t| TraceTests::read(t).map(|_| ())));
    match read {
        Ok(()) => panic!("{test}: the bad trace was accepted"),
        Err(e) => e.to_string(),
    }
}

const HEAD: &str = "trace: bad\nlibrary: sandbox\nlocals: 2\nstack_size: 4\ninstructions:\n";

fn assert_at(err: &str, line: usize, needle: &str) {
    assert!(err.contains(&format!("bad.yaml:{line}:")), "error does not name bad.yaml:{line}: {err}");
    assert!(err.contains(needle), "error does not say `{needle}`: {err}");
}

#[test]
fn malformed_yaml() {
    let err = trace_error("malformed", &format!("{HEAD}  - {{uop: _NOP\n"));
    assert!(err.contains("bad.yaml:"), "{err}");
    assert!(err.contains("invalid trace"), "{err}");
}

#[test]
fn unknown_top_level_key() {
    let err = trace_error("unknown_key", &format!("{HEAD}  - {{uop: _NOP}}\nlocal: 3\n"));
    assert!(err.contains("unknown field `local`"), "{err}");
}

#[test]
fn unknown_uop() {
    let err = trace_error(
        "unknown_uop",
        &format!("{HEAD}  - {{uop: _NOP}}\n  - {{uop: _LOAD_FASTER, oparg: 0}}\n"),
    );
    assert_at(&err, 7, "instruction 1: unknown uop `_LOAD_FASTER`");
    assert!(err.contains("did you mean `_LOAD_FAST`? Fix the name here"), "{err}");
    // No near name: where to declare it.
    let err = trace_error("unknown_uop_far", &format!("{HEAD}  - {{uop: _UNARY_NEGATIVE_INT}}\n"));
    assert_at(&err, 6, "unknown uop `_UNARY_NEGATIVE_INT`");
    assert!(err.contains("or declare the uop in") && err.contains("uops.yaml"), "{err}");
}

#[test]
fn a_tab_in_yaml_is_named_with_its_line() {
    let err = trace_error("tab", &format!("{HEAD}\t- {{uop: _NOP}}\n"));
    assert_at(&err, 6, "this line is indented with a tab");
    assert!(err.contains("replace the tab with spaces"), "{err}");
    assert!(!err.contains("cannot start any token"), "{err}");
}

#[test]
fn an_expect_without_exit_names_the_expect_line_and_what_exit_takes() {
    let text = format!(
        "{HEAD}  - {{uop: _NOP}}\ncases:\n  - name: c\n    locals: [1]\n    expect:\n      locals: [1]\n"
    );
    let err = trace_error("expect_no_exit", &text);
    assert_at(&err, 10, "case `c`: expect: missing field `exit`");
    assert!(err.contains("`expect` needs `exit: {kind: end}`"), "{err}");
}

#[test]
fn a_case_without_locals_says_how_many_the_trace_declares() {
    let text = format!(
        "{HEAD}  - {{uop: _NOP}}\ncases:\n  - name: c\n    expect: {{exit: {{kind: end}}, locals: [1]}}\n"
    );
    let err = trace_error("case_no_locals", &text);
    assert_at(&err, 8, "case `c`: the trace declares 2 locals and the case gives none");
    assert!(err.contains("add `locals: [...]`"), "{err}");
    // A trace without locals needs none.
    let dir = scratch("case_no_locals_ok");
    let ok = dir.join("ok.yaml");
    std::fs::write(
        &ok,
        "trace: ok\nlibrary: sandbox\nlocals: 0\nstack_size: 1\ninstructions:\n  - {uop: _NOP}\ncases:\n  - name: c\n",
    )
    .unwrap();
    let set = TraceSet::load_files(&[ok], &sandbox()).unwrap();
    TraceTests::read(&set.traces[0]).expect("no locals to give");
}

#[test]
fn missing_field() {
    let err = trace_error("missing_field", &format!("{HEAD}  - uop: _LOAD_FAST\n"));
    assert_at(&err, 6, "reads `oparg`, but the instruction does not give it");
}

#[test]
fn superfluous_field() {
    let err = trace_error("superfluous_field", &format!("{HEAD}  - {{uop: _NOP, oparg: 1}}\n"));
    assert_at(&err, 6, "does not read `oparg`");
}

#[test]
fn wrong_operand_kind() {
    let err = trace_error("wrong_kind", &format!("{HEAD}  - {{uop: _LOAD_CONST_INLINE, operand0: 5}}\n"));
    assert_at(&err, 6, "an object field is always a runtime value");
    let err = trace_error("wrong_kind2", &format!("{HEAD}  - {{uop: _LOAD_FAST, oparg: {{list: []}}}}\n"));
    assert_at(&err, 6, "expected an integer");
}

#[test]
fn stack_underflow() {
    let err = trace_error(
        "underflow",
        &format!("{HEAD}  - {{uop: _LOAD_FAST, oparg: 0}}\n  - {{uop: _POP_TOP}}\n  - {{uop: _POP_TOP}}\n"),
    );
    assert_at(&err, 8, "stack underflow");
}

#[test]
fn stack_overflow() {
    let text = format!("{HEAD}{}", "  - {uop: _LOAD_FAST, oparg: 0}\n".repeat(5));
    let err = trace_error("overflow", &text);
    assert_at(&err, 10, "exceeds stack_size 4");
}

#[test]
fn unbalanced_loop() {
    let err = trace_error(
        "unbalanced",
        &format!("{HEAD}  - {{uop: _LOAD_FAST, oparg: 0}}\n  - {{uop: _JUMP_TO_TOP, target: 0}}\n"),
    );
    assert_at(&err, 7, "does not balance at the back edge");
}

#[test]
fn instruction_after_terminator() {
    let err = trace_error(
        "after_terminator",
        &format!("{HEAD}  - {{uop: _JUMP_TO_TOP, target: 0}}\n  - {{uop: _NOP}}\n"),
    );
    assert_at(&err, 7, "follows the terminator _JUMP_TO_TOP");
}

#[test]
fn exit_to_missing_trace() {
    let err = trace_error(
        "exit_missing",
        &format!("{HEAD}  - {{uop: _EXIT_TRACE, target: 3, exit_to: nowhere}}\n"),
    );
    assert_at(&err, 6, "`exit_to: nowhere` names a trace that does not exist");
}

#[test]
fn exit_to_on_uop_without_side_exit() {
    let err = trace_error("exit_no_side", &format!("{HEAD}  - {{uop: _NOP, exit_to: other}}\n"));
    assert_at(&err, 6, "has no side exit");
}

#[test]
fn bad_case_value() {
    let text = format!("{HEAD}  - {{uop: _NOP}}\ncases:\n  - name: c\n    locals: [{{range: [1, 2, 0]}}]\n");
    let err = trace_error("bad_value", &text);
    assert_at(&err, 8, "range step must not be zero");
}

#[test]
fn unknown_class_in_case() {
    let text = format!("{HEAD}  - {{uop: _NOP}}\ncases:\n  - name: c\n    locals: [{{instance: Nope}}]\n");
    let err = trace_error("bad_class", &text);
    assert_at(&err, 8, "class `Nope` is not defined");
}

#[test]
fn local_index_beyond_the_frame() {
    // Used to pass validation and crash `tracefuse check` with SIGSEGV.
    let text = "trace: bad\nlibrary: sandbox\nlocals: 1\nstack_size: 4\ninstructions:\n  - {uop: _LOAD_FAST, oparg: 100000000}\n  - {uop: _POP_TOP}\n";
    let err = trace_error("local_oob", text);
    assert_at(&err, 6, "`oparg` 100000000 indexes local 100000000, but the trace has 1 locals");
    // Runtime operands too, and every local-indexing uop.
    let err = trace_error(
        "local_oob_runtime",
        &format!(
            "{HEAD}  - {{uop: _LOAD_SMALL_INT, oparg: 1}}\n  - {{uop: _STORE_FAST, oparg: {{runtime: 2}}}}\n"
        ),
    );
    assert_at(&err, 7, "must be below 2");
    let err = trace_error("local_oob_borrow", &format!("{HEAD}  - {{uop: _LOAD_FAST_BORROW, oparg: 2}}\n"));
    assert_at(&err, 6, "_LOAD_FAST_BORROW");
    // The last local is fine.
    let dir = scratch("local_ok");
    let ok = dir.join("ok.yaml");
    std::fs::write(&ok, format!("{HEAD}  - {{uop: _LOAD_FAST, oparg: 1}}\n")).unwrap();
    TraceSet::load_files(&[ok], &sandbox()).expect("local 1 of 2 is in the frame");
}

#[test]
fn case_with_more_locals_than_the_frame() {
    let text = format!("{HEAD}  - {{uop: _NOP}}\ncases:\n  - name: c\n    locals: [1, 2, 3]\n");
    let err = trace_error("case_locals", &text);
    assert_at(&err, 8, "gives 3 locals, but the trace has 2");
}

/// Copies the bundled library into `dir` so a test can break one file.
fn copy_library(dir: &Path) -> PathBuf {
    let src = tracefuse_sandbox::default_library_dir();
    let lib = dir.join("lib");
    copy_dir(&src, &lib);
    lib
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn manifest_errors_name_the_uop_line() {
    let dir = scratch("manifest_dup");
    let lib = copy_library(&dir);
    let manifest = lib.join("uops.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    // Give the second uop the first uop's id.
    let ids: Vec<usize> = text.match_indices("\n    id: ").map(|(i, _)| i).collect();
    assert!(ids.len() >= 2, "expected block-style uops with `    id:` lines");
    let line_of_second = text[..ids[1]].lines().count();
    let first_id: String = text[ids[0] + 9..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let second_end = ids[1] + 9 + text[ids[1] + 9..].chars().take_while(|c| c.is_ascii_digit()).count();
    let broken = format!("{}{}{}", &text[..ids[1] + 9], first_id, &text[second_end..]);
    std::fs::write(&manifest, broken).unwrap();
    let err = UopLibrary::load(&lib).unwrap_err().to_string();
    assert!(err.contains("is already used by"), "{err}");
    assert!(
        err.contains(&format!("uops.yaml:{line_of_second}:")),
        "error should name the second uop's line {line_of_second}: {err}"
    );
}

#[test]
fn sink_declarations_are_validated_with_their_line() {
    // Each broken `sink:` entry is refused naming the manifest line of the entry.
    let cases = [
        ("release: tf_dealloc", "release: 3x", "`3x` is not a C identifier"),
        ("align: 8", "align: 12", "align 12 is not a power of two"),
        ("payload: 48", "payload: 4", "overlaps"),
        ("{offset: 8, bits: 32, value: 2}", "{offset: 8, bits: 24, value: 2}", "bits is 24"),
    ];
    for (i, (from, to, needle)) in cases.iter().enumerate() {
        let dir = scratch(&format!("sink_{i}"));
        let lib = copy_library(&dir);
        let manifest = lib.join("uops.yaml");
        let text = std::fs::read_to_string(&manifest).unwrap();
        assert!(text.contains(from), "the bundled manifest no longer has `{from}`");
        let entry = text.lines().position(|l| l.contains("- constructor: tf_float_new")).unwrap() + 1;
        std::fs::write(&manifest, text.replacen(from, to, 1)).unwrap();
        let err = UopLibrary::load(&lib).unwrap_err().to_string();
        assert!(err.contains(needle), "{to}: {err}");
        assert!(err.contains(&format!("uops.yaml:{entry}:")), "{to}: the error names line {entry}: {err}");
    }
}

#[test]
fn a_loop_kind_whose_make_steps_push_two_values_is_refused() {
    // An inner loop is entered with one value made for it; steps leaving two would make
    // nests whose traces do not fit together, so the generator refuses the library.
    let dir = scratch("random_make");
    let lib = copy_library(&dir);
    let manifest = lib.join("uops.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let from = "{uop: _CALL_BUILTIN_FAST, oparg: 1}]";
    assert!(text.contains(from), "the bundled manifest no longer makes an inner range loop");
    let random = text.lines().position(|l| l == "random:").unwrap() + 1;
    std::fs::write(
        &manifest,
        text.replacen(from, "{uop: _CALL_BUILTIN_FAST, oparg: 1}, {uop: _LOAD_SMALL_INT}]", 1),
    )
    .unwrap();
    let lib = UopLibrary::load(&lib).unwrap();
    // Refused when the generator is made, not at the first nest it happens to draw.
    let err =
        tracefuse_sandbox::random::Generator::new(&lib).err().expect("the library was accepted").to_string();
    assert!(err.contains("`make` steps push 2 values; an inner loop's entry is one value"), "{err}");
    assert!(
        err.contains(&format!("uops.yaml:{random}:")),
        "the error names `random:`'s line {random}: {err}"
    );
}

#[test]
fn a_renamed_library_says_the_traces_carry_the_name_too() {
    let dir = scratch("renamed_library");
    let lib = copy_library(&dir);
    let manifest = lib.join("uops.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    assert!(text.contains("\nlibrary: sandbox\n") || text.starts_with("library: sandbox\n"));
    std::fs::write(&manifest, text.replacen("library: sandbox", "library: mylib", 1)).unwrap();
    let lib = UopLibrary::load(&lib).unwrap();
    let err = TraceSet::load_library_default(&lib).unwrap_err().to_string();
    // The first trace file, at its `library:` line.
    let first = lib.dir.join("traces/attr_loop.yaml");
    let line =
        std::fs::read_to_string(&first).unwrap().lines().position(|l| l.starts_with("library:")).unwrap() + 1;
    assert!(err.contains(&format!("attr_loop.yaml:{line}: trace is for library `sandbox`")), "{err}");
    assert!(err.contains("write `library: mylib` here and in the other traces"), "{err}");
}
