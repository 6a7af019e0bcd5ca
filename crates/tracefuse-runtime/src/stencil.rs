//! A patchable piece of machine code: code bytes, a data blob and the holes a loader
//! fills, plus the stitching facts a VM needs (the droppable final continue jump).

use crate::arch::Arch;
use crate::hole::Hole;
use serde::{Deserialize, Serialize};

/// A patchable piece of machine code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stencil {
    pub name: String,
    pub code: Vec<u8>,
    pub data: Vec<u8>,
    pub code_holes: Vec<Hole>,
    pub data_holes: Vec<Hole>,
    /// Offset of the entry point in `code`.
    pub entry: u64,
}

impl Stencil {
    pub fn holes(&self) -> usize {
        self.code_holes.len() + self.data_holes.len()
    }

    /// The stencil without its final jump to `_JIT_CONTINUE` (see
    /// [`Arch::continue_jump_len`]), for when the next stencil is laid out right after it,
    /// as CPython's stitcher does; `None` when the code does not end in such a jump.
    pub fn without_continue_jump(&self, arch: Arch) -> Option<Stencil> {
        let len = self.continue_jump_len(arch)?;
        let mut s = self.clone();
        s.code.truncate(self.code.len() - len);
        s.code_holes.pop();
        Some(s)
    }

    /// Whether code hole `h` is a branch a loader may send through a trampoline.
    pub fn is_branch(&self, h: &Hole, arch: Arch) -> bool {
        arch.is_branch(&self.code, h)
    }

    /// Bytes of a final jump to `_JIT_CONTINUE` a stitcher may drop.
    pub fn continue_jump_len(&self, arch: Arch) -> Option<usize> {
        arch.continue_jump_len(&self.code, self.code_holes.last()?)
    }
}
