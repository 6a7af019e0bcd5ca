//! Per-architecture instruction knowledge: the one place that encodes or decodes machine
//! instructions. [`Arch`] answers what the loader, the C header writer, extraction and the
//! stitcher ask about code (is this field a branch, does the stencil end in a droppable
//! continue jump, is this a relaxable GOT load, how is this lo12 field scaled, what does
//! a trampoline look like), [`patch`] writes a hole's value into its field, for every
//! [`PatchKind`], and [`implicit_addend`] reads back the addend an object keeps there.
//! C VMs get the same encodings, plus GOT relaxation, as C in every generated header (the
//! core's `writers/c/helpers.h`); the C consumer test runs those on all five targets.

use crate::hole::{Hole, HoleValue, PatchKind};
use serde::{Deserialize, Serialize};

/// An instruction set tracefuse generates stencils for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    /// The architecture of a target triple (`x86_64-...`, `aarch64-...`/`arm64-...`).
    pub fn from_triple(triple: &str) -> Option<Arch> {
        let cpu = triple.split('-').next()?;
        match cpu {
            "x86_64" | "amd64" => Some(Arch::X86_64),
            "aarch64" | "arm64" => Some(Arch::Aarch64),
            _ => None,
        }
    }

    /// Whether hole `h` of `code` is a branch, which a loader may send through a
    /// trampoline when its target is out of range (AArch64 `b`/`bl`, x86-64
    /// `call`/`jmp`/`jcc` rel32).
    pub fn is_branch(self, code: &[u8], h: &Hole) -> bool {
        self.is_branch_field(code, h.offset as usize, h.kind)
    }

    /// Whether the `kind` field at `offset` in `code` is a branch's target.
    pub fn is_branch_field(self, code: &[u8], offset: usize, kind: PatchKind) -> bool {
        match (self, kind) {
            (Arch::Aarch64, PatchKind::Aarch64Branch26) => true,
            (Arch::X86_64, PatchKind::Rel32) => is_x86_branch(code, offset),
            _ => false,
        }
    }

    /// Bytes of a final jump to `_JIT_CONTINUE` (the last code hole) that a stitcher may
    /// drop when the next stencil follows directly: x86-64 `jmp rel32` (5 bytes) or
    /// AArch64 `b` (4 bytes).
    pub fn continue_jump_len(self, code: &[u8], last: &Hole) -> Option<usize> {
        if last.value != HoleValue::Continue {
            return None;
        }
        let n = code.len();
        match self {
            Arch::Aarch64 => {
                let tail = n.checked_sub(4)?;
                let word = read_u32(code, tail)?;
                let is_b = word & 0xfc00_0000 == 0x1400_0000;
                (is_b && last.offset == tail as u64 && last.kind == PatchKind::Aarch64Branch26).then_some(4)
            }
            Arch::X86_64 => {
                let tail = n.checked_sub(5)?;
                (code[tail] == 0xe9 && last.offset == tail as u64 + 1 && last.kind == PatchKind::Rel32)
                    .then_some(5)
            }
        }
    }
}

/// A load of a value from its GOT slot that a VM may relax once the value is known (to
/// an address computation when the value is near the code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GotLoad {
    /// x86-64 `mov r64, [rip + slot]`: REX.W 8B, ModRM mod 00 r/m 101, the rel32 field
    /// last (it counts from the instruction's end, 4 bytes after the field).
    X86_64MovRip,
    /// AArch64 `ldr Xt, [Xn, #slot_lo12]`, the second half of an `adrp`/`ldr` pair.
    Aarch64Ldr,
}

impl GotLoad {
    /// Where in the stencil's data the slot lies, for the load's hole (whose value is the
    /// data base): the addend, plus the 4 bytes by which an x86-64 rip-relative field
    /// counts from the instruction's end.
    pub fn slot(self, hole: &Hole) -> Option<u64> {
        let slot = match self {
            GotLoad::X86_64MovRip => hole.addend.checked_add(4)?,
            GotLoad::Aarch64Ldr => hole.addend,
        };
        u64::try_from(slot).ok()
    }
}

/// Bytes of a trampoline: the instructions, then the 64-bit target.
pub const TRAMPOLINE_SIZE: usize = 16;

impl Arch {
    /// The architecture of this process, if tracefuse generates stencils for it.
    pub fn host() -> Option<Arch> {
        if cfg!(target_arch = "x86_64") {
            Some(Arch::X86_64)
        } else if cfg!(target_arch = "aarch64") {
            Some(Arch::Aarch64)
        } else {
            None
        }
    }

