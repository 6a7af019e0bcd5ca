//! Against a real CPython 3.14 tree: set `TRACEFUSE_CPYTHON=DIR` (a source tree; it need
//! not be configured). Without it the test prints "skipped: set TRACEFUSE_CPYTHON" and
//! passes. It checks that every case of 3.14.7 parses and has metadata, that the case
//! bodies are exactly what CPython's JIT extracts, and prints the statistics the next
//! stage relies on.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use tracefuse_cpython::metadata::parse_stack_effect_fn;
use tracefuse_cpython::{
    CpyMacro, CpythonTree, NotCompiledReason, UopFlag, EXECUTOR_CASES_C_H, OPCODE_METADATA_H,
};

fn tree_dir() -> Option<PathBuf> {
    match std::env::var_os("TRACEFUSE_CPYTHON") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => {
            println!("skipped: set TRACEFUSE_CPYTHON");
            None
        }
    }
}

fn open(dir: &PathBuf) -> CpythonTree {
    CpythonTree::open_unconfigured(dir).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn all_cases_parse_and_have_metadata() {
    let Some(dir) = tree_dir() else { return };
    let tree = open(&dir);
    assert_eq!((tree.version.major, tree.version.minor), (3, 14));
    println!("CPython {}", tree.version.text);
    if tree.version.text == "3.14.7" {
        assert_eq!(tree.uops.len(), 285);
        assert_eq!(tree.not_viable.len(), 29);
    }
    // Every case has metadata (open_unconfigured fails otherwise); check it anyway.
    for u in &tree.uops {
        assert_eq!(u.meta.name, u.case.name);
        assert!(u.case.ends_with_break, "{}", u.case.name);
    }
    let super_uops: Vec<_> = tree
        .not_compiled
        .iter()
        .filter(|n| matches!(n.reason, NotCompiledReason::SplitSuperinstruction { .. }))
        .map(|n| n.name.as_str())
        .collect();
    let tier_one: Vec<_> = tree
        .not_compiled
        .iter()
        .filter(|n| matches!(n.reason, NotCompiledReason::TierOneOnly { .. }))
        .map(|n| n.name.as_str())
        .collect();
    println!("metadata without case (split super-instructions): {super_uops:?}");
    println!("tier-1-only uops of expansions: {tier_one:?}");

    // Configured or not: `open` must say what to do when there is no pyconfig.h.
    if !dir.join("pyconfig.h").exists() {
        let e = CpythonTree::open(&dir).unwrap_err().to_string();
        assert!(e.contains("--enable-experimental-jit=yes-off CC=clang-19"), "{e}");
    }
}

/// CPython's `Tools/jit/_targets.py` takes each case from `\n        case NAME: {\n` up to
/// the first line that is exactly eight spaces and `}`. The bodies must be the same.
#[test]
fn bodies_match_cpythons_extraction() {
    let Some(dir) = tree_dir() else { return };
    let tree = open(&dir);
    let text = std::fs::read_to_string(dir.join(EXECUTOR_CASES_C_H)).unwrap();
    let mut jit_bodies = BTreeMap::new();
    let mut rest = text.as_str();
    while let Some(p) = rest.find("\n        case ") {
        let after = &rest[p + "\n        case ".len()..];
        let Some((name, tail)) = after.split_once(": {\n") else { break };
        if name.contains(char::is_whitespace) {
            rest = after;
            continue;
        }
        let end = tail.find("\n        }").expect("closing brace");
        jit_bodies.insert(name.to_string(), format!("\n{}\n        ", &tail[..end]));
        rest = &tail[end..];
    }
    assert_eq!(jit_bodies.len(), tree.uops.len());
    for u in &tree.uops {
        assert_eq!(jit_bodies.get(&u.case.name), Some(&u.case.body), "{}", u.case.name);
    }
}

#[test]
fn statistics_for_the_next_stage() {
    let Some(dir) = tree_dir() else { return };
    let tree = open(&dir);

    println!("\nmacro calls over all cases (compiled code outside asserts / in asserts / cases using):");
    let mut totals: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new();
    for u in &tree.uops {
        for (name, m) in &u.case.calls {
            let t = totals.entry(name.as_str()).or_default();
            t.0 += m.count;
            t.1 += m.in_assert;
            t.2 += u32::from(m.count > 0);
        }
    }
    for m in CpyMacro::ALL {
        let t = totals.get(m.c_name()).copied().unwrap_or_default();
        println!("  {:22} {:4} {:4} {:4}", m.c_name(), t.0, t.1, t.2);
    }
    let mut others: Vec<_> =
        totals.iter().filter(|(n, _)| !CpyMacro::ALL.iter().any(|m| m.c_name() == **n)).collect();
    others.sort_by_key(|(n, t)| (std::cmp::Reverse(t.0), **n));
    println!(
        "  other ALL_CAPS calls: {}",
        others.iter().map(|(n, t)| format!("{n} {}", t.0)).collect::<Vec<_>>().join(", ")
    );

    let mut flags: BTreeMap<UopFlag, u32> = BTreeMap::new();
    for u in &tree.uops {
        for f in u.meta.flags.iter() {
            *flags.entry(f).or_default() += 1;
        }
    }
    println!("\nflags over cases: {flags:?}");
    println!(
        "flag bits: {:?}",
        UopFlag::ALL.iter().map(|f| (f.c_name(), tree.metadata.flag_defs.bit(*f))).collect::<Vec<_>>()
    );
    if tree.version.text == "3.14.7" {
        assert_eq!(tree.metadata.flag_defs.bit(UopFlag::Arg), Some(1));
        assert_eq!(tree.metadata.flag_defs.bit(UopFlag::NoSaveIp), Some(32768));
    }

    let mut forms: BTreeMap<String, u32> = BTreeMap::new();
    for u in tree.metadata.uops.values() {
        *forms.entry(u.num_popped.to_string()).or_default() += 1;
    }
    println!("num_popped forms: {forms:?}");
    println!("num_pushed present: {}", tree.metadata.uops.values().any(|u| u.num_pushed.is_some()));
    let replicated: Vec<_> = tree
        .metadata
        .uops
        .values()
        .filter(|u| u.replication > 0)
        .map(|u| (u.name.as_str(), u.replication))
        .collect();
    println!("replication: {replicated:?}");
    let aliased = tree.uops.iter().filter(|u| u.meta.alias.is_some()).count();
    println!("cases whose id is a tier-1 opcode number: {aliased}");

    // Consistency of body and flags, reported rather than enforced.
    let report = |what: &str, names: Vec<&str>| println!("{what} ({}): {names:?}", names.len());
    let jumps = |u: &&tracefuse_cpython::Uop| u.case.uses(CpyMacro::JumpToJumpTarget);
    let deopt_or_exit = |u: &&tracefuse_cpython::Uop| {
        u.meta.flags.contains(UopFlag::Deopt) || u.meta.flags.contains(UopFlag::Exit)
    };
    report(
        "JUMP_TO_JUMP_TARGET without DEOPT/EXIT flag",
        tree.uops.iter().filter(|u| jumps(u) && !deopt_or_exit(u)).map(|u| u.name()).collect(),
    );
    report(
        "DEOPT/EXIT flag without JUMP_TO_JUMP_TARGET",
        tree.uops.iter().filter(|u| !jumps(u) && deopt_or_exit(u)).map(|u| u.name()).collect(),
    );
    report(
        "both DEOPT and EXIT flags",
        tree.uops
            .iter()
            .filter(|u| u.meta.flags.contains(UopFlag::Deopt) && u.meta.flags.contains(UopFlag::Exit))
            .map(|u| u.name())
            .collect(),
    );
    report(
        "EXIT flag (side exits)",
        tree.uops.iter().filter(|u| u.meta.flags.contains(UopFlag::Exit)).map(|u| u.name()).collect(),
    );
    report(
        "JUMP_TO_ERROR without ERROR flag",
        tree.uops
            .iter()
            .filter(|u| u.case.uses(CpyMacro::JumpToError) && !u.meta.flags.contains(UopFlag::Error))
            .map(|u| u.name())
            .collect(),
    );
    report(
        "ERROR flag without JUMP_TO_ERROR",
        tree.uops
            .iter()
            .filter(|u| !u.case.uses(CpyMacro::JumpToError) && u.meta.flags.contains(UopFlag::Error))
            .map(|u| u.name())
            .collect(),
    );
    report(
        "CURRENT_OPARG without ARG flag",
        tree.uops
            .iter()
            .filter(|u| u.case.uses(CpyMacro::CurrentOparg) && !u.meta.flags.contains(UopFlag::Arg))
            .map(|u| u.name())
            .collect(),
    );
    report(
        "ARG flag without CURRENT_OPARG",
        tree.uops
            .iter()
            .filter(|u| !u.case.uses(CpyMacro::CurrentOparg) && u.meta.flags.contains(UopFlag::Arg))
            .map(|u| u.name())
            .collect(),
    );
    report(
        "fixed oparg (replicated variants)",
        tree.uops.iter().filter(|u| u.case.fixed_oparg.is_some()).map(|u| u.name()).collect(),
    );
    report(
        "CURRENT_OPERAND1",
        tree.uops.iter().filter(|u| u.case.uses(CpyMacro::CurrentOperand1)).map(|u| u.name()).collect(),
    );
    report(
        "GOTO_TIER_ONE / GOTO_TIER_TWO / CURRENT_TARGET",
        tree.uops
            .iter()
            .filter(|u| {
                u.case.uses(CpyMacro::GotoTierOne)
                    || u.case.uses(CpyMacro::GotoTierTwo)
                    || u.case.uses(CpyMacro::CurrentTarget)
            })
            .map(|u| u.name())
            .collect(),
    );
    report(
        "LOAD_SP (frame switches)",
        tree.uops.iter().filter(|u| u.case.uses(CpyMacro::LoadSp)).map(|u| u.name()).collect(),
    );
    report(
        "LOAD_IP / LLTRACE_RESUME_FRAME",
        tree.uops
            .iter()
            .filter(|u| u.case.uses(CpyMacro::LoadIp) || u.case.uses(CpyMacro::LltraceResumeFrame))
            .map(|u| u.name())
            .collect(),
    );
    let mut exits: BTreeMap<String, u32> = BTreeMap::new();
    let mut operands: BTreeMap<String, u32> = BTreeMap::new();
    for u in &tree.uops {
        *exits.entry(format!("{:?}", u.exits())).or_default() += 1;
        *operands.entry(format!("{:?}", u.operands())).or_default() += 1;
    }
    println!("exit sets: {exits:?}");
    println!("operand sets: {operands:?}");
    let mut directives: BTreeMap<String, u32> = BTreeMap::new();
    for u in &tree.uops {
        for d in &u.case.directives {
            *directives.entry(d.text.clone()).or_default() += 1;
        }
    }
    println!("directives inside cases: {directives:?}");
    report(
        "cases with directives",
        tree.uops.iter().filter(|u| !u.case.directives.is_empty()).map(|u| u.name()).collect(),
    );
    report(
        "stack adjustment not derivable",
        tree.uops.iter().filter(|u| u.case.stack_adjustment.is_none()).map(|u| u.name()).collect(),
    );
    let mut adj: BTreeMap<String, u32> = BTreeMap::new();
    for u in &tree.uops {
        if let Some(a) = &u.case.stack_adjustment {
            *adj.entry(a.to_string()).or_default() += 1;
        }
    }
    println!("net stack adjustments: {adj:?}");
}

/// The net stack effect of a case (its top-level `stack_pointer` adjustment) against
/// tier-1's `_PyOpcode_num_pushed - _PyOpcode_num_popped`, for uops that are a whole
/// instruction (the single-uop expansion of the opcode they alias). Popped counts alone
/// differ: a uop's `num_popped` leaves out items it only peeks at (`_TO_BOOL_BOOL` is
/// `(value -- value)`: 0 popped, where tier-1 `TO_BOOL_BOOL` pops 1 and pushes 1).
#[test]
fn derived_stack_effects_match_tier_one() {
    let Some(dir) = tree_dir() else { return };
    let tree = open(&dir);
    let om = std::fs::read_to_string(dir.join(OPCODE_METADATA_H)).unwrap();
    let popped = parse_stack_effect_fn("om", &om, "_PyOpcode_num_popped").unwrap().unwrap();
    let pushed = parse_stack_effect_fn("om", &om, "_PyOpcode_num_pushed").unwrap().unwrap();
    let mut checked = 0;
    let mut popped_differs = Vec::new();
    let mut skipped = BTreeSet::new();
    for u in &tree.uops {
        let Some(op) = &u.meta.alias else { continue };
        let Some(e) = tree.metadata.expansions.get(op) else { continue };
        if e.parts.len() != 1 || e.parts[0].uop != u.case.name {
            continue;
        }
        let (Some(pop), Some(push)) = (popped.get(op), pushed.get(op)) else { continue };
        if u.num_pushed(0).is_none() {
            skipped.insert(u.name());
            continue;
        }
        for oparg in 0..300 {
            let net = u.num_pushed(oparg).unwrap() - u.num_popped(oparg).unwrap();
            let tier1 = push.value.eval(oparg).unwrap() - pop.value.eval(oparg).unwrap();
            assert_eq!(net, tier1, "{} net stack effect, oparg {oparg}", u.name());
        }
        if u.num_popped(1) != pop.value.eval(1) {
            popped_differs.push(u.name());
        }
        checked += 1;
    }
    println!(
        "net stack effect == tier-1's for {checked} whole-instruction uops; not derivable: {skipped:?}; \
         popped differs (peeked items): {popped_differs:?}"
    );
    assert!(checked > 50, "{checked}");
}
