//! The stencil pack: a [`StencilSet`] as data for a C VM whose set is too large to be C —
//! `tf_stencils.pack`, one binary file holding every stencil's code, data and holes, the
//! per-uop tables, the fused groups with their signatures and the lookup table, and
//! `tf_stencils_pack.h`, fixed C that reads it (checks it, builds the same
//! `tf_stencil_group` / `tf_fused_group` tables `jit_stencils.h` has, emits a group by
//! walking its holes) and whose size does not grow with the number of traces: it holds
//! only the runtime symbols' names. Hole patching is the header's: the same helpers,
//! called in the same order, so an emitted stencil is byte-identical to the header's.
//! Layout: docs/formats.md, "Stencil pack".

use super::c_header::{self, PatchCall};
use crate::error::{Error, Result};
use crate::hole::{Hole, HoleValue};
use crate::set::{tree_instruction, StencilSet, TreeMember};
use crate::stencil::Stencil;
use crate::target::Target;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The pack's first 8 bytes.
pub const MAGIC: &[u8; 8] = b"tfpack\0\0";
/// Bumped when the layout changes; the reader refuses any other.
pub const VERSION: u32 = 1;

/// What a hole's value is, as the pack's `value` byte (`TF_V_*` in pack.h).
fn value_code(v: &HoleValue, members: &[TreeMember]) -> Result<(u8, u32, u32, u8)> {
    // (kind, member: 0 the root trace else 1 + its index, arg, field)
    let place = |i: u32| match tree_instruction(members, i as usize) {
        Some((k, at)) => (k as u32 + 1, at as u32),
        None => (0, i),
    };
    Ok(match v {
        HoleValue::Code => (0, 0, 0, 0),
        HoleValue::Data => (1, 0, 0, 0),
        HoleValue::Continue => (2, 0, 0, 0),
        HoleValue::JumpTarget => (3, 0, 0, 0),
        HoleValue::ErrorTarget => (4, 0, 0, 0),
        HoleValue::Index => (5, 0, 0, 0),
        HoleValue::EntryCount => (6, 0, 0, 0),
        HoleValue::MemberIndex { instruction } => match members.iter().position(|m| m.start == *instruction as usize) {
            Some(k) => (7, k as u32 + 1, 0, 0),
            None => {
                return Err(Error::new(format!(
                    "stencil hole index[{instruction}] names no trace of its tree (a tracefuse bug: please report it)"
                )))
            }
        },
        HoleValue::Field { instruction, field } => {
            let (m, at) = place(instruction.unwrap_or(0));
            (8, m, at, field.index() as u8)
        }
        HoleValue::ExitTrace { instruction } => {
            let (m, at) = place(instruction.unwrap_or(0));
            (9, m, at, 0)
        }
        // Symbols are numbered by their place in the sorted symbol list.
        HoleValue::Symbol(_) => (10, 0, 0, 0),
    })
}

/// Little-endian writing with 8-byte alignment of sections.
#[derive(Default)]
struct Bytes(Vec<u8>);

impl Bytes {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn align(&mut self, to: usize) {
        while !self.0.len().is_multiple_of(to) {
            self.0.push(0);
        }
    }
}

/// A number that must fit 32 bits in the pack.
fn u32_of(n: usize, what: &str) -> Result<u32> {
    u32::try_from(n).map_err(|_| Error::new(format!("stencil pack: {what} ({n}) does not fit 32 bits")))
}

/// Strings, each NUL-terminated, by offset.
#[derive(Default)]
struct Strings {
    bytes: Vec<u8>,
    at: BTreeMap<String, u32>,
}

impl Strings {
    fn add(&mut self, s: &str) -> Result<u32> {
        if let Some(&at) = self.at.get(s) {
            return Ok(at);
        }
        let at = u32_of(self.bytes.len(), "the string table")?;
        self.bytes.extend_from_slice(s.as_bytes());
        self.bytes.push(0);
        self.at.insert(s.to_string(), at);
        Ok(at)
    }
}

/// The architecture as the pack's `arch` field (`TF_PACK_ARCH` in the reader).
fn arch_code(arch: crate::arch::Arch) -> u32 {
    match arch {
        crate::arch::Arch::X86_64 => 1,
        crate::arch::Arch::Aarch64 => 2,
    }
}

