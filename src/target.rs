//! Target descriptions (`targets/<triple>.yaml`): the per-target facts stencils are
//! built with — triple, CPU, features, relocation and code model, object format, page
//! size and the function attributes stencil code needs — as data, plus the LLVM
//! `TargetMachine` made from them. Combinations known to abort LLVM are refused here.
//!
//! The bundled descriptions are compiled into the crate (build.rs embeds every
//! `targets/*.yaml`), so a tracefuse binary needs no source tree; [`host`] names the one
//! for the machine tracefuse runs on.

use crate::arch::Arch;
use crate::error::{Error, Result};
use crate::set::TargetInfo;
use crate::source::SourceText;
use inkwell::targets::{
    CodeModel, InitializationConfig, RelocMode, Target as LlvmTarget, TargetMachine, TargetTriple,
};
use inkwell::OptimizationLevel;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectFormat {
    Elf,
    MachO,
    Coff,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelocationModel {
    Static,
    Pic,
}

/// How stencil code reaches hole values and runtime data (addresses of undefined globals).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueAccess {
    /// In the instruction: `movabs` on x86-64, `movz`/`movk` with the large code model on
    /// AArch64 (hidden declarations, any 64-bit value fits).
    #[default]
    Direct,
    /// Through a slot of a GOT synthesized in the stencil's data (Mach-O: default
    /// visibility under PIC; COFF: `dllimport`, read back from `__imp_` references), for
    /// formats whose code models cannot put a 64-bit value in the instruction.
    Got,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeModelName {
    Small,
    Medium,
    Large,
}

/// One target's description.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub triple: String,
    pub cpu: String,
    #[serde(default)]
    pub features: String,
    pub relocation_model: RelocationModel,
    pub code_model: CodeModelName,
    #[serde(default)]
    pub value_access: ValueAccess,
    pub object_format: ObjectFormat,
    pub page_size: u64,
    pub code_alignment: u64,
    #[serde(default)]
    pub function_attributes: BTreeMap<String, String>,
    #[serde(default)]
    pub enum_attributes: Vec<String>,
    #[serde(skip)]
    pub path: PathBuf,
}

/// The bundled target descriptions, as build.rs embeds them: (triple, the YAML text of
/// `targets/<triple>.yaml`), sorted by triple.
const BUNDLED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/targets.rs"));

/// Where the bundled descriptions come from in the source tree (named in errors).
pub const BUNDLED_DIR: &str = "targets";

/// Every bundled target description's triple, sorted.
pub fn all_triples() -> Result<Vec<String>> {
    Ok(BUNDLED.iter().map(|(triple, _)| triple.to_string()).collect())
}

/// The triple of the bundled target for the machine tracefuse runs on: the one whose
/// architecture and operating system are this machine's (`std::env::consts::ARCH` and
/// `OS`); the first in triple order when several are.
pub fn host() -> Result<&'static str> {
    host_for(std::env::consts::ARCH, std::env::consts::OS)
}

/// [`host`] for a machine Rust calls `arch` running `os`.
fn host_for(arch: &str, os: &str) -> Result<&'static str> {
    let found = BUNDLED.iter().map(|(triple, _)| *triple).find(|triple| {
        Arch::from_triple(triple).is_some_and(|a| Some(a) == Arch::from_triple(arch))
            && triple_os(triple) == Some(os)
    });
    found.ok_or_else(|| {
        let known: Vec<&str> = BUNDLED.iter().map(|(triple, _)| *triple).collect();
        Error::new(format!("tracefuse has no target for this machine ({arch} {os})")).help(format!(
            "run, check and bench run stencils built for the host; tracefuse has targets for {} (add one as {BUNDLED_DIR}/<triple>.yaml and rebuild tracefuse)",
            known.join(", ")
        ))
    })
}

/// The operating system of `triple` (`arch-vendor-os[-environment]`) in Rust's words
/// (`std::env::consts::OS`): Darwin is `macos`.
fn triple_os(triple: &str) -> Option<&str> {
    match triple.split('-').nth(2)? {
        "darwin" | "macosx" => Some("macos"),
        os => Some(os),
    }
}

impl Target {
    /// A target description read from a file.
    pub fn load(path: &Path) -> Result<Target> {
        Target::parse(&SourceText::read(path)?)
    }

    /// A target description from its text (`src.path` names it in errors).
    pub fn parse(src: &SourceText) -> Result<Target> {
        let mut t: Target = src.parse("target description")?;
        t.path = src.path.clone();
        t.validate()?;
        Ok(t)
    }

    /// The bundled description for the machine tracefuse runs on ([`host`]).
    pub fn for_host() -> Result<Target> {
        Target::by_triple(host()?)
    }

    /// The bundled description for `triple`.
    pub fn by_triple(triple: &str) -> Result<Target> {
        let Some((name, text)) = BUNDLED.iter().find(|(name, _)| *name == triple) else {
            let known: Vec<&str> = BUNDLED.iter().map(|(name, _)| *name).collect();
            return Err(Error::new(format!("unsupported target triple `{triple}`")).help(format!(
                "known targets: {} (add one as {BUNDLED_DIR}/<triple>.yaml and rebuild tracefuse)",
                known.join(", ")
            )));
        };
        let path = Path::new(BUNDLED_DIR).join(format!("{name}.yaml"));
        Target::parse(&SourceText { path, text: text.to_string() })
    }

