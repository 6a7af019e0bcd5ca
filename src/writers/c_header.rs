//! The C header writer: `jit_stencils.h` for a C VM, shaped like CPython's — one emit
//! function per stencil group that copies its code and data and patches every hole, the
//! patch helpers for the target's relocation kinds, tables of groups with their sizes —
//! plus the trace-signature table and lookup, so a C VM adopts fused stencils with no
//! Rust (or LLVM) in its build. The includer's side of the contract is the comment at
//! the top of the generated file (and docs/formats.md, "C header").

use crate::arch::{Arch, GotLoad};
use crate::definitions::Field;
use crate::disasm::disassemble;
use crate::error::{Error, Result};
use crate::hole::{is_hole_symbol, Hole, HoleValue, PatchKind, GOT_SLOT};
use crate::plan::{uop_stencil_name, END};
use crate::set::{tree_instruction, StencilSet, TreeMember};
use crate::stencil::Stencil;
use crate::target::Target;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The C identifier for a stencil name (`trace:loop_sum` → `trace_loop_sum`).
pub(crate) fn ident(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
}

fn accessor(field: Field) -> String {
    format!("TF_INST_{}", field.name().to_ascii_uppercase())
}

/// Where instruction `i` of a stencil is, numbered across a trace tree whose traces
/// after the root are `members`: the C expressions of its trace's instruction array and
/// side-exit entries, and its position in them.
fn tree_place(members: &[TreeMember], i: u32) -> (String, String, usize) {
    match tree_instruction(members, i as usize) {
        Some((k, at)) => {
            (format!("c->members[{k}].instructions"), format!("c->members[{k}].exit_targets"), at)
        }
        None => ("c->instructions".into(), "c->exit_targets".into(), i as usize),
    }
}

/// The C expression for a hole's value (before its addend), in a stencil holding the
/// trace-tree `members` after its root (none outside trees).
fn value_expr(v: &HoleValue, members: &[TreeMember]) -> Result<String> {
    Ok(match v {
        HoleValue::Code => "(uintptr_t)c->code".into(),
        HoleValue::Data => "(uintptr_t)c->data".into(),
        HoleValue::Continue => "c->continue_to".into(),
        HoleValue::JumpTarget => "c->jump_target".into(),
        HoleValue::ErrorTarget => "c->error_target".into(),
        HoleValue::Index => "c->index".into(),
        HoleValue::EntryCount => "(uintptr_t)c->entry_count".into(),
        HoleValue::MemberIndex { instruction } => {
            match members.iter().position(|m| m.start == *instruction as usize) {
                Some(k) => format!("c->members[{k}].index"),
                None => {
                    return Err(Error::new(format!(
                        "stencil hole index[{instruction}] names no trace of its tree (a tracefuse bug: please report it)"
                    )))
                }
            }
        }
        HoleValue::Field { instruction, field } => {
            let (insts, _, i) = tree_place(members, instruction.unwrap_or(0));
            format!("(uint64_t){}(&{insts}[{i}])", accessor(*field))
        }
        HoleValue::ExitTrace { instruction } => {
            let (_, exits, i) = tree_place(members, instruction.unwrap_or(0));
            format!("{exits}[{i}]")
        }
        HoleValue::Symbol(s) => format!("c->symbols[TF_SYM_{}]", ident(s)),
    })
}

/// The C patch helpers, by the number a stencil pack stores (`tf_pack_patch`): one per
/// relocation kind (x86-64 branches go through trampolines when out of range), then the
/// two GOT loads relaxed once their value is known.
const PATCH_HELPERS: [&str; 18] = [
    "tf_patch_abs64",
    "tf_patch_abs32",
    "tf_patch_abs32s",
    "tf_patch_x86_64_branch32",
    "tf_patch_rel32",
    "tf_patch_aarch64_branch26",
    "tf_patch_aarch64_page21",
    "tf_patch_aarch64_lo12_0",
    "tf_patch_aarch64_lo12_1",
    "tf_patch_aarch64_lo12_2",
    "tf_patch_aarch64_lo12_3",
    "tf_patch_aarch64_lo12_4",
    "tf_patch_aarch64_movw_0",
    "tf_patch_aarch64_movw_16",
    "tf_patch_aarch64_movw_32",
    "tf_patch_aarch64_movw_48",
    "tf_patch_x86_64_got_load",
    "tf_patch_aarch64_got_ldr",
];