/// The pack for `stencils` on `target` (layout: docs/formats.md, "Stencil pack").
pub fn pack(stencils: &StencilSet, target: &Target) -> Result<Vec<u8>> {
    let arch = target.arch();
    let symbols = c_header::symbols(stencils);
    let symbol_id = |h: &Hole| -> u32 {
        match &h.value {
            HoleValue::Symbol(s) => symbols.iter().position(|x| x == s).unwrap_or(0) as u32,
            _ => 0,
        }
    };
    let mut strings = Strings::default();
    let triple = strings.add(&target.triple)?;
    let symbol_names: Vec<u32> = symbols.iter().map(|s| strings.add(s)).collect::<Result<_>>()?;

    // Groups: the end stub, the per-uop stencils by name, the fused stencils in order.
    let mut groups: Vec<(&Stencil, &[TreeMember])> = vec![(&stencils.end, &[])];
    groups.extend(stencils.uops.values().map(|s| (s, &[][..])));
    groups.extend(stencils.fused.iter().map(|f| (&f.stencil, f.members.as_slice())));
    let uop_group: BTreeMap<&str, u32> =
        stencils.uops.keys().enumerate().map(|(i, n)| (n.as_str(), i as u32 + 1)).collect();
    let first_fused = 1 + stencils.uops.len();

    let mut bytes = Bytes::default();
    let mut holes = Bytes::default();
    let mut nholes = 0usize;
    let mut group_records = Bytes::default();
    for (s, members) in &groups {
        let first = nholes;
        for call in c_header::patch_calls(s, arch) {
            let PatchCall { hole, slot, helper, in_data } = call;
            let value_hole = slot.unwrap_or(hole);
            let (kind, member, arg, field) = value_code(&value_hole.value, members)?;
            let arg = if kind == 10 { symbol_id(value_hole) } else { arg };
            holes.u32(u32_of(hole.offset as usize, "a hole's offset")?);
            holes.u8(helper as u8);
            holes.u8(kind);
            holes.u8(field);
            holes.u8(in_data as u8);
            holes.u32(member);
            holes.u32(arg);
            holes.i64(hole.addend);
            holes.i64(slot.map_or(0, |h| h.addend));
            nholes += 1;
        }
        bytes.align(16);
        let code = bytes.0.len() as u64;
        bytes.0.extend_from_slice(&s.code);
        bytes.align(16);
        let data = bytes.0.len() as u64;
        bytes.0.extend_from_slice(&s.data);
        let tramps = s.code_holes.iter().filter(|h| s.is_branch(h, arch)).count();
        group_records.u32(strings.add(&s.name)?);
        group_records.u32(u32_of(nholes - first, "a stencil's hole count")?);
        group_records.u32(u32_of(first, "the hole count")?);
        group_records.u32(0);
        for v in [
            code,
            s.code.len() as u64,
            data,
            s.data.len() as u64,
            s.entry,
            tramps as u64,
            s.continue_jump_len(arch).unwrap_or(0) as u64,
        ] {
            group_records.u64(v);
        }
    }

    // Fused groups with their signatures.
    let mut words = Bytes::default();
    let mut nwords = 0usize;
    let mut push_words = |words: &mut Bytes, vals: &[u32]| -> usize {
        let at = nwords;
        for v in vals {
            words.u32(*v);
        }
        nwords += vals.len();
        at
    };
    let mut assumptions = Bytes::default();
    let mut nassumptions = 0usize;
    let mut exits = Bytes::default();
    let mut nexits = 0usize;
    let mut fused = Bytes::default();
    for (t, trace) in stencils.fused.iter().enumerate() {
        let sig = &trace.signature;
        let uops_at = push_words(&mut words, &sig.uops);
        let members: Vec<u32> = trace
            .members
            .iter()
            .map(|m| {
                stencils.trace(&m.trace).map(|p| p as u32).ok_or_else(|| {
                    Error::new(format!(
                        "trace {} holds trace {}, which the set does not have",
                        trace.trace, m.trace
                    ))
                })
            })
            .collect::<Result<_>>()?;
        let members_at = push_words(&mut words, &members);
        let assumptions_at = nassumptions;
        for a in &sig.assumptions {
            assumptions.u32(u32_of(a.instruction, "an assumption's instruction")?);
            assumptions.u32(a.field.index() as u32);
            assumptions.u64(a.value);
            nassumptions += 1;
        }
        let exits_at = nexits;
        for (i, n) in &sig.exits {
            exits.u32(u32_of(*i, "an exit's instruction")?);
            exits.u32(stencils.trace(n).map_or(u32::MAX, |p| p as u32));
            nexits += 1;
        }
        fused.u32(strings.add(&trace.trace)?);
        fused.u32(u32_of(first_fused + t, "the group count")?);
        fused.u64(sig.hash);
        for v in [
            sig.uops.len(),
            sig.assumptions.len(),
            sig.exits.len(),
            trace.members.len(),
            uops_at,
            assumptions_at,
            exits_at,
            members_at,
        ] {
            fused.u32(u32_of(v, "a fused group's table")?);
        }
    }
    let mut by_hash = Bytes::default();
    for (sig, t) in stencils.signature_table() {
        by_hash.u64(sig.hash);
        by_hash.u32(t as u32);
        by_hash.u32(0);
    }
    // Per-uop tables: group number (0: none) by uop id, plain and entering another trace.
    let size = stencils.uop_ids.values().map(|&id| id as usize + 1).max().unwrap_or(0);
    let mut uop_table = Bytes::default();
    for exit_to in [false, true] {
        let mut row = vec![0u32; size.max(1)];
        for (uop, &id) in &stencils.uop_ids {
            let name = crate::plan::uop_stencil_name(uop, exit_to);
            if let Some(&g) = uop_group.get(name.as_str()) {
                row[id as usize] = g;
            }
        }
        for g in row {
            uop_table.u32(g);
        }
    }

    // The file: a header of counts and section offsets, then the sections.
    let sections: Vec<(&str, Vec<u8>)> = vec![
        ("strings", strings.bytes),
        ("symbols", symbol_names.iter().flat_map(|v| v.to_le_bytes()).collect()),
        ("groups", group_records.0),
        ("holes", holes.0),
        ("bytes", bytes.0),
        ("fused", fused.0),
        ("words", words.0),
        ("assumptions", assumptions.0),
        ("exits", exits.0),
        ("by_hash", by_hash.0),
        ("uop_table", uop_table.0),
    ];
    const HEADER: usize = 8 + 4 * 8 + 8 * 12;
    let mut offsets = Vec::new();
    let mut at = HEADER;
    for (_, s) in &sections {
        at = at.div_ceil(16) * 16;
        offsets.push(at as u64);
        at += s.len();
    }
    let mut out = Bytes::default();
    out.0.extend_from_slice(MAGIC);
    for v in [
        VERSION,
        arch_code(arch),
        triple,
        u32_of(symbols.len(), "the symbol count")?,
        u32_of(groups.len(), "the group count")?,
        u32_of(stencils.fused.len(), "the fused count")?,
        u32_of(size, "the uop table size")?,
        u32_of(nholes, "the hole count")?,
    ] {
        out.u32(v);
    }
    for o in &offsets {
        out.u64(*o);
    }
    out.u64(at as u64);
    debug_assert_eq!(out.0.len(), HEADER);
    for ((_, s), o) in sections.iter().zip(&offsets) {
        out.align(16);
        debug_assert_eq!(out.0.len() as u64, *o);
        out.0.extend_from_slice(s);
    }
    Ok(out.0)
}

