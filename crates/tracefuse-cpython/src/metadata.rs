//! Parsers for the generated headers that describe CPython's uops:
//! `Include/opcode_ids.h` (tier-1 opcode numbers), `Include/internal/pycore_uop_ids.h`
//! (`#define _NAME ID`, where ID is a number or the name of the tier-1 opcode whose number
//! the uop shares), `Include/internal/pycore_opcode_metadata.h` (the `HAS_*_FLAG` bit
//! values and `_PyOpcode_macro_expansion`, which uops each instruction becomes) and
//! `Include/internal/pycore_uop_metadata.h` (`_PyUop_Flags`, `_PyUop_Replication`, the
//! uop name table and the `_PyUop_num_popped` switch; a `_PyUop_num_pushed` switch is read
//! too if a header has one — 3.14's does not). [`Metadata::parse`] joins them per uop and
//! checks that they agree. Every parser takes the text and a file label, reports
//! malformed input as a [`ParseError`] at `file:line`, and never panics.

use crate::error::ParseError;
use crate::expr::{parse_c_int, Expr};
use crate::lexer::Kind;
use std::collections::BTreeMap;
use std::fmt;

/// A file's text and the label errors use for it.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

/// A value and the 1-based line it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub line: u32,
}

/// The uop flags CPython 3.14 defines (`HAS_ARG_FLAG` …). Their bit values are read from
/// the tree's `pycore_opcode_metadata.h`, never assumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UopFlag {
    Arg,
    Const,
    Name,
    Jump,
    Free,
    Local,
    EvalBreak,
    Deopt,
    Error,
    Escapes,
    Exit,
    Pure,
    Passthrough,
    OpargAnd1,
    ErrorNoPop,
    NoSaveIp,
}

impl UopFlag {
    /// Every flag.
    pub const ALL: [UopFlag; 16] = [
        UopFlag::Arg,
        UopFlag::Const,
        UopFlag::Name,
        UopFlag::Jump,
        UopFlag::Free,
        UopFlag::Local,
        UopFlag::EvalBreak,
        UopFlag::Deopt,
        UopFlag::Error,
        UopFlag::Escapes,
        UopFlag::Exit,
        UopFlag::Pure,
        UopFlag::Passthrough,
        UopFlag::OpargAnd1,
        UopFlag::ErrorNoPop,
        UopFlag::NoSaveIp,
    ];

    /// The C name, e.g. `HAS_EVAL_BREAK_FLAG`.
    pub fn c_name(self) -> &'static str {
        match self {
            UopFlag::Arg => "HAS_ARG_FLAG",
            UopFlag::Const => "HAS_CONST_FLAG",
            UopFlag::Name => "HAS_NAME_FLAG",
            UopFlag::Jump => "HAS_JUMP_FLAG",
            UopFlag::Free => "HAS_FREE_FLAG",
            UopFlag::Local => "HAS_LOCAL_FLAG",
            UopFlag::EvalBreak => "HAS_EVAL_BREAK_FLAG",
            UopFlag::Deopt => "HAS_DEOPT_FLAG",
            UopFlag::Error => "HAS_ERROR_FLAG",
            UopFlag::Escapes => "HAS_ESCAPES_FLAG",
            UopFlag::Exit => "HAS_EXIT_FLAG",
            UopFlag::Pure => "HAS_PURE_FLAG",
            UopFlag::Passthrough => "HAS_PASSTHROUGH_FLAG",
            UopFlag::OpargAnd1 => "HAS_OPARG_AND_1_FLAG",
            UopFlag::ErrorNoPop => "HAS_ERROR_NO_POP_FLAG",
            UopFlag::NoSaveIp => "HAS_NO_SAVE_IP_FLAG",
        }
    }

    /// The flag with this C name.
    pub fn from_c_name(name: &str) -> Option<UopFlag> {
        UopFlag::ALL.into_iter().find(|f| f.c_name() == name)
    }

    fn mask(self) -> u32 {
        1u32 << (self as u32)
    }
}

/// A set of [`UopFlag`]s, with the value CPython computes for it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UopFlags {
    set: u32,
    cpython: u32,
}

impl UopFlags {
    /// Whether `f` is in the set.
    pub fn contains(&self, f: UopFlag) -> bool {
        self.set & f.mask() != 0
    }

    /// The flags, in [`UopFlag::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = UopFlag> + '_ {
        UopFlag::ALL.into_iter().filter(|f| self.contains(*f))
    }

    pub fn is_empty(&self) -> bool {
        self.set == 0
    }

    /// The `_PyUop_Flags` value: the OR of the header's bit values.
    pub fn cpython_bits(&self) -> u32 {
        self.cpython
    }
}

