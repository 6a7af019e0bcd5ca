//! Stage 7 — stencils: reads an object file into a [`Stencil`]: code bytes, a data blob
//! (read-only data such as constant pools, plus a GOT synthesized for indirect loads), and
//! the holes a loader patches. Each hole says where (offset), how ([`PatchKind`], with
//! the raw relocation type kept for listings and errors), with what ([`HoleValue`]) and
//! the addend.
//!
//! [`extract`] runs four steps, each one function: lay out the code and data sections
//! ([`Layout::of`]), find the entry ([`find_entry`]), turn each relocation into a hole
//! ([`Reader::hole`]), and synthesize the GOT ([`Got`]). What differs between object
//! formats — the relocation table, symbol names, section-relative addends, relocations a
//! table cannot classify alone — is one [`ObjectFormatRules`] implementation per format
//! ([`elf::Elf`], [`macho::MachO`], [`coff::Coff`]); a relocation outside its table is a
//! build error. Instruction bytes are read only through [`crate::arch`].

pub mod coff;
pub mod elf;
pub mod macho;

use crate::arch::{implicit_addend, Arch};
use crate::error::{Error, Result};
use crate::hole::{Hole, HoleValue, PatchKind, ENTRY_SYMBOL, GOT_SLOT};
use crate::stencil::Stencil;
use crate::target::{ObjectFormat, Target};
use object::{
    Object, ObjectSection, ObjectSymbol, Relocation, RelocationFlags, RelocationTarget, SectionKind,
};
use std::collections::BTreeMap;

/// A relocation as a format table decodes it.
pub(crate) enum Decoded {
    Patch(PatchKind),
    /// Load the address from a GOT slot; the field is patched with `kind` to the slot.
    Got(PatchKind),
}

impl Decoded {
    fn kind(&self) -> PatchKind {
        match self {
            Decoded::Patch(k) | Decoded::Got(k) => *k,
        }
    }
}

/// What one object format adds to reading an object: its relocation table and the
/// conventions of its symbols and addends. The defaults are ELF's.
pub(crate) trait ObjectFormatRules {
    /// The file holding the format's relocation table, for errors.
    fn table_file(&self) -> &'static str;

    /// Decodes one relocation; `None` when the loader cannot patch it. Also returns the
    /// relocation's name for listings and errors.
    fn decode(&self, file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String);

    /// The name the C symbol `name` has in this format's objects.
    fn object_symbol(&self, name: &str) -> String {
        name.to_string()
    }

    /// The C name of the undefined symbol `name` of an object.
    fn c_symbol<'a>(&self, name: &'a str) -> &'a str {
        name
    }

    /// A decoded relocation, completed with what its table cannot say alone: the
    /// instruction at `bytes[at..]` (for `arch`) and the symbol it refers to.
    fn refine(&self, decoded: Decoded, _arch: Arch, _bytes: &[u8], _at: usize, _symbol: &str) -> Decoded {
        decoded
    }

    /// The addend of a section-relative relocation, before the addends the relocation and
    /// its field hold, when the section it refers to starts at `base` in the stencil and
    /// at `section_address` in the object, and its field lies at `field_address` there.
    fn section_addend(
        &self,
        base: u64,
        _section_address: u64,
        _field_address: u64,
        _reloc: &Relocation,
    ) -> i64 {
        base as i64
    }
}

/// The rules of `format`.
pub(crate) fn rules(format: ObjectFormat) -> &'static dyn ObjectFormatRules {
    match format {
        ObjectFormat::Elf => &elf::Elf,
        ObjectFormat::MachO => &macho::MachO,
        ObjectFormat::Coff => &coff::Coff,
    }
}

/// Where a laid-out section starts, in code or in data.
#[derive(Clone, Copy)]
enum Place {
    Code(u64),
    Data(u64),
}

/// Larger sections are not stencil code (and would make a hostile object exhaust memory).
const MAX_SECTION: u64 = 16 << 20;

