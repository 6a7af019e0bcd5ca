//! A CPython tree as tracefuse reads it: the files it needs (`REQUIRED_FILES`), its
//! version, and its uops — the executor cases ([`crate::cases`]) joined with their
//! metadata ([`crate::metadata`]) into [`CpythonTree`], with every disagreement named and
//! the uops CPython's JIT does not compile listed with the reason.

use crate::cases::{parse_executor_file, CpyMacro, ExecutorCase, ExecutorFile, NotViable};
use crate::error::{Error, Mismatch, ParseError};
use crate::metadata::{ExpansionSize, Metadata, MetadataSources, Source, UopFlag, UopMetadata};

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `Include/patchlevel.h`: the version.
pub const PATCHLEVEL_H: &str = "Include/patchlevel.h";
/// `Include/opcode_ids.h`: tier-1 opcode numbers, which some uop ids reuse.
pub const OPCODE_IDS_H: &str = "Include/opcode_ids.h";
/// `Include/internal/pycore_uop_ids.h`.
pub const UOP_IDS_H: &str = "Include/internal/pycore_uop_ids.h";
/// `Include/internal/pycore_uop_metadata.h`.
pub const UOP_METADATA_H: &str = "Include/internal/pycore_uop_metadata.h";
/// `Include/internal/pycore_opcode_metadata.h`: flag bits and macro expansions.
pub const OPCODE_METADATA_H: &str = "Include/internal/pycore_opcode_metadata.h";
/// `Python/executor_cases.c.h`.
pub const EXECUTOR_CASES_C_H: &str = "Python/executor_cases.c.h";
/// `Tools/jit/template.c`: CPython's JIT template, which the next stage follows.
pub const JIT_TEMPLATE_C: &str = "Tools/jit/template.c";

/// The files a tree must have, relative to its root.
pub const REQUIRED_FILES: [&str; 7] = [
    PATCHLEVEL_H,
    OPCODE_IDS_H,
    UOP_IDS_H,
    UOP_METADATA_H,
    OPCODE_METADATA_H,
    EXECUTOR_CASES_C_H,
    JIT_TEMPLATE_C,
];

/// `PY_VERSION` from `Include/patchlevel.h`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyVersion {
    pub major: u32,
    pub minor: u32,
    pub micro: u32,
    /// The whole string, e.g. `3.14.7` or `3.14.0rc1+`.
    pub text: String,
    /// Line of the `#define PY_VERSION`.
    pub line: u32,
}

/// Reads `#define PY_VERSION "X.Y.Z..."`.
pub fn parse_py_version(file: &str, text: &str) -> Result<PyVersion, ParseError> {
    for (i, line) in text.lines().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let t = line.trim();
        let Some(rest) = t.strip_prefix('#').map(str::trim_start).and_then(|r| r.strip_prefix("define"))
        else {
            continue;
        };
        let mut words = rest.split_whitespace();
        if words.next() != Some("PY_VERSION") {
            continue;
        }
        let value = rest.trim_start().strip_prefix("PY_VERSION").unwrap_or("").trim();
        let bad = || {
            ParseError::new(file, n, format!("`PY_VERSION` must be a string like \"3.14.7\", not `{value}`"))
        };
        let s = value.strip_prefix('"').and_then(|v| v.split_once('"')).map(|(s, _)| s).ok_or_else(bad)?;
        let mut nums = s.splitn(3, '.').map(|p| {
            let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<u32>().ok()
        });
        let (Some(Some(major)), Some(Some(minor)), micro) = (nums.next(), nums.next(), nums.next()) else {
            return Err(bad());
        };
        return Ok(PyVersion {
            major,
            minor,
            micro: micro.flatten().unwrap_or(0),
            text: s.to_string(),
            line: n,
        });
    }
    Err(ParseError::new(
        file,
        u32::try_from(text.lines().count().max(1)).unwrap_or(u32::MAX),
        "no `#define PY_VERSION`",
    ))
}

/// One tier-2 uop: its case and its metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Uop {
    pub case: ExecutorCase,
    pub meta: UopMetadata,
}

impl Uop {
    pub fn name(&self) -> &str {
        &self.case.name
    }

    pub fn id(&self) -> u16 {
        self.meta.id
    }

    /// Items popped for this oparg.
    pub fn num_popped(&self, oparg: i64) -> Option<i64> {
        self.meta.num_popped.eval(oparg)
    }

    /// Items pushed for this oparg: the header's `_PyUop_num_pushed` if it has one,
    /// else popped plus the case's net `stack_pointer` adjustment. `None` for uops that
    /// switch frames (`LOAD_SP()`), where the adjustment says nothing.
    pub fn num_pushed(&self, oparg: i64) -> Option<i64> {
        if let Some(e) = &self.meta.num_pushed {
            return e.eval(oparg);
        }
        if self.case.uses(CpyMacro::LoadSp) {
            return None;
        }
        self.num_popped(oparg)?.checked_add(self.case.stack_adjustment.as_ref()?.eval(oparg)?)
    }
}