impl fmt::Display for UopFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("0");
        }
        let names: Vec<&str> = self.iter().map(UopFlag::c_name).collect();
        f.write_str(&names.join(" | "))
    }
}

/// The `#define HAS_*_FLAG (N)` lines of `pycore_opcode_metadata.h`, by name. Names that
/// [`UopFlag`] does not know are kept, so a uop using one can be reported precisely.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FlagDefs {
    pub file: String,
    pub defs: BTreeMap<String, At<u32>>,
}

impl FlagDefs {
    /// The header's bit value for a known flag.
    pub fn bit(&self, f: UopFlag) -> Option<u32> {
        self.defs.get(f.c_name()).map(|d| d.value)
    }
}

/// One uop id from `pycore_uop_ids.h`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UopId {
    pub id: u16,
    pub line: u32,
    /// The tier-1 opcode the uop shares its number with (`#define _NOP NOP`).
    pub alias: Option<String>,
}

/// `pycore_uop_ids.h`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UopIds {
    pub ids: BTreeMap<String, UopId>,
    pub max_uop_id: u16,
}

/// How a uop of an instruction's expansion gets its operand: a cache entry of `size`
/// code units, or a named rule (`OPARG_SIMPLE`, `OPARG_TOP`, `OPARG_BOTTOM`,
/// `OPARG_REPLACED`, `OPARG_SAVE_RETURN_OFFSET`, `OPERAND1_1` in 3.14).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExpansionSize {
    Cache(u32),
    Named(String),
}

/// One uop of an instruction's expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpansionPart {
    pub uop: String,
    pub size: ExpansionSize,
    /// Offset of the operand in the instruction's inline cache, in code units.
    pub offset: u32,
}

/// A `_PyOpcode_macro_expansion` entry: the uops a tier-1 instruction becomes in a trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub opcode: String,
    pub line: u32,
    pub parts: Vec<ExpansionPart>,
}

/// The tables of `pycore_uop_metadata.h`, by uop name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UopMetadataTables {
    pub flags: BTreeMap<String, At<UopFlags>>,
    pub replication: BTreeMap<String, At<u8>>,
    /// Lines of the `_PyOpcode_uop_name` entries (each checked to name its own key).
    pub names: BTreeMap<String, u32>,
    pub num_popped: BTreeMap<String, At<Expr>>,
    /// `None` when the header has no `_PyUop_num_pushed` (CPython 3.14).
    pub num_pushed: Option<BTreeMap<String, At<Expr>>>,
}

/// Everything the headers say about one uop that has flags.
#[derive(Debug, Clone, PartialEq)]
pub struct UopMetadata {
    pub name: String,
    pub id: u16,
    /// The tier-1 opcode whose number the uop shares, if any.
    pub alias: Option<String>,
    pub flags: UopFlags,
    /// `_PyUop_Replication`: how many `_NAME_0`… variants with a constant oparg exist.
    pub replication: u8,
    /// Stack items the uop pops, in terms of oparg.
    pub num_popped: Expr,
    /// Stack items the uop pushes, if the header says (3.14's does not; see
    /// [`crate::Uop::num_pushed`]).
    pub num_pushed: Option<Expr>,
    /// Line of the `_PyUop_Flags` entry.
    pub line: u32,
}

/// The four headers' labels and texts.
#[derive(Debug, Clone, Copy)]
pub struct MetadataSources<'a> {
    /// `Include/opcode_ids.h`.
    pub opcode_ids: Source<'a>,
    /// `Include/internal/pycore_uop_ids.h`.
    pub uop_ids: Source<'a>,
    /// `Include/internal/pycore_opcode_metadata.h`.
    pub opcode_metadata: Source<'a>,
    /// `Include/internal/pycore_uop_metadata.h`.
    pub uop_metadata: Source<'a>,
}

/// The uop metadata of a tree, joined per uop and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub opcode_ids: BTreeMap<String, u16>,
    pub uop_ids: UopIds,
    pub flag_defs: FlagDefs,
    /// Uops with a `_PyUop_Flags` entry, by name.
    pub uops: BTreeMap<String, UopMetadata>,
    /// `_PyOpcode_macro_expansion`, by opcode name.
    pub expansions: BTreeMap<String, Expansion>,
    /// Label of `pycore_uop_metadata.h`, for messages.
    pub uop_metadata_file: String,
}

