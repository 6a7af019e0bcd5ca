//! The hole vocabulary shared by the generator, the writers and every VM: the
//! per-instruction [`Field`]s a uop reads, what fills a hole ([`HoleValue`]), how it is
//! patched ([`PatchKind`]) and the [`Hole`] itself.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A per-instruction field a uop body may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// `OPARG`: a small integer argument.
    Oparg,
    /// `OPERAND0`: a 64-bit operand (integer or object pointer).
    Operand0,
    /// `OPERAND1`: a second 64-bit operand.
    Operand1,
    /// `TARGET`: where the interpreter resumes when this instruction exits.
    Target,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Oparg, Field::Operand0, Field::Operand1, Field::Target];

    pub fn name(self) -> &'static str {
        match self {
            Field::Oparg => "oparg",
            Field::Operand0 => "operand0",
            Field::Operand1 => "operand1",
            Field::Target => "target",
        }
    }

    /// Argument position of the field in the body signature (after frame, sp, tstate).
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum HoleValue {
    /// The address of this stencil's code, plus the addend.
    Code,
    /// The address of this stencil's data blob, plus the addend.
    Data,
    /// The next stencil (`_JIT_CONTINUE`).
    Continue,
    /// The stencil an exit jumps to (`_JIT_JUMP_TARGET`): the first stencil of a
    /// stitched trace (a loop's back edge), or — for a library that routes exits to
    /// stubs — the stub the instruction's deopt or side exit names.
    JumpTarget,
    /// The stub an error jumps to, for a library that routes exits to stubs
    /// (`_JIT_ERROR_TARGET`).
    ErrorTarget,
    /// A per-instruction field: of instruction `i` in a fused stencil (`_JIT_OPARG_3`;
    /// in a trace tree's stencil numbered across the tree), or of the stencil's own
    /// instruction (`_JIT_OPARG`).
    Field { instruction: Option<u32>, field: Field },
    /// The exit index of the stencil's (first) instruction (`_JIT_INDEX`): a per-uop
    /// stencil reports it as is, a fused one adds the exiting instruction to it.
    Index,
    /// In a trace tree's stencil, the exit index of instruction `instruction` (numbered
    /// across the tree), the first of a member trace after the root
    /// (`_JIT_INDEX_i`): that member's `_JIT_INDEX`. The member's exits add their own
    /// instruction to it.
    MemberIndex { instruction: u32 },
    /// The entry of the trace a side exit enters (`_JIT_EXIT_TRACE[_i]`).
    ExitTrace { instruction: Option<u32> },
    /// The address of a 64-bit counter the VM keeps for this stencil, which a fused
    /// stencil of a library with `count_entries` increments on every entry (not on its
    /// loop's back edge) (`_JIT_ENTRY_COUNT`).
    EntryCount,
    /// A runtime symbol of the VM, such as a C helper or a singleton.
    Symbol(String),
}

/// The stencil's entry point, by the name CPython's stencils use.
pub const ENTRY_SYMBOL: &str = "_JIT_ENTRY";

/// Hole symbols: `_JIT_` + a name, + `_i` for instruction `i` of a fused stencil.
const PREFIX: &str = "_JIT_";
const CONTINUE: &str = "CONTINUE";
const JUMP_TARGET: &str = "JUMP_TARGET";
const ERROR_TARGET: &str = "ERROR_TARGET";
const INDEX: &str = "INDEX";
const EXIT_TRACE: &str = "EXIT_TRACE";
const ENTRY_COUNT: &str = "ENTRY_COUNT";

/// Whether a symbol name is in the hole namespace (`_JIT_…`): a value the VM supplies
/// per stencil, never an address the linker knows.
pub fn is_hole_symbol(name: &str) -> bool {
    name.starts_with(PREFIX)
}

impl HoleValue {
    /// The symbol stencil code names this hole by (`_JIT_CONTINUE`, `_JIT_OPARG`,
    /// `_JIT_OPERAND0_3`, a runtime symbol as it is); `None` for the stencil's own code and
    /// data, which relocations reach through sections. [`HoleValue::from_symbol`] reads it
    /// back: the one definition of hole names, for the IR builder and extraction alike.
    pub fn symbol(&self) -> Option<String> {
        let indexed = |name: &str, i: Option<u32>| match i {
            Some(i) => format!("{PREFIX}{name}_{i}"),
            None => format!("{PREFIX}{name}"),
        };
        Some(match self {
            HoleValue::Code | HoleValue::Data => return None,
            HoleValue::Continue => indexed(CONTINUE, None),
            HoleValue::JumpTarget => indexed(JUMP_TARGET, None),
            HoleValue::ErrorTarget => indexed(ERROR_TARGET, None),
            HoleValue::Index => indexed(INDEX, None),
            HoleValue::MemberIndex { instruction } => indexed(INDEX, Some(*instruction)),
            HoleValue::EntryCount => indexed(ENTRY_COUNT, None),
            HoleValue::ExitTrace { instruction } => indexed(EXIT_TRACE, *instruction),
            HoleValue::Field { instruction, field } => {
                indexed(&field.name().to_ascii_uppercase(), *instruction)
            }
            HoleValue::Symbol(s) => s.clone(),
        })
    }