/// The helper for a hole (a number in [`PATCH_HELPERS`]).
fn helper(s: &Stencil, h: &Hole, arch: Arch) -> usize {
    match h.kind {
        PatchKind::Abs64 => 0,
        PatchKind::Abs32 => 1,
        PatchKind::Abs32S => 2,
        PatchKind::Rel32 if s.is_branch(h, arch) => 3,
        PatchKind::Rel32 => 4,
        PatchKind::Aarch64Branch26 => 5,
        PatchKind::Aarch64Page21 => 6,
        PatchKind::Aarch64Lo12 => 7,
        PatchKind::Aarch64Lo12Scale2 => 8,
        PatchKind::Aarch64Lo12Scale4 => 9,
        PatchKind::Aarch64Lo12Scale8 => 10,
        PatchKind::Aarch64Lo12Scale16 => 11,
        PatchKind::Aarch64MovwG0 => 12,
        PatchKind::Aarch64MovwG1 => 13,
        PatchKind::Aarch64MovwG2 => 14,
        PatchKind::Aarch64MovwG3 => 15,
    }
}

/// A load of a value from its GOT slot that the emit code may relax once the value is
/// known ([`Arch::got_load`] recognizes the instruction). Returns the C helper (a number
/// in [`PATCH_HELPERS`]) and the slot's data hole.
fn got_load<'a>(s: &'a Stencil, h: &Hole, arch: Arch) -> Option<(usize, &'a Hole)> {
    if h.value != HoleValue::Data {
        return None;
    }
    let load = arch.got_load(&s.code, h)?;
    let helper = match load {
        GotLoad::X86_64MovRip => 16,
        GotLoad::Aarch64Ldr => 17,
    };
    let slot = load.slot(h)?;
    let hole =
        s.data_holes.iter().find(|d| d.offset == slot && d.raw == GOT_SLOT && d.kind == PatchKind::Abs64)?;
    Some((helper, hole))
}

/// One call of a patch helper when a stencil is emitted: the hole it patches, the GOT
/// slot whose value it loads (a relaxed GOT load), the helper (in [`PATCH_HELPERS`]), and
/// whether the hole is in the data.
pub(crate) struct PatchCall<'a> {
    pub hole: &'a Hole,
    pub slot: Option<&'a Hole>,
    pub helper: usize,
    pub in_data: bool,
}

/// The patch calls that emit `s`, in the order they run: code holes, then data holes.
/// The header's emit functions and the pack's hole tables are both made from this.
pub(crate) fn patch_calls(s: &Stencil, arch: Arch) -> Vec<PatchCall<'_>> {
    let mut calls = Vec::with_capacity(s.holes());
    for h in &s.code_holes {
        calls.push(match got_load(s, h, arch) {
            Some((helper, slot)) => PatchCall { hole: h, slot: Some(slot), helper, in_data: false },
            None => PatchCall { hole: h, slot: None, helper: helper(s, h, arch), in_data: false },
        });
    }
    for h in &s.data_holes {
        calls.push(PatchCall { hole: h, slot: None, helper: helper(s, h, arch), in_data: true });
    }
    calls
}

/// `tf_pack_patch`: calls the helper a pack's hole names.
pub(crate) fn patch_switch() -> String {
    let mut out = String::from(
        "
/* Patches one hole of a stencil pack with `value` (before its addend). */
static inline void
         tf_pack_patch(tf_emit_ctx *c, unsigned char *at, const tf_pack_hole *h, uint64_t value)
{
    switch (h->patch) {
",
    );
    for (i, name) in PATCH_HELPERS.iter().enumerate() {
        let call = if name.contains("got") {
            format!("{name}(c, at, (uintptr_t)c->data, h->addend, value + (uint64_t)h->addend2)")
        } else {
            format!("{name}(c, at, value, h->addend)")
        };
        let _ = writeln!(out, "    case {i}: {call}; return;");
    }
    out.push_str(
        "    default: c->error = \"a stencil pack hole names an unknown patch helper\"; return;
    }
}
",
    );
    out
}

