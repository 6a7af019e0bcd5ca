//! Broken copies of the fixture: each failure is reported with the file, the line and what
//! is wrong (or, for tree-level problems, the directory and what to do).

use crate::common;

use common::{edit, label, scratch};
use tracefuse_cpython::{
    CpythonTree, Error, EXECUTOR_CASES_C_H, OPCODE_METADATA_H, PATCHLEVEL_H, UOP_IDS_H, UOP_METADATA_H,
};

fn open_err(dir: &std::path::Path) -> Error {
    match CpythonTree::open(dir) {
        Ok(_) => panic!("{} opened", dir.display()),
        Err(e) => e,
    }
}

#[test]
fn unterminated_last_case() {
    let dir = scratch("unterminated-last");
    edit(
        &dir,
        EXECUTOR_CASES_C_H,
        "stack_pointer += 1;\n            assert(WITHIN_STACK_BOUNDS());\n            break;\n        }\n\n        /* _BRANCH_ON_FLAG",
        "stack_pointer += 1;\n\n        /* _BRANCH_ON_FLAG",
        1,
    );
    let e = open_err(&dir);
    assert!(matches!(e, Error::Parse(_)));
    assert_eq!(
        e.to_string(),
        format!(
            "{}:144: case `_LEAVE_FRAME` is not terminated: end of file with 1 unclosed `{{` (the case opens here)",
            label(&dir, EXECUTOR_CASES_C_H)
        )
    );
}

#[test]
fn unterminated_middle_case() {
    let dir = scratch("unterminated-middle");
    edit(
        &dir,
        EXECUTOR_CASES_C_H,
        "            break;\n        }\n\n        case _DIVIDE: {",
        "\n        case _DIVIDE: {",
        1,
    );
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:33: case `_GUARD_TOP_IS_SMALL` is not terminated: `case _DIVIDE:` at line 43 starts before its \
             closing `}}`",
            label(&dir, EXECUTOR_CASES_C_H)
        )
    );
}

#[test]
fn unterminated_comment_and_string() {
    let dir = scratch("unterminated-comment");
    // The last block comment of the file, so that no later `*/` closes it.
    edit(&dir, EXECUTOR_CASES_C_H, "because it is replaced */", "because it is replaced", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!("{}:161: unterminated comment: `/*` has no closing `*/`", label(&dir, EXECUTOR_CASES_C_H))
    );
    let dir = scratch("unterminated-string");
    edit(&dir, EXECUTOR_CASES_C_H, r#"{%p}\n", (void *)resume"#, "{%p}\\n, (void *)resume", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!("{}:102: unterminated string literal", label(&dir, EXECUTOR_CASES_C_H))
    );
}

#[test]
fn unknown_flag() {
    let dir = scratch("unknown-flag");
    edit(
        &dir,
        UOP_METADATA_H,
        "[_GUARD_TOP_IS_SMALL] = HAS_DEOPT_FLAG,",
        "[_GUARD_TOP_IS_SMALL] = HAS_DEOPT_FLAG | HAS_SPARKLE_FLAG,",
        1,
    );
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:19: unknown flag `HAS_SPARKLE_FLAG` in the `_PyUop_Flags` entry for `_GUARD_TOP_IS_SMALL`: it is \
             not defined in {}",
            label(&dir, UOP_METADATA_H),
            label(&dir, OPCODE_METADATA_H)
        )
    );
    // Defined in the header, but not a flag tracefuse knows the meaning of.
    edit(
        &dir,
        OPCODE_METADATA_H,
        "#define HAS_NO_SAVE_IP_FLAG (256)\n",
        "#define HAS_NO_SAVE_IP_FLAG (256)\n#define HAS_SPARKLE_FLAG (512)\n",
        1,
    );
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:19: flag `HAS_SPARKLE_FLAG` of `_GUARD_TOP_IS_SMALL` (defined at {}:17) is not one tracefuse knows",
            label(&dir, UOP_METADATA_H),
            label(&dir, OPCODE_METADATA_H)
        )
    );
}

#[test]
fn flag_bits_must_be_single_bits() {
    let dir = scratch("flag-bits");
    edit(&dir, OPCODE_METADATA_H, "#define HAS_EXIT_FLAG (16)", "#define HAS_EXIT_FLAG (24)", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!("{}:12: `HAS_EXIT_FLAG` must be a single bit, not `(24)`", label(&dir, OPCODE_METADATA_H))
    );
}

