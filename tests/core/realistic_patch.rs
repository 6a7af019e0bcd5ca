//! Every hole of every target's stencils can be patched with the values a VM really has:
//! code mapped high in the address space (as mmap places it), small opargs and targets,
//! 64-bit exit indices, heap pointers and runtime symbols gigabytes away from the code.
//! Only branches may go out of range (a loader sends them through a trampoline); any
//! other hole that cannot hold its value makes the stencil unusable on that platform.

use crate::common;

use tracefuse::arch::patch;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::{Field, UopLibrary};
use tracefuse::hole::HoleValue;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::stencil::Stencil;
use tracefuse::target::{all_triples, Target};
use tracefuse::traces::TraceSet;

/// Where code is mapped: high, as mmap returns on 64-bit Linux, macOS and Windows.
const CODE: u64 = 0x7f3a_1c20_0000;
/// The stencil's data, on the pages after its code.
const DATA: u64 = CODE + 0x10_0000;

fn value(v: &HoleValue) -> u64 {
    match v {
        HoleValue::Code => CODE,
        HoleValue::Data => DATA,
        // Other stencils of the same trace or set, mapped beside this one.
        HoleValue::Continue
        | HoleValue::JumpTarget
        | HoleValue::ErrorTarget
        | HoleValue::ExitTrace { .. } => CODE + 0x4_0000,
        HoleValue::Field { field: Field::Oparg, .. } => 3,
        HoleValue::Field { field: Field::Target, .. } => 41,
        // Object pointers: the VM's heap, far from the code.
        HoleValue::Field { .. } => 0x5612_3450_0010,
        // trace 5, instruction 7: the index needs 64 bits.
        HoleValue::Index => (5 << 32) | 7,
        // a tree member's: trace 6.
        HoleValue::MemberIndex { .. } => 6 << 32,
        // The VM's runtime: a shared library or executable far from the mapping.
        HoleValue::Symbol(_) => 0x5598_7654_3210,
        // A counter in the VM's heap.
        HoleValue::EntryCount => 0x5612_3460_0040,
    }
}

fn problems(target: &Target, s: &Stencil) -> Vec<String> {
    let mut out = Vec::new();
    let mut code = s.code.clone();
    let mut data = s.data.clone();
    for (holes, buf, base) in [(&s.code_holes, &mut code, CODE), (&s.data_holes, &mut data, DATA)] {
        for h in holes.iter() {
            let t = value(&h.value).wrapping_add(h.addend as u64);
            if let Err(why) = patch(buf, h.offset as usize, base + h.offset, h.kind, t) {
                if !s.is_branch(h, target.arch()) {
                    out.push(format!(
                        "{}: hole +{:#x} ({} {}) = {t:#x} {why}",
                        s.name, h.offset, h.raw, h.value
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn every_hole_holds_the_values_a_vm_has() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let set = TraceSet::load_dir(&lib.dir.join("traces"), &lib).unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let mut all = Vec::new();
    for triple in all_triples().unwrap() {
        let target = Target::by_triple(&triple).unwrap();
        let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, &triple).unwrap();
        let st =
            generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::default() }, &set, &bc, 2)
                .unwrap();
        let mut bad = Vec::new();
        for s in st.fused.iter().map(|f| &f.stencil).chain(st.uops.values()).chain(std::iter::once(&st.end)) {
            bad.extend(problems(&target, s));
        }
        if !bad.is_empty() {
            all.push(format!(
                "{triple}: {} holes, e.g.\n  {}",
                bad.len(),
                bad[..bad.len().min(4)].join("\n  ")
            ));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}
