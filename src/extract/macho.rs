//! Mach-O rules: the table from raw relocation type to patch kind, per machine, and what
//! else Mach-O objects do their own way. Addends are implicit (in the field's bytes; read
//! by `extract`), `object` folds ARM64_RELOC_ADDEND into the next relocation, symbol
//! names carry a leading `_`, PAGEOFF12 leaves the access size to the instruction, and
//! sections are laid out in one address space, so section-relative ("non-extern")
//! addends are addresses in the object's layout.

use super::{Decoded, ObjectFormatRules, PatchKind};
use crate::arch::Arch;
use object::{Architecture, Object, Relocation, RelocationFlags, RelocationKind};

/// Mach-O objects (x86-64 and AArch64 macOS).
pub(crate) struct MachO;

impl ObjectFormatRules for MachO {
    fn table_file(&self) -> &'static str {
        "src/extract/macho.rs"
    }

    fn decode(&self, file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
        decode(file, flags)
    }

    /// Mach-O prefixes C symbols with `_`.
    fn object_symbol(&self, name: &str) -> String {
        format!("_{name}")
    }

    fn c_symbol<'a>(&self, name: &'a str) -> &'a str {
        name.strip_prefix('_').unwrap_or(name)
    }

    /// PAGEOFF12 does not say the access size: the instruction does.
    fn refine(&self, decoded: Decoded, arch: Arch, bytes: &[u8], at: usize, _symbol: &str) -> Decoded {
        match decoded {
            Decoded::Patch(PatchKind::Aarch64Lo12) => Decoded::Patch(arch.lo12_kind(bytes, at)),
            d => d,
        }
    }

    /// The implicit addend is an address in the object's layout: rebase it from the
    /// section's address there (and, PC-relative, from the field's) to the stencil's.
    fn section_addend(&self, base: u64, section_address: u64, field_address: u64, reloc: &Relocation) -> i64 {
        let addend = (base as i64).wrapping_sub(section_address as i64);
        if reloc.kind() != RelocationKind::Relative {
            return addend;
        }
        // The field holds target - (field + 4 + bytes after it) in the object's layout,
        // which already counts what `reloc.addend()` adds for the same reason.
        addend.wrapping_add(field_address as i64).wrapping_sub(reloc.addend())
    }
}

fn decode(file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
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
        // PAGEOFF12's scale depends on the instruction it patches: `refine` reads the
        // access size from it (the ELF table names it in the type).
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
