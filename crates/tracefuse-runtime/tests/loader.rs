//! The loader on hand-made stencils: holes are patched with the right values, a
//! far branch goes through a trampoline, values that do not fit are refused, and loaded
//! memory is never writable and executable at once.

use tracefuse_runtime::arch::Arch;
use tracefuse_runtime::error::Result;
use tracefuse_runtime::hole::{Hole, HoleValue, PatchKind};
use tracefuse_runtime::loader::{Program, Resolver};
use tracefuse_runtime::stencil::Stencil;

struct Values(Vec<(HoleValue, u64)>);

impl Resolver for Values {
    fn resolve(&self, _piece: usize, value: &HoleValue, _entries: &[u64]) -> Result<u64> {
        self.0
            .iter()
            .find(|(v, _)| v == value)
            .map(|(_, x)| *x)
            .ok_or_else(|| tracefuse_runtime::Error::new(format!("no value for {value}")))
    }
}

fn hole(offset: u64, kind: PatchKind, value: HoleValue, addend: i64) -> Hole {
    Hole { offset, kind, value, addend, raw: "test".into() }
}

fn stencil(code: Vec<u8>, data: Vec<u8>, code_holes: Vec<Hole>, data_holes: Vec<Hole>) -> Stencil {
    Stencil { name: "test".into(), code, data, code_holes, data_holes, entry: 0 }
}

fn sym(name: &str) -> HoleValue {
    HoleValue::Symbol(name.into())
}

fn run(prog: &Program) -> i32 {
    // SAFETY: the test stencils are plain C functions that compute a value and return.
    unsafe {
        let f = std::mem::transmute::<u64, extern "C" fn() -> i32>(prog.entries[0]);
        f()
    }
}

#[test]
fn abs64_hole_is_patched_with_value_plus_addend() {
    // movabs $hole, %rax ; ret
    let mut code = vec![0x48, 0xb8];
    code.extend([0; 8]);
    code.push(0xc3);
    let s = stencil(code, vec![], vec![hole(2, PatchKind::Abs64, sym("x"), 5)], vec![]);
    let prog = Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("x"), 37)])).unwrap();
    assert_eq!(run(&prog), 42);
}

#[test]
fn data_blob_and_got_style_loads() {
    // mov data+8(%rip), %rax ; ret   (48 8b 05 rel32 ; c3)
    let code = vec![0x48, 0x8b, 0x05, 0, 0, 0, 0, 0xc3];
    let data = vec![0u8; 16];
    let s = stencil(
        code,
        data,
        vec![hole(3, PatchKind::Rel32, HoleValue::Data, 8 - 4)],
        vec![hole(8, PatchKind::Abs64, sym("slot"), 0)],
    );
    let prog = Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("slot"), 1234)])).unwrap();
    assert_eq!(run(&prog), 1234);
}

extern "C" fn seven() -> i32 {
    7
}

#[test]
fn far_jump_goes_through_a_trampoline() {
    // jmp seven   (e9 rel32): the Rust function is almost surely > 2 GiB away from an
    // anonymous mapping, so the loader must route the jump through a trampoline.
    let code = vec![0xe9, 0, 0, 0, 0];
    let s = stencil(code, vec![], vec![hole(1, PatchKind::Rel32, sym("seven"), -4)], vec![]);
    let prog =
        Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("seven"), seven as *const () as usize as u64)]))
            .unwrap();
    assert_eq!(run(&prog), 7);
    let distance = (seven as *const () as usize as i64 - prog.entries[0] as i64).abs();
    if distance > i32::MAX as i64 {
        assert_eq!(prog.trampolines, 1);
    }
}

#[test]
fn values_that_do_not_fit_are_refused() {
    let code = vec![0xb8, 0, 0, 0, 0, 0xc3]; // mov $imm32, %eax ; ret
    let s = stencil(code.clone(), vec![], vec![hole(1, PatchKind::Abs32, sym("x"), 0)], vec![]);
    let err = Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("x"), 1 << 40)])).err().expect("refused");
    assert!(err.to_string().contains("does not fit 32 bits"), "{err}");
    let s = stencil(code, vec![], vec![hole(1, PatchKind::Abs32S, sym("x"), 0)], vec![]);
    let err =
        Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("x"), 0x8000_0000)])).err().expect("refused");
    assert!(err.to_string().contains("does not fit 32 signed bits"), "{err}");
    // A PC-relative data reference cannot use a trampoline.
    let code = vec![0x48, 0x8b, 0x05, 0, 0, 0, 0, 0xc3];
    let s = stencil(code, vec![], vec![hole(3, PatchKind::Rel32, sym("far"), -4)], vec![]);
    let err = Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("far"), 0x7fff_0000_0000)]))
        .err()
        .expect("refused");
    assert!(err.to_string().contains("out of 32-bit PC-relative range"), "{err}");
}

#[test]
fn loaded_memory_is_never_writable_and_executable() {
    let mut code = vec![0x48, 0xb8];
    code.extend([0; 8]);
    code.push(0xc3);
    let s = stencil(code, vec![1; 32], vec![hole(2, PatchKind::Abs64, sym("x"), 0)], vec![]);
    let prog = Program::load(Arch::X86_64, &[&s], &Values(vec![(sym("x"), 1)])).unwrap();
    let entry = prog.entries[0];
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let mut seen_exec = false;
    for line in maps.lines() {
        let (range, rest) = line.split_once(' ').unwrap();
        let (lo, hi) = range.split_once('-').unwrap();
        let (lo, hi) = (u64::from_str_radix(lo, 16).unwrap(), u64::from_str_radix(hi, 16).unwrap());
        let perms = &rest[..4];
        assert!(!(perms.contains('w') && perms.contains('x')), "a W+X mapping exists: {line}");
        if (lo..hi).contains(&entry) {
            assert_eq!(perms, "r-xp", "code mapping: {line}");
            seen_exec = true;
        }
    }
    assert!(seen_exec, "the code mapping was not found");
    assert_eq!(run(&prog), 1);
}
