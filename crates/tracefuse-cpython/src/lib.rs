//! Reads a CPython 3.14 source tree the way CPython's own `Tools/jit` does, for tracefuse:
//! the tier-2 executor cases of `Python/executor_cases.c.h` ([`cases`]) and the uop
//! metadata of the generated headers ([`metadata`]), joined per uop into a
//! [`CpythonTree`]. [`CpythonTree::open`] checks the tree's layout, its version (3.14.x
//! only) and that it has been configured, and names every disagreement between cases and
//! metadata. The parsers take text and a file label and never panic, so they can be
//! fuzzed directly; [`CpythonTree::from_sources`] does the whole join without touching
//! the file system. [`import()`] writes the tree's cases as a tracefuse uop library.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)
)]

pub mod cases;
mod error;
pub mod expr;
mod expr_parser;
pub mod hook;
pub mod import;
mod lexer;
pub mod metadata;
mod preprocessor;
pub mod record;
pub mod segment;
mod tree;

pub use cases::{
    parse_executor_cases, parse_executor_file, CpyMacro, Directive, ExecutorCase, ExecutorFile, MacroUse,
    NotViable,
};
pub use error::{Error, Mismatch, ParseError, CONFIGURE_COMMAND};
pub use expr::{BinOp, Expr, Linear};
pub use import::{import, ImportReport, ImportedUop, StackCount};
pub use metadata::{
    At, Expansion, ExpansionPart, ExpansionSize, FlagDefs, Metadata, MetadataSources, Source, UopFlag,
    UopFlags, UopId, UopIds, UopMetadata,
};

pub use tree::{
    parse_py_version, CpythonTree, NotCompiled, NotCompiledReason, Operand, PyVersion, TreeSources, Uop,
    UopExit, EXECUTOR_CASES_C_H, JIT_TEMPLATE_C, OPCODE_IDS_H, OPCODE_METADATA_H, PATCHLEVEL_H,
    REQUIRED_FILES, UOP_IDS_H, UOP_METADATA_H,
};