/// Extracts the stencil from an object file made for `target`.
pub fn extract(name: &str, bytes: &[u8], target: &Target) -> Result<Stencil> {
    let aligned = Aligned::new(bytes);
    let file = object::File::parse(aligned.bytes())
        .map_err(|e| Error::new(format!("{name}: unreadable object file: {e}")))?;
    let rules = rules(target.object_format);
    let layout = Layout::of(name, &file)?;
    let entry = find_entry(name, &file, &layout, rules)?;
    let mut reader =
        Reader { name, file: &file, rules, arch: target.arch(), layout, holes: Holes::default() };
    reader.read_relocations()?;
    let Reader { layout: Layout { code, mut data, .. }, holes, .. } = reader;
    let Holes { mut code_holes, mut data_holes, got } = holes;
    got.append_to(&mut data, &mut data_holes);
    code_holes.sort_by_key(|h| h.offset);
    data_holes.sort_by_key(|h| h.offset);
    let stencil = Stencil { name: name.to_string(), code, data, code_holes, data_holes, entry };
    check_self_references(&stencil)?;
    Ok(stencil)
}

/// The object's bytes at an 8-byte-aligned address: `object` reads headers in place and
/// refuses a buffer that is not, so such input is copied into one that is.
struct Aligned<'a> {
    input: &'a [u8],
    copy: Option<Vec<u64>>,
}

impl<'a> Aligned<'a> {
    fn new(input: &'a [u8]) -> Aligned<'a> {
        if (input.as_ptr() as usize).is_multiple_of(8) {
            return Aligned { input, copy: None };
        }
        let mut w = vec![0u64; input.len().div_ceil(8)];
        // SAFETY: `w` holds at least `input.len()` bytes, and any byte pattern is a u64.
        unsafe { std::ptr::copy_nonoverlapping(input.as_ptr(), w.as_mut_ptr() as *mut u8, input.len()) };
        Aligned { input, copy: Some(w) }
    }

    fn bytes(&self) -> &[u8] {
        match &self.copy {
            // SAFETY: the first `input.len()` bytes of the copy, which lives as long as `self`.
            Some(w) => unsafe { std::slice::from_raw_parts(w.as_ptr() as *const u8, self.input.len()) },
            None => self.input,
        }
    }
}

/// The stencil's code and data bytes, and where each section the stencil carries lies in
/// them (by section index).
struct Layout {
    code: Vec<u8>,
    data: Vec<u8>,
    places: BTreeMap<usize, Place>,
}

impl Layout {
    /// Concatenates the object's code sections into the code and its data sections
    /// (constant pools, zero-filled data) into the data blob, each at its alignment.
    fn of(name: &str, file: &object::File) -> Result<Layout> {
        let mut layout = Layout { code: Vec::new(), data: Vec::new(), places: BTreeMap::new() };
        for section in file.sections() {
            let kind = section.kind();
            let in_code = match kind {
                SectionKind::Text => true,
                SectionKind::Data
                | SectionKind::ReadOnlyData
                | SectionKind::ReadOnlyString
                | SectionKind::ReadOnlyDataWithRel
                | SectionKind::UninitializedData => false,
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
            let buf = if in_code { &mut layout.code } else { &mut layout.data };
            let align = section.align().max(1) as usize;
            buf.resize(buf.len().div_ceil(align) * align, 0);
            let base = buf.len() as u64;
            match kind {
                SectionKind::UninitializedData => buf.resize(buf.len() + section.size() as usize, 0),
                _ => buf.extend_from_slice(
                    section.data().map_err(|e| Error::new(format!("{name}: section data: {e}")))?,
                ),
            }
            layout
                .places
                .insert(section.index().0, if in_code { Place::Code(base) } else { Place::Data(base) });
        }
        Ok(layout)
    }

    /// Where the section `index` lies in the stencil, if the stencil carries it.
    fn place(&self, index: object::SectionIndex) -> Option<Place> {
        self.places.get(&index.0).copied()
    }
}

/// The offset in the code of the entry symbol (`_JIT_ENTRY`, by the format's name for it).
fn find_entry(
    name: &str,
    file: &object::File,
    layout: &Layout,
    rules: &dyn ObjectFormatRules,
) -> Result<u64> {
    let entry_symbol = rules.object_symbol(ENTRY_SYMBOL);
    let mut entry = None;
    for sym in file.symbols() {
        if sym.name() == Ok(entry_symbol.as_str()) {
            if let Some(Place::Code(base)) = sym.section_index().and_then(|i| layout.place(i)) {
                entry = base.checked_add(sym.address());
            }
        }
    }
    entry.ok_or_else(|| Error::new(format!("{name}: the object has no {entry_symbol} in its code")))
}

/// The holes found so far, and the GOT their indirect loads need.
#[derive(Default)]
struct Holes {
    code_holes: Vec<Hole>,
    data_holes: Vec<Hole>,
    got: Got,
}

/// A GOT synthesized at the end of the data blob: one 8-byte slot per distinct (value,
/// offset) that code loads indirectly, each slot a data hole.
#[derive(Default)]
struct Got {
    /// Where the GOT starts in the data blob (its laid-out length, 8-aligned).
    base: u64,
    slots: BTreeMap<(HoleValue, i64), u64>,
    holes: Vec<Hole>,
}

impl Got {
    /// The data offset of the slot holding `value + addend`, made on first use.
    fn slot(&mut self, value: HoleValue, addend: i64) -> u64 {
        let next = self.base + 8 * self.slots.len() as u64;
        let holes = &mut self.holes;
        *self.slots.entry((value.clone(), addend)).or_insert_with(|| {
            holes.push(Hole { offset: next, kind: PatchKind::Abs64, value, addend, raw: GOT_SLOT.into() });
            next
        })
    }

