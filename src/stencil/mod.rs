//! Stage 7 — stencils: reads an object file into a [`Stencil`]: code bytes, a data blob
//! (read-only data such as constant pools, plus a GOT synthesized for indirect loads), and
//! the holes a loader patches. Each hole says where (offset), how ([`PatchKind`], with
//! the raw relocation type kept for listings and errors), with what ([`HoleValue`]) and
//! the addend. Relocation types are mapped per object format in one table each
//! ([`elf`]); a relocation outside the table is a build error.

pub mod coff;
pub mod elf;
pub mod macho;
pub mod patch;

use crate::definitions::Field;
use crate::error::{Error, Result};
use crate::target::{ObjectFormat, Target};
use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionKind};
use std::collections::BTreeMap;
use std::fmt;

/// What fills a hole.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum HoleValue {
    /// The address of this stencil's code, plus the addend.
    Code,
    /// The address of this stencil's data blob, plus the addend.
    Data,
    /// The next stencil (`_JIT_CONTINUE`).
    Continue,
    /// The first stencil of a stitched trace (`_JIT_JUMP_TARGET`).
    JumpTarget,
    /// A per-instruction field: of instruction `i` in a fused stencil (`_JIT_OPARG_3`),
    /// or of the stencil's own instruction (`_JIT_OPARG`).
    Field { instruction: Option<u32>, field: Field },
    /// The index of a per-uop stencil's instruction in its trace (`_JIT_INDEX`).
    Index,
    /// The entry of the trace a side exit enters (`_JIT_EXIT_TRACE[_i]`).
    ExitTrace { instruction: Option<u32> },
    /// A runtime symbol of the VM, such as a C helper or a singleton.
    Symbol(String),
}

impl HoleValue {
    /// Reads a hole symbol's name (see `ir`'s naming).
    pub fn from_symbol(name: &str) -> HoleValue {
        let (base, index) = match name.rsplit_once('_') {
            Some((b, i)) if !i.is_empty() && i.bytes().all(|c| c.is_ascii_digit()) => {
                (b, i.parse::<u32>().ok())
            }
            _ => (name, None),
        };
        match base {
            "_JIT_CONTINUE" if index.is_none() => return HoleValue::Continue,
            "_JIT_JUMP_TARGET" if index.is_none() => return HoleValue::JumpTarget,
            "_JIT_INDEX" if index.is_none() => return HoleValue::Index,
            "_JIT_EXIT_TRACE" => return HoleValue::ExitTrace { instruction: index },
            _ => {}
        }
        for field in Field::ALL {
            if base == format!("_JIT_{}", field.name().to_ascii_uppercase()) {
                return HoleValue::Field { instruction: index, field };
            }
        }
        if name.starts_with("_JIT_") {
            return HoleValue::Symbol(name.to_string());
        }
        HoleValue::Symbol(name.to_string())
    }
}

impl fmt::Display for HoleValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HoleValue::Code => write!(f, "code"),
            HoleValue::Data => write!(f, "data"),
            HoleValue::Continue => write!(f, "continue"),
            HoleValue::JumpTarget => write!(f, "jump_target"),
            HoleValue::Field { instruction: Some(i), field } => write!(f, "{field}[{i}]"),
            HoleValue::Field { instruction: None, field } => write!(f, "{field}"),
            HoleValue::Index => write!(f, "index"),
            HoleValue::ExitTrace { instruction: Some(i) } => write!(f, "exit_trace[{i}]"),
            HoleValue::ExitTrace { instruction: None } => write!(f, "exit_trace"),
            HoleValue::Symbol(s) => write!(f, "symbol:{s}"),
        }
    }
}