    /// The instructions of a trampoline, which jumps to the 64-bit target stored right
    /// after them: x86-64 `jmp *2(%rip); int3; int3`, AArch64 `ldr x16, #8; br x16` (x16
    /// is the linker's veneer register, never an argument of the stencil calling
    /// convention). The C header writes the same bytes for C VMs.
    pub fn trampoline_code(self) -> [u8; 8] {
        match self {
            Arch::X86_64 => [0xff, 0x25, 0x02, 0x00, 0x00, 0x00, 0xcc, 0xcc],
            Arch::Aarch64 => [0x50, 0x00, 0x00, 0x58, 0x00, 0x02, 0x1f, 0xd6],
        }
    }

    /// A whole trampoline to `target` ([`TRAMPOLINE_SIZE`] bytes, to be placed 8-aligned):
    /// [`Arch::trampoline_code`] followed by the target.
    pub fn trampoline(self, target: u64) -> [u8; TRAMPOLINE_SIZE] {
        let mut t = [0; TRAMPOLINE_SIZE];
        t[..8].copy_from_slice(&self.trampoline_code());
        t[8..].copy_from_slice(&target.to_le_bytes());
        t
    }

    /// Bytes of one trampoline ([`TRAMPOLINE_SIZE`] on both architectures).
    pub fn trampoline_size(self) -> usize {
        TRAMPOLINE_SIZE
    }

    /// Whether code hole `h` is the slot field of a GOT load a VM may relax (see
    /// [`GotLoad`]); `None` for any other instruction.
    pub fn got_load(self, code: &[u8], h: &Hole) -> Option<GotLoad> {
        let at = h.offset as usize;
        match (self, h.kind) {
            (Arch::X86_64, PatchKind::Rel32) if at >= 3 => {
                let &[rex, op, modrm] = code.get(at - 3..at)? else { return None };
                let is_load =
                    rex & 0xf8 == 0x48 && op == 0x8b && modrm & 0xc7 == 0x05 && at + 4 <= code.len();
                is_load.then_some(GotLoad::X86_64MovRip)
            }
            (Arch::Aarch64, PatchKind::Aarch64Lo12Scale8) => {
                let word = read_u32(code, at)?;
                (word & 0xffc0_0000 == 0xf940_0000).then_some(GotLoad::Aarch64Ldr)
            }
            _ => None,
        }
    }

    /// The low-12-bit patch kind the AArch64 instruction at `code[at..]` needs (Mach-O's
    /// PAGEOFF12 does not say; ELF names it in the relocation type): `add` and byte
    /// accesses take the bits as they are, loads and stores (unsigned offset) scale them
    /// by the access size. x86-64 has no such fields: the unscaled kind.
    pub fn lo12_kind(self, code: &[u8], at: usize) -> PatchKind {
        let insn = read_u32(code, at).unwrap_or(0);
        if self != Arch::Aarch64 || insn & 0x3b00_0000 != 0x3900_0000 {
            return PatchKind::Aarch64Lo12;
        }
        let size = insn >> 30;
        let simd = insn & (1 << 26) != 0;
        let opc_high = insn & (1 << 23) != 0;
        match (size, simd && opc_high) {
            (0, true) => PatchKind::Aarch64Lo12Scale16,
            (0, false) => PatchKind::Aarch64Lo12,
            (1, _) => PatchKind::Aarch64Lo12Scale2,
            (2, _) => PatchKind::Aarch64Lo12Scale4,
            _ => PatchKind::Aarch64Lo12Scale8,
        }
    }
}

/// The little-endian word at `code[at..at + 4]`, if it lies inside `code`.
fn read_u32(code: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(code.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// The addend a `kind` field holds in place (Mach-O and COFF keep addends in the field's
/// bytes): the 64- or 32-bit value for x86-64 displacements and absolute words, 0 for
/// AArch64 immediates (LLVM leaves them zero) or a field outside `buf`. The inverse of
/// [`patch`] for what objects store there.
pub fn implicit_addend(buf: &[u8], at: usize, kind: PatchKind) -> i64 {
    match kind {
        PatchKind::Abs64 => buf
            .get(at..at.saturating_add(8))
            .map_or(0, |b| i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))),
        PatchKind::Rel32 | PatchKind::Abs32 | PatchKind::Abs32S => buf
            .get(at..at.saturating_add(4))
            .map_or(0, |b| i32::from_le_bytes(b.try_into().unwrap_or([0; 4])) as i64),
        _ => 0,
    }
}

/// Is the 32-bit field at `off` the operand of a `call`/`jmp`/`jcc` rel32 (x86-64)? Such
/// a field can be sent through a trampoline when its target is out of range.
fn is_x86_branch(code: &[u8], off: usize) -> bool {
    (off >= 1 && matches!(code[off - 1], 0xe8 | 0xe9))
        || (off >= 2 && code[off - 2] == 0x0f && (0x80..=0x8f).contains(&code[off - 1]))
}