impl Metadata {
    /// Parses the four headers and joins them; any disagreement between them is an error
    /// naming the entry's file and line.
    pub fn parse(src: &MetadataSources<'_>) -> Result<Metadata, ParseError> {
        let opcode_ids = parse_opcode_ids(src.opcode_ids.file, src.opcode_ids.text)?;
        let uop_ids = parse_uop_ids(src.uop_ids.file, src.uop_ids.text, &opcode_ids)?;
        let flag_defs = parse_flag_defs(src.opcode_metadata.file, src.opcode_metadata.text)?;
        let expansions = parse_macro_expansions(src.opcode_metadata.file, src.opcode_metadata.text)?;
        let t = parse_uop_metadata(src.uop_metadata.file, src.uop_metadata.text, &flag_defs)?;
        let um = src.uop_metadata.file;
        let ids_file = src.uop_ids.file;

        let mut uops = BTreeMap::new();
        for (name, flags) in &t.flags {
            let err = |what: &str| {
                ParseError::new(um, flags.line, format!("`{name}` has an entry in `_PyUop_Flags` but {what}"))
            };
            let id =
                uop_ids.ids.get(name).ok_or_else(|| err(&format!("no `#define {name}` in {ids_file}")))?;
            if !t.names.contains_key(name) {
                return Err(err("none in `_PyOpcode_uop_name`"));
            }
            let popped = t.num_popped.get(name).ok_or_else(|| err("no case in `_PyUop_num_popped`"))?;
            let pushed = match &t.num_pushed {
                None => None,
                Some(map) => {
                    Some(map.get(name).ok_or_else(|| err("no case in `_PyUop_num_pushed`"))?.value.clone())
                }
            };
            uops.insert(
                name.clone(),
                UopMetadata {
                    name: name.clone(),
                    id: id.id,
                    alias: id.alias.clone(),
                    flags: flags.value,
                    replication: t.replication.get(name).map_or(0, |r| r.value),
                    num_popped: popped.value.clone(),
                    num_pushed: pushed,
                    line: flags.line,
                },
            );
        }
        let orphans = t
            .replication
            .iter()
            .map(|(n, a)| (n, a.line, "_PyUop_Replication"))
            .chain(t.names.iter().map(|(n, l)| (n, *l, "_PyOpcode_uop_name")))
            .chain(t.num_popped.iter().map(|(n, a)| (n, a.line, "_PyUop_num_popped")))
            .chain(t.num_pushed.iter().flatten().map(|(n, a)| (n, a.line, "_PyUop_num_pushed")));
        for (name, line, table) in orphans {
            if !t.flags.contains_key(name) {
                return Err(ParseError::new(
                    um,
                    line,
                    format!("`{name}` is in `{table}` but has no entry in `_PyUop_Flags`"),
                ));
            }
        }
        let om = src.opcode_metadata.file;
        for e in expansions.values() {
            if !opcode_ids.contains_key(&e.opcode) {
                return Err(ParseError::new(
                    om,
                    e.line,
                    format!(
                        "`_PyOpcode_macro_expansion` has an entry for `{}`, which is not an opcode in {}",
                        e.opcode, src.opcode_ids.file
                    ),
                ));
            }
            for p in &e.parts {
                if !uop_ids.ids.contains_key(&p.uop) {
                    return Err(ParseError::new(
                        om,
                        e.line,
                        format!(
                            "the expansion of `{}` names `{}`, which has no id in {ids_file}",
                            e.opcode, p.uop
                        ),
                    ));
                }
            }
        }
        Ok(Metadata { opcode_ids, uop_ids, flag_defs, uops, expansions, uop_metadata_file: um.to_string() })
    }
}

