//! The C header writer: `jit_stencils.h` for a C VM, shaped like CPython's — one emit
//! function per stencil group that copies its code and data and patches every hole, the
//! patch helpers for the target's relocation kinds, tables of groups with their sizes —
//! plus the trace-signature table and lookup, so a C VM adopts fused stencils with no
//! Rust (or LLVM) in its build. The includer's side of the contract is the comment at
//! the top of the generated file (and docs/formats.md, "C header").

use crate::definitions::{Field, UopLibrary};
use crate::disasm::disassemble;
use crate::error::{Error, Result};
use crate::ir::uop_stencil_name;
use crate::pipeline::StencilSet;
use crate::signature::{table, Signature};
use crate::stencil::patch::is_x86_branch;
use crate::stencil::{Hole, HoleValue, PatchKind, Stencil};
use crate::target::Target;
use crate::traces::TraceSet;
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// The C identifier for a stencil name (`trace:loop_sum` → `trace_loop_sum`).
fn ident(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
}

fn accessor(field: Field) -> String {
    format!("TF_INST_{}", field.name().to_ascii_uppercase())
}

/// The C expression for a hole's value (before its addend).
fn value_expr(v: &HoleValue) -> String {
    match v {
        HoleValue::Code => "(uintptr_t)c->code".into(),
        HoleValue::Data => "(uintptr_t)c->data".into(),
        HoleValue::Continue => "c->continue_to".into(),
        HoleValue::JumpTarget => "c->jump_target".into(),
        HoleValue::Index => "c->index".into(),
        HoleValue::Field { instruction, field } => {
            format!("(uint64_t){}(&c->instructions[{}])", accessor(*field), instruction.unwrap_or(0))
        }
        HoleValue::ExitTrace { instruction } => format!("c->exit_targets[{}]", instruction.unwrap_or(0)),
        HoleValue::Symbol(s) => format!("c->symbols[TF_SYM_{}]", ident(s)),
    }
}

/// Whether a hole is a branch the emit code may send through a trampoline.
fn is_branch(s: &Stencil, h: &Hole) -> bool {
    match h.kind {
        PatchKind::Aarch64Branch26 => true,
        PatchKind::Rel32 => is_x86_branch(&s.code, h.offset as usize),
        _ => false,
    }
}

fn helper(s: &Stencil, h: &Hole, aarch64: bool) -> &'static str {
    match h.kind {
        PatchKind::Abs64 => "tf_patch_abs64",
        PatchKind::Abs32 => "tf_patch_abs32",
        PatchKind::Abs32S => "tf_patch_abs32s",
        PatchKind::Rel32 if is_branch(s, h) && !aarch64 => "tf_patch_x86_64_branch32",
        PatchKind::Rel32 => "tf_patch_rel32",
        PatchKind::Aarch64Branch26 => "tf_patch_aarch64_branch26",
        PatchKind::Aarch64Page21 => "tf_patch_aarch64_page21",
        PatchKind::Aarch64Lo12 => "tf_patch_aarch64_lo12_0",
        PatchKind::Aarch64Lo12Scale2 => "tf_patch_aarch64_lo12_1",
        PatchKind::Aarch64Lo12Scale4 => "tf_patch_aarch64_lo12_2",
        PatchKind::Aarch64Lo12Scale8 => "tf_patch_aarch64_lo12_3",
        PatchKind::Aarch64Lo12Scale16 => "tf_patch_aarch64_lo12_4",
        PatchKind::Aarch64MovwG0 => "tf_patch_aarch64_movw_0",
        PatchKind::Aarch64MovwG1 => "tf_patch_aarch64_movw_16",
        PatchKind::Aarch64MovwG2 => "tf_patch_aarch64_movw_32",
        PatchKind::Aarch64MovwG3 => "tf_patch_aarch64_movw_48",
    }
}