    /// Appends the slots to the data blob and their holes to the data holes.
    fn append_to(self, data: &mut Vec<u8>, data_holes: &mut Vec<Hole>) {
        if self.slots.is_empty() {
            return;
        }
        data.resize(self.base as usize + 8 * self.slots.len(), 0);
        data_holes.extend(self.holes);
    }
}

/// What a relocation refers to: the hole's value, the offset from it (a symbol's place in
/// the stencil), and the symbol's name for errors and listings.
struct Referent {
    value: HoleValue,
    offset: i64,
    symbol: String,
}

/// Turns an object's relocations into holes.
struct Reader<'a, 'data> {
    name: &'a str,
    file: &'a object::File<'data>,
    rules: &'static dyn ObjectFormatRules,
    arch: Arch,
    layout: Layout,
    holes: Holes,
}

impl Reader<'_, '_> {
    /// Adds a hole for every relocation of every section the stencil carries.
    fn read_relocations(&mut self) -> Result<()> {
        self.holes.got.base = self.layout.data.len().div_ceil(8) as u64 * 8;
        for section in self.file.sections() {
            let Some(place) = self.layout.place(section.index()) else { continue };
            for (offset, reloc) in section.relocations() {
                let hole = self.hole(place, &section, offset, &reloc)?;
                match place {
                    Place::Code(_) => self.holes.code_holes.push(hole),
                    Place::Data(_) => self.holes.data_holes.push(hole),
                }
            }
        }
        Ok(())
    }

    /// The hole for the relocation at `offset` in `section` (laid out at `place`); a GOT
    /// load also gets its slot.
    fn hole(
        &mut self,
        place: Place,
        section: &object::Section,
        offset: u64,
        reloc: &Relocation,
    ) -> Result<Hole> {
        let name = self.name;
        let Referent { value, offset: sym_addend, symbol } = self.referent(section, offset, reloc)?;
        let (decoded, raw) = self.rules.decode(self.file, reloc.flags());
        let Some(decoded) = decoded else {
            return Err(Error::new(format!(
                "stencil {name}: relocation {raw} against `{symbol}` is not one the loader can patch"
            ))
            .help(format!("add it to the relocation table in {}", self.rules.table_file())));
        };
        let (field_offset, bytes) = match place {
            Place::Code(b) => (b.wrapping_add(offset), &self.layout.code),
            Place::Data(b) => (b.wrapping_add(offset), &self.layout.data),
        };
        let at = field_offset as usize;
        let decoded = self.rules.refine(decoded, self.arch, bytes, at, &symbol);
        if field_offset.saturating_add(decoded.kind().width()) > bytes.len() as u64 {
            return Err(Error::new(format!(
                "{name}: relocation {raw} at {offset:#x} lies outside its section"
            )));
        }
        Ok(match decoded {
            Decoded::Patch(kind) => {
                let mut addend = reloc.addend().wrapping_add(sym_addend);
                if reloc.has_implicit_addend() {
                    // Mach-O and COFF keep the addend in the field's bytes.
                    addend = addend.wrapping_add(implicit_addend(bytes, at, kind));
                }
                Hole { offset: field_offset, kind, value, addend, raw }
            }
            Decoded::Got(kind) => {
                // The slot holds value + symbol offset; the code refers to the slot.
                let slot = self.holes.got.slot(value, sym_addend);
                let addend = slot as i64 + reloc.addend();
                Hole { offset: field_offset, kind, value: HoleValue::Data, addend, raw }
            }
        })
    }

