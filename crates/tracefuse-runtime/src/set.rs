//! The output of a generation for one target, self-contained: what the writers, the
//! loader, the checks and a VM at run time need, with nothing else carried beside it.
//! A [`StencilSet`] knows its target, the end stub, every per-uop stencil, and each fused
//! trace with its [`Signature`] and the per-uop pieces it runs as when stitched. It
//! serializes deterministically (no times, no paths); `manifest.json` is its documented
//! form ([`crate::manifest::Manifest`]).

use crate::arch::Arch;
use crate::error::{Error, Result};
use crate::signature::{sort_table, Signature};
use crate::stencil::Stencil;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a VM needs to know about the target a set was built for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetInfo {
    pub triple: String,
    pub arch: Arch,
    /// `elf`, `macho` or `coff`.
    pub object_format: String,
    pub page_size: u64,
    pub code_alignment: u64,
}

/// A trace's fused stencil with what a VM checks before using it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FusedTrace {
    /// The trace's name (the stencil is `trace:NAME`).
    pub trace: String,
    pub stencil: Stencil,
    /// What the fused code assumed about the trace it replaces.
    pub signature: Signature,
    /// The trace ends in a jump back to its top.
    pub is_loop: bool,
    /// The per-uop stencil each instruction runs as when stitched (keys of
    /// [`StencilSet::uops`]).
    pub pieces: Vec<String>,
    /// A trace tree's stencil: the traces after this one it holds, in order. Its holes
    /// number instructions across the tree (this trace's first, then each member's from
    /// its `start`). Empty when the stencil holds this trace alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<TreeMember>,
}

/// Instruction `i` of a trace tree's stencil whose traces after the root are `members`:
/// `None` for the root's own, or the position in `members` of the member it belongs to
/// and its position in that trace. The one definition of how a tree numbers its
/// instructions.
pub fn tree_instruction(members: &[TreeMember], i: usize) -> Option<(usize, usize)> {
    let k = members.iter().rposition(|m| m.start <= i)?;
    Some((k, i - members[k].start))
}

/// A trace a trace tree's stencil holds after its root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeMember {
    /// The trace's name.
    pub trace: String,
    /// Its first instruction, numbered across the tree.
    pub start: usize,
}

impl FusedTrace {
    /// The fused stencil's name in manifests and listings: `trace:NAME`.
    pub fn manifest_name(&self) -> String {
        format!("trace:{}", self.trace)
    }

    /// Instruction `i` of the stencil, numbered across a trace tree: `None` for this
    /// trace's own, or the member it belongs to and its position there.
    pub fn tree_instruction(&self, i: usize) -> Option<(&TreeMember, usize)> {
        tree_instruction(&self.members, i).map(|(k, at)| (&self.members[k], at))
    }
}

/// Every stencil one target needs for a library and trace set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StencilSet {
    /// The uop library's name.
    pub library: String,
    pub target: TargetInfo,
    /// Records "ran off the end" for standalone runs (named `_END`, the name the
    /// generator gives it, which keys it in `manifest.json`).
    pub end: Stencil,
    /// Per-uop stencils by name (`_LOAD_FAST`, `_GUARD_NOT_EXHAUSTED_RANGE@exit_to`).
    pub uops: BTreeMap<String, Stencil>,
    /// The id of every uop of the library, by name (the VM's instruction encoding).
    pub uop_ids: BTreeMap<String, u32>,
    /// One per trace, in trace-set order.
    pub fused: Vec<FusedTrace>,
}

impl StencilSet {
    /// The per-uop stencil instruction `i` of trace `t` runs as when stitched.
    pub fn stitched_piece(&self, t: usize, i: usize) -> Result<&Stencil> {
        let name = self
            .fused
            .get(t)
            .and_then(|f| f.pieces.get(i))
            .ok_or_else(|| Error::new(format!("trace #{t} has no instruction {i}")))?;
        self.uops.get(name).ok_or_else(|| Error::new(format!("no per-uop stencil {name} was generated")))
    }

    /// Code bytes, data bytes and holes of trace `t` stitched from per-uop stencils,
    /// counting continue jumps the stitcher elides ([`Stencil::without_continue_jump`]).
    pub fn stitched_size(&self, t: usize) -> Result<(usize, usize, usize)> {
        let (mut code, mut data, mut holes) = (0, 0, 0);
        let n = self.fused.get(t).map_or(0, |f| f.pieces.len());
        for i in 0..n {
            let s = self.stitched_piece(t, i)?;
            let trimmed = if i + 1 < n { s.without_continue_jump(self.target.arch) } else { None };
            let s = trimmed.as_ref().unwrap_or(s);
            code += s.code.len();
            data += s.data.len();
            holes += s.holes();
        }
        Ok((code, data, holes))
    }

    /// The position of the fused trace named `name`.
    pub fn trace(&self, name: &str) -> Option<usize> {
        self.fused.iter().position(|f| f.trace == name)
    }

    /// `(signature, trace)` sorted by hash, for [`crate::signature::lookup`] (and the C
    /// header's table). Build it once per set, not per recorded trace.
    pub fn signature_table(&self) -> Vec<(Signature, usize)> {
        let mut table: Vec<(Signature, usize)> =
            self.fused.iter().enumerate().map(|(i, f)| (f.signature.clone(), i)).collect();
        sort_table(&mut table);
        table
    }
}
