//! Patch and verify, for every target: every code hole of every stencil is patched with
//! a known address, the code is disassembled with LLVM's disassembler, and the patched
//! instruction must refer to that address — as LLVM's symbolizer reports the operand
//! (branch target, PC-relative load, immediate, adrp page, low 12 bits) or as it prints
//! it. Covers the targets the loader cannot run here (AArch64, Mach-O, COFF).

use crate::common;

use llvm_sys::disassembler::*;
use std::collections::BTreeMap;
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use tracefuse::arch::patch;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::hole::{HoleValue, PatchKind};
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{generate, Build};
use tracefuse::stencil::Stencil;
use tracefuse::target::{all_triples, Target};
use tracefuse::traces::TraceSet;

const CODE: u64 = 0x10_0000;
/// Not page-aligned, so a low-12-bits field is never 0 (which disassemblers omit).
const DATA: u64 = 0x30_0120;

/// Operand values LLVM's symbolizer asked about, with the PC of their instruction.
struct Seen(Vec<(u64, u64)>);

extern "C" fn op_info(_: *mut c_void, _: u64, _: u64, _: u64, _: u64, _: c_int, _: *mut c_void) -> c_int {
    0
}

extern "C" fn lookup(
    info: *mut c_void,
    value: u64,
    kind: *mut u64,
    pc: u64,
    name: *mut *const c_char,
) -> *const c_char {
    // SAFETY: `info` is the `Seen` passed at creation; the out-parameters are LLVM's.
    unsafe {
        (*(info as *mut Seen)).0.push((pc, value));
        *kind = LLVMDisassembler_ReferenceType_InOut_None;
        *name = std::ptr::null();
    }
    std::ptr::null()
}

/// One disassembled instruction: address, length, text.
type Inst = (u64, usize, String);

/// Each instruction, and the (pc, operand value) pairs the symbolizer saw.
fn disassemble(target: &Target, code: &[u8]) -> (Vec<Inst>, Vec<(u64, u64)>) {
    let triple = CString::new(target.triple.as_str()).unwrap();
    let cpu = CString::new(target.cpu.as_str()).unwrap();
    let mut seen = Box::new(Seen(Vec::new()));
    let mut out = Vec::new();
    // SAFETY: buffers are in bounds; the context is disposed before `seen` is dropped.
    unsafe {
        let dc = LLVMCreateDisasmCPU(
            triple.as_ptr(),
            cpu.as_ptr(),
            &mut *seen as *mut Seen as *mut c_void,
            1,
            Some(op_info),
            Some(lookup),
        );
        assert!(!dc.is_null(), "no disassembler for {}", target.triple);
        let mut off = 0usize;
        let mut buf = [0 as c_char; 256];
        while off < code.len() {
            let n = LLVMDisasmInstruction(
                dc,
                code.as_ptr().add(off) as *mut u8,
                (code.len() - off) as u64,
                CODE + off as u64,
                buf.as_mut_ptr(),
                buf.len(),
            );
            let n = n.max(1);
            out.push((CODE + off as u64, n, CStr::from_ptr(buf.as_ptr()).to_string_lossy().into_owned()));
            off += n;
        }
        LLVMDisasmDispose(dc);
    }
    (out, seen.0)
}

/// What the instruction holding the field must show, for a hole of `kind` filled with
/// `target` (several forms, as the symbolizer reports operands differently per kind).
fn expected(kind: PatchKind, target: u64) -> Vec<u64> {
    match kind {
        PatchKind::Aarch64Page21 => vec![target & !0xfff],
        PatchKind::Aarch64Lo12 => vec![target & 0xfff],
        PatchKind::Aarch64Lo12Scale2 => vec![target & 0xfff, (target & 0xfff) >> 1],
        PatchKind::Aarch64Lo12Scale4 => vec![target & 0xfff, (target & 0xfff) >> 2],
        PatchKind::Aarch64Lo12Scale8 => vec![target & 0xfff, (target & 0xfff) >> 3],
        PatchKind::Aarch64Lo12Scale16 => vec![target & 0xfff, (target & 0xfff) >> 4],
        PatchKind::Aarch64MovwG0 => vec![target & 0xffff],
        PatchKind::Aarch64MovwG1 => vec![(target >> 16) & 0xffff],
        PatchKind::Aarch64MovwG2 => vec![(target >> 32) & 0xffff],
        PatchKind::Aarch64MovwG3 => vec![(target >> 48) & 0xffff],
        _ => vec![target],
    }
}

fn verify(target: &Target, s: &Stencil) -> Vec<String> {
    let mut values: BTreeMap<HoleValue, u64> = BTreeMap::new();
    let mut code = s.code.clone();
    let mut wanted = Vec::new();
    for h in &s.code_holes {
        let n = values.len() as u64;
        let value = match &h.value {
            HoleValue::Code => CODE,
            HoleValue::Data => DATA,
            v => *values.entry(v.clone()).or_insert(0x20_0000 + n * 0x1000 + 0x80),
        };
        let t = value.wrapping_add(h.addend as u64);
        let pc = CODE + h.offset;
        patch(&mut code, h.offset as usize, pc, h.kind, t)
            .unwrap_or_else(|e| panic!("{}: {}: {e}", target.triple, s.name));
        wanted.push((h, t));
    }
    let (insts, seen) = disassemble(target, &code);
    let mut problems = Vec::new();
    for (h, t) in wanted {
        let field = CODE + h.offset;
        let Some((at, len, text)) = insts.iter().find(|(a, n, _)| *a <= field && field < *a + *n as u64)
        else {
            problems.push(format!("{} +{:#x}: no instruction holds the field", s.name, h.offset));
            continue;
        };
        // An x86 rel32 displacement counts from the end of the instruction (the addend,
        // -4 for a field that ends it, accounts for that): the address it refers to is
        // value + addend + (end - field), which is what LLVM reports.
        let t = match h.kind {
            PatchKind::Rel32 => t.wrapping_add(*at + *len as u64 - field),
            _ => t,
        };
        let want = expected(h.kind, t);
        let shown = seen.iter().any(|(pc, v)| pc == at && want.contains(v))
            || want.iter().any(|w| text.contains(&format!("{w:#x}")) || text.contains(&format!("#{w}")));
        if !shown || text.starts_with(".byte") {
            problems.push(format!(
                "{} +{:#x} ({} {:?} {}{:+}): `{text}` does not refer to {:#x}",
                s.name, h.offset, h.raw, h.kind, h.value, h.addend, t
            ));
        }
    }
    problems
}

#[test]
fn every_patched_instruction_refers_to_the_intended_address() {
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let set = TraceSet::load_dir(&lib.dir.join("traces"), &lib).unwrap();
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tracefuse-cache");
    let mut problems = Vec::new();
    let mut checked = 0;
    for triple in all_triples().unwrap() {
        let target = Target::by_triple(&triple).unwrap();
        let bc = BodyCompiler::new(&cache).unwrap().compile_library(&lib, &triple).unwrap();
        let st =
            generate(&Build { lib: &lib, target: &target, pipeline: &Pipeline::default() }, &set, &bc, 2)
                .unwrap();
        for s in st.fused.iter().map(|f| &f.stencil).chain(st.uops.values()).chain(std::iter::once(&st.end)) {
            checked += s.code_holes.len();
            problems.extend(verify(&target, s).into_iter().map(|p| format!("{triple}: {p}")));
        }
    }
    assert!(checked > 1000, "only {checked} holes checked");
    assert!(
        problems.is_empty(),
        "{} of {checked} holes:\n{}",
        problems.len(),
        problems[..problems.len().min(30)].join("\n")
    );
}