#[test]
fn case_without_metadata() {
    let dir = scratch("missing-metadata");
    edit(&dir, UOP_METADATA_H, "    [_GUARD_FLAG_SET] = HAS_EXIT_FLAG,\n", "", 1);
    edit(&dir, UOP_METADATA_H, "    [_GUARD_FLAG_SET] = \"_GUARD_FLAG_SET\",\n", "", 1);
    edit(&dir, UOP_METADATA_H, "        case _GUARD_FLAG_SET:\n", "", 2);
    let e = open_err(&dir);
    let Error::Mismatch(list) = &e else { panic!("{e}") };
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].uop.as_str(), list[0].line), ("_GUARD_FLAG_SET", 70));
    assert_eq!(
        e.to_string(),
        format!(
            "1 mismatch(es) between the executor cases and the uop metadata:\n  {}:70: case `_GUARD_FLAG_SET` has \
             no entry in `_PyUop_Flags` ({})",
            label(&dir, EXECUTOR_CASES_C_H),
            label(&dir, UOP_METADATA_H)
        )
    );
    // Without an id either: the expansion of TEST_FLAG names it first.
    edit(&dir, UOP_IDS_H, "#define _GUARD_FLAG_SET 404\n", "", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:34: the expansion of `TEST_FLAG` names `_GUARD_FLAG_SET`, which has no id in {}",
            label(&dir, OPCODE_METADATA_H),
            label(&dir, UOP_IDS_H)
        )
    );
    edit(&dir, OPCODE_METADATA_H, "{ _GUARD_FLAG_SET, 2, 1 }, ", "", 1);
    edit(
        &dir,
        OPCODE_METADATA_H,
        ".nuops = 2, .uops = { { _BRANCH_ON_FLAG",
        ".nuops = 1, .uops = { { _BRANCH_ON_FLAG",
        1,
    );
    assert!(open_err(&dir)
        .to_string()
        .ends_with(":70: case `_GUARD_FLAG_SET` has no id in pycore_uop_ids.h and no metadata"));
}

#[test]
fn partial_metadata() {
    let dir = scratch("partial-metadata");
    edit(&dir, UOP_METADATA_H, "    [_GUARD_FLAG_SET] = HAS_EXIT_FLAG,\n", "", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:40: `_GUARD_FLAG_SET` is in `_PyOpcode_uop_name` but has no entry in `_PyUop_Flags`",
            label(&dir, UOP_METADATA_H)
        )
    );
    let dir = scratch("partial-metadata-2");
    edit(&dir, UOP_METADATA_H, "        case _DIVIDE:\n            return 2;\n", "", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:20: `_DIVIDE` has an entry in `_PyUop_Flags` but no case in `_PyUop_num_popped`",
            label(&dir, UOP_METADATA_H)
        )
    );
    let dir = scratch("bad-effect");
    edit(&dir, UOP_METADATA_H, "            return oparg;\n", "            return oparg + spare;\n", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:69: in `_PyUop_num_popped`: bad stack effect `oparg + spare`: unknown name `spare` (only `oparg` \
             may appear)",
            label(&dir, UOP_METADATA_H)
        )
    );
    let dir = scratch("bad-name");
    edit(&dir, UOP_METADATA_H, "[_DEOPT] = \"_DEOPT\"", "[_DEOPT] = \"_DEOP\"", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:36: the name of `_DEOPT` is given as `\"_DEOP\"`, expected `\"_DEOPT\"`",
            label(&dir, UOP_METADATA_H)
        )
    );
}

#[test]
fn metadata_without_case_and_replication() {
    let dir = scratch("missing-case");
    let cases = std::fs::read_to_string(dir.join(EXECUTOR_CASES_C_H)).unwrap();
    let start = cases.find("        case _PUSH_LOCAL_0: {").unwrap();
    let end = cases.find("        case _PUSH_LOCAL: {").unwrap();
    std::fs::write(dir.join(EXECUTOR_CASES_C_H), format!("{}{}", &cases[..start], &cases[end..])).unwrap();
    let um = label(&dir, UOP_METADATA_H);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "2 mismatch(es) between the executor cases and the uop metadata:\n  {um}:16: `_PUSH_LOCAL_0` has \
             metadata but no case in {}: CPython's JIT would have no stencil for it\n  {um}:17: `_PUSH_LOCAL` has \
             replication 1 in `_PyUop_Replication` but there is no case `_PUSH_LOCAL_0`",
            label(&dir, EXECUTOR_CASES_C_H)
        )
    );
}