fn byte_array(out: &mut String, name: &str, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    let _ = writeln!(out, "    static const unsigned char {name}[{}] = {{", bytes.len());
    for chunk in bytes.chunks(16) {
        let row: Vec<String> = chunk.iter().map(|b| format!("0x{b:02x},")).collect();
        let _ = writeln!(out, "        {}", row.join(" "));
    }
    let _ = writeln!(out, "    }};");
}

/// Comment text cannot end the comment early.
fn comment_safe(s: &str) -> String {
    s.replace("*/", "* /")
}

/// One emit function, its disassembly in the comment above it.
fn emit_function(
    out: &mut String,
    fn_name: &str,
    s: &Stencil,
    members: &[TreeMember],
    target: &Target,
) -> Result<()> {
    let arch = target.arch();
    let _ = writeln!(
        out,
        "/* {}: {} code bytes, {} data bytes, {} holes, entry +{:#x}",
        s.name,
        s.code.len(),
        s.data.len(),
        s.holes(),
        s.entry
    );
    for line in disassemble(&target.triple, &target.cpu, &s.code)? {
        let _ = writeln!(out, " * {:6x}: {}", line.offset, comment_safe(&line.text));
        for h in s
            .code_holes
            .iter()
            .filter(|h| h.offset >= line.offset && h.offset < line.offset + line.len as u64)
        {
            let _ = writeln!(out, " *         hole +{:#x}: {} {}{:+}", h.offset, h.raw, h.value, h.addend);
        }
    }
    let _ = writeln!(out, " */\nstatic void\n{fn_name}(tf_emit_ctx *c)\n{{");
    byte_array(out, "code_body", &s.code);
    byte_array(out, "data_body", &s.data);
    if !s.code.is_empty() {
        let _ = writeln!(out, "    memcpy(c->code, code_body, sizeof(code_body));");
    }
    if !s.data.is_empty() {
        let _ = writeln!(out, "    memcpy(c->data, data_body, sizeof(data_body));");
    }
    for call in patch_calls(s, arch) {
        let base = if call.in_data { "c->data" } else { "c->code" };
        let helper = PATCH_HELPERS[call.helper];
        let h = call.hole;
        match call.slot {
            Some(slot) => {
                let _ = writeln!(
                    out,
                    "    {helper}(c, {base} + {:#x}, (uintptr_t)c->data, {}, {} + (uint64_t){});",
                    h.offset,
                    h.addend,
                    value_expr(&slot.value, members)?,
                    slot.addend
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "    {helper}(c, {base} + {:#x}, {}, {});",
                    h.offset,
                    value_expr(&h.value, members)?,
                    h.addend
                );
            }
        }
    }
    let _ = writeln!(out, "}}\n");
    Ok(())
}

/// Patch helpers and trampolines, in C, for the target's architecture (the trampoline's
/// bytes from [`Arch::trampoline_code`]).
pub(crate) fn helpers(target: &Target) -> String {
    let what = if target.is_aarch64() {
        "/* AArch64 trampoline: ldr x16, #8; br x16; .quad target (x16 is the linker's veneer\n \
         * register, never an argument of the stencil calling convention). */"
    } else {
        "/* x86-64 trampoline: jmp *2(%rip); two bytes of padding; .quad target. */"
    };
    let code: Vec<String> = target.arch().trampoline_code().iter().map(|b| format!("{b:#04x}")).collect();
    let mut s = format!(
        "{what}\nstatic const unsigned char tf_trampoline_code[{}] = {{{}}};\n",
        code.len(),
        code.join(", ")
    );
    s.push_str(HELPERS);
    s
}

// The fixed C text of every header lives in src/writers/c/, pasted in verbatim: the
// patch helpers (after the architecture's trampoline code), the includer's contract and
// types, and the signature lookup.
const HELPERS: &str = include_str!("c/helpers.h");

const PREAMBLE: &str = include_str!("c/preamble.h");

pub(crate) const LOOKUP: &str = include_str!("c/lookup.h");

