//! Trace signatures: how a VM that has just recorded a trace finds the fused stencil made
//! for it. The signature's hash covers the trace's shape — its length and uop ids — which
//! the VM knows for any trace it records; the fused code also assumed the values of its
//! build-time fields and where its side exits lead, so a hit is only taken after every one
//! of those assumptions is checked against the recorded instructions. A hash collision or
//! a differing field therefore falls back to stitching; it never runs the wrong code.

use crate::hole::Field;
use serde::{Deserialize, Serialize};

/// FNV-1a, 64-bit: stable across machines and simple to write again in a C VM.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The hash of a trace's shape: its length, then each uop id, as little-endian u32s.
pub fn shape_hash(uop_ids: &[u32]) -> u64 {
    let len = (uop_ids.len() as u32).to_le_bytes();
    fnv1a(len.into_iter().chain(uop_ids.iter().flat_map(|id| id.to_le_bytes())))
}

/// One value the fused code was built with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assumption {
    pub instruction: usize,
    pub field: Field,
    pub value: u64,
}

/// What a fused trace assumed about the trace it replaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub hash: u64,
    pub uops: Vec<u32>,
    pub assumptions: Vec<Assumption>,
    /// Instructions whose side exit enters another trace (the VM must have linked the
    /// same exits), with that trace's name.
    pub exits: Vec<(usize, String)>,
}

impl Signature {
    /// Whether a recorded trace is this one: same shape, every assumed field equal, the
    /// same side exits linked. `field(i, f)` reads the recorded instruction's field;
    /// `exit(i)` names the trace its side exit enters, if any.
    pub fn matches(
        &self,
        uops: &[u32],
        field: impl Fn(usize, Field) -> u64,
        exit: impl Fn(usize) -> Option<String>,
    ) -> bool {
        uops == self.uops.as_slice()
            && self.assumptions.iter().all(|a| field(a.instruction, a.field) == a.value)
            && (0..uops.len())
                .all(|i| exit(i) == self.exits.iter().find(|(j, _)| *j == i).map(|(_, n)| n.clone()))
    }
}

/// Sorts `(signature, trace)` pairs by hash for [`lookup`] (ties keep trace order).
pub fn sort_table(table: &mut [(Signature, usize)]) {
    table.sort_by_key(|(s, i)| (s.hash, *i));
}

/// The fused trace for a recorded one, or `None`: stitch it.
pub fn lookup(
    table: &[(Signature, usize)],
    uops: &[u32],
    field: impl Fn(usize, Field) -> u64 + Copy,
    exit: impl Fn(usize) -> Option<String> + Copy,
) -> Option<usize> {
    let hash = shape_hash(uops);
    let first = table.partition_point(|(s, _)| s.hash < hash);
    table[first..]
        .iter()
        .take_while(|(s, _)| s.hash == hash)
        .find(|(s, _)| s.matches(uops, field, exit))
        .map(|(_, i)| *i)
}
