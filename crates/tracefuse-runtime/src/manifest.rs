//! `manifest.json`, typed: the documented, stable JSON form of a [`StencilSet`]
//! (docs/formats.md, "Stencil manifest"). Bytes are hex strings, holes name their
//! section, and object keys are written sorted, so the same set gives the same bytes.

use crate::error::{Error, Result};
use crate::hole::{Hole, PatchKind};
use crate::set::StencilSet;
use crate::signature::Assumption;
use crate::stencil::Stencil;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The manifest's `format` value.
pub const FORMAT: &str = "tracefuse-stencils";
/// The manifest's `version`; bumped on any incompatible change.
pub const VERSION: u32 = 2;

/// One target's stencils.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`].
    pub version: u32,
    /// The uop library's name.
    pub library: String,
    pub target: ManifestTarget,
    /// Every fused trace, in trace-set order.
    pub traces: Vec<ManifestTrace>,
    /// Every stencil by name: `_END`, `trace:NAME`, and per-uop stencils by uop name
    /// (`NAME@exit_to` for the variant whose side exit enters another trace).
    pub stencils: BTreeMap<String, ManifestStencil>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestTarget {
    pub triple: String,
    pub page_size: u64,
    pub code_alignment: u64,
    /// `elf`, `macho` or `coff`.
    pub object_format: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestTrace {
    pub name: String,
    /// Instructions in the trace.
    pub uops: usize,
    #[serde(rename = "loop")]
    pub is_loop: bool,
    /// The fused stencil's name (`trace:NAME`).
    pub fused: String,
    /// The per-uop stencil each instruction runs as when stitched.
    pub stitched: Vec<String>,
    /// A trace tree's stencil: the traces it holds after this one, each with its first
    /// instruction numbered across the tree. Absent when the stencil holds this trace alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<crate::set::TreeMember>,
    pub signature: ManifestSignature,
}

/// What a VM checks before it uses a fused stencil for a trace it recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestSignature {
    /// FNV-1a of the shape, 16 hex digits.
    pub hash: String,
    pub uop_ids: Vec<u32>,
    /// Build-time field values the fused code folded in.
    pub assumptions: Vec<Assumption>,
    /// `[instruction, trace]`: side exits that enter another trace.
    pub exits: Vec<(usize, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestStencil {
    /// Offset of the entry point in `code`.
    pub entry: u64,
    /// Hex.
    pub code: String,
    /// Hex.
    pub data: String,
    pub holes: Vec<ManifestHole>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestHole {
    /// `code` or `data`.
    pub section: String,
    pub offset: u64,
    pub kind: PatchKind,
    /// The hole's value as [`crate::hole::HoleValue`] displays it (`continue`,
    /// `oparg[3]`, `symbol:tf_float_new`).
    pub value: String,
    pub addend: i64,
    /// The relocation as the object file named it.
    pub relocation: String,
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn holes<'a>(holes: &'a [Hole], section: &str) -> impl Iterator<Item = ManifestHole> + 'a {
    let section = section.to_string();
    holes.iter().map(move |h| ManifestHole {
        section: section.clone(),
        offset: h.offset,
        kind: h.kind,
        value: h.value.to_string(),
        addend: h.addend,
        relocation: h.raw.clone(),
    })
}

impl ManifestStencil {
    pub fn of(s: &Stencil) -> ManifestStencil {
        ManifestStencil {
            entry: s.entry,
            code: hex(&s.code),
            data: hex(&s.data),
            holes: holes(&s.code_holes, "code").chain(holes(&s.data_holes, "data")).collect(),
        }
    }
}

impl Manifest {
    /// The manifest of a stencil set.
    pub fn of(set: &StencilSet) -> Manifest {
        let traces = set
            .fused
            .iter()
            .map(|f| ManifestTrace {
                name: f.trace.clone(),
                uops: f.pieces.len(),
                is_loop: f.is_loop,
                fused: f.manifest_name(),
                stitched: f.pieces.clone(),
                members: f.members.clone(),
                signature: ManifestSignature {
                    hash: format!("{:016x}", f.signature.hash),
                    uop_ids: f.signature.uops.clone(),
                    assumptions: f.signature.assumptions.clone(),
                    exits: f.signature.exits.clone(),
                },
            })
            .collect();
        let mut stencils = BTreeMap::new();
        stencils.insert(set.end.name.clone(), ManifestStencil::of(&set.end));
        for f in &set.fused {
            stencils.insert(f.manifest_name(), ManifestStencil::of(&f.stencil));
        }
        for (name, s) in &set.uops {
            stencils.insert(name.clone(), ManifestStencil::of(s));
        }
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            library: set.library.clone(),
            target: ManifestTarget {
                triple: set.target.triple.clone(),
                page_size: set.target.page_size,
                code_alignment: set.target.code_alignment,
                object_format: set.target.object_format.clone(),
            },
            traces,
            stencils,
        }
    }

    /// The JSON text: pretty-printed, object keys sorted, ending in a newline.
    pub fn to_json(&self) -> Result<String> {
        // Through `serde_json::Value`, whose maps are sorted: canonical key order.
        let value = serde_json::to_value(self).map_err(|e| Error::new(format!("manifest: {e}")))?;
        Ok(serde_json::to_string_pretty(&value).map_err(|e| Error::new(format!("manifest: {e}")))? + "\n")
    }
}
