//! ELF rules: the table from raw relocation type to patch kind, per machine. ELF needs
//! nothing else: addends are explicit, symbols keep their C names and addresses are
//! section-relative (the defaults of [`ObjectFormatRules`]).

use super::{Decoded, ObjectFormatRules, PatchKind};
use object::{Architecture, Object, RelocationFlags};

/// ELF objects (x86-64 and AArch64 Linux).
pub(crate) struct Elf;

impl ObjectFormatRules for Elf {
    fn table_file(&self) -> &'static str {
        "src/extract/elf.rs"
    }

    fn decode(&self, file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
        decode(file, flags)
    }
}

/// Decodes one relocation; `None` when the loader cannot patch it. Also returns the
/// relocation's name for listings and errors.
fn decode(file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
    let RelocationFlags::Elf { r_type } = flags else {
        return (None, format!("{flags:?}"));
    };
    use object::elf::*;
    let (decoded, name) = match file.architecture() {
        Architecture::X86_64 => match r_type {
            R_X86_64_64 => (Some(Decoded::Patch(PatchKind::Abs64)), "R_X86_64_64"),
            R_X86_64_32 => (Some(Decoded::Patch(PatchKind::Abs32)), "R_X86_64_32"),
            R_X86_64_32S => (Some(Decoded::Patch(PatchKind::Abs32S)), "R_X86_64_32S"),
            R_X86_64_PC32 => (Some(Decoded::Patch(PatchKind::Rel32)), "R_X86_64_PC32"),
            R_X86_64_PLT32 => (Some(Decoded::Patch(PatchKind::Rel32)), "R_X86_64_PLT32"),
            R_X86_64_GOTPCREL => (Some(Decoded::Got(PatchKind::Rel32)), "R_X86_64_GOTPCREL"),
            R_X86_64_GOTPCRELX => (Some(Decoded::Got(PatchKind::Rel32)), "R_X86_64_GOTPCRELX"),
            R_X86_64_REX_GOTPCRELX => (Some(Decoded::Got(PatchKind::Rel32)), "R_X86_64_REX_GOTPCRELX"),
            other => return (None, format!("ELF x86-64 relocation type {other}")),
        },
        Architecture::Aarch64 => match r_type {
            R_AARCH64_ABS64 => (Some(Decoded::Patch(PatchKind::Abs64)), "R_AARCH64_ABS64"),
            R_AARCH64_PREL32 => (Some(Decoded::Patch(PatchKind::Rel32)), "R_AARCH64_PREL32"),
            R_AARCH64_CALL26 => (Some(Decoded::Patch(PatchKind::Aarch64Branch26)), "R_AARCH64_CALL26"),
            R_AARCH64_JUMP26 => (Some(Decoded::Patch(PatchKind::Aarch64Branch26)), "R_AARCH64_JUMP26"),
            R_AARCH64_ADR_PREL_PG_HI21 => {
                (Some(Decoded::Patch(PatchKind::Aarch64Page21)), "R_AARCH64_ADR_PREL_PG_HI21")
            }
            R_AARCH64_ADD_ABS_LO12_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64Lo12)), "R_AARCH64_ADD_ABS_LO12_NC")
            }
            R_AARCH64_LDST8_ABS_LO12_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64Lo12)), "R_AARCH64_LDST8_ABS_LO12_NC")
            }
            R_AARCH64_LDST16_ABS_LO12_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64Lo12Scale2)), "R_AARCH64_LDST16_ABS_LO12_NC")
            }
            R_AARCH64_LDST32_ABS_LO12_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64Lo12Scale4)), "R_AARCH64_LDST32_ABS_LO12_NC")
            }
            R_AARCH64_LDST64_ABS_LO12_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64Lo12Scale8)), "R_AARCH64_LDST64_ABS_LO12_NC")
            }
            R_AARCH64_LDST128_ABS_LO12_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64Lo12Scale16)), "R_AARCH64_LDST128_ABS_LO12_NC")
            }
            R_AARCH64_MOVW_UABS_G0_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64MovwG0)), "R_AARCH64_MOVW_UABS_G0_NC")
            }
            R_AARCH64_MOVW_UABS_G1_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64MovwG1)), "R_AARCH64_MOVW_UABS_G1_NC")
            }
            R_AARCH64_MOVW_UABS_G2_NC => {
                (Some(Decoded::Patch(PatchKind::Aarch64MovwG2)), "R_AARCH64_MOVW_UABS_G2_NC")
            }
            R_AARCH64_MOVW_UABS_G3 => {
                (Some(Decoded::Patch(PatchKind::Aarch64MovwG3)), "R_AARCH64_MOVW_UABS_G3")
            }
            R_AARCH64_ADR_GOT_PAGE => {
                (Some(Decoded::Got(PatchKind::Aarch64Page21)), "R_AARCH64_ADR_GOT_PAGE")
            }
            R_AARCH64_LD64_GOT_LO12_NC => {
                (Some(Decoded::Got(PatchKind::Aarch64Lo12Scale8)), "R_AARCH64_LD64_GOT_LO12_NC")
            }
            other => return (None, format!("ELF AArch64 relocation type {other}")),
        },
        arch => return (None, format!("ELF {arch:?} relocation type {r_type}")),
    };
    (decoded, name.to_string())
}
