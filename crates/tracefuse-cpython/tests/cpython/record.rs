//! Recordings: the fixture recording (fixture/recording.json, invented values) parsed and
//! converted against the fixture tree; each kind of bad input gives an error naming the
//! file and executor; mutations never panic.

use crate::common;

use std::path::Path;

use tracefuse::traces::schema::{OperandValue::*, TraceFile};
use tracefuse_cpython::record::{self, ExecutorKind, RecordError};
use tracefuse_cpython::{CpythonTree, Operand};

fn tree() -> CpythonTree {
    CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"))
}

fn text() -> String {
    std::fs::read_to_string(common::fixture().join("recording.json")).unwrap()
}

fn convert(text: &str) -> Result<record::Conversion, RecordError> {
    let rec = record::parse_labelled("rec.json", text)?;
    record::convert(&rec, &tree(), "rec.json")
}

#[test]
fn fixture_recording_parses() {
    let rec = record::read(&common::fixture().join("recording.json")).unwrap();
    assert!(rec.python_version.starts_with("3.14.7 "));
    assert_eq!(rec.executors.len(), 2);
    let e0 = &rec.executors[0];
    assert!(matches!(&e0.kind, ExecutorKind::Loop { code, offset: 40, .. } if code == "divide_all"));
    assert_eq!(e0.frame.unwrap().entry_stack, Some(1));
    assert_eq!(e0.uops.len(), 9);
    assert_eq!(e0.uops[4].target, 8 << 16);
    assert_eq!(e0.exits, vec![(6, 1)]);
    let e1 = &rec.executors[1];
    assert_eq!(e1.kind, ExecutorKind::SideExit { parent: 0, parent_stub: 6, entry_stack: None });
    assert_eq!(e1.uops[0].operand1, None);
}

#[test]
fn fixture_recording_converts() {
    let conv = convert(&text()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(conv.traces.len(), 2, "{:?}", conv.skipped);
    assert_eq!(conv.uops, 13);
    assert_eq!(conv.distinct.len(), 10);
    assert_eq!(conv.unknown_operand1, 0);
    let t0 = &conv.traces[0];
    assert_eq!((t0.name.as_str(), t0.main, t0.stubs), ("cpy0000_divide_all_40", 6, 3));
    // The file: the converter's notes as comments, then the trace as the core's schema
    // writes it (one key a line).
    let expect0 = "\
# Stub 0 (instruction 6, _EXIT_TRACE): side exit into executor 1.
trace: cpy0000_divide_all_40
library: cpython
locals: 2
stack_size: 4
entry_stack: 1
instructions:
- uop: _RECORD_IP
  operand0:
    runtime: 140000000001000
- uop: _GUARD_FLAG_SET
  operand0: 4
  operand1: 0
  target: 6
- uop: _PUSH_LOCAL_0
- uop: _GUARD_TOP_IS_SMALL
  target: 7
- uop: _DIVIDE
  target: 524288
- uop: _JUMP_TO_TOP
stubs:
- uop: _EXIT_TRACE
  operand0:
    runtime: 140000000002000
- uop: _DEOPT
  target: 14
- uop: _ERROR_POP_N
  oparg: 0
  operand0: 16
";
    let text0 = t0.text().unwrap();
    assert!(text0.ends_with(expect0), "{text0}");
    assert!(text0.starts_with("# Recorded by"));
    // What the file says is what the converter built.
    let read: TraceFile = serde_yaml::from_str(&text0).unwrap();
    assert_eq!(read, t0.file);
    // The side exit runs in its parent's frame, with the depth before the guard that
    // jumps to stub 6 (instruction 1: entry 1).
    let t1 = &conv.traces[1];
    let expect1 = "\
trace: cpy0001_exit_0_6
library: cpython
locals: 2
stack_size: 4
entry_stack: 1
instructions:
- uop: _PUSH_LOCAL
  oparg: 1
- uop: _DIVIDE
  target: 196608
- uop: _EXIT_TRACE
  operand0:
    runtime: 140000000003000
stubs:
- uop: _ERROR_POP_N
  oparg: 0
  operand0: 12
";
    let text1 = t1.text().unwrap();
    assert!(text1.ends_with(expect1), "{text1}");

    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("record-fixture");
    let _ = std::fs::remove_dir_all(&dir);
    // A stale trace of an earlier conversion goes; a file of the user's stays.
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("cpy9999_old.yaml"),
        format!("{}\ntrace: old\n", "# Recorded by tracefuse-cpython/recorder/record.py; old"),
    )
    .unwrap();
    std::fs::write(dir.join("mine.yaml"), "trace: mine\n").unwrap();
    // Only a conversion checked against the generator's validation is written.
    let err = record::write(&conv, &dir).unwrap_err().to_string();
    assert!(err.contains("run record::check"), "{err}");
    let lib = record::library(&tree(), &dir.with_file_name("record-fixture-library")).unwrap();
    let mut conv = conv;
    assert_eq!(record::check(&mut conv, &lib, &dir).unwrap(), 0);
    let paths = record::write(&conv, &dir).unwrap();
    assert_eq!(paths.len(), 2);
    assert_eq!(std::fs::read_to_string(&paths[0]).unwrap(), text0);
    assert!(!dir.join("cpy9999_old.yaml").exists());
    assert!(dir.join("mine.yaml").exists());
}

