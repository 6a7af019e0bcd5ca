//! Writers: a [`StencilSet`] as the JSON manifest ([`Manifest`], format in docs/formats.md,
//! "Stencil manifest"), the C
//! header ([`c_header`]), raw binary blobs and annotated disassembly listings, written
//! into an output folder atomically — a new folder is filled beside the old one and
//! renamed over it, so an interrupted run leaves the previous output intact. Output has
//! no timestamps or absolute paths.

pub mod c_header;
pub mod pack;

use crate::disasm::disassemble;
use crate::error::{Error, Result};
use crate::manifest::{hex, Manifest};
use crate::set::StencilSet;
use crate::stencil::Stencil;
use crate::target::Target;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub use crate::manifest::VERSION as MANIFEST_VERSION;

/// What `generate` writes for each target (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    /// `manifest.json`: every stencil with its bytes and holes, trace signatures.
    Json,
    /// `jit_stencils.h`: emit functions, patch helpers, group and signature tables for C.
    Header,
    /// `blobs/<stencil>.code` and `.data`: raw bytes (holes are in the manifest).
    Blobs,
    /// `listings/<stencil>.s`: disassembly with the holes under their instructions.
    Listings,
    /// `tf_stencils.pack` and `tf_stencils_pack.h`: the stencils as binary data and the
    /// fixed C that reads them, for sets too large to be C ([`pack`]).
    Pack,
    /// Every format above.
    All,
}

impl Format {
    /// What `generate` writes unless told otherwise (and what is committed).
    pub const DEFAULT: [Format; 3] = [Format::Json, Format::Header, Format::Listings];

    /// Every format with its `--format` name.
    pub const NAMES: [(&'static str, Format); 6] = [
        ("json", Format::Json),
        ("header", Format::Header),
        ("blobs", Format::Blobs),
        ("listings", Format::Listings),
        ("pack", Format::Pack),
        ("all", Format::All),
    ];

    pub fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(_, f)| *f == self).map_or("all", |(n, _)| n)
    }

    fn selected(formats: &[Format], f: Format) -> bool {
        formats.contains(&f) || formats.contains(&Format::All)
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Format, String> {
        Self::NAMES.iter().find(|(n, _)| *n == s).map(|(_, f)| *f).ok_or_else(|| {
            let names: Vec<&str> = Self::NAMES.iter().map(|(n, _)| *n).collect();
            format!("unknown format `{s}` (known: {})", names.join(", "))
        })
    }
}

/// A disassembly listing with every hole written under the instruction it patches.
pub fn listing(s: &Stencil, target: &Target) -> Result<String> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# stencil {} for {}: {} code bytes, {} data bytes, {} holes",
        s.name,
        target.triple,
        s.code.len(),
        s.data.len(),
        s.holes()
    );
    for line in disassemble(&target.triple, &target.cpu, &s.code)? {
        let bytes = &s.code[line.offset as usize..line.offset as usize + line.len];
        let _ = writeln!(out, "{:6x}: {:<30} {}", line.offset, hex(bytes), line.text);
        for h in s
            .code_holes
            .iter()
            .filter(|h| h.offset >= line.offset && h.offset < line.offset + line.len as u64)
        {
            let _ = writeln!(
                out,
                "        # hole +{:#x}: {} {:?} {}{:+}",
                h.offset, h.raw, h.kind, h.value, h.addend
            );
        }
    }
    if !s.data.is_empty() {
        let _ = writeln!(out, "# data");
        for (i, chunk) in s.data.chunks(16).enumerate() {
            let _ = writeln!(out, "{:6x}: {}", i * 16, hex(chunk));
        }
        for h in &s.data_holes {
            let _ = writeln!(
                out,
                "        # hole data+{:#x}: {} {:?} {}{:+}",
                h.offset, h.raw, h.kind, h.value, h.addend
            );
        }
    }
    Ok(out)
}

/// File name of a stencil's listing.
pub fn listing_name(name: &str) -> String {
    file_stem(name) + ".s"
}

/// A stencil's name as a file name (listings, blobs).
fn file_stem(name: &str) -> String {
    name.replace([':', '@'], "_")
}

/// Writes the `formats` of one target into `<out>/<triple>/` atomically: `manifest.json`,
/// `jit_stencils.h`, `blobs/*.code|data`, `listings/*.s`, `tf_stencils.pack` with
/// `tf_stencils_pack.h`.
pub fn write_target(
    out: &Path,
    stencils: &StencilSet,
    target: &Target,
    formats: &[Format],
) -> Result<PathBuf> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    if Format::selected(formats, Format::Json) {
        files.push(("manifest.json".into(), Manifest::of(stencils).to_json()?.into_bytes()));
    }
    if Format::selected(formats, Format::Header) {
        files.push(("jit_stencils.h".into(), c_header::header(stencils, target)?.into_bytes()));
    }
    if Format::selected(formats, Format::Pack) {
        files.push(("tf_stencils.pack".into(), pack::pack(stencils, target)?));
        files.push(("tf_stencils_pack.h".into(), pack::pack_header(stencils, target).into_bytes()));
    }
    let mut all: Vec<&Stencil> = vec![&stencils.end];
    all.extend(stencils.fused.iter().map(|f| &f.stencil));
    all.extend(stencils.uops.values());
    for (i, s) in all.iter().enumerate() {
        let name = if (1..=stencils.fused.len()).contains(&i) {
            format!("trace_{}", s.name)
        } else {
            s.name.clone()
        };
        let stem = file_stem(&name);
        if Format::selected(formats, Format::Listings) {
            files.push((format!("listings/{stem}.s"), listing(s, target)?.into_bytes()));
        }
        if Format::selected(formats, Format::Blobs) {
            files.push((format!("blobs/{stem}.code"), s.code.clone()));
            if !s.data.is_empty() {
                files.push((format!("blobs/{stem}.data"), s.data.clone()));
            }
        }
    }
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, "create output folder", e))?;
    let final_dir = out.join(&target.triple);
    let tmp = out.join(format!(".{}.tmp{}", target.triple, std::process::id()));
    let old = out.join(format!(".{}.old{}", target.triple, std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    for (name, text) in &files {
        let path = tmp.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create output folder", e))?;
        }
        std::fs::write(&path, text).map_err(|e| {
            let _ = std::fs::remove_dir_all(&tmp);
            Error::io(&path, "write", e)
        })?;
    }
    if final_dir.exists() {
        std::fs::rename(&final_dir, &old)
            .map_err(|e| Error::io(&final_dir, "move the previous output aside", e))?;
    }
    std::fs::rename(&tmp, &final_dir).map_err(|e| {
        let _ = std::fs::rename(&old, &final_dir);
        Error::io(&final_dir, "rename the new output into place", e)
    })?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(final_dir)
}