/// How a hole is patched (normalized across formats).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatchKind {
    /// 64-bit absolute: `value + addend`.
    Abs64,
    /// 32-bit absolute, zero-extended by the instruction.
    Abs32,
    /// 32-bit absolute, sign-extended by the instruction.
    Abs32S,
    /// 32-bit PC-relative: `value + addend - address_of_field`. A branch or call out of
    /// range goes through a loader trampoline.
    Rel32,
    /// AArch64 `b`/`bl`: imm26 = (value + addend - address) >> 2 (±128 MiB).
    Aarch64Branch26,
    /// AArch64 `adrp`: the 4 KiB page of value + addend, relative to the field's page.
    Aarch64Page21,
    /// AArch64 `add`/`ldr`/`str` low 12 bits of value + addend, scaled by the access size
    /// (`Aarch64Lo12` for add and byte access, then 2, 4, 8 and 16 bytes).
    Aarch64Lo12,
    Aarch64Lo12Scale2,
    Aarch64Lo12Scale4,
    Aarch64Lo12Scale8,
    Aarch64Lo12Scale16,
    /// AArch64 `movz`/`movk` imm16 with bits 0-15, 16-31, 32-47, 48-63 of value + addend.
    Aarch64MovwG0,
    Aarch64MovwG1,
    Aarch64MovwG2,
    Aarch64MovwG3,
}

impl PatchKind {
    /// Bytes of the field the patch writes.
    pub fn width(self) -> u64 {
        match self {
            PatchKind::Abs64 => 8,
            _ => 4,
        }
    }
}

/// One hole.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Hole {
    pub offset: u64,
    pub kind: PatchKind,
    pub value: HoleValue,
    pub addend: i64,
    /// The relocation as the object file named it (`R_X86_64_PLT32`).
    pub raw: String,
}

/// A patchable piece of machine code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stencil {
    pub name: String,
    pub code: Vec<u8>,
    pub data: Vec<u8>,
    pub code_holes: Vec<Hole>,
    pub data_holes: Vec<Hole>,
    /// Offset of the entry point in `code`.
    pub entry: u64,
}

impl Stencil {
    pub fn holes(&self) -> usize {
        self.code_holes.len() + self.data_holes.len()
    }

    /// The stencil without its final jump to `_JIT_CONTINUE` (see
    /// [`Stencil::continue_jump_len`]), for when the next stencil is laid out right after
    /// it, as CPython's stitcher does; `None` when the code does not end in such a jump.
    pub fn without_continue_jump(&self, aarch64: bool) -> Option<Stencil> {
        let len = self.continue_jump_len(aarch64)?;
        let mut s = self.clone();
        s.code.truncate(self.code.len() - len);
        s.code_holes.pop();
        Some(s)
    }

    /// Whether hole `h` is a branch, which a loader may send through a trampoline when its
    /// target is out of range (AArch64 `b`/`bl`, x86-64 `call`/`jmp`/`jcc` rel32).
    pub fn is_branch(&self, h: &Hole, aarch64: bool) -> bool {
        match h.kind {
            PatchKind::Aarch64Branch26 => true,
            PatchKind::Rel32 => !aarch64 && patch::is_x86_branch(&self.code, h.offset as usize),
            _ => false,
        }
    }

    /// Bytes of a final jump to `_JIT_CONTINUE` that a stitcher may drop when the next
    /// stencil follows directly: x86-64 `jmp rel32` (5 bytes) or AArch64 `b` (4 bytes).
    pub fn continue_jump_len(&self, aarch64: bool) -> Option<usize> {
        let n = self.code.len();
        let last = self.code_holes.last()?;
        if last.value != HoleValue::Continue {
            return None;
        }
        if aarch64 {
            let tail = n.checked_sub(4)?;
            let word = u32::from_le_bytes(self.code[tail..].try_into().ok()?);
            let is_b = word & 0xfc00_0000 == 0x1400_0000;
            return (is_b && last.offset == tail as u64 && last.kind == PatchKind::Aarch64Branch26)
                .then_some(4);
        }
        let tail = n.checked_sub(5)?;
        (self.code[tail] == 0xe9 && last.offset == tail as u64 + 1 && last.kind == PatchKind::Rel32)
            .then_some(5)
    }
}

/// A relocation as a format table decodes it.
pub(crate) enum Decoded {
    Patch(PatchKind),
    /// Load the address from a GOT slot; the field is patched with `kind` to the slot.
    Got(PatchKind),
}

/// Where each laid-out section starts, in code or in data.
#[derive(Clone, Copy)]
enum Place {
    Code(u64),
    Data(u64),
}

/// Larger sections are not stencil code (and would make a hostile object exhaust memory).
const MAX_SECTION: u64 = 16 << 20;

