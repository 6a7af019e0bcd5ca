//! The import step: a tree's executor cases become a tracefuse uop library whose every
//! body compiles with clang 19 for x86-64 and AArch64 Linux, with CPython's JIT flags
//! and tracefuse's bitcode flags. The fixture runs always (against its own stub
//! headers); a real configured tree runs when `TRACEFUSE_CPYTHON=DIR` is set.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use tracefuse::definitions::schema::{Manifest, UopEntry};
use tracefuse::definitions::{ExitKind, Field, FieldKind, FrameEffect, StencilResult};
use tracefuse_cpython::{import, CpythonTree, ImportReport, StackCount};

const TRIPLES: [&str; 2] = ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"];

fn clang() -> PathBuf {
    std::env::var_os("TRACEFUSE_CLANG").map(PathBuf::from).unwrap_or_else(|| "clang-19".into())
}

/// The folder of tracefuse.h in this repository.
fn tracefuse_include() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../llvm")
}

fn out_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-{name}"))
}

/// Compiles every body of `report` for `triple` on two threads; returns the failures
/// (uop, clang's first lines).
fn compile_all(report: &ImportReport, triple: &str, scratch: &Path) -> Vec<(String, String)> {
    std::fs::create_dir_all(scratch).unwrap();
    let args = report.clang_args(triple, &tracefuse_include());
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(u) = report.uops.get(i) else { break };
                let out = scratch.join(format!("{}.{triple}.bc", u.name));
                let run = Command::new(clang())
                    .args(&args)
                    .arg("-o")
                    .arg(&out)
                    .arg(report.body_path(u))
                    .output()
                    .expect("run clang-19 (set TRACEFUSE_CLANG)");
                let _ = std::fs::remove_file(&out);
                if !run.status.success() {
                    let err = String::from_utf8_lossy(&run.stderr);
                    let first: Vec<&str> = err.lines().filter(|l| l.contains("error")).take(3).collect();
                    failures.lock().unwrap().push((u.name.clone(), first.join("\n")));
                }
            });
        }
    });
    let mut f = failures.into_inner().unwrap();
    f.sort();
    f
}

fn check_compiles(report: &ImportReport, label: &str) {
    let mut all = Vec::new();
    for triple in TRIPLES {
        let failures = compile_all(report, triple, &out_dir(&format!("{label}-bc")));
        println!(
            "{label}: {} of {} bodies compile for {triple}",
            report.uops.len() - failures.len(),
            report.uops.len()
        );
        for (n, e) in &failures {
            println!("  {n}: {e}");
        }
        all.extend(failures.into_iter().map(|(n, e)| format!("{triple} {n}: {e}")));
    }
    assert!(all.is_empty(), "bodies that do not compile:\n{}", all.join("\n"));
}

/// The manifest an import wrote, read through the core's schema, and its text.
fn manifest(report: &ImportReport) -> (Manifest, String) {
    let yaml = std::fs::read_to_string(&report.manifest).unwrap();
    (serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}")), yaml)
}

/// One uop's entry in the manifest.
fn manifest_entry<'a>(m: &'a Manifest, name: &str) -> Option<&'a UopEntry> {
    m.uops.iter().find(|u| u.name == name)
}

/// `fields:` with every field `int`.
fn ints(fields: &[Field]) -> std::collections::BTreeMap<Field, FieldKind> {
    fields.iter().map(|f| (*f, FieldKind::Int)).collect()
}

/// `stack:` as item texts.
fn stack(u: &UopEntry) -> (Vec<&str>, Vec<&str>) {
    (
        u.stack.inputs.iter().map(String::as_str).collect(),
        u.stack.outputs.iter().map(String::as_str).collect(),
    )
}