    /// What the relocation at `offset` in `section` refers to: a place in the stencil's
    /// code or data, or a symbol outside it.
    fn referent(&self, section: &object::Section, offset: u64, reloc: &Relocation) -> Result<Referent> {
        let name = self.name;
        match reloc.target() {
            RelocationTarget::Symbol(i) => {
                let sym = self.file.symbol_by_index(i).map_err(|e| Error::new(format!("{name}: {e}")))?;
                let symbol = sym.name().unwrap_or("?").to_string();
                // Symbol addresses are section-relative in ELF and COFF objects but
                // absolute in Mach-O's (sections laid out one after another).
                let within = sym.address().wrapping_sub(self.section_address(sym.section_index()));
                let (value, offset) = match sym.section_index().and_then(|s| self.layout.place(s)) {
                    Some(Place::Code(b)) => (HoleValue::Code, b.wrapping_add(within) as i64),
                    Some(Place::Data(b)) => (HoleValue::Data, b.wrapping_add(within) as i64),
                    None if sym.is_undefined() => (HoleValue::from_symbol(self.rules.c_symbol(&symbol)), 0),
                    None => {
                        return Err(Error::new(format!(
                            "{name}: relocation against `{symbol}`, which lives in a section stencils do not carry"
                        )))
                    }
                };
                Ok(Referent { value, offset, symbol })
            }
            RelocationTarget::Section(s) => {
                let (value, base, symbol) = match self.layout.place(s) {
                    Some(Place::Code(b)) => (HoleValue::Code, b, "<code>"),
                    Some(Place::Data(b)) => (HoleValue::Data, b, "<data>"),
                    None => {
                        return Err(Error::new(format!(
                            "{name}: relocation against a section stencils do not carry"
                        )))
                    }
                };
                let field_address = section.address().wrapping_add(offset);
                let offset =
                    self.rules.section_addend(base, self.section_address(Some(s)), field_address, reloc);
                Ok(Referent { value, offset, symbol: symbol.into() })
            }
            other => Err(Error::new(format!("{name}: unsupported relocation target {other:?}"))),
        }
    }

    /// The address of section `index` in the object (0 when there is none).
    fn section_address(&self, index: Option<object::SectionIndex>) -> u64 {
        index.and_then(|i| self.file.section_by_index(i).ok()).map_or(0, |s| s.address())
    }
}

/// A reference into the stencil's own code or data must land inside it (PC-relative
/// fields count from up to 16 bytes before their target): anything else is a misread
/// relocation, and a build error rather than a wrong stencil.
fn check_self_references(s: &Stencil) -> Result<()> {
    for h in s.code_holes.iter().chain(&s.data_holes) {
        let len = match h.value {
            HoleValue::Code => s.code.len(),
            HoleValue::Data => s.data.len(),
            _ => continue,
        };
        if !(-16..=len as i64).contains(&h.addend) {
            return Err(Error::new(format!(
                "stencil {}: relocation {} at {:#x} refers to {}{:+}, outside the stencil's {len} bytes",
                s.name, h.raw, h.offset, h.value, h.addend
            ))
            .help("this object format's relocation table misreads it: report it with the object file"));
        }
    }
    Ok(())
}
