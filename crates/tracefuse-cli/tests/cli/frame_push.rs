//! A frame push executed: a copy of the sandbox library gains a call that runs inline
//! (`_CALL_INLINE`, `frame: push`: a new frame whose local 0 is the argument) and its
//! return (`_RETURN_INLINE`, `frame: pop`), and a trace through both runs as
//! interpreter, stitched and fused stencils with the same results — including a guard
//! that deopts inside the callee, where the exit must report the callee's frame and
//! stack pointer, and the error a failed allocation would raise inside the push.

use crate::common::copy_dir;
use std::path::Path;
use std::process::Command;

const CALL: &str = r#"#include "sandbox.h"

/* Pops the argument and enters a new frame of OPARG locals and two stack slots, the
 * argument in local 0; the caller keeps its stack pointer and is the new frame's
 * `previous`. */
TF_UOP(_CALL_INLINE) {
    TfValue arg = POP();
    TfFrame *callee = OPARG >= 1 ? tf_frame_new((int64_t)OPARG, 2) : 0;
    if (!callee) {
        tf_decref(arg);
        tstate->error = TF_ERR_MEMORY;
    }
    ERROR_IF(!callee);
    callee->locals[0] = arg; /* was None, immortal */
    callee->previous = frame;
    frame->sp = stack_pointer;
    SET_FRAME(callee);
    stack_pointer = callee->sp;
    NEXT();
}
"#;

const RETURN: &str = r#"#include "sandbox.h"

/* Pops the result, frees the frame and pushes the result onto the caller's stack. */
TF_UOP(_RETURN_INLINE) {
    TfValue result = POP();
    TfFrame *caller = frame->previous;
    frame->sp = stack_pointer;
    tf_frame_free(frame);
    SET_FRAME(caller);
    stack_pointer = caller->sp;
    PUSH(result);
    NEXT();
}
"#;

const ENTRIES: &str = r#"  - name: _CALL_INLINE
    id: 46
    stack: {inputs: [arg], outputs: []}
    fields: {oparg: int}
    exits: [error]
    frame: push
    body: bodies/_CALL_INLINE.c
  - name: _RETURN_INLINE
    id: 47
    stack: {inputs: [result], outputs: [result]}
    frame: pop
    body: bodies/_RETURN_INLINE.c
"#;

/// x = f(x) with f(a) inlined: b = a + 1; return b (the callee has locals a, b).
const TRACE: &str = r#"trace: add_one_inlined
library: sandbox
locals: 1
stack_size: 2
instructions:
  - {uop: _LOAD_FAST, oparg: 0}
  - {uop: _CALL_INLINE, oparg: 2, frame: {locals: 2, stack_size: 2}}
  - {uop: _LOAD_FAST, oparg: 0}
  - {uop: _LOAD_SMALL_INT, oparg: 1}
  - {uop: _GUARD_BOTH_INT, target: 40}
  - {uop: _BINARY_OP_ADD_INT, target: 50}
  - {uop: _STORE_FAST, oparg: 1}
  - {uop: _LOAD_FAST, oparg: 1}
  - {uop: _RETURN_INLINE}
  - {uop: _STORE_FAST, oparg: 0}
cases:
  - name: adds
    locals: [41]
    expect:
      exit: {kind: end}
      locals: [42]
      stack: []
  - name: deopt_in_the_callee
    locals: [2.5]
    expect:
      exit: {kind: deopt, index: 4, target: 40}
      locals: [2.5]
      stack: []
"#;

fn tracefuse(args: &[&str], cache: &Path) -> (bool, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_tracefuse")).args(args).arg("--cache").arg(cache).output().unwrap();
    let text = format!(
        "{}{}({})",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        out.status
    );
    (out.status.success(), text)
}

/// A copy of the sandbox library in `name`/lib under the target dir with the two frame
/// uops, and no traces of its own.
fn library_with_calls(name: &str) -> std::path::PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let lib = tmp.join(name).join("lib");
    let _ = std::fs::remove_dir_all(tmp.join(name));
    copy_dir(&tracefuse_sandbox::default_library_dir(), &lib);
    // The copy's frames know their caller (a field at the end: the other fields keep
    // their offsets).
    let header = std::fs::read_to_string(lib.join("sandbox.h")).unwrap();
    let field = "    TfValue *locals;      /* nlocals values, then stack_size stack slots */\n";
    assert!(header.contains(field));
    let header = header.replace(
        field,
        &format!("{field}    TfFrame *previous;    /* the caller, in a frame a call pushed */\n"),
    );
    std::fs::write(lib.join("sandbox.h"), header).unwrap();
    std::fs::write(lib.join("bodies/_CALL_INLINE.c"), CALL).unwrap();
    std::fs::write(lib.join("bodies/_RETURN_INLINE.c"), RETURN).unwrap();
    let manifest = std::fs::read_to_string(lib.join("uops.yaml")).unwrap();
    std::fs::write(lib.join("uops.yaml"), format!("{}\n{ENTRIES}", manifest.trim_end())).unwrap();
    // Only the new traces: the bundled ones are checked elsewhere.
    let traces = lib.join("traces");
    std::fs::remove_dir_all(&traces).unwrap();
    std::fs::create_dir_all(&traces).unwrap();
    lib
}

