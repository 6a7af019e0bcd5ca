//! The fixture tree (`fixture/`) read through the public API, with every parsed value
//! checked against what the fixture's text says.

use crate::common;

use tracefuse_cpython::cases::FrameSwitch;
use tracefuse_cpython::{
    CpyMacro, CpythonTree, ExpansionSize, Expr, NotCompiled, NotCompiledReason, NotViable, Operand, UopExit,
    UopFlag, EXECUTOR_CASES_C_H,
};

/// name, case line, closing line, id, alias, flags, flag bits (the fixture's own values),
/// replication, popped, pushed, fixed oparg, net adjustment, calls
/// (`NAME:count+in_assert`), directives inside the case.
type Row = (
    &'static str,
    u32,
    u32,
    u16,
    Option<&'static str>,
    &'static str,
    u32,
    u8,
    &'static str,
    &'static str,
    Option<i64>,
    &'static str,
    &'static str,
    usize,
);

const EXPECTED: [Row; 12] = [
    (
        "_PUSH_LOCAL_0",
        10,
        19,
        407,
        None,
        "HAS_LOCAL_FLAG | HAS_PURE_FLAG",
        132,
        0,
        "0",
        "1",
        Some(0),
        "1",
        "CURRENT_OPARG:0+1 GETLOCAL:1+0 WITHIN_STACK_BOUNDS:0+1",
        0,
    ),
    (
        "_PUSH_LOCAL",
        21,
        29,
        12,
        Some("PUSH_LOCAL"),
        "HAS_ARG_FLAG | HAS_LOCAL_FLAG | HAS_PURE_FLAG",
        134,
        1,
        "0",
        "1",
        None,
        "1",
        "CURRENT_OPARG:1+0 GETLOCAL:1+0 WITHIN_STACK_BOUNDS:0+1",
        0,
    ),
    (
        "_GUARD_TOP_IS_SMALL",
        33,
        43,
        405,
        None,
        "HAS_DEOPT_FLAG",
        8,
        0,
        "0",
        "0",
        None,
        "0",
        "JUMP_TO_JUMP_TARGET:1+0 UOP_STAT_INC:1+0",
        0,
    ),
    (
        "_DIVIDE",
        45,
        68,
        11,
        Some("DIVIDE"),
        "HAS_ERROR_FLAG | HAS_ESCAPES_FLAG",
        96,
        0,
        "2",
        "1",
        None,
        "-1",
        "JUMP_TO_ERROR:1+0 WITHIN_STACK_BOUNDS:0+2",
        0,
    ),
    (
        "_GUARD_FLAG_SET",
        70,
        79,
        404,
        None,
        "HAS_EXIT_FLAG",
        16,
        0,
        "0",
        "0",
        None,
        "0",
        "CURRENT_OPERAND0:1+0 CURRENT_OPERAND1:1+0 JUMP_TO_JUMP_TARGET:1+0 UOP_STAT_INC:1+0",
        0,
    ),
    ("_RECORD_IP", 81, 90, 408, None, "0", 0, 0, "0", "0", None, "0", "CURRENT_OPERAND0:1+0", 3),
    ("_JUMP_TO_TOP", 92, 95, 406, None, "0", 0, 0, "0", "0", None, "0", "JUMP_TO_JUMP_TARGET:1+0", 0),
    (
        "_EXIT_TRACE",
        97,
        110,
        403,
        None,
        "HAS_ESCAPES_FLAG",
        64,
        0,
        "0",
        "0",
        None,
        "0",
        "CURRENT_OPERAND0:1+0 GOTO_TIER_ONE:1+0 GOTO_TIER_TWO:1+0",
        2,
    ),
    (
        "_DEOPT",
        112,
        116,
        401,
        None,
        "0",
        0,
        0,
        "0",
        "0",
        None,
        "0",
        "CURRENT_TARGET:1+0 GOTO_TIER_ONE:1+0",
        0,
    ),
    (
        "_ERROR_POP_N",
        118,
        129,
        402,
        None,
        "HAS_ARG_FLAG | HAS_NO_SAVE_IP_FLAG",
        258,
        0,
        "oparg",
        "0",
        None,
        "-oparg",
        "CURRENT_OPARG:1+0 CURRENT_OPERAND0:1+0 GOTO_TIER_ONE:1+0 WITHIN_STACK_BOUNDS:0+1",
        0,
    ),
    (
        "_ENTER_FRAME",
        131,
        142,
        410,
        None,
        "0",
        0,
        0,
        "1",
        "0",
        None,
        "-1",
        "LOAD_IP:1+0 LOAD_SP:1+0 WITHIN_STACK_BOUNDS:0+1",
        0,
    ),
    (
        "_LEAVE_FRAME",
        144,
        159,
        411,
        None,
        "HAS_ESCAPES_FLAG",
        64,
        0,
        "1",
        "1",
        None,
        "0",
        "WITHIN_STACK_BOUNDS:0+2",
        0,
    ),
];

