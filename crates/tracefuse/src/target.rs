//! Target descriptions (`targets/<triple>.yaml`): the per-target facts stencils are
//! built with — triple, CPU, features, relocation and code model, object format, page
//! size and the function attributes stencil code needs — as data, plus the LLVM
//! `TargetMachine` made from them. Combinations known to abort LLVM are refused here.

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

/// The folder of bundled target descriptions.
pub fn default_targets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("targets")
}

/// Every bundled target description's triple, sorted.
pub fn all_triples() -> Result<Vec<String>> {
    let dir = default_targets_dir();
    let mut triples: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| Error::io(&dir, "read the target folder", e))?
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "yaml").then(|| p.file_stem().map(|s| s.to_string_lossy().into_owned()))?
        })
        .collect();
    triples.sort();
    Ok(triples)
}

impl Target {
    pub fn load(path: &Path) -> Result<Target> {
        let src = SourceText::read(path)?;
        let mut t: Target = src.parse("target description")?;
        t.path = path.to_path_buf();
        t.validate()?;
        Ok(t)
    }

    /// The bundled description for `triple`.
    pub fn by_triple(triple: &str) -> Result<Target> {
        let dir = default_targets_dir();
        let path = dir.join(format!("{triple}.yaml"));
        if !path.is_file() {
            let known: Vec<String> = std::fs::read_dir(&dir)
                .map(|d| {
                    d.filter_map(|e| e.ok()?.path().file_stem().map(|s| s.to_string_lossy().into_owned()))
                        .collect()
                })
                .unwrap_or_default();
            return Err(Error::new(format!("unsupported target triple `{triple}`"))
                .help(format!("known targets: {} (add one as targets/<triple>.yaml)", known.join(", "))));
        }
        Target::load(&path)
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