/// A way a uop leaves besides falling through to the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UopExit {
    /// `JUMP_TO_JUMP_TARGET()` in a uop with `HAS_DEOPT_FLAG` (a generated `DEOPT_IF`).
    Deopt,
    /// `JUMP_TO_JUMP_TARGET()` in a uop with `HAS_EXIT_FLAG` (a generated `EXIT_IF`).
    SideExit,
    /// `JUMP_TO_JUMP_TARGET()` in a uop with neither flag: the loop back edge of
    /// `_JUMP_TO_TOP`.
    JumpToTop,
    /// `JUMP_TO_ERROR()`.
    Error,
    /// `GOTO_TIER_ONE(...)`: back to the interpreter (`_DEOPT`, `_EXIT_TRACE`, …).
    TierOne,
    /// `GOTO_TIER_TWO(...)`: into another executor (`_EXIT_TRACE`).
    TierTwo,
}

/// A per-instruction value a uop's body reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operand {
    /// `CURRENT_OPARG()` outside asserts (replicated variants fix `oparg` instead).
    Oparg,
    /// `CURRENT_OPERAND0()`.
    Operand0,
    /// `CURRENT_OPERAND1()`.
    Operand1,
    /// `CURRENT_TARGET()`.
    Target,
}

impl Uop {
    /// The ways the uop leaves, in [`UopExit`] order.
    pub fn exits(&self) -> Vec<UopExit> {
        let c = &self.case;
        let f = &self.meta.flags;
        let mut out = Vec::new();
        if c.uses(CpyMacro::JumpToJumpTarget) {
            if f.contains(UopFlag::Deopt) {
                out.push(UopExit::Deopt);
            }
            if f.contains(UopFlag::Exit) {
                out.push(UopExit::SideExit);
            }
            if !f.contains(UopFlag::Deopt) && !f.contains(UopFlag::Exit) {
                out.push(UopExit::JumpToTop);
            }
        }
        for (m, e) in [
            (CpyMacro::JumpToError, UopExit::Error),
            (CpyMacro::GotoTierOne, UopExit::TierOne),
            (CpyMacro::GotoTierTwo, UopExit::TierTwo),
        ] {
            if c.uses(m) {
                out.push(e);
            }
        }
        out
    }

    /// The per-instruction values the body reads, in [`Operand`] order.
    pub fn operands(&self) -> Vec<Operand> {
        [
            (CpyMacro::CurrentOparg, Operand::Oparg),
            (CpyMacro::CurrentOperand0, Operand::Operand0),
            (CpyMacro::CurrentOperand1, Operand::Operand1),
            (CpyMacro::CurrentTarget, Operand::Target),
        ]
        .into_iter()
        .filter(|(m, _)| self.case.uses(*m))
        .map(|(_, o)| o)
        .collect()
    }
}

/// Why a uop the headers name has no case, when that is expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotCompiledReason {
    /// A tier-1 super-instruction's uop (`_LOAD_FAST_LOAD_FAST`): it has metadata, but
    /// traces hold its halves instead (`opcode`'s expansion is `into`, with
    /// `OPARG_TOP`/`OPARG_BOTTOM`), and the generator writes no case for it.
    SplitSuperinstruction { opcode: String, into: Vec<String> },
    /// Named in the expansions of `opcodes` but without metadata or case: tier-1 only
    /// (`_POP_JUMP_IF_FALSE`, `_FOR_ITER`); the optimizer replaces it when it records.
    TierOneOnly { opcodes: Vec<String> },
}

/// A uop with no case, and why that is fine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCompiled {
    pub name: String,
    pub reason: NotCompiledReason,
}

/// The texts of a tree's files and the labels errors use for them.
#[derive(Debug, Clone, Copy)]
pub struct TreeSources<'a> {
    pub patchlevel: Source<'a>,
    pub executor_cases: Source<'a>,
    pub metadata: MetadataSources<'a>,
}

/// A CPython 3.14 source tree, read and joined.
#[derive(Debug, Clone, PartialEq)]
pub struct CpythonTree {
    pub root: PathBuf,
    /// Where `pyconfig.h` is; `None` when opened with [`CpythonTree::open_unconfigured`].
    pub pyconfig_dir: Option<PathBuf>,
    pub version: PyVersion,
    /// Every case with its metadata, in file order: what CPython's JIT compiles.
    pub uops: Vec<Uop>,
    /// Uops the headers name that rightly have no case.
    pub not_compiled: Vec<NotCompiled>,
    /// The generator's `not a viable micro-op` notes.
    pub not_viable: Vec<NotViable>,
    pub metadata: Metadata,
}

