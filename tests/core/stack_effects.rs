//! A manifest entry whose stack effect is not what its body does is refused when the
//! bodies are compiled (so by `generate` and `check` alike), naming the manifest line and
//! the body, in both directions: a body touching slots its entry does not declare, and an
//! entry declaring slots the body does not pop or push.

use crate::common;

use std::path::{Path, PathBuf};
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;

const TRIPLE: &str = "x86_64-unknown-linux-gnu";

/// Doubles the int on top of the stack in place: one slot read and written, none pushed.
const DOUBLE: &str = r#"#include "sandbox.h"
TF_UOP(_UNARY_DOUBLE_INT) {
    TfValue value = PEEK(1);
    DEOPT_IF(!tf_is_int(value));
    int64_t res = 2 * tf_int_value(value);
    DEOPT_IF(res > TF_INT_MAX || res < TF_INT_MIN);
    POKE(1, tf_int(res));
    NEXT();
}
"#;

/// Pushes its local twice.
const TWICE: &str = r#"#include "sandbox.h"
TF_UOP(_LOAD_TWICE) {
    TfValue v = frame->locals[OPARG];
    tf_incref(v);
    tf_incref(v);
    PUSH(v);
    PUSH(v);
    NEXT();
}
"#;

/// Reads the top of the stack, pops nothing: a guard that peeks.
const PEEKS: &str = r#"#include "sandbox.h"
TF_UOP(_GUARD_TOP_INT) {
    DEOPT_IF(!tf_is_int(PEEK(1)));
    NEXT();
}
"#;

/// A copy of the sandbox library with one more uop (`name`, `body`, `stack`), and the
/// manifest's line of its entry. `extra` goes before `uops:` (a library key).
fn library(dir: &str, name: &str, body: &str, stack: &str, extra: &str) -> (PathBuf, usize) {
    let src = common::example_library();
    let lib = Path::new(env!("CARGO_TARGET_TMPDIR")).join("stack-effects").join(dir);
    let _ = std::fs::remove_dir_all(&lib);
    std::fs::create_dir_all(lib.join("bodies")).unwrap();
    for entry in std::fs::read_dir(&src).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, lib.join(p.file_name().unwrap())).unwrap();
        }
    }
    for entry in std::fs::read_dir(src.join("bodies")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, lib.join("bodies").join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(lib.join("bodies").join(format!("{name}.c")), body).unwrap();
    let manifest = std::fs::read_to_string(lib.join("uops.yaml")).unwrap();
    let manifest = manifest.replacen("\nuops:\n", &format!("\n{extra}uops:\n"), 1);
    let manifest = manifest.trim_end().to_string();
    let line = manifest.lines().count() + 1;
    let manifest = format!(
        "{manifest}\n  - name: {name}\n    id: 99\n    stack: {stack}\n    fields: {{oparg: local, target: int}}\n    exits: [deopt]\n    body: bodies/{name}.c\n"
    );
    std::fs::write(lib.join("uops.yaml"), manifest).unwrap();
    (lib, line)
}

fn compile(lib: &Path) -> Result<(), String> {
    let lib = UopLibrary::load(lib).map_err(|e| format!("manifest: {e}"))?;
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("stack-effects-cache");
    BodyCompiler::new(&cache).unwrap().compile_library(&lib, TRIPLE).map(|_| ()).map_err(|e| e.to_string())
}