/// Source text with comments blanked (newlines kept), split into trimmed lines with their
/// 1-based numbers.
fn code_lines(file: &str, text: &str) -> Result<Vec<(u32, String)>, ParseError> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut line = 1u32;
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if c == '\n' {
            line = line.saturating_add(1);
            quote = None; // literals do not span lines here; the entry parsers judge them
            out.push(c);
            continue;
        }
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next_if(|n| *n != '\n') {
                    out.push(n);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => while chars.next_if(|n| *n != '\n').is_some() {},
            '/' if chars.peek() == Some(&'*') => {
                let start = line;
                chars.next();
                let mut prev = ' ';
                loop {
                    match chars.next() {
                        None => {
                            return Err(ParseError::new(
                                file,
                                start,
                                "unterminated comment: `/*` has no closing `*/`",
                            ))
                        }
                        Some('\n') => {
                            line = line.saturating_add(1);
                            out.push('\n');
                            prev = '\n';
                        }
                        Some('/') if prev == '*' => break,
                        Some(n) => prev = n,
                    }
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    Ok(out
        .lines()
        .enumerate()
        .map(|(i, l)| (u32::try_from(i + 1).unwrap_or(u32::MAX), l.trim().to_string()))
        .collect())
}

/// `#define NAME VALUE` split into name and value (value may be empty); `None` for other
/// lines.
fn define(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('#')?.trim_start().strip_prefix("define")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
    let name = rest.get(..name_len)?;
    let value = rest.get(name_len..)?.trim();
    Some((name, value))
}

fn is_ident(s: &str) -> bool {
    s.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic())
        && s.chars().all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// Lines allowed outside definitions in the id headers: blank, the `extern "C"` wrapper.
fn is_wrapper_line(line: &str) -> bool {
    line.is_empty() || line == "}" || line.replace(' ', "") == "extern\"C\"{"
}

fn last_line(lines: &[(u32, String)]) -> u32 {
    lines.last().map_or(1, |l| l.0)
}

/// Parses `Include/opcode_ids.h`: `#define NAME NUMBER`, by name.
pub fn parse_opcode_ids(file: &str, text: &str) -> Result<BTreeMap<String, u16>, ParseError> {
    let mut out = BTreeMap::new();
    for (n, line) in code_lines(file, text)? {
        if line.starts_with('#') {
            let Some((name, value)) = define(&line) else { continue };
            let Some(v) = parse_c_int(value) else { continue };
            let v = u16::try_from(v)
                .map_err(|_| ParseError::new(file, n, format!("opcode `{name}` = {v} is out of range")))?;
            if out.insert(name.to_string(), v).is_some() {
                return Err(ParseError::new(file, n, format!("`{name}` is defined twice")));
            }
        } else if !is_wrapper_line(&line) {
            return Err(ParseError::new(
                file,
                n,
                format!("unexpected text `{line}`: expected `#define NAME NUMBER`"),
            ));
        }
    }
    Ok(out)
}

/// Parses `pycore_uop_ids.h`. A value that names an opcode resolves through `opcodes`
/// (from [`parse_opcode_ids`]); one that names an earlier uop resolves to its id.
pub fn parse_uop_ids(file: &str, text: &str, opcodes: &BTreeMap<String, u16>) -> Result<UopIds, ParseError> {
    let lines = code_lines(file, text)?;
    let mut ids: BTreeMap<String, UopId> = BTreeMap::new();
    let mut by_value: BTreeMap<u16, String> = BTreeMap::new();
    let mut max: Option<(u16, u32)> = None;
    for (n, line) in &lines {
        let n = *n;
        if !line.starts_with('#') {
            if !is_wrapper_line(line) {
                return Err(ParseError::new(
                    file,
                    n,
                    format!("unexpected text `{line}`: expected `#define _NAME ID`"),
                ));
            }
            continue;
        }
        let Some((name, value)) = define(line) else { continue };
        if name == "MAX_UOP_ID" {
            let v = parse_c_int(value).and_then(|v| u16::try_from(v).ok()).ok_or_else(|| {
                ParseError::new(file, n, format!("`MAX_UOP_ID` must be a number up to 65535, not `{value}`"))
            })?;
            max = Some((v, n));
            continue;
        }
        if !name.starts_with('_') || value.is_empty() {
            continue; // include guards and the like
        }
        let (id, alias) = if let Some(v) = parse_c_int(value) {
            let v = u16::try_from(v)
                .map_err(|_| ParseError::new(file, n, format!("id of `{name}` ({v}) is out of range")))?;
            (v, None)
        } else if let Some(v) = opcodes.get(value) {
            (*v, Some(value.to_string()))
        } else if let Some(u) = ids.get(value) {
            (u.id, u.alias.clone())
        } else {
            return Err(ParseError::new(
                file,
                n,
                format!("`{name}` is defined as `{value}`, which is neither a number, an opcode in opcode_ids.h nor an earlier uop"),
            ));
        };
        if let Some(old) = ids.get(name) {
            return Err(ParseError::new(
                file,
                n,
                format!("`{name}` is defined twice (first at line {})", old.line),
            ));
        }
        if let Some(other) = by_value.get(&id) {
            return Err(ParseError::new(file, n, format!("`{name}` has id {id}, like `{other}`")));
        }
        by_value.insert(id, name.to_string());
        ids.insert(name.to_string(), UopId { id, line: n, alias });
    }
    let Some((max_uop_id, max_line)) = max else {
        return Err(ParseError::new(file, last_line(&lines), "no `#define MAX_UOP_ID`"));
    };
    if let Some((id, name)) = by_value.last_key_value() {
        if *id > max_uop_id {
            return Err(ParseError::new(
                file,
                max_line,
                format!("`MAX_UOP_ID` is {max_uop_id} but `{name}` has id {id}"),
            ));
        }
    }
    Ok(UopIds { ids, max_uop_id })
}

/// Reads the `#define HAS_*_FLAG (N)` lines of `pycore_opcode_metadata.h`. Each value must
/// be a distinct single bit.
pub fn parse_flag_defs(file: &str, text: &str) -> Result<FlagDefs, ParseError> {
    let lines = code_lines(file, text)?;
    let mut defs: BTreeMap<String, At<u32>> = BTreeMap::new();
    for (n, line) in &lines {
        let Some((name, value)) = define(line) else { continue };
        if !(name.starts_with("HAS_") && name.ends_with("_FLAG")) {
            continue;
        }
        let inner = value.strip_prefix('(').and_then(|v| v.strip_suffix(')')).unwrap_or(value);
        let v = parse_c_int(inner)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| v.is_power_of_two())
            .ok_or_else(|| {
                ParseError::new(file, *n, format!("`{name}` must be a single bit, not `{value}`"))
            })?;
        if let Some((other, _)) = defs.iter().find(|(_, d)| d.value == v) {
            return Err(ParseError::new(file, *n, format!("`{name}` has the same bit ({v}) as `{other}`")));
        }
        if defs.insert(name.to_string(), At { value: v, line: *n }).is_some() {
            return Err(ParseError::new(file, *n, format!("`{name}` is defined twice")));
        }
    }
    if defs.is_empty() {
        return Err(ParseError::new(
            file,
            last_line(&lines),
            "no `#define HAS_*_FLAG` lines: tracefuse reads the uop flag bits from this header",
        ));
    }
    Ok(FlagDefs { file: file.to_string(), defs })
}

/// The index of the line that opens the definition of array `name` (`... name[...] = {`).
fn find_table(lines: &[(u32, String)], name: &str) -> Option<usize> {
    let needle = format!("{name}[");
    lines.iter().position(|(_, l)| {
        !l.starts_with("extern")
            && l.find(&needle).is_some_and(|p| {
                p == 0 || !l.get(..p).unwrap_or("").ends_with(|c: char| c == '_' || c.is_ascii_alphanumeric())
            })
            && l.replace(' ', "").ends_with("={")
    })
}

struct Entry {
    key: String,
    value: String,
    line: u32,
}

/// Reads `[KEY] = VALUE,` lines from the line after `start` up to `};`.
fn table_entries(
    file: &str,
    lines: &[(u32, String)],
    start: usize,
    name: &str,
) -> Result<Vec<Entry>, ParseError> {
    let open_line = lines.get(start).map_or(1, |l| l.0);
    let mut out: Vec<Entry> = Vec::new();
    for (n, line) in lines.iter().skip(start + 1) {
        if line.is_empty() {
            continue;
        }
        if line == "};" {
            return Ok(out);
        }
        let bad = |what: &str| ParseError::new(file, *n, format!("in `{name}`: {what}"));
        if line.starts_with('#') {
            return Err(bad("preprocessor lines inside the table are not supported"));
        }
        let inner = line
            .strip_prefix('[')
            .ok_or_else(|| bad(&format!("expected `[NAME] = VALUE,`, found `{line}`")))?;
        let (key, rest) = inner.split_once(']').ok_or_else(|| bad("missing `]`"))?;
        let key = key.trim();
        if !is_ident(key) {
            return Err(bad(&format!("`{key}` is not a name")));
        }
        let value = rest
            .trim_start()
            .strip_prefix('=')
            .ok_or_else(|| bad(&format!("expected `=` after `[{key}]`")))?;
        let value = value.trim();
        let value = value.strip_suffix(',').unwrap_or(value).trim();
        if value.is_empty() {
            return Err(bad(&format!("`[{key}]` has no value")));
        }
        if let Some(first) = out.iter().find(|e| e.key == key) {
            return Err(bad(&format!("`{key}` appears twice (first at line {})", first.line)));
        }
        out.push(Entry { key: key.to_string(), value: value.to_string(), line: *n });
    }
    Err(ParseError::new(file, open_line, format!("table `{name}` is not closed by `}};`")))
}

fn required_table(file: &str, lines: &[(u32, String)], name: &str) -> Result<Vec<Entry>, ParseError> {
    let start = find_table(lines, name).ok_or_else(|| {
        ParseError::new(file, last_line(lines), format!("no definition of the table `{name}`"))
    })?;
    table_entries(file, lines, start, name)
}

/// Reads the `switch (opcode) { case NAME: return EXPR; ... }` function `name` (such as
/// `_PyUop_num_popped`). `Ok(None)` if there is no such function definition.
pub fn parse_stack_effect_fn(
    file: &str,
    text: &str,
    name: &str,
) -> Result<Option<BTreeMap<String, At<Expr>>>, ParseError> {
    let lines = code_lines(file, text)?;
    stack_effect_fn(file, &lines, name)
}

fn stack_effect_fn(
    file: &str,
    lines: &[(u32, String)],
    name: &str,
) -> Result<Option<BTreeMap<String, At<Expr>>>, ParseError> {
    let needle = format!("{name}(");
    let Some(start) = lines.iter().position(|(_, l)| {
        !l.starts_with("extern")
            && !l.ends_with(';')
            && l.find(&needle).is_some_and(|p| p > 0 && l.get(..p).unwrap_or("").ends_with(' '))
    }) else {
        return Ok(None);
    };
    let fn_line = lines.get(start).map_or(1, |l| l.0);
    let mut rest = lines.iter().skip(start + 1).filter(|(_, l)| !l.is_empty());
    let header_has_brace = lines.get(start).is_some_and(|(_, l)| l.ends_with('{'));
    if !header_has_brace {
        match rest.next() {
            Some((_, l)) if l == "{" => {}
            Some((n, l)) => {
                return Err(ParseError::new(file, *n, format!("in `{name}`: expected `{{`, found `{l}`")))
            }
            None => return Err(ParseError::new(file, fn_line, format!("`{name}` has no body"))),
        }
    }
    match rest.next() {
        Some((_, l)) if l.replace(' ', "") == "switch(opcode){" => {}
        Some((n, l)) => {
            return Err(ParseError::new(
                file,
                *n,
                format!("in `{name}`: expected `switch (opcode) {{`, found `{l}`"),
            ))
        }
        None => return Err(ParseError::new(file, fn_line, format!("`{name}` has no body"))),
    }
    let mut out: BTreeMap<String, At<Expr>> = BTreeMap::new();
    let mut pending: Vec<(String, u32)> = Vec::new();
    let mut in_default = false;
    for (n, line) in rest.by_ref() {
        let n = *n;
        let bad = |what: String| ParseError::new(file, n, format!("in `{name}`: {what}"));
        let mut s = line.as_str();
        if s == "}" {
            if let Some((case, l)) = pending.first() {
                return Err(ParseError::new(
                    file,
                    *l,
                    format!("in `{name}`: `case {case}:` has no `return`"),
                ));
            }
            // The function's own closing brace must follow.
            return match lines.iter().skip_while(|(m, _)| *m <= n).find(|(_, l)| !l.is_empty()) {
                Some((_, l)) if l == "}" => Ok(Some(out)),
                Some((m, l)) => {
                    Err(ParseError::new(file, *m, format!("in `{name}`: expected `}}`, found `{l}`")))
                }
                None => Err(ParseError::new(file, n, format!("`{name}` is not closed"))),
            };
        }
        while let Some(after) = s.strip_prefix("case").filter(|a| a.starts_with(char::is_whitespace)) {
            let (key, after) =
                after.split_once(':').ok_or_else(|| bad(format!("expected `:` in `{line}`")))?;
            let key = key.trim();
            if !is_ident(key) {
                return Err(bad(format!("`{key}` is not a name")));
            }
            if in_default {
                return Err(bad(format!("`case {key}:` follows `default:`")));
            }
            pending.push((key.to_string(), n));
            s = after.trim_start();
        }
        if let Some(after) = s.strip_prefix("default") {
            let after =
                after.trim_start().strip_prefix(':').ok_or_else(|| bad("expected `default:`".into()))?;
            if !pending.is_empty() {
                return Err(bad("`default:` shares a return with a case".into()));
            }
            in_default = true;
            s = after.trim_start();
        }
        if s.is_empty() {
            continue;
        }
        let expr_text = s
            .strip_prefix("return")
            .filter(|r| r.starts_with(char::is_whitespace))
            .and_then(|r| r.trim().strip_suffix(';'))
            .ok_or_else(|| bad(format!("expected `case NAME:` or `return EXPR;`, found `{s}`")))?;
        let expr = Expr::parse(expr_text)
            .map_err(|m| bad(format!("bad stack effect `{}`: {m}", expr_text.trim())))?;
        if pending.is_empty() {
            if in_default {
                in_default = false;
                continue;
            }
            return Err(bad(format!("`return {}` has no `case` before it", expr_text.trim())));
        }
        for (key, l) in pending.drain(..) {
            if out.contains_key(&key) {
                return Err(ParseError::new(file, l, format!("in `{name}`: `case {key}:` appears twice")));
            }
            out.insert(key, At { value: expr.clone(), line: l });
        }
    }
    Err(ParseError::new(file, fn_line, format!("`{name}` is not closed: end of file inside its switch")))
}

/// Parses the tables of `pycore_uop_metadata.h`, decoding flag names with `flags` (from
/// [`parse_flag_defs`]).
pub fn parse_uop_metadata(
    file: &str,
    text: &str,
    flag_defs: &FlagDefs,
) -> Result<UopMetadataTables, ParseError> {
    let lines = code_lines(file, text)?;
    let mut t = UopMetadataTables::default();
    for e in required_table(file, &lines, "_PyUop_Flags")? {
        let mut flags = UopFlags::default();
        if e.value != "0" {
            for part in e.value.split('|').map(str::trim) {
                let bad = |what: String| ParseError::new(file, e.line, what);
                let def = flag_defs.defs.get(part).ok_or_else(|| {
                    bad(format!(
                        "unknown flag `{part}` in the `_PyUop_Flags` entry for `{}`: it is not defined in {}",
                        e.key, flag_defs.file
                    ))
                })?;
                let f = UopFlag::from_c_name(part).ok_or_else(|| {
                    bad(format!(
                        "flag `{part}` of `{}` (defined at {}:{}) is not one tracefuse knows",
                        e.key, flag_defs.file, def.line
                    ))
                })?;
                flags.set |= f.mask();
                flags.cpython |= def.value;
            }
        }
        t.flags.insert(e.key, At { value: flags, line: e.line });
    }
    if let Some(start) = find_table(&lines, "_PyUop_Replication") {
        for e in table_entries(file, &lines, start, "_PyUop_Replication")? {
            let v = parse_c_int(&e.value).and_then(|v| u8::try_from(v).ok()).ok_or_else(|| {
                ParseError::new(
                    file,
                    e.line,
                    format!("replication of `{}` must be 0..255, not `{}`", e.key, e.value),
                )
            })?;
            t.replication.insert(e.key, At { value: v, line: e.line });
        }
    }
    for e in required_table(file, &lines, "_PyOpcode_uop_name")? {
        let named = e.value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
        if named != Some(e.key.as_str()) {
            return Err(ParseError::new(
                file,
                e.line,
                format!("the name of `{}` is given as `{}`, expected `\"{}\"`", e.key, e.value, e.key),
            ));
        }
        t.names.insert(e.key, e.line);
    }
    t.num_popped = stack_effect_fn(file, &lines, "_PyUop_num_popped")?
        .ok_or_else(|| ParseError::new(file, last_line(&lines), "no definition of `_PyUop_num_popped`"))?;
    t.num_pushed = stack_effect_fn(file, &lines, "_PyUop_num_pushed")?;
    Ok(t)
}

/// Parses `_PyOpcode_macro_expansion` in `pycore_opcode_metadata.h`, by opcode name.
pub fn parse_macro_expansions(file: &str, text: &str) -> Result<BTreeMap<String, Expansion>, ParseError> {
    let lines = code_lines(file, text)?;
    let mut out = BTreeMap::new();
    for e in required_table(file, &lines, "_PyOpcode_macro_expansion")? {
        let parts = expansion_value(&e.value).map_err(|m| {
            ParseError::new(file, e.line, format!("in `_PyOpcode_macro_expansion`, entry `{}`: {m}", e.key))
        })?;
        out.insert(e.key.clone(), Expansion { opcode: e.key, line: e.line, parts });
    }
    Ok(out)
}

/// `{ .nuops = N, .uops = { { _UOP, SIZE, OFFSET }, ... } }`
fn expansion_value(v: &str) -> Result<Vec<ExpansionPart>, String> {
    let mut toks: Vec<String> = Vec::new();
    for t in crate::lexer::lex("", v).map_err(|e| e.message)? {
        let text = t.text(v);
        match t.kind {
            Kind::Ident | Kind::Number => toks.push(text.to_string()),
            Kind::Punct if ["{", "}", ".", ",", "="].contains(&text) => toks.push(text.to_string()),
            Kind::Comment => {}
            _ => return Err(format!("unexpected `{text}`")),
        }
    }
    let mut pos = 0usize;
    let mut next = || {
        let t = toks.get(pos).cloned().unwrap_or_default();
        pos += 1;
        t
    };
    let expect = |want: &str, got: String| {
        if got == want {
            Ok(())
        } else {
            Err(format!("expected `{want}`, found `{got}`"))
        }
    };
    expect("{", next())?;
    expect(".", next())?;
    expect("nuops", next())?;
    expect("=", next())?;
    let nuops = next();
    let nuops: usize = nuops.parse().map_err(|_| format!("`.nuops` must be a number, not `{nuops}`"))?;
    expect(",", next())?;
    expect(".", next())?;
    expect("uops", next())?;
    expect("=", next())?;
    expect("{", next())?;
    let mut parts = Vec::new();
    loop {
        let t = next();
        if t == "}" {
            break;
        }
        expect("{", t)?;
        let uop = next();
        if !is_ident(&uop) {
            return Err(format!("`{uop}` is not a uop name"));
        }
        expect(",", next())?;
        let size = next();
        let size = match parse_c_int(&size) {
            Some(n) => ExpansionSize::Cache(u32::try_from(n).map_err(|_| format!("bad size `{size}`"))?),
            None if is_ident(&size) => ExpansionSize::Named(size),
            None => return Err(format!("bad size `{size}`")),
        };
        expect(",", next())?;
        let offset = next();
        let offset = parse_c_int(&offset)
            .and_then(|o| u32::try_from(o).ok())
            .ok_or_else(|| format!("bad offset `{offset}`"))?;
        expect("}", next())?;
        parts.push(ExpansionPart { uop, size, offset });
        let sep = next();
        if sep == "}" {
            break;
        }
        expect(",", sep)?;
    }
    expect("}", next())?;
    let tail = next();
    if !tail.is_empty() {
        return Err(format!("unexpected `{tail}` after the entry"));
    }
    if parts.len() != nuops {
        return Err(format!("`.nuops` is {nuops} but {} uops are listed", parts.len()));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion_entries() {
        let parts =
            expansion_value("{ .nuops = 2, .uops = { { _A, OPARG_TOP, 0 }, { _B, 4, 1 } } }").unwrap();
        assert_eq!(
            parts,
            [
                ExpansionPart { uop: "_A".into(), size: ExpansionSize::Named("OPARG_TOP".into()), offset: 0 },
                ExpansionPart { uop: "_B".into(), size: ExpansionSize::Cache(4), offset: 1 },
            ]
        );
        assert!(expansion_value("{ .nuops = 3, .uops = { { _A, 0, 0 } } }").unwrap_err().contains("3"));
        assert!(expansion_value("{ .nuops = 1, .uops = { { _A, 0, 0 }").is_err());
        assert!(expansion_value("").is_err());
    }

    #[test]
    fn stack_effect_switch() {
        let text = "int f(int opcode, int oparg)\n{\n    switch(opcode) {\n        case _A:\n        case _B:\n            \
                    return 2 + oparg;\n        case _C: return 0;\n        default:\n            return -1;\n    }\n}\n";
        let m = parse_stack_effect_fn("m.h", text, "f").unwrap().unwrap();
        assert_eq!(m["_A"].value.to_string(), "2 + oparg");
        assert_eq!(m["_B"].line, 5);
        assert_eq!(m["_C"].value, Expr::Int(0));
        assert_eq!(parse_stack_effect_fn("m.h", text, "g").unwrap(), None);
        let bad = text.replace("return 2 + oparg;", "return 2 + x;");
        assert_eq!(
            parse_stack_effect_fn("m.h", &bad, "f").unwrap_err().to_string(),
            "m.h:6: in `f`: bad stack effect `2 + x`: unknown name `x` (only `oparg` may appear)"
        );
        let open = text.replace("    }\n}\n", "");
        assert!(parse_stack_effect_fn("m.h", &open, "f")
            .unwrap_err()
            .to_string()
            .starts_with("m.h:1: `f` is not closed"));
    }

    #[test]
    fn ids_resolve_aliases() {
        let ops = parse_opcode_ids("o.h", "#define NOP 27\n").unwrap();
        let ids =
            parse_uop_ids("u.h", "#define _NOP NOP\n#define _X 300\n#define MAX_UOP_ID 300\n", &ops).unwrap();
        assert_eq!(ids.ids["_NOP"], UopId { id: 27, line: 1, alias: Some("NOP".into()) });
        assert_eq!(ids.max_uop_id, 300);
        let e = parse_uop_ids("u.h", "#define _Y FOO\n#define MAX_UOP_ID 1\n", &ops).unwrap_err();
        assert!(e.to_string().starts_with("u.h:1: `_Y` is defined as `FOO`"), "{e}");
        let e = parse_uop_ids("u.h", "#define _Y 301\n#define MAX_UOP_ID 300\n", &ops).unwrap_err();
        assert_eq!(e.to_string(), "u.h:2: `MAX_UOP_ID` is 300 but `_Y` has id 301");
    }

    #[test]
    fn flag_defs_must_be_bits() {
        assert!(parse_flag_defs("f.h", "#define HAS_ARG_FLAG (3)\n").is_err());
        assert!(parse_flag_defs("f.h", "#define HAS_ARG_FLAG (1)\n#define HAS_X_FLAG 1\n").is_err());
        assert!(parse_flag_defs("f.h", "int x;\n")
            .unwrap_err()
            .to_string()
            .starts_with("f.h:1: no `#define HAS_*_FLAG`"));
        let d = parse_flag_defs("f.h", "/* c */\n#define HAS_ARG_FLAG (4)\n").unwrap();
        assert_eq!(d.bit(UopFlag::Arg), Some(4));
        assert_eq!(d.defs["HAS_ARG_FLAG"].line, 2);
    }
}
