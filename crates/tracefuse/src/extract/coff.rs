//! COFF relocations: the table from raw relocation type to patch kind (x86-64). Addends
//! are implicit (in the field's bytes; read by `extract`).

use super::{Decoded, PatchKind};
use object::{Architecture, Object, RelocationFlags};

pub(crate) fn decode(file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
    let RelocationFlags::Coff { typ } = flags else {
        return (None, format!("{flags:?}"));
    };
    use object::pe::*;
    let (decoded, name) = match (file.architecture(), typ) {
        (Architecture::X86_64, IMAGE_REL_AMD64_ADDR64) => {
            (Decoded::Patch(PatchKind::Abs64), "IMAGE_REL_AMD64_ADDR64")
        }
        (Architecture::X86_64, IMAGE_REL_AMD64_ADDR32) => {
            (Decoded::Patch(PatchKind::Abs32), "IMAGE_REL_AMD64_ADDR32")
        }
        (Architecture::X86_64, IMAGE_REL_AMD64_REL32) => {
            (Decoded::Patch(PatchKind::Rel32), "IMAGE_REL_AMD64_REL32")
        }
        (arch, t) => return (None, format!("COFF {arch:?} relocation type {t}")),
    };
    (Some(decoded), name.to_string())
}