    /// Reads a hole symbol's name (see [`HoleValue::symbol`]); any other name is a
    /// runtime symbol of the VM.
    pub fn from_symbol(name: &str) -> HoleValue {
        let Some(rest) = name.strip_prefix(PREFIX) else {
            return HoleValue::Symbol(name.to_string());
        };
        let (base, index) = match rest.rsplit_once('_') {
            Some((b, i)) if !i.is_empty() && i.bytes().all(|c| c.is_ascii_digit()) => {
                match i.parse::<u32>() {
                    Ok(i) => (b, Some(i)),
                    Err(_) => return HoleValue::Symbol(name.to_string()),
                }
            }
            _ => (rest, None),
        };
        match (base, index) {
            (CONTINUE, None) => return HoleValue::Continue,
            (JUMP_TARGET, None) => return HoleValue::JumpTarget,
            (ERROR_TARGET, None) => return HoleValue::ErrorTarget,
            (INDEX, None) => return HoleValue::Index,
            (INDEX, Some(instruction)) => return HoleValue::MemberIndex { instruction },
            (ENTRY_COUNT, None) => return HoleValue::EntryCount,
            (EXIT_TRACE, instruction) => return HoleValue::ExitTrace { instruction },
            _ => {}
        }
        match Field::ALL.into_iter().find(|f| base == f.name().to_ascii_uppercase()) {
            Some(field) => HoleValue::Field { instruction: index, field },
            None => HoleValue::Symbol(name.to_string()),
        }
    }
}

impl fmt::Display for HoleValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HoleValue::Code => write!(f, "code"),
            HoleValue::Data => write!(f, "data"),
            HoleValue::Continue => write!(f, "continue"),
            HoleValue::JumpTarget => write!(f, "jump_target"),
            HoleValue::ErrorTarget => write!(f, "error_target"),
            HoleValue::Field { instruction: Some(i), field } => write!(f, "{field}[{i}]"),
            HoleValue::Field { instruction: None, field } => write!(f, "{field}"),
            HoleValue::Index => write!(f, "index"),
            HoleValue::MemberIndex { instruction } => write!(f, "index[{instruction}]"),
            HoleValue::EntryCount => write!(f, "entry_count"),
            HoleValue::ExitTrace { instruction: Some(i) } => write!(f, "exit_trace[{i}]"),
            HoleValue::ExitTrace { instruction: None } => write!(f, "exit_trace"),
            HoleValue::Symbol(s) => write!(f, "symbol:{s}"),
        }
    }
}

/// How a hole is patched (normalized across formats).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hole {
    pub offset: u64,
    pub kind: PatchKind,
    pub value: HoleValue,
    pub addend: i64,
    /// The relocation as the object file named it (`R_X86_64_PLT32`).
    pub raw: String,
}

/// The `raw` name of a data hole that is a synthesized GOT slot.
pub const GOT_SLOT: &str = "GOT";

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
        assert_eq!(HoleValue::from_symbol("_JIT_ENTRYX"), HoleValue::Symbol("_JIT_ENTRYX".into()));
        let mut every = vec![
            HoleValue::Continue,
            HoleValue::JumpTarget,
            HoleValue::ErrorTarget,
            HoleValue::Index,
            HoleValue::MemberIndex { instruction: 9 },
            HoleValue::EntryCount,
            HoleValue::ExitTrace { instruction: None },
            HoleValue::ExitTrace { instruction: Some(7) },
            HoleValue::Symbol("tf_float_new".into()),
        ];
        for field in Field::ALL {
            every.push(HoleValue::Field { instruction: None, field });
            every.push(HoleValue::Field { instruction: Some(41), field });
        }
        for v in every {
            let name = v.symbol().unwrap();
            assert_eq!(HoleValue::from_symbol(&name), v, "{name}");
        }
    }
}