/// Writes `target` (the hole's value plus its addend) into the field at `buf[at..]`,
/// whose address once loaded is `pc`. Refuses, with the reason, a value that does not
/// fit the field; never writes a truncated value.
pub fn patch(buf: &mut [u8], at: usize, pc: u64, kind: PatchKind, target: u64) -> Result<(), String> {
    let width = kind.width() as usize;
    let field = buf.get_mut(at..at + width).ok_or("the field lies outside the code")?;
    let word = |f: &[u8]| u32::from_le_bytes([f[0], f[1], f[2], f[3]]);
    let rel = (target as i64).wrapping_sub(pc as i64);
    match kind {
        PatchKind::Abs64 => field.copy_from_slice(&target.to_le_bytes()),
        PatchKind::Abs32 => {
            let v = u32::try_from(target).map_err(|_| "does not fit 32 bits")?;
            field.copy_from_slice(&v.to_le_bytes());
        }
        PatchKind::Abs32S => {
            let v = i32::try_from(target as i64).map_err(|_| "does not fit 32 signed bits")?;
            field.copy_from_slice(&v.to_le_bytes());
        }
        PatchKind::Rel32 => {
            let v = i32::try_from(rel).map_err(|_| "is out of 32-bit PC-relative range")?;
            field.copy_from_slice(&v.to_le_bytes());
        }
        PatchKind::Aarch64Branch26 => {
            if rel & 3 != 0 || !(-(1i64 << 27)..(1i64 << 27)).contains(&rel) {
                return Err("is out of the ±128 MiB branch range".into());
            }
            let insn = (word(field) & 0xfc00_0000) | ((rel >> 2) as u32 & 0x03ff_ffff);
            field.copy_from_slice(&insn.to_le_bytes());
        }
        PatchKind::Aarch64Page21 => {
            let pages = ((target & !0xfff) as i64).wrapping_sub((pc & !0xfff) as i64) >> 12;
            if !(-(1i64 << 20)..(1i64 << 20)).contains(&pages) {
                return Err("is out of the ±4 GiB adrp range".into());
            }
            let (lo, hi) = (pages as u32 & 3, (pages as u32 >> 2) & 0x7ffff);
            let insn = (word(field) & 0x9f00_001f) | (lo << 29) | (hi << 5);
            field.copy_from_slice(&insn.to_le_bytes());
        }
        PatchKind::Aarch64Lo12
        | PatchKind::Aarch64Lo12Scale2
        | PatchKind::Aarch64Lo12Scale4
        | PatchKind::Aarch64Lo12Scale8
        | PatchKind::Aarch64Lo12Scale16 => {
            let shift = match kind {
                PatchKind::Aarch64Lo12Scale2 => 1,
                PatchKind::Aarch64Lo12Scale4 => 2,
                PatchKind::Aarch64Lo12Scale8 => 3,
                PatchKind::Aarch64Lo12Scale16 => 4,
                _ => 0,
            };
            let lo12 = (target & 0xfff) as u32;
            if lo12 & ((1 << shift) - 1) != 0 {
                return Err(format!("is not aligned to the {}-byte access", 1 << shift));
            }
            let insn = (word(field) & !(0xfff << 10)) | ((lo12 >> shift) << 10);
            field.copy_from_slice(&insn.to_le_bytes());
        }
        PatchKind::Aarch64MovwG0
        | PatchKind::Aarch64MovwG1
        | PatchKind::Aarch64MovwG2
        | PatchKind::Aarch64MovwG3 => {
            let shift = match kind {
                PatchKind::Aarch64MovwG0 => 0,
                PatchKind::Aarch64MovwG1 => 16,
                PatchKind::Aarch64MovwG2 => 32,
                _ => 48,
            };
            let imm = ((target >> shift) & 0xffff) as u32;
            let insn = (word(field) & !(0xffff << 5)) | (imm << 5);
            field.copy_from_slice(&insn.to_le_bytes());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aarch64_encodings() {
        // bl #0 at 0x1000 to 0x2000: imm26 = 0x400.
        let mut b = 0x9400_0000u32.to_le_bytes().to_vec();
        patch(&mut b, 0, 0x1000, PatchKind::Aarch64Branch26, 0x2000).unwrap();
        assert_eq!(u32::from_le_bytes(b[..4].try_into().unwrap()), 0x9400_0400);
        // adrp x8 at 0x1000 to page 0x5000: 4 pages -> immlo 0, immhi 1.
        let mut b = 0x9000_0008u32.to_le_bytes().to_vec();
        patch(&mut b, 0, 0x1000, PatchKind::Aarch64Page21, 0x5123).unwrap();
        assert_eq!(u32::from_le_bytes(b[..4].try_into().unwrap()), 0x9000_0028);
        // ldr x0, [x8, #lo12] with lo12 0x128 scaled by 8 -> imm12 0x25.
        let mut b = 0xf940_0100u32.to_le_bytes().to_vec();
        patch(&mut b, 0, 0, PatchKind::Aarch64Lo12Scale8, 0x7128).unwrap();
        assert_eq!(u32::from_le_bytes(b[..4].try_into().unwrap()), 0xf940_0100 | (0x25 << 10));
        assert!(patch(&mut b, 0, 0, PatchKind::Aarch64Lo12Scale8, 0x7124).is_err());
        // movk x0, #imm, lsl #32
        let mut b = 0xf2c0_0000u32.to_le_bytes().to_vec();
        patch(&mut b, 0, 0, PatchKind::Aarch64MovwG2, 0x0000_abcd_0000_0000).unwrap();
        assert_eq!(u32::from_le_bytes(b[..4].try_into().unwrap()), 0xf2c0_0000 | (0xabcd << 5));
        assert!(patch(&mut b, 0, 0, PatchKind::Aarch64Branch26, 1 << 30).is_err());
    }

    fn hole(offset: u64, kind: PatchKind) -> Hole {
        Hole { offset, kind, value: HoleValue::Data, addend: 0x10, raw: "test".into() }
    }

    #[test]
    fn got_loads_are_recognized() {
        // mov rax, [rip + x] (48 8b 05 rel32), and not lea rax, [rip + x] (48 8d 05).
        let mov = [0x48, 0x8b, 0x05, 0, 0, 0, 0];
        assert_eq!(Arch::X86_64.got_load(&mov, &hole(3, PatchKind::Rel32)), Some(GotLoad::X86_64MovRip));
        let lea = [0x48, 0x8d, 0x05, 0, 0, 0, 0];
        assert_eq!(Arch::X86_64.got_load(&lea, &hole(3, PatchKind::Rel32)), None);
        assert_eq!(GotLoad::X86_64MovRip.slot(&hole(3, PatchKind::Rel32)), Some(0x14));
        // ldr x0, [x8] and not add x0, x8, #0.
        let ldr = 0xf940_0100u32.to_le_bytes();
        let h = hole(0, PatchKind::Aarch64Lo12Scale8);
        assert_eq!(Arch::Aarch64.got_load(&ldr, &h), Some(GotLoad::Aarch64Ldr));
        assert_eq!(Arch::Aarch64.got_load(&0x9100_0100u32.to_le_bytes(), &h), None);
        assert_eq!(Arch::Aarch64.got_load(&ldr[..2], &h), None);
        assert_eq!(GotLoad::Aarch64Ldr.slot(&h), Some(0x10));
    }

    #[test]
    fn lo12_scale_follows_the_access_size() {
        let kind = |insn: u32| Arch::Aarch64.lo12_kind(&insn.to_le_bytes(), 0);
        assert_eq!(kind(0x9100_0100), PatchKind::Aarch64Lo12); // add x0, x8, #0
        assert_eq!(kind(0x3940_0100), PatchKind::Aarch64Lo12); // ldrb w0, [x8]
        assert_eq!(kind(0x7940_0100), PatchKind::Aarch64Lo12Scale2); // ldrh w0, [x8]
        assert_eq!(kind(0xb940_0100), PatchKind::Aarch64Lo12Scale4); // ldr w0, [x8]
        assert_eq!(kind(0xf940_0100), PatchKind::Aarch64Lo12Scale8); // ldr x0, [x8]
        assert_eq!(kind(0x3dc0_0100), PatchKind::Aarch64Lo12Scale16); // ldr q0, [x8]
        assert_eq!(Arch::Aarch64.lo12_kind(&[0; 2], 0), PatchKind::Aarch64Lo12);
    }

    #[test]
    fn trampolines_and_implicit_addends() {
        let t = Arch::X86_64.trampoline(0x1122_3344_5566_7788);
        assert_eq!(t.len(), Arch::X86_64.trampoline_size());
        assert_eq!(&t[..8], &Arch::X86_64.trampoline_code());
        assert_eq!(&t[8..], &0x1122_3344_5566_7788u64.to_le_bytes());
        let field = (-8i32).to_le_bytes();
        assert_eq!(implicit_addend(&field, 0, PatchKind::Rel32), -8);
        assert_eq!(implicit_addend(&field, 0, PatchKind::Abs64), 0);
        assert_eq!(implicit_addend(&field, 0, PatchKind::Aarch64Branch26), 0);
    }
}
