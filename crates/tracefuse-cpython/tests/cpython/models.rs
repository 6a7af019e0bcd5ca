//! The models of CPython's int and float runtime functions (`src/tf_cpython_models.h`)
//! against the real functions: `tests/models.c` is linked with a built tree's
//! `libpython3.14.a` and run (`TRACEFUSE_CPYTHON=DIR`, DIR a built 3.14 tree; without one
//! the test prints why it is skipped and passes). A broken copy of the models (one fault
//! each) must make the same check fail.

use std::path::{Path, PathBuf};
use std::process::Command;

fn built_tree() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("TRACEFUSE_CPYTHON").filter(|d| !d.is_empty()).map(PathBuf::from) else {
        println!("skipped: set TRACEFUSE_CPYTHON to a built CPython 3.14 tree");
        return None;
    };
    if !dir.join("libpython3.14.a").is_file() {
        println!("skipped: {} has no libpython3.14.a (build it first)", dir.display());
        return None;
    }
    Some(dir)
}

/// Builds models.c against the models in `models_dir` and runs it: (passed, output).
fn check(tree: &Path, models_dir: &Path, exe: &Path) -> (bool, String) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/models.c");
    let out = Command::new("clang-19")
        .args(["-O1", "-o"])
        .arg(exe)
        .arg(&src)
        .arg("-I")
        .arg(models_dir)
        .arg("-I")
        .arg(tree.join("Include"))
        .arg("-I")
        .arg(tree.join("Include/internal"))
        .arg("-I")
        .arg(tree)
        .arg(tree.join("libpython3.14.a"))
        .args(["-ldl", "-lm", "-lpthread"])
        .output()
        .expect("clang-19 runs");
    assert!(out.status.success(), "models.c does not build: {}", String::from_utf8_lossy(&out.stderr));
    let run = Command::new(exe).arg(tree.join("Lib")).output().expect("the check runs");
    let text = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    (run.status.success(), text)
}

#[test]
fn every_model_does_what_the_real_function_does() {
    let Some(tree) = built_tree() else { return };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("models");
    std::fs::create_dir_all(&tmp).unwrap();
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let (ok, text) = check(&tree, &here, &tmp.join("models"));
    println!("{text}");
    assert!(ok && text.contains(" 0 mismatches"), "{text}");

    // One fault at a time in a copy of the models: the check must see each.
    let models = std::fs::read_to_string(here.join("tf_cpython_models.h")).unwrap();
    let faults = [
        ("the tracer's creation event", "_PyReftracerTrack(op, PyRefTracer_CREATE);", ""),
        ("the medium range", "v <= (stwodigits)PyLong_MASK;", "v <= (stwodigits)PyLong_MASK + 1;"),
        ("a negative zero", "o->ob_fval = d;", "o->ob_fval = d + 0.0;"),
        ("the float free list", "->floats, Py_floats_MAXFREELIST);", "->ints, Py_floats_MAXFREELIST);"),
        ("a generic close's full list", "max = Py_ints_MAXFREELIST;", "max = Py_ints_MAXFREELIST + 1;"),
        (
            "the float release's event",
            "_PyReftracerTrack(op, PyRefTracer_DESTROY);\n    _PyFreeList_Free(fl",
            "_PyFreeList_Free(fl",
        ),
        (
            "a two-digit value's high digit",
            "ob_digit[1] << PyLong_SHIFT;",
            "ob_digit[1] << (PyLong_SHIFT - 1);",
        ),
        (
            "a three-digit result's top digit",
            "(digit)(m >> (2 * PyLong_SHIFT));",
            "(digit)(m >> (2 * PyLong_SHIFT + 1));",
        ),
        ("a large result's sign", "(o, v < 0 ? -1 : 1, n);", "(o, 1, n);"),
        (
            "the free of an int that is not compact",
            "if (!_PyLong_IsCompact(v)) {\n        PyObject_Free(op);",
            "if (!_PyLong_IsCompact(v)) {\n        _PyFreeList_Free(&tf_cpy_freelists(ts)->ints, op, 80, PyObject_Free);",
        ),
        ("a frame's bottom local", "while (sp > locals) {", "while (sp > locals + 1) {"),
        ("the data stack's pop", "ts->datastack_top = (PyObject **)frame;", "ts->datastack_top = (PyObject **)frame + 1;"),
        ("a frame's function", "tf_cpy_close(ts, func);", "(void)func;"),
        (
            "the full free list",
            "_PyFreeList_Free(fl, op, max, PyObject_Free)",
            "_PyFreeList_Free(fl, op, max + 1, PyObject_Free)",
        ),
    ];
    for (n, (what, from, to)) in faults.iter().enumerate() {
        assert_eq!(models.matches(from).count(), 1, "{what}: {from:?} is not in the models once");
        let dir = tmp.join(format!("fault-{n}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("tf_cpython_models.h"), models.replace(from, to)).unwrap();
        let (ok, text) = check(&tree, &dir, &dir.join("models"));
        assert!(!ok && text.contains("MISMATCH"), "a fault in {what} went unseen:\n{text}");
    }
}
