//! Errors. Every parser reports a [`ParseError`] naming the file (as the caller labelled
//! it), the 1-based line and what is wrong; [`Error`] adds the tree-level failures of
//! [`crate::CpythonTree::open`]: missing files, an unsupported version, an unconfigured
//! tree, I/O, and the mismatches between the executor cases and the uop metadata.

use std::fmt;
use std::path::PathBuf;

/// A parse failure at `file:line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The file as the caller named it (a path for files read from a tree).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// What is wrong, in words.
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(file: &str, line: u32, message: impl Into<String>) -> Self {
        ParseError { file: file.to_string(), line, message: message.into() }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// One disagreement between `executor_cases.c.h` and the uop metadata headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The uop concerned.
    pub uop: String,
    /// Where the evidence is: the case for a case without metadata, the metadata entry
    /// for metadata without a case.
    pub file: String,
    /// 1-based line in `file`.
    pub line: u32,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Why a CPython tree could not be opened.
#[derive(Debug)]
pub enum Error {
    /// The path is not a directory.
    NotADirectory { path: PathBuf },
    /// Files the reader needs are absent (paths relative to the tree).
    MissingFiles { root: PathBuf, missing: Vec<String> },
    /// A file could not be read, or is not UTF-8.
    Io { path: PathBuf, message: String },
    /// `Include/patchlevel.h` names a version other than 3.14.x.
    UnsupportedVersion { file: String, line: u32, version: String },
    /// There is no `pyconfig.h` where the tree's configuration should be.
    NotConfigured { dir: PathBuf },
    /// A header or the executor cases could not be parsed.
    Parse(ParseError),
    /// The cases and the metadata disagree; every disagreement is listed.
    Mismatch(Vec<Mismatch>),
}

/// The configure line the messages recommend.
pub const CONFIGURE_COMMAND: &str = "./configure --enable-experimental-jit=yes-off CC=clang-19";

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotADirectory { path } => {
                write!(f, "{}: not a directory (expected a CPython 3.14 source tree)", path.display())
            }
            Error::MissingFiles { root, missing } => {
                write!(
                    f,
                    "{}: not a CPython 3.14 source tree: missing {}",
                    root.display(),
                    missing.join(", ")
                )
            }
            Error::Io { path, message } => write!(f, "{}: {}", path.display(), message),
            Error::UnsupportedVersion { file, line, version } => write!(
                f,
                "{file}:{line}: CPython {version} is not supported: tracefuse reads CPython 3.14.x \
                 source trees only"
            ),
            Error::NotConfigured { dir } => write!(
                f,
                "{}: the tree has not been configured (no pyconfig.h): run `{}` in {} first \
                 (configuring is enough; CPython need not be built)",
                dir.display(),
                CONFIGURE_COMMAND,
                dir.display()
            ),
            Error::Parse(e) => e.fmt(f),
            Error::Mismatch(list) => {
                write!(f, "{} mismatch(es) between the executor cases and the uop metadata:", list.len())?;
                for m in list {
                    write!(f, "\n  {m}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<ParseError> for Error {
    fn from(e: ParseError) -> Self {
        Error::Parse(e)
    }
}
