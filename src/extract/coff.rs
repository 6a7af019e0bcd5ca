//! COFF rules: the table from raw relocation type to patch kind (x86-64), and the
//! `dllimport` convention. Addends are implicit (in the field's bytes; read by
//! `extract`); a `dllimport` global is read through the pointer `__imp_NAME`, which is a
//! GOT slot in all but name.

use super::{Decoded, ObjectFormatRules, PatchKind};
use crate::arch::Arch;
use object::{Architecture, Object, RelocationFlags};

/// COFF objects (x86-64 Windows).
pub(crate) struct Coff;

/// COFF's prefix for the pointer through which a `dllimport` global is read.
const IMPORT_PREFIX: &str = "__imp_";

impl ObjectFormatRules for Coff {
    fn table_file(&self) -> &'static str {
        "src/extract/coff.rs"
    }

    fn decode(&self, file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
        decode(file, flags)
    }

    fn c_symbol<'a>(&self, name: &'a str) -> &'a str {
        name.strip_prefix(IMPORT_PREFIX).unwrap_or(name)
    }

    /// `__imp_NAME` holds NAME's address: a load through it is a GOT load.
    fn refine(&self, decoded: Decoded, _arch: Arch, _bytes: &[u8], _at: usize, symbol: &str) -> Decoded {
        match decoded {
            Decoded::Patch(PatchKind::Rel32) if symbol.starts_with(IMPORT_PREFIX) => {
                Decoded::Got(PatchKind::Rel32)
            }
            d => d,
        }
    }
}

fn decode(file: &object::File, flags: RelocationFlags) -> (Option<Decoded>, String) {
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
