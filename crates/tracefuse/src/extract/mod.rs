//! Stage 7 — stencils: reads an object file into a [`Stencil`]: code bytes, a data blob
//! (read-only data such as constant pools, plus a GOT synthesized for indirect loads), and
//! the holes a loader patches. Each hole says where (offset), how ([`PatchKind`], with
//! the raw relocation type kept for listings and errors), with what ([`HoleValue`]) and
//! the addend. Relocation types are mapped per object format in one table each
//! ([`elf`]); a relocation outside the table is a build error.

pub mod coff;
pub mod elf;
pub mod macho;

use crate::error::{Error, Result};
use crate::hole::{Hole, HoleValue, PatchKind, GOT_SLOT};
use crate::stencil::Stencil;
use crate::target::{ObjectFormat, Target};
use object::{Object, ObjectSection, ObjectSymbol, RelocationTarget, SectionKind};
use std::collections::BTreeMap;

/// What fills a hole.
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
        ObjectFormat::MachO => format!("_{}", crate::hole::ENTRY_SYMBOL),
        _ => crate::hole::ENTRY_SYMBOL.to_string(),
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

/// COFF's prefix for the pointer through which a `dllimport` global is read.
const COFF_IMPORT: &str = "__imp_";