/// Extracts the stencil from an object file made for `target`.
pub fn extract(name: &str, bytes: &[u8], target: &Target) -> Result<Stencil> {
    // `object` reads headers in place and refuses a buffer that is not 8-byte aligned:
    // copy such input into one that is.
    let words: Vec<u64>;
    let bytes = if (bytes.as_ptr() as usize).is_multiple_of(8) {
        bytes
    } else {
        let mut w = vec![0u64; bytes.len().div_ceil(8)];
        // SAFETY: `w` holds at least `bytes.len()` bytes, and any byte pattern is a u64.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), w.as_mut_ptr() as *mut u8, bytes.len()) };
        words = w;
        // SAFETY: the first `bytes.len()` bytes of `words`, which lives to the end of the function.
        unsafe { std::slice::from_raw_parts(words.as_ptr() as *const u8, bytes.len()) }
    };
    let file =
        object::File::parse(bytes).map_err(|e| Error::new(format!("{name}: unreadable object file: {e}")))?;
    let mut code = Vec::new();
    let mut data = Vec::new();
    let mut places: BTreeMap<usize, Place> = BTreeMap::new();
    for section in file.sections() {
        let kind = section.kind();
        let buf = match kind {
            SectionKind::Text => &mut code,
            SectionKind::Data
            | SectionKind::ReadOnlyData
            | SectionKind::ReadOnlyString
            | SectionKind::ReadOnlyDataWithRel
            | SectionKind::UninitializedData => &mut data,
            _ => continue,
        };
        if section.size() == 0 {
            continue;
        }
        if section.size() > MAX_SECTION || section.align() > 4096 {
            return Err(Error::new(format!(
                "{name}: section of {} bytes aligned to {} is not a stencil's",
                section.size(),
                section.align()
            )));
        }
        let align = section.align().max(1) as usize;
        buf.resize(buf.len().div_ceil(align) * align, 0);
        let base = buf.len() as u64;
        match kind {
            SectionKind::UninitializedData => buf.resize(buf.len() + section.size() as usize, 0),
            _ => buf.extend_from_slice(
                section.data().map_err(|e| Error::new(format!("{name}: section data: {e}")))?,
            ),
        }
        places.insert(
            section.index().0,
            if kind == SectionKind::Text { Place::Code(base) } else { Place::Data(base) },
        );
    }
    let entry_symbol = match target.object_format {
        ObjectFormat::MachO => format!("_{}", crate::ir::ENTRY),
        _ => crate::ir::ENTRY.to_string(),
    };
    let mut entry = None;
    for sym in file.symbols() {
        if sym.name() == Ok(entry_symbol.as_str()) {
            if let Some(Place::Code(base)) = sym.section_index().and_then(|i| places.get(&i.0).copied()) {
                entry = base.checked_add(sym.address());
            }
        }
    }
    let entry =
        entry.ok_or_else(|| Error::new(format!("{name}: the object has no {entry_symbol} in its code")))?;

    let mut code_holes = Vec::new();
    let mut data_holes = Vec::new();
    let mut got: BTreeMap<HoleKey, u64> = BTreeMap::new();
    let mut got_holes = Vec::new();
    let got_base = data.len().div_ceil(8) * 8;
    let section_address = |i: Option<object::SectionIndex>| {
        i.and_then(|i| file.section_by_index(i).ok()).map_or(0, |s| s.address())
    };
    let rebase = |b: u64,
                  to: object::SectionIndex,
                  from: &object::Section,
                  offset: u64,
                  reloc: &object::Relocation| {
        if target.object_format != ObjectFormat::MachO {
            return b as i64;
        }
        let mut addend = (b as i64).wrapping_sub(section_address(Some(to)) as i64);
        if reloc.kind() == object::RelocationKind::Relative {
            // The field holds target - (field + 4 + bytes after it) in the object's
            // layout, which already counts what `reloc.addend()` adds for the same reason.
            addend =
                addend.wrapping_add(from.address().wrapping_add(offset) as i64).wrapping_sub(reloc.addend());
        }
        addend
    };
    for section in file.sections() {
        let Some(&place) = places.get(&section.index().0) else { continue };
        for (offset, reloc) in section.relocations() {
            let (value, sym_addend, sym_name) = match reloc.target() {
                RelocationTarget::Symbol(i) => {
                    let sym = file.symbol_by_index(i).map_err(|e| Error::new(format!("{name}: {e}")))?;
                    let sname = sym.name().unwrap_or("?").to_string();
                    // Symbol addresses are section-relative in ELF and COFF objects but
                    // absolute in Mach-O's (sections laid out one after another).
                    let within = sym.address().wrapping_sub(section_address(sym.section_index()));
                    match sym.section_index().and_then(|s| places.get(&s.0).copied()) {
                        Some(Place::Code(b)) => (HoleValue::Code, b.wrapping_add(within) as i64, sname),
                        Some(Place::Data(b)) => (HoleValue::Data, b.wrapping_add(within) as i64, sname),
                        None if sym.is_undefined() => {
                            let n = strip_prefix(&sname, target);
                            (HoleValue::from_symbol(n), 0, sname)
                        }
                        None => {
                            return Err(Error::new(format!(
                                "{name}: relocation against `{sname}`, which lives in a section stencils do not carry")))
                        }
                    }
                }
                // A section-relative (Mach-O "non-extern") relocation's implicit addend
                // is an address in the object's layout: rebase it from the section's
                // address there (and, PC-relative, from the field's) to the stencil's.
                RelocationTarget::Section(s) => match places.get(&s.0) {
                    Some(Place::Code(b)) => {
                        (HoleValue::Code, rebase(*b, s, &section, offset, &reloc), "<code>".into())
                    }
                    Some(Place::Data(b)) => {
                        (HoleValue::Data, rebase(*b, s, &section, offset, &reloc), "<data>".into())
                    }
                    None => {
                        return Err(Error::new(format!(
                            "{name}: relocation against a section stencils do not carry"
                        )))
                    }
                },
                other => return Err(Error::new(format!("{name}: unsupported relocation target {other:?}"))),
            };
            let (decoded, raw) = match target.object_format {
                ObjectFormat::Elf => elf::decode(&file, reloc.flags()),
                ObjectFormat::MachO => macho::decode(&file, reloc.flags()),
                ObjectFormat::Coff => coff::decode(&file, reloc.flags()),
            };
            let Some(decoded) = decoded else {
                return Err(Error::new(format!(
                    "stencil {name}: relocation {raw} against `{sym_name}` is not one the loader can patch"
                ))
                .help(format!("add it to the {:?} relocation table in src/stencil/", target.object_format)));
            };
            let (field_offset, holes, len) = match place {
                Place::Code(b) => (b.wrapping_add(offset), &mut code_holes, code.len()),
                Place::Data(b) => (b.wrapping_add(offset), &mut data_holes, data.len()),
            };
            // Mach-O's PAGEOFF12 does not say the access size: read it from the instruction.
            let bytes = if matches!(place, Place::Code(_)) { &code } else { &data };
            let at = field_offset as usize;
            let decoded = match decoded {
                Decoded::Patch(PatchKind::Aarch64Lo12) if target.object_format == ObjectFormat::MachO => {
                    let insn =
                        bytes.get(at..at + 4).map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                    Decoded::Patch(aarch64_lo12_kind(insn))
                }
                // `__imp_NAME` holds NAME's address: a GOT slot in all but name.
                Decoded::Patch(PatchKind::Rel32)
                    if target.object_format == ObjectFormat::Coff && sym_name.starts_with(COFF_IMPORT) =>
                {
                    Decoded::Got(PatchKind::Rel32)
                }
                d => d,
            };
            let width = match &decoded {
                Decoded::Patch(k) | Decoded::Got(k) => k.width(),
            };
            if field_offset.saturating_add(width) > len as u64 {
                return Err(Error::new(format!(
                    "{name}: relocation {raw} at {offset:#x} lies outside its section"
                )));
            }
            let mut addend = reloc.addend().wrapping_add(sym_addend);
            if reloc.has_implicit_addend() {
                // Mach-O and COFF keep the addend in the field's bytes (x86-64 displacements
                // and absolute words; LLVM leaves AArch64 immediates zero).
                let implicit = match &decoded {
                    Decoded::Patch(PatchKind::Abs64) => bytes
                        .get(at..at + 8)
                        .map_or(0, |b| i64::from_le_bytes(b.try_into().unwrap_or([0; 8]))),
                    Decoded::Patch(PatchKind::Rel32 | PatchKind::Abs32 | PatchKind::Abs32S)
                    | Decoded::Got(PatchKind::Rel32) => bytes
                        .get(at..at + 4)
                        .map_or(0, |b| i32::from_le_bytes(b.try_into().unwrap_or([0; 4])) as i64),
                    _ => 0,
                };
                addend = addend.wrapping_add(implicit);
            }
            match decoded {
                Decoded::Patch(kind) => holes.push(Hole { offset: field_offset, kind, value, addend, raw }),
                Decoded::Got(kind) => {
                    // A GOT slot holds value + symbol offset; the code refers to the slot.
                    let key = HoleKey(value.clone(), sym_addend);
                    let next = got_base as u64 + 8 * got.len() as u64;
                    let slot = *got.entry(key).or_insert_with(|| {
                        got_holes.push(Hole {
                            offset: next,
                            kind: PatchKind::Abs64,
                            value,
                            addend: sym_addend,
                            raw: GOT_SLOT.into(),
                        });
                        next
                    });
                    holes.push(Hole {
                        offset: field_offset,
                        kind,
                        value: HoleValue::Data,
                        addend: slot as i64 + reloc.addend(),
                        raw,
                    });
                }
            }
        }
    }
    if !got.is_empty() {
        data.resize(got_base + 8 * got.len(), 0);
        data_holes.extend(got_holes);
    }
    code_holes.sort_by_key(|h| h.offset);
    data_holes.sort_by_key(|h| h.offset);
    // A reference into the stencil's own code or data must land inside it (PC-relative
    // fields count from up to 16 bytes before their target): anything else is a misread
    // relocation, and a build error rather than a wrong stencil.
    for h in code_holes.iter().chain(&data_holes) {
        let len = match h.value {
            HoleValue::Code => code.len(),
            HoleValue::Data => data.len(),
            _ => continue,
        };
        if !(-16..=len as i64).contains(&h.addend) {
            return Err(Error::new(format!(
                "stencil {name}: relocation {} at {:#x} refers to {}{:+}, outside the stencil's {len} bytes",
                h.raw, h.offset, h.value, h.addend
            ))
            .help("this object format's relocation table misreads it: report it with the object file"));
        }
    }
    Ok(Stencil { name: name.to_string(), code, data, code_holes, data_holes, entry })
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct HoleKey(HoleValue, i64);

/// The low-12-bit patch kind an AArch64 instruction needs: `add` and byte accesses take
/// the bits as they are, loads and stores (unsigned offset) scale them by the access size.
fn aarch64_lo12_kind(insn: u32) -> PatchKind {
    if insn & 0x3b00_0000 != 0x3900_0000 {
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

/// Mach-O prefixes C symbols with `_`.
fn strip_prefix<'a>(name: &'a str, target: &Target) -> &'a str {
    match target.object_format {
        ObjectFormat::MachO => name.strip_prefix('_').unwrap_or(name),
        ObjectFormat::Coff => name.strip_prefix(COFF_IMPORT).unwrap_or(name),
        _ => name,
    }
}

/// The `raw` name of a data hole that is a synthesized GOT slot.
pub const GOT_SLOT: &str = "GOT";

/// COFF's prefix for the pointer through which a `dllimport` global is read.
const COFF_IMPORT: &str = "__imp_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hole_symbols_round_trip() {
        assert_eq!(HoleValue::from_symbol("_JIT_CONTINUE"), HoleValue::Continue);
        assert_eq!(
            HoleValue::from_symbol("_JIT_OPARG"),
            HoleValue::Field { instruction: None, field: Field::Oparg }
        );
        assert_eq!(
            HoleValue::from_symbol("_JIT_OPERAND0_12"),
            HoleValue::Field { instruction: Some(12), field: Field::Operand0 }
        );
        assert_eq!(
            HoleValue::from_symbol("_JIT_EXIT_TRACE_3"),
            HoleValue::ExitTrace { instruction: Some(3) }
        );
        assert_eq!(HoleValue::from_symbol("tf_dealloc"), HoleValue::Symbol("tf_dealloc".into()));
        assert_eq!(HoleValue::from_symbol("_JIT_TARGET_0").to_string(), "target[0]");
    }
}