    /// The target's instruction set (descriptions with another are refused at load).
    pub fn arch(&self) -> Arch {
        Arch::from_triple(&self.triple).unwrap_or(Arch::X86_64)
    }

    /// What a VM needs to know about this target at run time.
    pub fn info(&self) -> TargetInfo {
        TargetInfo {
            triple: self.triple.clone(),
            arch: self.arch(),
            object_format: format!("{:?}", self.object_format).to_lowercase(),
            page_size: self.page_size,
            code_alignment: self.code_alignment,
        }
    }

    /// Whether the target's architecture is AArch64 (else x86-64).
    pub fn is_aarch64(&self) -> bool {
        self.arch() == Arch::Aarch64
    }

    /// Refuses settings LLVM 19 aborts on instead of reporting (see
    /// ../shared/reference/llvm-19-facts.md).
    fn validate(&self) -> Result<()> {
        let err = |m: &str| Err(Error::at(&self.path, None, m.to_string()));
        if Arch::from_triple(&self.triple).is_none() {
            return err("the triple's architecture is neither x86_64 nor aarch64/arm64");
        }
        let aarch64 = self.is_aarch64();
        if aarch64 && self.code_model == CodeModelName::Medium {
            return err("AArch64 has no medium code model (LLVM aborts): use small or large");
        }
        if aarch64 && self.function_attributes.get("probe-stack").is_some_and(|v| v == "none") {
            return err("\"probe-stack\"=\"none\" aborts LLVM on AArch64: leave it out");
        }
        if !self.page_size.is_power_of_two() || !self.code_alignment.is_power_of_two() {
            return err("page_size and code_alignment must be powers of two");
        }
        Ok(())
    }

    /// An LLVM target machine for this description (one per thread: not `Sync`).
    pub fn machine(&self) -> Result<TargetMachine> {
        LlvmTarget::initialize_all(&InitializationConfig::default());
        let triple = TargetTriple::create(&self.triple);
        let target = LlvmTarget::from_triple(&triple)
            .map_err(|e| Error::at(&self.path, None, format!("LLVM does not know `{}`: {e}", self.triple)))?;
        let reloc = match self.relocation_model {
            RelocationModel::Static => RelocMode::Static,
            RelocationModel::Pic => RelocMode::PIC,
        };
        let code_model = match self.code_model {
            CodeModelName::Small => CodeModel::Small,
            CodeModelName::Medium => CodeModel::Medium,
            CodeModelName::Large => CodeModel::Large,
        };
        target
            .create_target_machine(
                &triple,
                &self.cpu,
                &self.features,
                OptimizationLevel::Aggressive,
                reloc,
                code_model,
            )
            .ok_or_else(|| {
                Error::at(
                    &self.path,
                    None,
                    format!(
                        "LLVM cannot make a target machine for `{}` with cpu `{}`",
                        self.triple, self.cpu
                    ),
                )
            })
    }
}

/// A target machine for running passes over a body of `triple` (default CPU, PIC): what
/// body simplification and the stack-effect probe use, where no description is chosen.
pub fn triple_machine(triple: &str) -> Result<TargetMachine> {
    LlvmTarget::initialize_all(&InitializationConfig::default());
    let tt = TargetTriple::create(triple);
    LlvmTarget::from_triple(&tt)
        .ok()
        .and_then(|t| {
            t.create_target_machine(
                &tt,
                "",
                "",
                OptimizationLevel::Default,
                RelocMode::Default,
                CodeModel::Default,
            )
        })
        .ok_or_else(|| Error::new(format!("LLVM cannot make a target machine for `{triple}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_is_the_bundled_target_of_this_machines_architecture_and_system() {
        assert_eq!(host_for("x86_64", "linux").unwrap(), "x86_64-unknown-linux-gnu");
        assert_eq!(host_for("aarch64", "linux").unwrap(), "aarch64-unknown-linux-gnu");
        assert_eq!(host_for("aarch64", "macos").unwrap(), "aarch64-apple-darwin");
        assert_eq!(host_for("x86_64", "windows").unwrap(), "x86_64-pc-windows-msvc");
        assert_eq!(host().unwrap(), host_for(std::env::consts::ARCH, std::env::consts::OS).unwrap());
    }

    #[test]
    fn a_machine_without_a_target_is_an_error_naming_the_targets_there_are() {
        let e = host_for("riscv64", "linux").unwrap_err().to_string();
        assert!(e.contains("riscv64 linux") && e.contains("x86_64-unknown-linux-gnu"), "{e}");
        let e = host_for("aarch64", "windows").unwrap_err().to_string();
        assert!(e.contains("aarch64-apple-darwin"), "{e}");
    }

    #[test]
    fn every_file_in_the_targets_folder_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("targets");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.unwrap().path().file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        files.sort();
        assert_eq!(all_triples().unwrap(), files);
        for triple in files {
            let t = Target::by_triple(&triple).unwrap();
            assert_eq!(t.triple, triple);
            assert_eq!(t.path, Path::new(BUNDLED_DIR).join(format!("{triple}.yaml")));
        }
    }
}