/// `tf_stencils_pack.h`, the C that reads a pack of `stencils` on `target`: the header's
/// contract and types, the runtime symbols, the patch helpers, the pack reader and the
/// signature lookup. Nothing in it depends on the traces.
pub fn pack_header(stencils: &StencilSet, target: &Target) -> String {
    let mut out = String::new();
    let guard = format!("TF_STENCILS_PACK_{}_H", c_header::ident(&target.triple).to_ascii_uppercase());
    let _ = writeln!(
        out,
        "/* tf_stencils_pack.h: reads a stencil pack (tf_stencils.pack) of uop library `{}` for\n \
         * {}. Generated by tracefuse (pack format {VERSION}); do not edit. */\n",
        stencils.library, target.triple
    );
    let _ = writeln!(out, "#ifndef {guard}\n#define {guard}\n");
    c_header::write_contract(&mut out, target, "tf_pack_state.nfused");
    let _ = writeln!(
        out,
        "#define TF_PACK_ARCH {}\n#define TF_PACK_VERSION {VERSION}\n",
        arch_code(target.arch())
    );
    c_header::write_symbols(&mut out, stencils);
    out.push_str(&c_header::helpers(target));
    out.push_str(&c_header::patch_switch());
    out.push_str(PACK_READER);
    out.push_str(c_header::LOOKUP);
    let _ = writeln!(out, "\n#endif /* {guard} */");
    out
}

const PACK_READER: &str = include_str!("c/pack.h");