fn group_init(s: &Stencil, fn_name: &str, arch: Arch) -> String {
    let tramps = s.code_holes.iter().filter(|h| s.is_branch(h, arch)).count();
    format!(
        "{{\"{}\", {fn_name}, {}, {}, {}, {tramps}, {}, 0, 0, 0, 0}}",
        s.name,
        s.code.len(),
        s.data.len(),
        s.entry,
        s.continue_jump_len(arch).unwrap_or(0)
    )
}

/// The C names of the emit functions, by stencil.
struct EmitNames {
    end: String,
    uops: BTreeMap<String, String>,
    /// One per fused trace, in set order.
    fused: Vec<String>,
}

/// The header for one target: preamble, runtime symbols, patch helpers, one emit
/// function per stencil, group tables, per-uop tables, fused groups with their
/// signatures, and the hash table and lookup.
pub fn header(stencils: &StencilSet, target: &Target) -> Result<String> {
    let arch = target.arch();
    let mut out = String::new();
    let guard = format!("TF_JIT_STENCILS_{}_H", ident(&target.triple).to_ascii_uppercase());
    write_preamble(&mut out, stencils, target, &guard);
    write_symbols(&mut out, stencils);
    out.push_str(&helpers(target));
    out.push('\n');
    let names = write_emit_functions(&mut out, stencils, target)?;
    write_groups(&mut out, stencils, &names, arch);
    write_uop_tables(&mut out, stencils);
    write_fused_groups(&mut out, stencils, &names, arch)?;
    write_hash_table(&mut out, stencils);
    out.push_str(LOOKUP);
    out.push_str(
        "\n/* Emits group g into c (this header's groups carry their own emit function). */\n\
         static inline void\ntf_emit(const tf_stencil_group *g, tf_emit_ctx *c)\n{\n    g->emit(c);\n}\n",
    );
    let _ = writeln!(out, "\n#endif /* {guard} */");
    Ok(out)
}

/// The banner, include guard, contract and the target's defines.
fn write_preamble(out: &mut String, stencils: &StencilSet, target: &Target, guard: &str) {
    let _ = writeln!(
        out,
        "/* jit_stencils.h: stencils of uop library `{}` for {} ({} traces fused, {} per-uop\n \
         * stencils). Generated by tracefuse (manifest format {}); do not edit. */\n",
        stencils.library,
        target.triple,
        stencils.fused.len(),
        stencils.uops.len(),
        super::MANIFEST_VERSION
    );
    let _ = writeln!(out, "#ifndef {guard}\n#define {guard}\n");
    write_contract(out, target, &stencils.fused.len().to_string());
}

/// The includer's contract and types, and the target's defines; `fused_count` is the C
/// expression `TF_FUSED_COUNT` stands for.
pub(crate) fn write_contract(out: &mut String, target: &Target, fused_count: &str) {
    out.push_str(PREAMBLE);
    let _ = writeln!(
        out,
        "\n#define TF_STENCILS_TARGET \"{}\"\n#define TF_ARCH_{} 1\n#define TF_OBJECT_FORMAT_{} 1\n\
         #define TF_PAGE_SIZE {}\n#define TF_CODE_ALIGNMENT {}\n\
         #define TF_TRAMPOLINE_SIZE 16\n#define TF_FUSED_COUNT {}\n",
        target.triple,
        if target.arch() == Arch::Aarch64 { "AARCH64" } else { "X86_64" },
        match target.object_format {
            crate::target::ObjectFormat::Elf => "ELF",
            crate::target::ObjectFormat::MachO => "MACHO",
            crate::target::ObjectFormat::Coff => "COFF",
        },
        target.page_size,
        target.code_alignment,
        fused_count
    );
}

/// Every stencil of the set: the end stub, fused traces, per-uop stencils.
fn all_stencils(stencils: &StencilSet) -> impl Iterator<Item = &Stencil> {
    std::iter::once(&stencils.end)
        .chain(stencils.fused.iter().map(|f| &f.stencil))
        .chain(stencils.uops.values())
}

/// The runtime symbols the stencils refer to, sorted: `TF_SYM_*` numbers them.
pub(crate) fn symbols(stencils: &StencilSet) -> Vec<String> {
    let symbols: BTreeSet<&str> = all_stencils(stencils)
        .flat_map(|s| s.code_holes.iter().chain(&s.data_holes))
        .filter_map(|h| if let HoleValue::Symbol(n) = &h.value { Some(n.as_str()) } else { None })
        .collect();
    symbols.into_iter().map(str::to_string).collect()
}