/// A load of a value from its GOT slot that the emit code may relax once the value is
/// known: x86-64 `mov r64, [rip + slot]` (REX.W 8B, ModRM mod 00 r/m 101, the field last)
/// or AArch64 `ldr Xt, [Xn, #slot_lo12]` (the second half of an adrp/ldr pair). Returns
/// the helper and the slot's data hole.
fn got_load<'a>(s: &'a Stencil, h: &Hole, aarch64: bool) -> Option<(&'static str, &'a Hole)> {
    if h.value != HoleValue::Data {
        return None;
    }
    let at = h.offset as usize;
    let (helper, slot) = match h.kind {
        PatchKind::Rel32 if !aarch64 && at >= 3 => {
            let (rex, op, modrm) = (s.code[at - 3], s.code[at - 2], s.code[at - 1]);
            let is_load = rex & 0xf8 == 0x48 && op == 0x8b && modrm & 0xc7 == 0x05 && at + 4 <= s.code.len();
            (is_load.then_some("tf_patch_x86_64_got_load")?, h.addend.checked_add(4)?)
        }
        PatchKind::Aarch64Lo12Scale8 if aarch64 => {
            let word = u32::from_le_bytes(s.code.get(at..at + 4)?.try_into().ok()?);
            ((word & 0xffc0_0000 == 0xf940_0000).then_some("tf_patch_aarch64_got_ldr")?, h.addend)
        }
        _ => return None,
    };
    let slot = u64::try_from(slot).ok()?;
    let hole =
        s.data_holes.iter().find(|d| d.offset == slot && d.raw == "GOT" && d.kind == PatchKind::Abs64)?;
    Some((helper, hole))
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
fn emit_function(out: &mut String, fn_name: &str, s: &Stencil, target: &Target) -> Result<()> {
    let aarch64 = target.is_aarch64();
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
    for (holes, base) in [(&s.code_holes, "c->code"), (&s.data_holes, "c->data")] {
        for h in holes.iter() {
            if base == "c->code" {
                if let Some((helper, slot)) = got_load(s, h, aarch64) {
                    let _ = writeln!(
                        out,
                        "    {helper}(c, c->code + {:#x}, (uintptr_t)c->data, {}, {} + (uint64_t){});",
                        h.offset,
                        h.addend,
                        value_expr(&slot.value),
                        slot.addend
                    );
                    continue;
                }
            }
            let _ = writeln!(
                out,
                "    {}(c, {base} + {:#x}, {}, {});",
                helper(s, h, aarch64),
                h.offset,
                value_expr(&h.value),
                h.addend
            );
        }
    }
    let _ = writeln!(out, "}}\n");
    Ok(())
}

/// Patch helpers and trampolines, in C, for the target's architecture.
fn helpers(target: &Target) -> String {
    let tramp = if target.is_aarch64() {
        "/* AArch64 trampoline: ldr x16, #8; br x16; .quad target (x16 is the linker's veneer\n \
         * register, never an argument of the stencil calling convention). */\n\
         static const unsigned char tf_trampoline_code[8] = {0x50, 0x00, 0x00, 0x58, 0x00, 0x02, 0x1f, 0xd6};\n"
    } else {
        "/* x86-64 trampoline: jmp *2(%rip); two bytes of padding; .quad target. */\n\
         static const unsigned char tf_trampoline_code[8] = {0xff, 0x25, 0x02, 0x00, 0x00, 0x00, 0xcc, 0xcc};\n"
    };
    let mut s = String::from(tramp);
    s.push_str(HELPERS);
    s
}

const HELPERS: &str = r#"
/* A trampoline slot that jumps to `target`: reused when one already does, else taken
 * from the caller's trampoline area; 0 (and c->error set) when the area is full. */
static inline uintptr_t
tf_trampoline(tf_emit_ctx *c, uint64_t target)
{
    for (unsigned char *p = c->trampolines; p < c->trampolines_next; p += TF_TRAMPOLINE_SIZE) {
        uint64_t t;
        memcpy(&t, p + 8, 8);
        if (t == target) {
            return (uintptr_t)p;
        }
    }
    if (c->trampolines_next + TF_TRAMPOLINE_SIZE > c->trampolines_end) {
        c->error = "a branch is out of range and the trampoline area is full";
        return 0;
    }
    unsigned char *p = c->trampolines_next;
    memset(p, 0, TF_TRAMPOLINE_SIZE);
    memcpy(p, tf_trampoline_code, sizeof(tf_trampoline_code));
    memcpy(p + 8, &target, 8);
    c->trampolines_next += TF_TRAMPOLINE_SIZE;
    return (uintptr_t)p;
}

static inline uint32_t tf_read32(const unsigned char *at) { uint32_t w; memcpy(&w, at, 4); return w; }
static inline void tf_write32(unsigned char *at, uint32_t w) { memcpy(at, &w, 4); }

static inline void
tf_patch_abs64(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    (void)c;
    uint64_t v = value + (uint64_t)addend;
    memcpy(at, &v, 8);
}

static inline void
tf_patch_abs32(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    uint64_t v = value + (uint64_t)addend;
    if (v > UINT32_MAX) { c->error = "a 32-bit absolute hole's value does not fit"; return; }
    tf_write32(at, (uint32_t)v);
}

static inline void
tf_patch_abs32s(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t v = (int64_t)(value + (uint64_t)addend);
    if (v < INT32_MIN || v > INT32_MAX) { c->error = "a signed 32-bit hole's value does not fit"; return; }
    tf_write32(at, (uint32_t)(int32_t)v);
}

static inline void
tf_patch_rel32(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t d = (int64_t)(value + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    if (d < INT32_MIN || d > INT32_MAX) { c->error = "a 32-bit PC-relative hole is out of range"; return; }
    tf_write32(at, (uint32_t)(int32_t)d);
}

/* call/jmp/jcc rel32: through a trampoline when the target is out of range. */
static inline void
tf_patch_x86_64_branch32(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t d = (int64_t)(value + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    if (d < INT32_MIN || d > INT32_MAX) {
        uintptr_t t = tf_trampoline(c, value);
        if (!t) { return; }
        value = t;
    }
    tf_patch_rel32(c, at, value, addend);
}

/* b/bl imm26: through a trampoline when the target is out of the +-128 MiB range. */
static inline void
tf_patch_aarch64_branch26(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t d = (int64_t)(value + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    if (d < -(INT64_C(1) << 27) || d >= (INT64_C(1) << 27)) {
        uintptr_t t = tf_trampoline(c, value);
        if (!t) { return; }
        d = (int64_t)(t + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    }
    if (d & 3) { c->error = "a branch target is not 4-byte aligned"; return; }
    tf_write32(at, (tf_read32(at) & 0xfc000000u) | ((uint32_t)(d >> 2) & 0x03ffffffu));
}

static inline void
tf_patch_aarch64_page21(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    uint64_t v = value + (uint64_t)addend;
    int64_t pages = ((int64_t)(v & ~UINT64_C(0xfff)) - (int64_t)((uintptr_t)at & ~(uintptr_t)0xfff)) >> 12;
    if (pages < -(INT64_C(1) << 20) || pages >= (INT64_C(1) << 20)) {
        c->error = "an adrp hole is out of the +-4 GiB range"; return;
    }
    uint32_t lo = (uint32_t)pages & 3, hi = ((uint32_t)pages >> 2) & 0x7ffff;
    tf_write32(at, (tf_read32(at) & 0x9f00001fu) | (lo << 29) | (hi << 5));
}

static inline void
tf_patch_aarch64_lo12(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend, int shift)
{
    uint32_t lo12 = (uint32_t)((value + (uint64_t)addend) & 0xfff);
    if (lo12 & ((1u << shift) - 1)) { c->error = "a lo12 hole is not aligned to its access"; return; }
    tf_write32(at, (tf_read32(at) & ~(0xfffu << 10)) | ((lo12 >> shift) << 10));
}
#define TF_LO12(n) static inline void tf_patch_aarch64_lo12_##n(tf_emit_ctx *c, unsigned char *at, \
    uint64_t value, int64_t addend) { tf_patch_aarch64_lo12(c, at, value, addend, n); }
TF_LO12(0) TF_LO12(1) TF_LO12(2) TF_LO12(3) TF_LO12(4)
#undef TF_LO12

static inline void
tf_patch_aarch64_movw(unsigned char *at, uint64_t value, int64_t addend, int shift)
{
    uint32_t imm = (uint32_t)(((value + (uint64_t)addend) >> shift) & 0xffff);
    tf_write32(at, (tf_read32(at) & ~(0xffffu << 5)) | (imm << 5));
}
#define TF_MOVW(n) static inline void tf_patch_aarch64_movw_##n(tf_emit_ctx *c, unsigned char *at, \
    uint64_t value, int64_t addend) { (void)c; tf_patch_aarch64_movw(at, value, addend, n); }
TF_MOVW(0) TF_MOVW(16) TF_MOVW(32) TF_MOVW(48)
#undef TF_MOVW

/* x86-64 `mov r64, [rip + GOT slot]`, relaxed once the value is known: to
 * `mov r64, imm32` (sign-extended) when it fits, else to `lea r64, [rip + value]` when in
 * range, else left loading from the slot. */
static inline void
tf_patch_x86_64_got_load(tf_emit_ctx *c, unsigned char *at, uint64_t slot, int64_t addend, uint64_t value)
{
    int64_t v = (int64_t)value;
    if (v >= INT32_MIN && v <= INT32_MAX) {
        at[-3] = (unsigned char)(0x48 | ((at[-3] >> 2) & 1)); /* REX.R becomes REX.B */
        at[-2] = 0xc7;
        at[-1] = (unsigned char)(0xc0 | ((at[-1] >> 3) & 7));
        tf_write32(at, (uint32_t)(int32_t)v);
        c->relaxed++;
        return;
    }
    int64_t d = (int64_t)(value - ((uint64_t)(uintptr_t)at + 4));
    if (d >= INT32_MIN && d <= INT32_MAX) {
        at[-2] = 0x8d;
        tf_write32(at, (uint32_t)(int32_t)d);
        c->relaxed++;
        return;
    }
    tf_patch_rel32(c, at, slot, addend);
}

/* AArch64 `ldr Xt, [Xn, #lo12(GOT slot)]`, relaxed once the value is known: to
 * `movz Xt, #value` when it fits 16 bits, else to `adr Xt, value` within +-1 MiB, else
 * left loading from the slot (its adrp is patched as usual either way). */
static inline void
tf_patch_aarch64_got_ldr(tf_emit_ctx *c, unsigned char *at, uint64_t slot, int64_t addend, uint64_t value)
{
    uint32_t rt = tf_read32(at) & 0x1f;
    if (value < 0x10000) {
        tf_write32(at, 0xd2800000u | ((uint32_t)value << 5) | rt);
        c->relaxed++;
        return;
    }
    int64_t d = (int64_t)(value - (uint64_t)(uintptr_t)at);
    if (d >= -(INT64_C(1) << 20) && d < (INT64_C(1) << 20)) {
        uint32_t u = (uint32_t)d;
        tf_write32(at, 0x10000000u | ((u & 3) << 29) | (((u >> 2) & 0x7ffff) << 5) | rt);
        c->relaxed++;
        return;
    }
    tf_patch_aarch64_lo12(c, at, slot, addend, 3);
}
"#;

const PREAMBLE: &str = r#"/* Using this header
 *
 * Define TF_INSTRUCTION as the VM's recorded instruction type before including it. Its
 * fields are read through TF_INST_UOP / TF_INST_OPARG / TF_INST_OPERAND0 /
 * TF_INST_OPERAND1 / TF_INST_TARGET (default: the members uop, oparg, operand0,
 * operand1, target) and TF_INST_EXIT (default: member exit_trace), the fused trace
 * (index in tf_fused_groups) its side exit is linked to, or -1.
 *
 * To install a trace: find a fused group with tf_lookup_fused(); on a miss stitch one
 * per-uop group per instruction (tf_uop_group()). Reserve code_size bytes of code (at
 * TF_CODE_ALIGNMENT), data_size bytes of data and trampolines * TF_TRAMPOLINE_SIZE
 * bytes of trampoline area within +-128 MiB of the code, all in memory that is writable
 * but not executable; fill a tf_emit_ctx and call the group's emit function; check
 * c.error (a value that does not fit its field: nothing may run); then make code and
 * trampolines read+execute and data read-only, and flush the instruction cache where
 * the architecture needs it. Enter a stencil at code + entry with the stencil calling
 * convention (preserve_none: frame, stack pointer, thread state).
 *
 * A stitcher that lays a per-uop stencil directly after the previous one may start it
 * continue_jump bytes early: that many bytes at the end are a jump to _JIT_CONTINUE.
 * Emit in order, so the later stencil overwrites the dropped jump.
 */
#ifndef TF_INSTRUCTION
#error "define TF_INSTRUCTION as the VM's instruction type before including this header"
#endif
#ifndef TF_INST_UOP
#define TF_INST_UOP(i) ((i)->uop)
#endif
#ifndef TF_INST_OPARG
#define TF_INST_OPARG(i) ((i)->oparg)
#endif
#ifndef TF_INST_OPERAND0
#define TF_INST_OPERAND0(i) ((i)->operand0)
#endif
#ifndef TF_INST_OPERAND1
#define TF_INST_OPERAND1(i) ((i)->operand1)
#endif
#ifndef TF_INST_TARGET
#define TF_INST_TARGET(i) ((i)->target)
#endif
#ifndef TF_INST_EXIT
#define TF_INST_EXIT(i) ((i)->exit_trace)
#endif

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    unsigned char *code;           /* where the group's code goes */
    unsigned char *data;           /* where its data goes */
    const TF_INSTRUCTION *instructions; /* fused: the whole trace; per-uop: its instruction */
    uintptr_t continue_to;         /* _JIT_CONTINUE: the next stencil, or the VM's end */
    uintptr_t jump_target;         /* _JIT_JUMP_TARGET: the first stencil of the trace */
    uint64_t index;                /* _JIT_INDEX: the VM's number of the instruction */
    const uintptr_t *exit_targets; /* side-exit entries: fused, per instruction; per-uop, [0] */
    const uintptr_t *symbols;      /* TF_SYMBOL_COUNT runtime addresses (tf_symbol_names) */
    unsigned char *trampolines, *trampolines_next, *trampolines_end; /* trampoline area */
    const char *error;             /* set when a value does not fit its field */
    size_t relaxed;                /* GOT loads turned into immediates or direct addresses */
} tf_emit_ctx;

typedef struct {
    const char *name;
    void (*emit)(tf_emit_ctx *c);
    size_t code_size, data_size, entry;
    size_t trampolines;   /* at most this many trampoline slots */
    size_t continue_jump; /* bytes of a final jump to _JIT_CONTINUE a stitcher may drop */
} tf_stencil_group;

typedef struct {
    uint32_t instruction;
    uint32_t field; /* 0 oparg, 1 operand0, 2 operand1, 3 target */
    uint64_t value;
} tf_assumption;

typedef struct {
    uint32_t instruction;
    int32_t trace;  /* index in tf_fused_groups */
} tf_linked_exit;

typedef struct {
    const char *trace;
    tf_stencil_group group;
    uint64_t hash;
    size_t length;
    const uint32_t *uops;
    const tf_assumption *assumptions;
    size_t nassumptions;
    const tf_linked_exit *exits;
    size_t nexits;
} tf_fused_group;
"#;

const LOOKUP: &str = r#"
/* FNV-1a (64-bit) over the trace length and each uop id, as little-endian u32s. */
static inline uint64_t
tf_shape_hash(const TF_INSTRUCTION *insts, size_t n)
{
    uint64_t h = UINT64_C(0xcbf29ce484222325);
    uint32_t words = (uint32_t)n;
    for (size_t k = 0; k <= n; k++) {
        uint32_t w = k == 0 ? words : (uint32_t)TF_INST_UOP(&insts[k - 1]);
        for (int b = 0; b < 4; b++) {
            h ^= (w >> (8 * b)) & 0xff;
            h *= UINT64_C(0x100000001b3);
        }
    }
    return h;
}

static inline uint64_t
tf_inst_field(const TF_INSTRUCTION *i, uint32_t field)
{
    switch (field) {
    case 0: return (uint64_t)TF_INST_OPARG(i);
    case 1: return (uint64_t)TF_INST_OPERAND0(i);
    case 2: return (uint64_t)TF_INST_OPERAND1(i);
    default: return (uint64_t)TF_INST_TARGET(i);
    }
}

/* Whether the recorded trace is what fused group g was built for: same uops, every
 * build-time field equal, the same side exits linked to the same traces. */
static inline int
tf_fused_matches(const tf_fused_group *g, const TF_INSTRUCTION *insts, size_t n)
{
    if (n != g->length) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        if ((uint32_t)TF_INST_UOP(&insts[k]) != g->uops[k]) {
            return 0;
        }
    }
    for (size_t a = 0; a < g->nassumptions; a++) {
        const tf_assumption *x = &g->assumptions[a];
        if (tf_inst_field(&insts[x->instruction], x->field) != x->value) {
            return 0;
        }
    }
    size_t e = 0;
    for (size_t k = 0; k < n; k++) {
        int64_t linked = (int64_t)TF_INST_EXIT(&insts[k]);
        int64_t want = -1;
        if (e < g->nexits && g->exits[e].instruction == k) {
            want = g->exits[e++].trace;
        }
        if (linked != want) {
            return 0;
        }
    }
    return 1;
}

/* The index in tf_fused_groups of the fused stencil for a recorded trace, or -1: stitch. */
static inline int
tf_lookup_fused(const TF_INSTRUCTION *insts, size_t n)
{
    uint64_t h = tf_shape_hash(insts, n);
    size_t lo = 0, hi = TF_FUSED_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tf_fused_by_hash[mid].hash < h) lo = mid + 1; else hi = mid;
    }
    for (; lo < TF_FUSED_COUNT && tf_fused_by_hash[lo].hash == h; lo++) {
        int t = tf_fused_by_hash[lo].trace;
        if (tf_fused_matches(&tf_fused_groups[t], insts, n)) {
            return t;
        }
    }
    return -1;
}

