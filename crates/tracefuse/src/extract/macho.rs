//! Mach-O relocations: the table from raw relocation type to patch kind, per machine.
//! Addends are implicit (in the field's bytes; read by `extract`), `object` folds
//! ARM64_RELOC_ADDEND into the next relocation, and symbol names carry a leading `_`.

use super::{Decoded, PatchKind};
use object::{Architecture, Object, RelocationFlags};

pub(crate) fn decode(file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
    let RelocationFlags::MachO { r_type, r_pcrel, r_length } = flags else {
        return (None, format!("{flags:?}"));
    };
    use object::macho::*;
    let (decoded, name) = match (file.architecture(), r_type, r_pcrel, r_length) {
        (Architecture::X86_64, X86_64_RELOC_UNSIGNED, false, 3) => {
            (Decoded::Patch(PatchKind::Abs64), "X86_64_RELOC_UNSIGNED")
        }
        (Architecture::X86_64, X86_64_RELOC_BRANCH, true, 2) => {
            (Decoded::Patch(PatchKind::Rel32), "X86_64_RELOC_BRANCH")
        }
        (Architecture::X86_64, X86_64_RELOC_SIGNED, true, 2) => {
            (Decoded::Patch(PatchKind::Rel32), "X86_64_RELOC_SIGNED")
        }
        (Architecture::X86_64, X86_64_RELOC_SIGNED_1, true, 2) => {
            (Decoded::Patch(PatchKind::Rel32), "X86_64_RELOC_SIGNED_1")
        }
        (Architecture::X86_64, X86_64_RELOC_SIGNED_2, true, 2) => {
            (Decoded::Patch(PatchKind::Rel32), "X86_64_RELOC_SIGNED_2")
        }
        (Architecture::X86_64, X86_64_RELOC_SIGNED_4, true, 2) => {
            (Decoded::Patch(PatchKind::Rel32), "X86_64_RELOC_SIGNED_4")
        }
        (Architecture::X86_64, X86_64_RELOC_GOT_LOAD, true, 2) => {
            (Decoded::Got(PatchKind::Rel32), "X86_64_RELOC_GOT_LOAD")
        }
        (Architecture::X86_64, X86_64_RELOC_GOT, true, 2) => {
            (Decoded::Got(PatchKind::Rel32), "X86_64_RELOC_GOT")
        }
        (Architecture::Aarch64, ARM64_RELOC_UNSIGNED, false, 3) => {
            (Decoded::Patch(PatchKind::Abs64), "ARM64_RELOC_UNSIGNED")
        }
        (Architecture::Aarch64, ARM64_RELOC_BRANCH26, true, 2) => {
            (Decoded::Patch(PatchKind::Aarch64Branch26), "ARM64_RELOC_BRANCH26")
        }
        (Architecture::Aarch64, ARM64_RELOC_PAGE21, true, 2) => {
            (Decoded::Patch(PatchKind::Aarch64Page21), "ARM64_RELOC_PAGE21")
        }
        // PAGEOFF12's scale depends on the instruction it patches: `extract` reads the
        // access size from the instruction (the ELF table names it in the type).
        (Architecture::Aarch64, ARM64_RELOC_PAGEOFF12, false, 2) => {
            (Decoded::Patch(PatchKind::Aarch64Lo12), "ARM64_RELOC_PAGEOFF12")
        }
        (Architecture::Aarch64, ARM64_RELOC_GOT_LOAD_PAGE21, true, 2) => {
            (Decoded::Got(PatchKind::Aarch64Page21), "ARM64_RELOC_GOT_LOAD_PAGE21")
        }
        (Architecture::Aarch64, ARM64_RELOC_GOT_LOAD_PAGEOFF12, false, 2) => {
            (Decoded::Got(PatchKind::Aarch64Lo12Scale8), "ARM64_RELOC_GOT_LOAD_PAGEOFF12")
        }
        (arch, t, _, _) => return (None, format!("Mach-O {arch:?} relocation type {t} ({flags:?})")),
    };
    (Some(decoded), name.to_string())
}