enum Pyconfig<'a> {
    InTree,
    At(&'a Path),
    Skip,
}

impl CpythonTree {
    /// Opens a configured tree (`pyconfig.h` in `dir`, as an in-tree `./configure` writes).
    pub fn open(dir: impl AsRef<Path>) -> Result<CpythonTree, Error> {
        Self::open_impl(dir.as_ref(), Pyconfig::InTree)
    }

    /// Opens a tree configured out of tree: `pyconfig.h` is in `pyconfig_dir`.
    pub fn open_with_pyconfig(
        dir: impl AsRef<Path>,
        pyconfig_dir: impl AsRef<Path>,
    ) -> Result<CpythonTree, Error> {
        Self::open_impl(dir.as_ref(), Pyconfig::At(pyconfig_dir.as_ref()))
    }

    /// Reads a tree without requiring it to be configured: enough to inspect its uops,
    /// not to compile them.
    pub fn open_unconfigured(dir: impl AsRef<Path>) -> Result<CpythonTree, Error> {
        Self::open_impl(dir.as_ref(), Pyconfig::Skip)
    }

    fn open_impl(dir: &Path, pyconfig: Pyconfig<'_>) -> Result<CpythonTree, Error> {
        if !dir.is_dir() {
            return Err(Error::NotADirectory { path: dir.to_path_buf() });
        }
        let missing: Vec<String> =
            REQUIRED_FILES.iter().filter(|f| !dir.join(f).is_file()).map(|f| f.to_string()).collect();
        if !missing.is_empty() {
            return Err(Error::MissingFiles { root: dir.to_path_buf(), missing });
        }
        let read = |rel: &str| -> Result<(String, String), Error> {
            let path = dir.join(rel);
            let bytes =
                std::fs::read(&path).map_err(|e| Error::Io { path: path.clone(), message: e.to_string() })?;
            let text = String::from_utf8(bytes)
                .map_err(|e| Error::Io { path: path.clone(), message: format!("not UTF-8: {e}") })?;
            Ok((path.display().to_string(), text))
        };
        let patchlevel = read(PATCHLEVEL_H)?;
        check_version(&parse_py_version(&patchlevel.0, &patchlevel.1)?, &patchlevel.0)?;
        let pyconfig_dir = match pyconfig {
            Pyconfig::Skip => None,
            Pyconfig::InTree | Pyconfig::At(_) => {
                let p = match pyconfig {
                    Pyconfig::At(p) => p.to_path_buf(),
                    _ => dir.to_path_buf(),
                };
                if !p.join("pyconfig.h").is_file() {
                    return Err(Error::NotConfigured { dir: p });
                }
                Some(p)
            }
        };
        let cases = read(EXECUTOR_CASES_C_H)?;
        let opcode_ids = read(OPCODE_IDS_H)?;
        let uop_ids = read(UOP_IDS_H)?;
        let opcode_metadata = read(OPCODE_METADATA_H)?;
        let uop_metadata = read(UOP_METADATA_H)?;
        fn src(f: &(String, String)) -> Source<'_> {
            Source { file: f.0.as_str(), text: f.1.as_str() }
        }
        let sources = TreeSources {
            patchlevel: src(&patchlevel),
            executor_cases: src(&cases),
            metadata: MetadataSources {
                opcode_ids: src(&opcode_ids),
                uop_ids: src(&uop_ids),
                opcode_metadata: src(&opcode_metadata),
                uop_metadata: src(&uop_metadata),
            },
        };
        Self::from_sources(dir.to_path_buf(), pyconfig_dir, &sources)
    }

    /// Parses and joins a tree's texts without any file-system access.
    pub fn from_sources(
        root: PathBuf,
        pyconfig_dir: Option<PathBuf>,
        sources: &TreeSources<'_>,
    ) -> Result<CpythonTree, Error> {
        let version = parse_py_version(sources.patchlevel.file, sources.patchlevel.text)?;
        check_version(&version, sources.patchlevel.file)?;
        let metadata = Metadata::parse(&sources.metadata)?;
        let file = parse_executor_file(sources.executor_cases.file, sources.executor_cases.text)?;
        if file.cases.is_empty() {
            return Err(Error::Parse(ParseError::new(
                sources.executor_cases.file,
                1,
                "no `case _NAME: {` found",
            )));
        }
        let (uops, not_compiled) = join(sources.executor_cases.file, &file, &metadata)?;
        Ok(CpythonTree {
            root,
            pyconfig_dir,
            version,
            uops,
            not_compiled,
            not_viable: file.not_viable,
            metadata,
        })
    }

    /// The uop called `name`.
    pub fn uop(&self, name: &str) -> Option<&Uop> {
        self.uops.iter().find(|u| u.case.name == name)
    }

    /// The include directories CPython's JIT compiles a case with, in its order: the
    /// directory of `pyconfig.h` (the root when unconfigured), `Include`,
    /// `Include/internal`, `Include/internal/mimalloc`, `Python`, `Tools/jit`. Absolute
    /// (a library imported from a relative `--cpython` is used from other folders).
    pub fn include_dirs(&self) -> Vec<PathBuf> {
        let r = &self.root;
        let dirs = vec![
            self.pyconfig_dir.clone().unwrap_or_else(|| r.clone()),
            r.join("Include"),
            r.join("Include").join("internal"),
            r.join("Include").join("internal").join("mimalloc"),
            r.join("Python"),
            r.join("Tools").join("jit"),
        ];
        dirs.into_iter().map(|d| std::path::absolute(&d).unwrap_or(d)).collect()
    }
}

