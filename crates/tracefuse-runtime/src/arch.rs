//! Per-architecture instruction knowledge: the one place that encodes or decodes machine
//! instructions. [`Arch`] answers what the loader, the C header writer, extraction and the
//! stitcher ask about code (is this field a branch, does the stencil end in a droppable
//! continue jump) and [`patch`] writes a hole's value into its field, for every
//! [`PatchKind`]. C VMs get the same encodings, plus GOT relaxation, as C in every
//! generated header (the core's `writers/c/helpers.h`); the C consumer test runs those on
//! all five targets.

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
                let word = u32::from_le_bytes(code[tail..].try_into().ok()?);
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
}