fn open() -> CpythonTree {
    CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_case_as_written() {
    let tree = open();
    let text = std::fs::read_to_string(common::fixture().join(EXECUTOR_CASES_C_H)).unwrap();
    assert_eq!(tree.uops.len(), EXPECTED.len());
    for (u, e) in tree.uops.iter().zip(EXPECTED) {
        let (name, line, end, id, alias, flags, bits, repl, popped, pushed, fixed, adj, calls, dirs) = e;
        let c = &u.case;
        assert_eq!(c.name, name);
        assert_eq!((c.line, c.end_line), (line, end), "{name}");
        assert_eq!(u.id(), id, "{name}");
        assert_eq!(u.meta.alias.as_deref(), alias, "{name}");
        assert_eq!(u.meta.flags.to_string(), flags, "{name}");
        assert_eq!(u.meta.flags.cpython_bits(), bits, "{name}");
        assert_eq!(u.meta.replication, repl, "{name}");
        assert_eq!(u.meta.num_popped.to_string(), popped, "{name}");
        assert_eq!(u.meta.num_pushed.as_ref().map(Expr::to_string).as_deref(), Some(pushed), "{name}");
        assert_eq!(c.fixed_oparg, fixed, "{name}");
        assert_eq!(c.stack_adjustment.as_ref().map(Expr::to_string).as_deref(), Some(adj), "{name}");
        let got: Vec<String> =
            c.calls.iter().map(|(n, m)| format!("{n}:{}+{}", m.count, m.in_assert)).collect();
        assert_eq!(got.join(" "), calls, "{name}");
        assert_eq!(c.directives.len(), dirs, "{name}");
        assert!(c.enclosing.is_empty(), "{name}");
        assert!(c.ends_with_break, "{name}");
        // Only the two frame-switching cases assign `frame`: one enters the frame it is
        // handed (LOAD_SP), one returns to the caller (`previous`).
        let switch = match name {
            "_ENTER_FRAME" => Some(FrameSwitch::Enter),
            "_LEAVE_FRAME" => Some(FrameSwitch::Return),
            _ => None,
        };
        assert_eq!(c.frame_switch, switch, "{name}");
        // The body is the text between the braces, byte for byte.
        assert!(text.contains(&format!("case {name}: {{{}}}", c.body)), "{name}");
        assert!(c.body.starts_with('\n') && c.body.ends_with("\n        "), "{name}");
        // The header's pushed count and the one derived from the body agree.
        for oparg in 0..4 {
            let derived =
                u.num_popped(oparg).unwrap() + c.stack_adjustment.as_ref().unwrap().eval(oparg).unwrap();
            assert_eq!(u.num_pushed(oparg), Some(derived), "{name} oparg {oparg}");
        }
    }
}

#[test]
fn bodies_and_macro_queries() {
    let tree = open();
    let top = tree.uop("_JUMP_TO_TOP").unwrap();
    assert_eq!(top.case.body, "\n            JUMP_TO_JUMP_TARGET();\n            break;\n        ");
    let ip = tree.uop("_RECORD_IP").unwrap();
    // The tier-1 branch is dead in a tier-2 compile: SKIP_OVER is not counted.
    assert!(!ip.case.calls.contains_key("SKIP_OVER"));
    assert_eq!(
        ip.case.directives.iter().map(|d| (d.line, d.text.as_str())).collect::<Vec<_>>(),
        [(83, "#if TIER_ONE"), (86, "#else"), (88, "#endif")]
    );
    let guard = tree.uop("_GUARD_FLAG_SET").unwrap();
    assert!(guard.case.uses(CpyMacro::CurrentOperand1) && guard.meta.flags.contains(UopFlag::Exit));
    assert!(!guard.meta.flags.contains(UopFlag::Deopt));
    let push0 = tree.uop("_PUSH_LOCAL_0").unwrap();
    assert!(!push0.case.uses(CpyMacro::CurrentOparg), "only in an assert");
    assert_eq!(push0.case.count(CpyMacro::CurrentOparg), 0);
    assert_eq!(tree.uop("_DEOPT").unwrap().case.count(CpyMacro::CurrentTarget), 1);
    assert!(tree.uop("_NOPE").is_none());
}

#[test]
fn exits_and_operands() {
    use tracefuse_cpython::Operand::*;
    use tracefuse_cpython::UopExit::*;
    let tree = open();
    let got: Vec<(&str, Vec<UopExit>, Vec<Operand>)> =
        tree.uops.iter().map(|u| (u.name(), u.exits(), u.operands())).collect();
    assert_eq!(
        got,
        [
            ("_PUSH_LOCAL_0", vec![], vec![]),
            ("_PUSH_LOCAL", vec![], vec![Oparg]),
            ("_GUARD_TOP_IS_SMALL", vec![Deopt], vec![]),
            ("_DIVIDE", vec![Error], vec![]),
            ("_GUARD_FLAG_SET", vec![SideExit], vec![Operand0, Operand1]),
            ("_RECORD_IP", vec![], vec![Operand0]),
            ("_JUMP_TO_TOP", vec![JumpToTop], vec![]),
            ("_EXIT_TRACE", vec![TierOne, TierTwo], vec![Operand0]),
            ("_DEOPT", vec![TierOne], vec![Target]),
            ("_ERROR_POP_N", vec![TierOne], vec![Oparg, Operand0]),
            ("_ENTER_FRAME", vec![], vec![]),
            ("_LEAVE_FRAME", vec![], vec![]),
        ]
    );
}

#[test]
fn tree_level_facts() {
    let tree = open();
    assert_eq!(tree.version.text, "3.14.7");
    assert_eq!(
        (tree.version.major, tree.version.minor, tree.version.micro, tree.version.line),
        (3, 14, 7, 6)
    );
    assert_eq!(tree.pyconfig_dir.as_deref(), Some(common::fixture().as_path()));
    let root = common::fixture();
    assert_eq!(
        tree.include_dirs(),
        [
            root.clone(),
            root.join("Include"),
            root.join("Include/internal"),
            root.join("Include/internal/mimalloc"),
            root.join("Python"),
            root.join("Tools/jit"),
        ]
    );
    assert_eq!(
        tree.not_viable,
        [
            NotViable {
                name: "_RESUME_HERE".into(),
                reason: "reads the tier-one instruction pointer".into(),
                line: 31
            },
            // Also tier-1 only (below): the import names it once (tests/cpython/import.rs).
            NotViable { name: "_BRANCH_ON_FLAG".into(), reason: "is replaced".into(), line: 161 },
        ]
    );
    assert_eq!(
        tree.not_compiled,
        [
            NotCompiled {
                name: "_PUSH_LOCAL_PAIR".into(),
                reason: NotCompiledReason::SplitSuperinstruction {
                    opcode: "PUSH_LOCAL_PAIR".into(),
                    into: vec!["_PUSH_LOCAL".into(), "_PUSH_LOCAL".into()],
                },
            },
            NotCompiled {
                name: "_BRANCH_ON_FLAG".into(),
                reason: NotCompiledReason::TierOneOnly { opcodes: vec!["TEST_FLAG".into()] },
            },
        ]
    );
    let md = &tree.metadata;
    assert_eq!(md.uop_ids.max_uop_id, 411);
    assert_eq!(md.uop_ids.ids.len(), 15);
    assert_eq!(md.uops.len(), 13);
    assert_eq!(md.opcode_ids.len(), 4);
    assert_eq!(md.flag_defs.bit(UopFlag::Arg), Some(2));
    assert_eq!(md.flag_defs.bit(UopFlag::NoSaveIp), Some(256));
    assert_eq!(md.flag_defs.bit(UopFlag::Jump), None);
    let flag = &md.expansions["TEST_FLAG"];
    assert_eq!(flag.parts[0].size, ExpansionSize::Cache(2));
    assert_eq!(flag.parts[0].offset, 1);
    assert_eq!(flag.parts[1].size, ExpansionSize::Named("OPARG_SIMPLE".into()));
    assert_eq!(
        md.expansions.keys().collect::<Vec<_>>(),
        ["DIVIDE", "PUSH_LOCAL", "PUSH_LOCAL_PAIR", "TEST_FLAG"]
    );
    let pair = &md.uops["_PUSH_LOCAL_PAIR"];
    assert_eq!((pair.id, pair.num_pushed.as_ref().and_then(|e| e.as_const())), (13, Some(2)));
}

#[test]
fn open_variants_agree() {
    let a = open();
    let b = CpythonTree::open_unconfigured(common::fixture()).unwrap();
    let c = CpythonTree::open_with_pyconfig(common::fixture(), common::fixture()).unwrap();
    assert_eq!(a.uops, b.uops);
    assert_eq!(b.pyconfig_dir, None);
    assert_eq!(a, c);
}