#[test]
fn fixture_imports_and_compiles() {
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let out = out_dir("fixture");
    let report = import(&tree, &out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.uops.len(), tree.uops.len());
    let (m, yaml) = manifest(&report);
    assert_eq!(m.library, "cpython");
    // pyconfig.h's folder first.
    assert_eq!(report.include_dirs.first(), tree.pyconfig_dir.as_ref());
    assert_eq!(m.include.first().map(PathBuf::from).as_ref(), tree.pyconfig_dir.as_ref());

    let e = |n| manifest_entry(&m, n).unwrap_or_else(|| panic!("{n} not in uops.yaml:\n{yaml}"));
    // Replicated: the constant oparg is not a field; the case's assert is compiled out.
    assert_eq!(stack(e("_PUSH_LOCAL_0")), (vec![], vec!["out"]));
    assert!(e("_PUSH_LOCAL_0").fields.is_empty());
    assert_eq!(e("_PUSH_LOCAL").fields, ints(&[Field::Oparg]));
    assert_eq!(e("_GUARD_TOP_IS_SMALL").exits, [ExitKind::Deopt]);
    assert_eq!(stack(e("_DIVIDE")), (vec!["in[2]"], vec!["out"]));
    assert_eq!(e("_DIVIDE").exits, [ExitKind::Error]);
    // Guards read their stubs' numbers from `target` (exit routing).
    assert_eq!(e("_GUARD_FLAG_SET").fields, ints(&[Field::Operand0, Field::Operand1, Field::Target]));
    assert_eq!(e("_GUARD_TOP_IS_SMALL").fields, ints(&[Field::Target]));
    assert_eq!(m.stencil_result, StencilResult::Pointer);
    assert_eq!(m.exit_routing.map(|r| r.field), Some(Field::Target));
    assert!(m.count_entries && m.undeclared_peeks);
    assert_eq!(e("_JUMP_TO_TOP").exits, [ExitKind::JumpToTop]);
    assert_eq!(e("_EXIT_TRACE").exits, [ExitKind::Return, ExitKind::TailCall]);
    assert_eq!(e("_DEOPT").fields, ints(&[Field::Target]));
    assert_eq!(stack(e("_ERROR_POP_N")), (vec!["in[oparg]"], vec![]));
    for t in ["_EXIT_TRACE", "_DEOPT", "_ERROR_POP_N", "_JUMP_TO_TOP"] {
        assert!(e(t).terminator, "{t}");
    }
    assert!(!e("_DIVIDE").terminator);
    // Frame switches: entering pops the new frame off the caller's stack and pushes
    // nothing (the callee's stack starts empty); returning pops the result off the
    // callee's stack and pushes it onto the caller's. Both are in the manifest.
    assert_eq!(stack(e("_ENTER_FRAME")), (vec!["in"], vec![]), "{:?}", e("_ENTER_FRAME"));
    assert_eq!(e("_ENTER_FRAME").frame, Some(FrameEffect::Push));
    assert_eq!(stack(e("_LEAVE_FRAME")), (vec!["in"], vec!["out"]));
    assert_eq!(e("_LEAVE_FRAME").frame, Some(FrameEffect::Pop));
    assert_eq!(e("_DIVIDE").frame, None);
    assert!(report.left_out().is_empty(), "{:?}", report.left_out());
    // Not compiled, with reasons.
    for n in ["_RESUME_HERE", "_PUSH_LOCAL_PAIR", "_BRANCH_ON_FLAG"] {
        assert!(report.not_compiled.iter().any(|(m, _)| m == n), "{n}: {:?}", report.not_compiled);
        assert_eq!(yaml.matches(&format!("#   {n}: ")).count(), 1, "{n}");
    }
    // A uop with two reasons (tier-1 only and a not-viable note) is one entry, so the
    // count `tracefuse cpython import` prints is a count of uops.
    assert_eq!(report.not_compiled.len(), 3, "{:?}", report.not_compiled);
    let (_, why) = report.not_compiled.iter().find(|(m, _)| m == "_BRANCH_ON_FLAG").unwrap();
    assert!(why.contains("tier-1 only") && why.contains("not a viable micro-op"), "{why}");

    let body = std::fs::read_to_string(out.join("bodies/_DEOPT.c")).unwrap();
    assert!(body.contains("void **tf_result"));
    let body = std::fs::read_to_string(out.join("bodies/_GUARD_TOP_IS_SMALL.c")).unwrap();
    assert!(body.contains("#define TF_CPY_JUMP_STATUS TF_DEOPT"));
    let body = std::fs::read_to_string(out.join("bodies/_JUMP_TO_TOP.c")).unwrap();
    assert!(body.contains("#define TF_CPY_JUMP_STATUS TF_JUMP_TOP"));
    // The frame arrives by address and every way out hands the current one back.
    let body = std::fs::read_to_string(out.join("bodies/_ENTER_FRAME.c")).unwrap();
    assert!(
        body.contains("_PyInterpreterFrame **tf_framep") && body.contains("*tf_framep = frame;"),
        "{body}"
    );

    // A second import replaces the first; a foreign folder is refused.
    import(&tree, &out).unwrap_or_else(|e| panic!("{e}"));
    let foreign = out_dir("foreign");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
    let err = import(&tree, &foreign).unwrap_err().to_string();
    assert!(err.contains("not empty") && err.contains("foreign"), "{err}");
    assert!(foreign.join("keep.txt").is_file());

    check_compiles(&report, "fixture");
}

#[test]
fn real_tree_imports_and_compiles() {
    let dir = match std::env::var_os("TRACEFUSE_CPYTHON") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => {
            println!("skipped: set TRACEFUSE_CPYTHON");
            return;
        }
    };
    let tree = CpythonTree::open(&dir).unwrap_or_else(|e| panic!("{e}"));
    let report = import(&tree, &out_dir("real")).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "CPython {}: {} cases imported into {}",
        tree.version.text,
        report.uops.len(),
        report.dir.display()
    );
    let left = report.left_out();
    println!("{} in uops.yaml; {} left out (stack effect):", report.uops.len() - left.len(), left.len());
    for (n, why) in &left {
        println!("  {n}: {why}");
    }
    println!("{} not compiled by CPython's JIT", report.not_compiled.len());
    let multi: Vec<_> = report
        .uops
        .iter()
        .filter(|u| matches!(&u.inputs, StackCount::Items(v) if v.len() > 1))
        .map(|u| u.name.as_str())
        .collect();
    println!("k*oparg counts split into items: {multi:?}");
    let (m, _) = manifest(&report);
    let e = |t| manifest_entry(&m, t).unwrap_or_else(|| panic!("{t} missing"));
    for t in ["_EXIT_TRACE", "_DEOPT", "_ERROR_POP_N", "_JUMP_TO_TOP"] {
        assert!(e(t).terminator, "{t}");
    }
    assert!(e("_EXIT_TRACE").exits.contains(&ExitKind::TailCall));
    if tree.version.text == "3.14.7" {
        assert_eq!(report.uops.len(), 285);
        // Every case is in uops.yaml; the four that switch frames say how.
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(e("_PUSH_FRAME").frame, Some(FrameEffect::Push));
        for t in ["_RETURN_VALUE", "_YIELD_VALUE", "_RETURN_GENERATOR"] {
            assert_eq!(e(t).frame, Some(FrameEffect::Pop), "{t}");
        }
        assert_eq!(m.uops.iter().filter(|u| u.frame.is_some()).count(), 4);
    }
    check_compiles(&report, "cpython");
}
