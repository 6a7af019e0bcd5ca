//! Trace lookup: a recorded trace finds the fused stencil made for it; a trace that
//! differs in any assumed field, in its uops or in where its side exits lead misses (and
//! is stitched); entries whose hashes collide are told apart by their assumptions.

use crate::common;

use tracefuse::definitions::Field;
use tracefuse::signature::{lookup, shape_hash};
use tracefuse_sandbox::abi::TfInst;
use tracefuse_sandbox::vm::VmState;

fn field(inst: &TfInst, f: Field) -> u64 {
    match f {
        Field::Oparg => inst.oparg,
        Field::Operand0 => inst.operand0,
        Field::Operand1 => inst.operand1,
        Field::Target => inst.target,
    }
}

fn set_field(inst: &mut TfInst, f: Field, v: u64) {
    match f {
        Field::Oparg => inst.oparg = v,
        Field::Operand0 => inst.operand0 = v,
        Field::Operand1 => inst.operand1 = v,
        Field::Target => inst.target = v,
    }
}

#[test]
fn recorded_traces_find_their_fused_stencil_and_any_difference_misses() {
    let suite = common::bundled();
    let (lib, set) = (&suite.lib, &suite.set);
    let names: Vec<String> = set.traces.iter().map(|t| t.name.clone()).collect();
    let tab = set.signature_table(lib);
    let mut mutations = 0;
    for (t, trace) in set.traces.iter().enumerate() {
        // The trace as the VM records it: every field concrete, runtime objects made.
        let st = VmState::new(&suite, t, &suite.tests[t].cases[0]).unwrap();
        let recorded: Vec<TfInst> = st.code[t].clone();
        let uops: Vec<u32> = recorded.iter().map(|i| i.uop).collect();
        let find = |insts: &[TfInst], uops: &[u32]| {
            lookup(
                &tab,
                uops,
                |i, f| field(&insts[i], f),
                |i| (insts[i].exit_trace >= 0).then(|| names[insts[i].exit_trace as usize].clone()),
            )
        };
        assert_eq!(find(&recorded, &uops), Some(t), "{} does not find itself", trace.name);

        let sig = &tab.iter().find(|(_, i)| *i == t).unwrap().0;
        for a in &sig.assumptions {
            let mut changed = recorded.clone();
            set_field(&mut changed[a.instruction], a.field, a.value ^ 1);
            assert_ne!(
                find(&changed, &uops),
                Some(t),
                "{}: {} of instruction {} changed, still a hit",
                trace.name,
                a.field,
                a.instruction
            );
            mutations += 1;
        }
        // Another uop somewhere: a different shape.
        let mut other = uops.clone();
        other[0] = if other[0] == 1 { 2 } else { 1 };
        assert_ne!(find(&recorded, &other), Some(t));
        // A side exit linked elsewhere (or not at all).
        for (i, _) in &sig.exits {
            let mut unlinked = recorded.clone();
            unlinked[*i].exit_trace = -1;
            assert_ne!(find(&unlinked, &uops), Some(t), "{}: exit at {i} unlinked, still a hit", trace.name);
            mutations += 1;
        }
    }
    assert!(mutations > 100, "only {mutations} single-field mutations tried");
}

#[test]
fn colliding_hashes_are_told_apart_by_their_assumptions() {
    let suite = common::bundled();
    let (lib, set) = (&suite.lib, &suite.set);
    let (t, _) = set.get("sum_range").unwrap();
    let st = VmState::new(&suite, t, &suite.tests[t].cases[0]).unwrap();
    let insts = st.code[t].clone();
    let uops: Vec<u32> = insts.iter().map(|i| i.uop).collect();
    // Every entry collides with sum_range's hash: shape and fields must decide.
    let mut tab = set.signature_table(lib);
    for (s, _) in &mut tab {
        s.hash = shape_hash(&uops);
    }
    // Put sum_range last, so a lookup that trusted the hash would stop earlier.
    tab.sort_by_key(|(_, i)| *i == t);
    assert_eq!(lookup(&tab, &uops, |i, f| field(&insts[i], f), |_| None), Some(t));
    // Its shape with a different assumed value matches no entry at all.
    let sig = &tab.iter().find(|(_, i)| *i == t).unwrap().0;
    let a = &sig.assumptions[0];
    let mut changed = insts.clone();
    set_field(&mut changed[a.instruction], a.field, a.value + 1);
    assert_eq!(lookup(&tab, &uops, |i, f| field(&changed[i], f), |_| None), None);
    assert_eq!(shape_hash(&[1, 2, 3]), shape_hash(&[1, 2, 3]), "stable");
    assert_ne!(shape_hash(&[1, 2, 3]), shape_hash(&[1, 3, 2]));
}