#[test]
fn a_body_touching_undeclared_slots_is_refused() {
    // The issue's first mistake: the body reads and writes the top, the entry declares
    // only an output.
    let (lib, line) = library("no-inputs", "_UNARY_DOUBLE_INT", DOUBLE, "{inputs: [], outputs: [res]}", "");
    let err = compile(&lib).expect_err("a body reading an undeclared slot must be refused");
    let at = format!("{}:{line}:", lib.join("uops.yaml").display());
    assert!(err.starts_with(&at), "names the manifest line {at}:\n{err}");
    assert!(err.contains("uop _UNARY_DOUBLE_INT"), "{err}");
    assert!(err.contains("bodies/_UNARY_DOUBLE_INT.c"), "names the body:\n{err}");
    assert!(err.contains("it reads PEEK(1), below the 0 inputs declared"), "{err}");
    assert!(err.contains("it writes PEEK(1), below the 0 inputs declared"), "{err}");
    assert!(
        err.contains("moved the stack pointer by +0 slots, where the declared effect moves it by +1"),
        "{err}"
    );
    assert!(err.contains("help: declare in `stack:`"), "says what to do:\n{err}");

    // Pushing two values where one output is declared.
    let (lib, _) = library("pushes-two", "_LOAD_TWICE", TWICE, "{inputs: [], outputs: [value]}", "");
    let err = compile(&lib).expect_err("a body pushing an undeclared slot must be refused");
    assert!(err.contains("it writes the slot 2 above the top, beyond the 1 output declared"), "{err}");
    assert!(
        err.contains("moved the stack pointer by +2 slots, where the declared effect moves it by +1"),
        "{err}"
    );

    // A guard that peeks without declaring what it peeks, unless the library says its
    // manifest counts only popped and pushed slots (CPython's).
    let (lib, _) = library("peeks", "_GUARD_TOP_INT", PEEKS, "{inputs: [], outputs: []}", "");
    let err = compile(&lib).expect_err("an undeclared peek must be refused");
    assert!(err.contains("it reads PEEK(1), below the 0 inputs declared"), "{err}");
    let (lib, _) = library(
        "peeks-allowed",
        "_GUARD_TOP_INT",
        PEEKS,
        "{inputs: [], outputs: []}",
        "undeclared_peeks: true\n",
    );
    compile(&lib).unwrap();
}

#[test]
fn an_entry_declaring_slots_the_body_does_not_pop_is_refused() {
    // The issue's second mistake: one input and no output for a body that leaves its
    // input in place, so the stack the entry promises is one slot lower than the real one.
    let (lib, line) =
        library("no-outputs", "_UNARY_DOUBLE_INT", DOUBLE, "{inputs: [value], outputs: []}", "");
    let err = compile(&lib).expect_err("a wrong net effect must be refused");
    assert!(err.starts_with(&format!("{}:{line}:", lib.join("uops.yaml").display())), "{err}");
    assert!(err.contains("1 input and 0 outputs"), "{err}");
    assert!(
        err.contains("moved the stack pointer by +0 slots, where the declared effect moves it by -1"),
        "{err}"
    );
    // Declaring more outputs than the body pushes.
    let (lib, _) = library("two-outputs", "_LOAD_TWICE", TWICE, "{inputs: [], outputs: [a, b, c]}", "");
    let err = compile(&lib).expect_err("an output never pushed must be refused");
    assert!(
        err.contains("moved the stack pointer by +2 slots, where the declared effect moves it by +3"),
        "{err}"
    );
    // The right entries pass, and so does every uop of the bundled library.
    let (lib, _) = library("right", "_UNARY_DOUBLE_INT", DOUBLE, "{inputs: [value], outputs: [res]}", "");
    compile(&lib).unwrap();
    let (lib, _) = library("right-twice", "_LOAD_TWICE", TWICE, "{inputs: [], outputs: [a, b]}", "");
    compile(&lib).unwrap();
    compile(&common::example_library()).unwrap();
}

#[test]
fn a_body_naming_another_uop_is_refused_at_its_tf_uop_line() {
    // The body file of _UNARY_DOUBLE_INT defines _UNARY_DOUBLE (a renamed copy).
    let body = DOUBLE.replace("TF_UOP(_UNARY_DOUBLE_INT)", "TF_UOP(_UNARY_DOUBLE)");
    let (lib, _) = library("misnamed", "_UNARY_DOUBLE_INT", &body, "{inputs: [value], outputs: [res]}", "");
    let err = compile(&lib).expect_err("a body defining another uop must be refused");
    let at = format!("{}:2:", lib.join("bodies/_UNARY_DOUBLE_INT.c").display());
    assert!(err.starts_with(&at), "names the TF_UOP line {at}:\n{err}");
    assert!(err.contains("`TF_UOP(_UNARY_DOUBLE)` defines uop _UNARY_DOUBLE, but this is the body of uop _UNARY_DOUBLE_INT"), "{err}");
    assert!(err.contains("help: write `TF_UOP(_UNARY_DOUBLE_INT)`"), "{err}");
}