/// The runtime symbols the stencils refer to, sorted, as an enum and a name table.
pub(crate) fn write_symbols(out: &mut String, stencils: &StencilSet) {
    let symbols = symbols(stencils);
    let _ = writeln!(
        out,
        "/* Runtime symbols the stencils refer to: fill tf_emit_ctx.symbols by these. */\nenum {{"
    );
    for s in &symbols {
        let _ = writeln!(out, "    TF_SYM_{},", ident(s));
    }
    let _ = writeln!(out, "    TF_SYMBOL_COUNT\n}};");
    let _ = writeln!(out, "static const char *const tf_symbol_names[TF_SYMBOL_COUNT + 1] = {{");
    for s in &symbols {
        let _ = writeln!(out, "    \"{s}\",");
    }
    let _ = writeln!(out, "    0\n}};\n");
    let _ = writeln!(
        out,
        "#ifdef TF_LINKED_SYMBOLS\n/* Defined when every runtime symbol is declared where this header is included:\n \
         * fills their addresses. Hole symbols (`_JIT_...`) are left to the includer. */\n\
         static inline void\ntf_link_symbols(uintptr_t *s)\n{{"
    );
    for s in symbols.iter().filter(|s| !is_hole_symbol(s)) {
        let _ = writeln!(out, "    s[TF_SYM_{}] = (uintptr_t)&{s};", ident(s));
    }
    let _ = writeln!(out, "    (void)s;\n}}\n#endif\n");
}

/// One emit function per stencil; refuses two stencils whose C names collide.
fn write_emit_functions(out: &mut String, stencils: &StencilSet, target: &Target) -> Result<EmitNames> {
    let mut seen = BTreeSet::new();
    let mut fn_of = |prefix: &str, name: &str| -> Result<String> {
        let f = format!("tf_emit_{prefix}{}", ident(name));
        if !seen.insert(f.clone()) {
            return Err(Error::new(format!("stencil names `{name}` and another map to the same C name {f}"))
                .help("rename one of the traces or uops"));
        }
        Ok(f)
    };
    let end = fn_of("", END)?;
    emit_function(out, &end, &stencils.end, &[], target)?;
    let mut uops = BTreeMap::new();
    for (name, s) in &stencils.uops {
        let f = fn_of("uop_", name)?;
        emit_function(out, &f, s, &[], target)?;
        uops.insert(name.clone(), f);
    }
    let mut fused = Vec::new();
    for trace in &stencils.fused {
        let f = fn_of("trace_", &trace.trace)?;
        emit_function(out, &f, &trace.stencil, &trace.members, target)?;
        fused.push(f);
    }
    Ok(EmitNames { end, uops, fused })
}

/// The end stub's group and one group per per-uop stencil.
fn write_groups(out: &mut String, stencils: &StencilSet, names: &EmitNames, arch: Arch) {
    let _ = writeln!(
        out,
        "/* Ends a trace that runs off its end (the VM's own stub may replace it). */\n\
         static const tf_stencil_group tf_end_group = {};\n",
        group_init(&stencils.end, &names.end, arch)
    );
    for (name, s) in &stencils.uops {
        let _ = writeln!(
            out,
            "static const tf_stencil_group tf_group_uop_{} = {};",
            ident(name),
            group_init(s, &names.uops[name], arch)
        );
    }
}

/// `tf_uop_groups[id]` and `tf_uop_groups_exit_to[id]`: per-uop stencils by uop id.
fn write_uop_tables(out: &mut String, stencils: &StencilSet) {
    let size = stencils.uop_ids.values().map(|&id| id as usize + 1).max().unwrap_or(0);
    for (table_name, exit_to) in [("tf_uop_groups", false), ("tf_uop_groups_exit_to", true)] {
        let _ = writeln!(
            out,
            "\n/* Per-uop stencils by uop id{}. */\nstatic const tf_stencil_group *const {table_name}[{}] = {{",
            if exit_to { ", for instructions whose side exit enters another trace" } else { "" },
            size.max(1)
        );
        let mut rows: Vec<(u32, String)> = Vec::new();
        for (uop, &id) in &stencils.uop_ids {
            let name = uop_stencil_name(uop, exit_to);
            if stencils.uops.contains_key(&name) {
                rows.push((id, format!("    [{id}] = &tf_group_uop_{},", ident(&name))));
            }
        }
        rows.sort();
        for (_, r) in rows {
            let _ = writeln!(out, "{r}");
        }
        let _ = writeln!(out, "}};");
    }
    let _ = writeln!(out, "#define TF_UOP_TABLE_SIZE {size}\n");
}