/* The per-uop group instruction `inst` is stitched from, or NULL. */
static inline const tf_stencil_group *
tf_uop_group(const TF_INSTRUCTION *inst)
{
    uint32_t id = (uint32_t)TF_INST_UOP(inst);
    if (id >= TF_UOP_TABLE_SIZE) {
        return NULL;
    }
    const tf_stencil_group *g = TF_INST_EXIT(inst) >= 0 ? tf_uop_groups_exit_to[id] : tf_uop_groups[id];
    return g;
}
"#;

fn group_init(s: &Stencil, fn_name: &str, aarch64: bool) -> String {
    let tramps = s.code_holes.iter().filter(|h| is_branch(s, h)).count();
    format!(
        "{{\"{}\", {fn_name}, {}, {}, {}, {tramps}, {}}}",
        s.name,
        s.code.len(),
        s.data.len(),
        s.entry,
        s.continue_jump_len(aarch64).unwrap_or(0)
    )
}

/// The header for one target.
pub fn header(lib: &UopLibrary, set: &TraceSet, stencils: &StencilSet, target: &Target) -> Result<String> {
    let aarch64 = target.is_aarch64();
    let mut out = String::new();
    let guard = format!("TF_JIT_STENCILS_{}_H", ident(&target.triple).to_ascii_uppercase());
    let _ = writeln!(
        out,
        "/* jit_stencils.h: stencils of uop library `{}` for {} ({} traces fused, {} per-uop\n \
         * stencils). Generated by tracefuse (manifest format {}); do not edit. */\n",
        lib.name,
        target.triple,
        set.traces.len(),
        stencils.uops.len(),
        super::MANIFEST_VERSION
    );
    let _ = writeln!(out, "#ifndef {guard}\n#define {guard}\n");
    out.push_str(PREAMBLE);
    let _ = writeln!(
        out,
        "\n#define TF_STENCILS_TARGET \"{}\"\n#define TF_ARCH_{} 1\n#define TF_OBJECT_FORMAT_{} 1\n\
         #define TF_PAGE_SIZE {}\n#define TF_CODE_ALIGNMENT {}\n\
         #define TF_TRAMPOLINE_SIZE 16\n#define TF_FUSED_COUNT {}\n",
        target.triple,
        if aarch64 { "AARCH64" } else { "X86_64" },
        match target.object_format {
            crate::target::ObjectFormat::Elf => "ELF",
            crate::target::ObjectFormat::MachO => "MACHO",
            crate::target::ObjectFormat::Coff => "COFF",
        },
        target.page_size,
        target.code_alignment,
        set.traces.len()
    );
    // Runtime symbols, sorted.
    let mut all: Vec<&Stencil> = vec![&stencils.end];
    all.extend(&stencils.fused);
    all.extend(stencils.uops.values());
    let symbols: BTreeSet<&str> = all
        .iter()
        .flat_map(|s| s.code_holes.iter().chain(&s.data_holes))
        .filter_map(|h| if let HoleValue::Symbol(n) = &h.value { Some(n.as_str()) } else { None })
        .collect();
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
    out.push_str(&helpers(target));
    out.push('\n');

    // Emit functions.
    let mut seen = BTreeSet::new();
    let mut fn_of = |prefix: &str, name: &str| -> Result<String> {
        let f = format!("tf_emit_{prefix}{}", ident(name));
        if !seen.insert(f.clone()) {
            return Err(Error::new(format!("stencil names `{name}` and another map to the same C name {f}"))
                .help("rename one of the traces or uops"));
        }
        Ok(f)
    };
    let end_fn = fn_of("", "_END")?;
    emit_function(&mut out, &end_fn, &stencils.end, target)?;
    let mut uop_fns = std::collections::BTreeMap::new();
    for (name, s) in &stencils.uops {
        let f = fn_of("uop_", name)?;
        emit_function(&mut out, &f, s, target)?;
        uop_fns.insert(name.clone(), f);
    }
    let mut fused_fns = Vec::new();
    for (trace, s) in set.traces.iter().zip(&stencils.fused) {
        let f = fn_of("trace_", &trace.name)?;
        emit_function(&mut out, &f, s, target)?;
        fused_fns.push(f);
    }

    // Group tables.
    let _ = writeln!(
        out,
        "/* Ends a trace that runs off its end (the VM's own stub may replace it). */\n\
         static const tf_stencil_group tf_end_group = {};\n",
        group_init(&stencils.end, &end_fn, aarch64)
    );
    for (name, s) in &stencils.uops {
        let f = &uop_fns[name];
        let _ = writeln!(
            out,
            "static const tf_stencil_group tf_group_uop_{} = {};",
            ident(name),
            group_init(s, f, aarch64)
        );
    }
    let size = lib.uops.iter().map(|u| u.id as usize + 1).max().unwrap_or(0);
    for (table_name, exit_to) in [("tf_uop_groups", false), ("tf_uop_groups_exit_to", true)] {
        let _ = writeln!(
            out,
            "\n/* Per-uop stencils by uop id{}. */\nstatic const tf_stencil_group *const {table_name}[{}] = {{",
            if exit_to { ", for instructions whose side exit enters another trace" } else { "" },
            size.max(1)
        );
        let mut rows: Vec<(u32, String)> = Vec::new();
        for (u, uop) in lib.uops.iter().enumerate() {
            let name = uop_stencil_name(lib, u, exit_to);
            if stencils.uops.contains_key(&name) {
                rows.push((uop.id, format!("    [{}] = &tf_group_uop_{},", uop.id, ident(&name))));
            }
        }
        rows.sort();
        for (_, r) in rows {
            let _ = writeln!(out, "{r}");
        }
        let _ = writeln!(out, "}};");
    }
    let _ = writeln!(out, "#define TF_UOP_TABLE_SIZE {size}\n");

    // Fused groups with their signatures.
    let names: Vec<String> = set.traces.iter().map(|t| t.name.clone()).collect();
    for (t, trace) in set.traces.iter().enumerate() {
        let sig = Signature::of(lib, trace, &names);
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
                .map(|(i, n)| {
                    format!("{{{i}, {}}}", names.iter().position(|x| x == n).map_or(-1, |p| p as i64))
                })
                .collect();
            let _ = writeln!(out, "static const tf_linked_exit tf_exits_{t}[] = {{{}}};", rows.join(", "));
        }
    }
    let _ = writeln!(
        out,
        "\n/* Fused stencils, in trace-set order. */\nstatic const tf_fused_group tf_fused_groups[{}] = {{",
        set.traces.len().max(1)
    );
    for (t, trace) in set.traces.iter().enumerate() {
        let sig = Signature::of(lib, trace, &names);
        let assumptions =
            if sig.assumptions.is_empty() { "0".to_string() } else { format!("tf_assumptions_{t}") };
        let exits = if sig.exits.is_empty() { "0".to_string() } else { format!("tf_exits_{t}") };
        let _ = writeln!(
            out,
            "    {{\"{}\", {}, UINT64_C({:#018x}), {}, tf_uops_{t}, {assumptions}, {}, {exits}, {}}},",
            trace.name,
            group_init(&stencils.fused[t], &fused_fns[t], aarch64),
            sig.hash,
            sig.uops.len(),
            sig.assumptions.len(),
            sig.exits.len()
        );
    }
    let _ = writeln!(out, "}};\n");
    let _ = writeln!(out, "/* (hash, trace) sorted by hash, for binary search. */");
    let _ = writeln!(
        out,
        "static const struct {{ uint64_t hash; int trace; }} tf_fused_by_hash[{}] = {{",
        set.traces.len().max(1)
    );
    for (sig, t) in table(lib, &set.traces) {
        let _ = writeln!(out, "    {{UINT64_C({:#018x}), {t}}},", sig.hash);
    }
    let _ = writeln!(out, "}};");
    out.push_str(LOOKUP);
    let _ = writeln!(out, "\n#endif /* {guard} */");
    Ok(out)
}