fn check_version(v: &PyVersion, file: &str) -> Result<(), Error> {
    if (v.major, v.minor) == (3, 14) {
        Ok(())
    } else {
        Err(Error::UnsupportedVersion { file: file.to_string(), line: v.line, version: v.text.clone() })
    }
}

/// Pairs every case with its metadata and accounts for every metadata uop.
fn join(cases_file: &str, file: &ExecutorFile, md: &Metadata) -> Result<(Vec<Uop>, Vec<NotCompiled>), Error> {
    let um = md.uop_metadata_file.as_str();
    let mut problems = Vec::new();
    let mut uops = Vec::new();
    let case_names: BTreeSet<&str> = file.cases.iter().map(|c| c.name.as_str()).collect();
    for case in &file.cases {
        match md.uops.get(&case.name) {
            Some(meta) => uops.push(Uop { case: case.clone(), meta: meta.clone() }),
            None => {
                let what = if md.uop_ids.ids.contains_key(&case.name) {
                    format!("has no entry in `_PyUop_Flags` ({um})")
                } else {
                    "has no id in pycore_uop_ids.h and no metadata".to_string()
                };
                problems.push(Mismatch {
                    uop: case.name.clone(),
                    file: cases_file.to_string(),
                    line: case.line,
                    message: format!("case `{}` {what}", case.name),
                });
            }
        }
    }
    let mut not_compiled = Vec::new();
    for meta in md.uops.values() {
        if case_names.contains(meta.name.as_str()) {
            continue;
        }
        if let Some(reason) = split_superinstruction(meta, md) {
            not_compiled.push(NotCompiled { name: meta.name.clone(), reason });
        } else {
            problems.push(Mismatch {
                uop: meta.name.clone(),
                file: um.to_string(),
                line: meta.line,
                message: format!(
                    "`{}` has metadata but no case in {cases_file}: CPython's JIT would have no stencil for it",
                    meta.name
                ),
            });
        }
    }
    for meta in md.uops.values().filter(|m| m.replication > 0) {
        for i in 0..meta.replication {
            let variant = format!("{}_{i}", meta.name);
            if !case_names.contains(variant.as_str()) {
                problems.push(Mismatch {
                    uop: meta.name.clone(),
                    file: um.to_string(),
                    line: meta.line,
                    message: format!(
                        "`{}` has replication {} in `_PyUop_Replication` but there is no case `{variant}`",
                        meta.name, meta.replication
                    ),
                });
            }
        }
    }
    let mut tier_one: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for e in md.expansions.values() {
        for p in &e.parts {
            if !md.uops.contains_key(&p.uop) && !case_names.contains(p.uop.as_str()) {
                let ops = tier_one.entry(p.uop.as_str()).or_default();
                if !ops.contains(&e.opcode) {
                    ops.push(e.opcode.clone());
                }
            }
        }
    }
    for (name, opcodes) in tier_one {
        not_compiled
            .push(NotCompiled { name: name.to_string(), reason: NotCompiledReason::TierOneOnly { opcodes } });
    }
    if problems.is_empty() {
        Ok((uops, not_compiled))
    } else {
        problems.sort_by(|a, b| (&a.file, a.line, &a.uop).cmp(&(&b.file, b.line, &b.uop)));
        Err(Error::Mismatch(problems))
    }
}

fn split_superinstruction(meta: &UopMetadata, md: &Metadata) -> Option<NotCompiledReason> {
    let opcode = meta.alias.as_ref()?;
    let e = md.expansions.get(opcode)?;
    let halves = !e.parts.is_empty()
        && e.parts.iter().all(|p| {
            p.uop != meta.name
                && matches!(&p.size, ExpansionSize::Named(n) if n == "OPARG_TOP" || n == "OPARG_BOTTOM")
        });
    halves.then(|| NotCompiledReason::SplitSuperinstruction {
        opcode: opcode.clone(),
        into: e.parts.iter().map(|p| p.uop.clone()).collect(),
    })
}