/// Each fused trace's signature arrays, then `tf_fused_groups[]`.
fn write_fused_groups(out: &mut String, stencils: &StencilSet, names: &EmitNames, arch: Arch) -> Result<()> {
    for (t, trace) in stencils.fused.iter().enumerate() {
        let sig = &trace.signature;
        let uops: Vec<String> = sig.uops.iter().map(|u| u.to_string()).collect();
        let _ = writeln!(out, "static const uint32_t tf_uops_{t}[] = {{{}}};", uops.join(", "));
        if !sig.assumptions.is_empty() {
            let rows: Vec<String> = sig
                .assumptions
                .iter()
                .map(|a| format!("{{{}, {}, UINT64_C({:#x})}}", a.instruction, a.field.index(), a.value))
                .collect();
            let _ =
                writeln!(out, "static const tf_assumption tf_assumptions_{t}[] = {{{}}};", rows.join(", "));
        }
        if !sig.exits.is_empty() {
            let rows: Vec<String> = sig
                .exits
                .iter()
                .map(|(i, n)| format!("{{{i}, {}}}", stencils.trace(n).map_or(-1, |p| p as i64)))
                .collect();
            let _ = writeln!(out, "static const tf_linked_exit tf_exits_{t}[] = {{{}}};", rows.join(", "));
        }
        if !trace.members.is_empty() {
            let rows: Vec<String> = trace
                .members
                .iter()
                .map(|m| {
                    stencils.trace(&m.trace).map(|p| p.to_string()).ok_or_else(|| {
                        Error::new(format!(
                            "trace {} holds trace {}, which the set does not have",
                            trace.trace, m.trace
                        ))
                    })
                })
                .collect::<Result<_>>()?;
            let _ = writeln!(out, "static const int32_t tf_members_{t}[] = {{{}}};", rows.join(", "));
        }
    }
    let _ = writeln!(
        out,
        "\n/* Fused stencils, in trace-set order. */\nstatic const tf_fused_group tf_fused_groups[{}] = {{",
        stencils.fused.len().max(1)
    );
    for (t, trace) in stencils.fused.iter().enumerate() {
        let sig = &trace.signature;
        let assumptions =
            if sig.assumptions.is_empty() { "0".to_string() } else { format!("tf_assumptions_{t}") };
        let exits = if sig.exits.is_empty() { "0".to_string() } else { format!("tf_exits_{t}") };
        let members = if trace.members.is_empty() { "0".to_string() } else { format!("tf_members_{t}") };
        let _ = writeln!(
            out,
            "    {{\"{}\", {}, UINT64_C({:#018x}), {}, tf_uops_{t}, {assumptions}, {}, {exits}, {}, {members}, {}}},",
            trace.trace,
            group_init(&trace.stencil, &names.fused[t], arch),
            sig.hash,
            sig.uops.len(),
            sig.assumptions.len(),
            sig.exits.len(),
            trace.members.len()
        );
    }
    let _ = writeln!(out, "}};\n");
    Ok(())
}

/// `(hash, trace)` sorted by hash, for the lookup's binary search.
fn write_hash_table(out: &mut String, stencils: &StencilSet) {
    let _ = writeln!(out, "/* (hash, trace) sorted by hash, for binary search. */");
    let _ = writeln!(
        out,
        "static const struct {{ uint64_t hash; int trace; }} tf_fused_by_hash[{}] = {{",
        stencils.fused.len().max(1)
    );
    for (sig, t) in stencils.signature_table() {
        let _ = writeln!(out, "    {{UINT64_C({:#018x}), {t}}},", sig.hash);
    }
    let _ = writeln!(out, "}};");
}