#[test]
fn operand_rules_follow_the_case() {
    let tree = tree();
    let rule = |u: &str, o| record::operand_rule(tree.uop(u).unwrap(), o);
    let r = rule("_RECORD_IP", Operand::Operand0).unwrap();
    assert!(r.runtime && r.c_type == "PyObject *" && r.variable == "where");
    let r = rule("_GUARD_FLAG_SET", Operand::Operand0).unwrap();
    assert!(!r.runtime && r.variable == "mask");
    assert!(!rule("_GUARD_FLAG_SET", Operand::Operand1).unwrap().runtime);
    assert!(rule("_EXIT_TRACE", Operand::Operand0).unwrap().runtime);
    let r = rule("_ERROR_POP_N", Operand::Operand0).unwrap();
    assert!(!r.runtime && r.c_type == "uint32_t");
    assert_eq!(rule("_DIVIDE", Operand::Operand0), None);
}

#[test]
fn side_exit_without_recorded_operand1_is_a_hole() {
    // Operand1 missing (a recorder that could not read memory): a hole, counted.
    let t = text().replacen(
        r#""operand0": 4, "operand1": 0, "uop_id": 404"#,
        r#""operand0": 4, "operand1": null, "uop_id": null"#,
        1,
    );
    let conv = convert(&t).unwrap();
    assert_eq!(conv.unknown_operand1, 1);
    let guard = &conv.traces[0].file.instructions[1];
    assert_eq!(
        (guard.operand0.clone(), guard.operand1.clone()),
        (Some(Const(4)), Some(Runtime(0u64.into())))
    );
}

