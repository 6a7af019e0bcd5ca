//! ELF relocations: the table from raw relocation type to patch kind, per machine.

use super::{Decoded, PatchKind};
use object::{Architecture, Object, RelocationFlags};

/// Decodes one relocation; `None` when the loader cannot patch it. Also returns the
/// relocation's name for listings and errors.
pub(crate) fn decode(file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
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
        arch => return (None, format!("ELF {arch:?} relocation type {r_type}")),
    };
    (decoded, name.to_string())
}