#[test]
fn a_trace_through_an_inlined_call_runs_the_same_in_all_modes() {
    let lib = library_with_calls("frame-push");
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("frame-push-cache");
    let traces = lib.join("traces");
    std::fs::write(traces.join("add_one_inlined.yaml"), TRACE).unwrap();

    let lib_arg = lib.to_str().unwrap();
    let (ok, out) = tracefuse(&["check", "--library", lib_arg], &cache);
    assert!(ok, "check failed:\n{out}");
    assert!(out.contains("check: 1 traces, 6 runs, 0 mismatches"), "{out}");

    // The callee's frame is checked against the size the push gives.
    std::fs::write(
        traces.join("add_one_inlined.yaml"),
        TRACE.replace("frame: {locals: 2,", "frame: {locals: 1,"),
    )
    .unwrap();
    let (ok, out) = tracefuse(&["check", "--library", lib_arg], &cache);
    assert!(!ok, "{out}");
    assert!(
        out.contains("add_one_inlined.yaml:12:")
            && out.contains(
                "`oparg` 1 indexes local 1, but the frame it runs on (pushed frame 1) has 1 locals"
            ),
        "{out}"
    );
}

/// f(n): while n > 0: f(n - 1), traced as CPython forms it when a function reaches its
/// own loop again in a call: the back edge is taken on the frame the call pushed, so each
/// iteration runs one frame deeper (the callee's local 0 is n - 1), until the guard's side
/// exit leaves in the deepest frame. The case checks the entry frame: left in a call (its
/// stack empty, the argument popped) when the exit is three frames down, holding the
/// guard's flag when the exit is on it.
const RECURSIVE: &str = r#"trace: count_down_in_calls
library: sandbox
locals: 1
stack_size: 2
instructions:
  - {uop: _LOAD_FAST, oparg: 0}
  - {uop: _LOAD_SMALL_INT, oparg: 0}
  - {uop: _COMPARE_OP_INT, oparg: 4}
  - {uop: _GUARD_IS_TRUE_POP, target: 30}
  - {uop: _LOAD_FAST, oparg: 0}
  - {uop: _LOAD_SMALL_INT, oparg: 1}
  - {uop: _BINARY_OP_SUBTRACT_INT, target: 60}
  - {uop: _CALL_INLINE, oparg: 1, frame: {locals: 1, stack_size: 2}}
  - {uop: _JUMP_TO_TOP}
cases:
  - name: three_calls_deep
    locals: [3]
    expect:
      exit: {kind: side_exit, index: 3, target: 30}
      locals: [3]
      stack: []
  - name: no_call
    locals: [0]
    expect:
      exit: {kind: side_exit, index: 3, target: 30}
      locals: [0]
      stack: [false]
"#;

/// A loop closed in a deeper frame of the same size (recursion) is a trace the core
/// accepts: interpreter, stitched and fused runs agree, every iteration on the frame the
/// previous one pushed. A back edge on a pushed frame of another size is refused, with
/// the file, line and both sizes.
#[test]
fn a_loop_closed_in_a_pushed_frame_runs_the_same_in_all_modes() {
    let lib = library_with_calls("frame-push-recursive");
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("frame-push-recursive-cache");
    let traces = lib.join("traces");
    std::fs::write(traces.join("count_down_in_calls.yaml"), RECURSIVE).unwrap();
    let lib_arg = lib.to_str().unwrap();
    let (ok, out) = tracefuse(&["check", "--library", lib_arg], &cache);
    assert!(ok, "check failed:\n{out}");
    assert!(out.contains("check: 1 traces, 6 runs, 0 mismatches"), "{out}");

    std::fs::write(
        traces.join("count_down_in_calls.yaml"),
        RECURSIVE.replace("frame: {locals: 1, stack_size: 2}", "frame: {locals: 2, stack_size: 2}"),
    )
    .unwrap();
    let (ok, out) = tracefuse(&["check", "--library", lib_arg], &cache);
    assert!(!ok, "{out}");
    assert!(
        out.contains("count_down_in_calls.yaml:14:")
            && out.contains(
                "instruction 8 (_JUMP_TO_TOP): jumps back to the top in the frame instruction 7 \
                 (_CALL_INLINE) pushed, which has 2 locals and stack_size 2"
            )
            && out.contains("the trace is entered with 1 locals and stack_size 2"),
        "{out}"
    );
}