fn error_of(t: &str) -> String {
    match convert(t) {
        Ok(_) => panic!("accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn errors_name_file_and_executor() {
    let t = text();
    let cases: Vec<(String, &str)> = vec![
        (
            t.replace("3.14.7 (fixture", "3.13.2 (fixture"),
            "rec.json: recorded with Python 3.13.2 (sys.version `3.13.2 (fixture, invented) [Clang 19]`), \
             but the tree is CPython 3.14.7",
        ),
        (
            t.replacen("_PUSH_LOCAL_0", "_PUSH_LOCAL_9", 1),
            "rec.json: executor 0 (divide_all at invented.py:3, offset 40): uop 2 `_PUSH_LOCAL_9` is not a case of",
        ),
        // What serde_json finds is named at its line.
        (
            t.replacen(r#""oparg": 0, "target": 6,"#, r#""target": 6,"#, 1),
            "rec.json:26: invalid recording: missing field `oparg` (column 89)",
        ),
        (
            t.replacen(r#""target": 7,"#, r#""target": 2,"#, 1),
            "uop 3 `_GUARD_TOP_IS_SMALL`: target 2 gives jump_target 2, which is not a _DEOPT/_EXIT_TRACE stub",
        ),
        (
            t.replacen(r#""target": 524288,"#, r#""target": 393216,"#, 1),
            "uop 4 `_DIVIDE`: target 393216 gives error_target 6, which is not a _ERROR_POP_N stub",
        ),
        (
            t.replacen(r#""name": "_DEOPT""#, r#""name": "_DIVIDE""#, 1).replacen("\"uop_id\": 401", "\"uop_id\": null", 1),
            "uop 7 `_DIVIDE` follows the main trace's terminator (uop 5, `_JUMP_TO_TOP`) but is not an exit stub",
        ),
        (t.replacen("\"uop_id\": 407", "\"uop_id\": 400", 1), "uop 2 `_PUSH_LOCAL_0` has id 400 in the recording but 407"),
        (t.replacen("tracefuse-cpython-record/1", "other/2", 1), "rec.json: format is `other/2`"),
        (t.replacen("\"index\": 1,", "\"index\": 5,", 1), "rec.json: executor 1: `index` is 5 but it is entry 1"),
        (t.replacen("\"parent\": 0,", "\"parent\": 1,", 1), "its parent 1 must be an earlier executor"),
        (
            t.replacen("\"oparg\": 1,", "\"oparg\": 70000,", 1),
            "rec.json:46: invalid recording: invalid value: integer `70000`, expected u16",
        ),
        (t.replacen("\"uops\": [", "\"uops\": [],\"x\": [", 1), "`uops` is empty"),
        (
            t.replacen("\"kind\": \"loop\"", "\"kind\": \"jump\"", 1),
            "rec.json:13: invalid recording: unknown variant `jump`, expected `loop` or `side_exit`",
        ),
        (t.replacen("\"code\": \"divide_all\",", "", 1), "executor 0: a `loop` executor needs `code`"),
        (t[..t.len() / 2].to_string(), "rec.json:30: not JSON: EOF while parsing"),
    ];
    for (input, want) in cases {
        let got = error_of(&input);
        assert!(got.contains(want), "wanted `{want}` in:\n{got}");
        assert!(got.starts_with("rec.json:"), "{got}");
    }
}

#[test]
fn no_terminator_is_an_error() {
    let t = text()
        .replacen(r#""name": "_JUMP_TO_TOP""#, r#""name": "_PUSH_LOCAL_0""#, 1)
        .replace(
            r#""name": "_EXIT_TRACE", "oparg": 0, "target": 10"#,
            r#""name": "_PUSH_LOCAL_0", "oparg": 0, "target": 10"#,
        )
        .replace(r#""name": "_DEOPT""#, r#""name": "_PUSH_LOCAL_0""#)
        .replace(
            r#""name": "_ERROR_POP_N", "oparg": 0, "target": 0, "operand0": 16"#,
            r#""name": "_PUSH_LOCAL_0", "oparg": 0, "target": 0, "operand0": 16"#,
        );
    let e = error_of(
        &t.replace("\"uop_id\": 406", "\"uop_id\": null")
            .replace("\"uop_id\": 403", "\"uop_id\": null")
            .replace("\"uop_id\": 401", "\"uop_id\": null")
            .replace("\"uop_id\": 402", "\"uop_id\": null"),
    );
    assert!(e.contains("executor 0") && e.contains("no terminator"), "{e}");
}

#[test]
fn unknown_frame_is_skipped_not_converted() {
    let t = text().replacen("\"entry_stack\": 1,", "\"entry_stack\": null,", 1);
    let conv = convert(&t).unwrap();
    assert!(conv.traces.is_empty());
    assert_eq!(conv.skipped.len(), 2);
    assert!(conv.skipped[0].1.contains("entry stack"));
    assert!(conv.skipped[1].1.contains("parent executor was not converted"));
}

#[test]
fn mutations_never_panic() {
    let t = text();
    let tree = tree();
    let bytes = t.as_bytes();
    let pieces =
        ["", "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "99999999999999999999999", "1e999", "\\u"];
    for i in (0..bytes.len()).step_by(7) {
        for p in pieces {
            let Ok(s) = std::str::from_utf8(&bytes[..i]) else { continue };
            let Ok(rest) = std::str::from_utf8(&bytes[i + 1..]) else { continue };
            let m = format!("{s}{p}{rest}");
            if let Ok(rec) = record::parse(&m) {
                let _ = record::convert(&rec, &tree, "m");
            }
        }
        if let Ok(s) = std::str::from_utf8(&bytes[..i]) {
            let _ = record::parse(s);
        }
    }
    let _ = record::parse(&"[".repeat(100_000));
    let _ = record::parse(&"{\"a\":".repeat(100_000));
}

/// A side exit resumes at its stub's bytecode, with the stack `dis` gives there: when the
/// recorder wrote that depth, it wins over the parent's uop-level depth (which counts a
/// bytecode's temporaries when the guard sits inside its expansion).
#[test]
fn side_exit_takes_the_recorded_bytecode_depth() {
    let base = text();
    let recorded = base.replacen("\"parent_stub\": 6,", "\"parent_stub\": 6, \"exit_entry_stack\": 0,", 1);
    assert_ne!(recorded, base, "the fixture's side exit has `parent_stub: 6`");
    let with = convert(&recorded).unwrap();
    assert_eq!(with.traces[1].file.entry_stack, 0);
    let without = convert(&base).unwrap();
    assert_eq!(without.traces[1].file.entry_stack, 1);
}

#[test]
fn a_bad_pushed_frame_is_named_at_its_line() {
    let text = std::fs::read_to_string(common::fixture().join("recording-call.json")).unwrap();
    let bad =
        text.replacen("\"nlocalsplus\": 1, \"stacksize\": 2", "\"nlocalsplus\": -1, \"stacksize\": 2", 1);
    let e = record::parse_labelled("call.json", &bad).unwrap_err().to_string();
    assert!(
        e.starts_with("call.json:28: invalid recording: invalid value: integer `-1`, expected u32"),
        "{e}"
    );
    let bad = text.replacen("\"frame\": {\"nlocalsplus\": 1,", "\"frame\": {\"locals\": 1,", 1);
    let e = record::parse_labelled("call.json", &bad).unwrap_err().to_string();
    assert!(e.starts_with("call.json:28: invalid recording: missing field `nlocalsplus`"), "{e}");
}

/// The recording's schema reads and writes the same thing: each fixture recording,
/// parsed, written by serde_json and parsed again, gives the same file value and the
/// same [`record::Recording`].
#[test]
fn recordings_round_trip_through_their_schema() {
    for name in ["recording.json", "recording-call.json"] {
        let text = std::fs::read_to_string(common::fixture().join(name)).unwrap();
        let file: record::schema::RecordingFile = serde_json::from_str(&text).unwrap();
        let written = serde_json::to_string_pretty(&file).unwrap();
        let again: record::schema::RecordingFile = serde_json::from_str(&written).unwrap();
        assert_eq!(again, file, "{name}");
        let rec = record::parse_labelled(name, &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record::parse_labelled(name, &written).unwrap_or_else(|e| panic!("{e}")), rec, "{name}");
        // Nothing optional is written when unset (the side exit's loop keys are null).
        assert!(!written.contains("null"), "{written}");
    }
}

/// The recorder leaves out the executors of its own functions; what is its own is
/// `record.py --list-own-code`: every function the file defines but the built-in workload
/// (`exercise`, `hot_loops`, `Point`), nested code included. Any Python 3.11+ runs this
/// (`TRACEFUSE_PYTHON`, else `python3`; skipped when there is none); that executors
/// formed during a snapshot are left out needs a JIT build (docs/cpython.md, "Recording").
#[test]
fn the_recorder_knows_its_own_code() {
    let recorder = Path::new(env!("CARGO_MANIFEST_DIR")).join("recorder/record.py");
    let python = std::env::var("TRACEFUSE_PYTHON").unwrap_or_else(|_| "python3".into());
    let run = |args: &[&str]| std::process::Command::new(&python).arg(&recorder).args(args).output();
    let Ok(out) = run(&["--list-own-code"]) else {
        eprintln!("skipped: no {python} to run the recorder with");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let own: Vec<&str> = text.lines().collect();
    let workload = ["exercise", "hot_loops", "Point.__init__"];
    // Every function the file defines is listed, but the workload's.
    let source = std::fs::read_to_string(&recorder).unwrap();
    for line in source.lines() {
        let Some(name) = line.trim_start().strip_prefix("def ").and_then(|r| r.split('(').next()) else {
            continue;
        };
        let listed = own.iter().any(|q| q.rsplit('.').next() == Some(name));
        let is_workload = ["exercise", "hot_loops"].contains(&name);
        assert!(listed != is_workload, "`def {name}`: listed {listed}, workload {is_workload}\n{text}");
    }
    for name in ["Collector.snapshot", "TestCollector._scan", "stack_depths", "describe", "code_objects"] {
        assert!(own.contains(&name), "{name} is not the recorder's own:\n{text}");
    }
    for name in workload {
        assert!(!own.contains(&name), "{name} is the workload, not the recorder:\n{text}");
    }
    // The command line is read without argparse (whose help formatter would run
    // dataclasses at start-up); a bad one still says what is wrong, with status 2.
    let out = run(&["-o", "x.json", "--bogus"]).unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("usage: record.py") && err.contains("unknown argument '--bogus'"), "{err}");
}

/// The loop trace of the fixture recording `t`, converted with `holes` and read by the
/// core: its signature (what the hook's lookup compares) and its file.
fn loop_signature(t: &str, holes: record::Holes) -> (tracefuse::signature::Signature, TraceFile) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("record-holes");
    let lib = record::library(&tree(), &dir.with_file_name("record-holes-library")).unwrap();
    let mut conv = convert(t).unwrap();
    record::make_holes(&mut conv, &lib, holes);
    assert_eq!(record::check(&mut conv, &lib, &dir).unwrap(), 0);
    let t0 = &conv.traces[0];
    let src = tracefuse::source::SourceText { path: dir.join("t0.yaml"), text: t0.text().unwrap() };
    let (set, skipped) = tracefuse::traces::TraceSet::from_sources_skipping(&[src], &lib).unwrap();
    assert!(skipped.is_empty());
    (set.signatures(&lib).remove(0), t0.file.clone())
}

#[test]
fn holes_let_one_stencil_serve_traces_that_differ_only_in_them() {
    let base = text();
    // The stubs' resume offsets differ (where a deopt resumes, the error's offset): only
    // the exit stubs' fields.
    let other_stubs =
        base.replacen(r#""target": 14, "operand0": 0"#, r#""target": 15, "operand0": 0"#, 1).replacen(
            r#""operand0": 16, "operand1": 0, "uop_id": 402"#,
            r#""operand0": 18, "operand1": 0, "uop_id": 402"#,
            1,
        );
    // A folded integer operand of the main trace differs.
    let other_main = base.replacen(r#""operand0": 4, "operand1": 0"#, r#""operand0": 5, "operand1": 0"#, 1);
    let sig = |t: &str, h| loop_signature(t, h).0;
    use record::Holes;
    // Exact: every difference is another stencil.
    assert_ne!(sig(&base, Holes::EXACT), sig(&other_stubs, Holes::EXACT));
    assert_ne!(sig(&base, Holes::EXACT), sig(&other_main, Holes::EXACT));
    // Stubs: the stubs' fields are holes, the main trace stays folded.
    assert_eq!(sig(&base, Holes::STUBS), sig(&other_stubs, Holes::STUBS));
    assert_ne!(sig(&base, Holes::STUBS), sig(&other_main, Holes::STUBS));
    // General: both are holes.
    assert_eq!(sig(&base, Holes::GENERAL), sig(&other_stubs, Holes::GENERAL));
    assert_eq!(sig(&base, Holes::GENERAL), sig(&other_main, Holes::GENERAL));
    // What shapes the code stays folded whatever is chosen: the guard's and the divide's
    // `target` name their stubs (exit routing), and stays in the signature.
    let (general, file) = loop_signature(&base, Holes::GENERAL);
    assert_eq!(file.instructions[4].target, Some(Const(524288)));
    assert_eq!(file.instructions[1].target, Some(Const(6)));
    assert_eq!(file.instructions[1].operand0, Some(Runtime(4u64.into())));
    assert_eq!(file.stubs[1].target, Some(Runtime(14u64.into())));
    let assumed: Vec<(usize, String)> =
        general.assumptions.iter().map(|a| (a.instruction, a.field.to_string())).collect();
    assert!(assumed.contains(&(4, "target".to_string())), "{assumed:?}");
    assert!(!assumed.contains(&(1, "operand0".to_string())), "{assumed:?}");
    // A trace file that writes such a field as a hole anyway still gets it assumed: the
    // code was built on the recorded value.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("record-holes-shape");
    let lib = record::library(&tree(), &dir.with_file_name("record-holes-shape-library")).unwrap();
    let mut conv = convert(&base).unwrap();
    conv.traces[0].file.instructions[4].target = Some(Runtime(524288u64.into()));
    let src =
        tracefuse::source::SourceText { path: dir.join("t0.yaml"), text: conv.traces[0].text().unwrap() };
    let (set, _) = tracefuse::traces::TraceSet::from_sources_skipping(&[src], &lib).unwrap();
    let sig = set.signatures(&lib).remove(0);
    assert!(sig
        .assumptions
        .iter()
        .any(|a| a.instruction == 4 && a.field.to_string() == "target" && a.value == 524288));
    assert_eq!(Holes::parse("stubs"), Ok(Holes::STUBS));
    assert_eq!(
        Holes::parse("oparg,operands").map(|h| (h.oparg, h.target, h.operands)),
        Ok((true, false, true))
    );
    assert!(Holes::parse("opcode").unwrap_err().contains("unknown hole set `opcode`"));
}

/// The same loop recorded twice (a loop formed again in another test): the second trace
/// has the first one's signature, so `check` writes it once and names the other.
#[test]
fn a_trace_with_an_earlier_ones_signature_is_written_once() {
    let mut rec: serde_json::Value = serde_json::from_str(&text()).unwrap();
    let executors = rec["executors"].as_array_mut().unwrap();
    let mut again = executors[0].clone();
    again["index"] = 2.into();
    again["exits"] = serde_json::json!([]);
    executors.push(again);
    let mut conv = convert(&rec.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(conv.traces.len(), 3, "{:?}", conv.skipped);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("record-twice");
    let lib = record::library(&tree(), &dir.with_file_name("record-twice-library")).unwrap();
    assert_eq!(record::check(&mut conv, &lib, &dir).unwrap(), 0);
    let names: Vec<&str> = conv.traces.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["cpy0000_divide_all_40", "cpy0001_exit_0_6"]);
    assert_eq!(conv.duplicates, vec![(2, "cpy0000_divide_all_40".to_string())]);
    assert_eq!(conv.uops, 13);
}