#[test]
fn wrong_version() {
    let dir = scratch("wrong-version");
    edit(&dir, PATCHLEVEL_H, "\"3.14.7\"", "\"3.15.0a1\"", 1);
    let expected = format!(
        "{}:6: CPython 3.15.0a1 is not supported: tracefuse reads CPython 3.14.x source trees only",
        label(&dir, PATCHLEVEL_H)
    );
    assert_eq!(open_err(&dir).to_string(), expected);
    // The version is checked before the configuration, and without it.
    std::fs::remove_file(dir.join("pyconfig.h")).unwrap();
    assert_eq!(open_err(&dir).to_string(), expected);
    assert_eq!(CpythonTree::open_unconfigured(&dir).unwrap_err().to_string(), expected);

    edit(&dir, PATCHLEVEL_H, "\"3.15.0a1\"", "3.14", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!("{}:6: `PY_VERSION` must be a string like \"3.14.7\", not `3.14`", label(&dir, PATCHLEVEL_H))
    );
    edit(&dir, PATCHLEVEL_H, "#define PY_VERSION 3.14\n", "", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!("{}:5: no `#define PY_VERSION`", label(&dir, PATCHLEVEL_H))
    );
}

#[test]
fn unconfigured_tree() {
    let dir = scratch("unconfigured");
    std::fs::remove_file(dir.join("pyconfig.h")).unwrap();
    let e = open_err(&dir);
    assert!(matches!(&e, Error::NotConfigured { dir: d } if *d == dir));
    assert_eq!(
        e.to_string(),
        format!(
            "{0}: the tree has not been configured (no pyconfig.h): run `./configure \
             --enable-experimental-jit=yes-off CC=clang-19` in {0} first (configuring is enough; CPython need not \
             be built)",
            dir.display()
        )
    );
    // Reading the uops does not need the configuration.
    assert_eq!(CpythonTree::open_unconfigured(&dir).unwrap().uops.len(), 12);
    // An out-of-tree build directory without pyconfig.h is named instead.
    let build = dir.join("build");
    std::fs::create_dir_all(&build).unwrap();
    let e = CpythonTree::open_with_pyconfig(&dir, &build).unwrap_err();
    assert!(
        e.to_string().starts_with(&format!("{}: the tree has not been configured", build.display())),
        "{e}"
    );
    std::fs::write(build.join("pyconfig.h"), "").unwrap();
    assert_eq!(CpythonTree::open_with_pyconfig(&dir, &build).unwrap().pyconfig_dir, Some(build));
}

#[test]
fn not_a_tree() {
    let dir = scratch("not-a-tree");
    std::fs::remove_file(dir.join(EXECUTOR_CASES_C_H)).unwrap();
    std::fs::remove_file(dir.join("Tools/jit/template.c")).unwrap();
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}: not a CPython 3.14 source tree: missing Python/executor_cases.c.h, Tools/jit/template.c",
            dir.display()
        )
    );
    let file = dir.join(PATCHLEVEL_H);
    assert_eq!(
        open_err(&file).to_string(),
        format!("{}: not a directory (expected a CPython 3.14 source tree)", file.display())
    );
}

#[test]
fn not_utf8() {
    let dir = scratch("not-utf8");
    std::fs::write(dir.join(UOP_IDS_H), b"#define _A 1\n\xff\n").unwrap();
    let e = open_err(&dir);
    assert!(matches!(&e, Error::Io { path, .. } if *path == dir.join(UOP_IDS_H)));
    assert!(e.to_string().contains("not UTF-8"), "{e}");
}

#[test]
fn bad_ids() {
    let dir = scratch("bad-ids");
    edit(&dir, UOP_IDS_H, "#define _DIVIDE DIVIDE", "#define _DIVIDE DIVISION", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:11: `_DIVIDE` is defined as `DIVISION`, which is neither a number, an opcode in opcode_ids.h nor an \
             earlier uop",
            label(&dir, UOP_IDS_H)
        )
    );
    let dir = scratch("dup-ids");
    edit(&dir, UOP_IDS_H, "#define _DEOPT 401", "#define _DEOPT 400", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!("{}:10: `_DEOPT` has id 400, like `_BRANCH_ON_FLAG`", label(&dir, UOP_IDS_H))
    );
    let dir = scratch("bad-expansion");
    edit(&dir, OPCODE_METADATA_H, "[TEST_FLAG] = { .nuops = 2,", "[TEST_FLAG] = { .nuops = 3,", 1);
    assert_eq!(
        open_err(&dir).to_string(),
        format!(
            "{}:34: in `_PyOpcode_macro_expansion`, entry `TEST_FLAG`: `.nuops` is 3 but 2 uops are listed",
            label(&dir, OPCODE_METADATA_H)
        )
    );
}
