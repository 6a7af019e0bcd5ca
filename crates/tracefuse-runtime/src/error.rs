//! Errors for everything a user controls: each names where (file, line) and what to do.
//!
//! Stages return `Result<T, Error>`; the CLI prints the error and exits non-zero. An
//! error never carries a Rust panic or an LLVM abort: those are bugs.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in the user's input something went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
}

impl Location {
    pub fn new(file: &Path, line: Option<usize>) -> Self {
        Location { file: file.to_path_buf(), line }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.file.display(), line),
            None => write!(f, "{}", self.file.display()),
        }
    }
}

/// A tracefuse error: what went wrong, where, and (when we know) what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub location: Option<Location>,
    pub message: String,
    pub help: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error { location: None, message: message.into(), help: None }
    }

    pub fn at(file: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        Error { location: Some(Location::new(file, line)), message: message.into(), help: None }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// An I/O failure on `path`.
    pub fn io(path: &Path, what: &str, err: std::io::Error) -> Self {
        Error::at(path, None, format!("cannot {what}: {err}"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.location {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
