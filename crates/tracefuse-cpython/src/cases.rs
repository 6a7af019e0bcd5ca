//! Parser for `Python/executor_cases.c.h`, the tier-2 cases CPython's JIT compiles one by
//! one into stencils. The file is a sequence of `case _NAME: { ... }` blocks, comments
//! (among them `/* _NAME is not a viable micro-op for tier 2 because it ... */`) and
//! preprocessor lines. Each case's body is kept byte for byte as the text between its
//! braces, and is scanned (with C literals, comments and tier-1-only preprocessor regions
//! understood) for the CPython macros it calls, its constant `oparg`, its net
//! `stack_pointer` adjustment and its final `break;`. Malformed text is an error naming
//! `file:line`; nothing here panics on any input.

use crate::error::ParseError;
use crate::expr::{Expr, MAX_NODES};
use crate::lexer::{self, Kind, Token};
use crate::preprocessor::{self, Group};
use std::collections::BTreeMap;

/// The CPython macros whose use matters to a JIT template or a trace recorder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CpyMacro {
    /// `CURRENT_OPARG()`: reads the instruction's oparg.
    CurrentOparg,
    /// `CURRENT_OPERAND0()`: reads the first 64-bit operand.
    CurrentOperand0,
    /// `CURRENT_OPERAND1()`: reads the second 64-bit operand.
    CurrentOperand1,
    /// `CURRENT_TARGET()`: reads the tier-1 target.
    CurrentTarget,
    /// `JUMP_TO_JUMP_TARGET()`: leaves through the jump target (deopt, side exit, or the
    /// loop back edge of `_JUMP_TO_TOP`).
    JumpToJumpTarget,
    /// `JUMP_TO_ERROR()`: leaves through the error target.
    JumpToError,
    /// `GOTO_TIER_ONE(target)`: returns to the tier-1 interpreter.
    GotoTierOne,
    /// `GOTO_TIER_TWO(executor)`: tail-calls another executor.
    GotoTierTwo,
    /// `DEOPT_IF(cond)`: only in hand-written bytecodes; generated cases spell it out.
    DeoptIf,
    /// `EXIT_IF(cond)`: only in hand-written bytecodes; generated cases spell it out.
    ExitIf,
    /// `ERROR_IF(cond)`: only in hand-written bytecodes; generated cases spell it out.
    ErrorIf,
    /// `LOAD_IP(offset)`: CPython's JIT template defines it as a no-op.
    LoadIp,
    /// `LOAD_SP()`: reloads `stack_pointer` from a (new) frame.
    LoadSp,
    /// `LLTRACE_RESUME_FRAME()`: CPython's JIT template redefines it.
    LltraceResumeFrame,
}

impl CpyMacro {
    /// Every macro, in declaration order.
    pub const ALL: [CpyMacro; 14] = [
        CpyMacro::CurrentOparg,
        CpyMacro::CurrentOperand0,
        CpyMacro::CurrentOperand1,
        CpyMacro::CurrentTarget,
        CpyMacro::JumpToJumpTarget,
        CpyMacro::JumpToError,
        CpyMacro::GotoTierOne,
        CpyMacro::GotoTierTwo,
        CpyMacro::DeoptIf,
        CpyMacro::ExitIf,
        CpyMacro::ErrorIf,
        CpyMacro::LoadIp,
        CpyMacro::LoadSp,
        CpyMacro::LltraceResumeFrame,
    ];

    /// The macro's C name.
    pub fn c_name(self) -> &'static str {
        match self {
            CpyMacro::CurrentOparg => "CURRENT_OPARG",
            CpyMacro::CurrentOperand0 => "CURRENT_OPERAND0",
            CpyMacro::CurrentOperand1 => "CURRENT_OPERAND1",
            CpyMacro::CurrentTarget => "CURRENT_TARGET",
            CpyMacro::JumpToJumpTarget => "JUMP_TO_JUMP_TARGET",
            CpyMacro::JumpToError => "JUMP_TO_ERROR",
            CpyMacro::GotoTierOne => "GOTO_TIER_ONE",
            CpyMacro::GotoTierTwo => "GOTO_TIER_TWO",
            CpyMacro::DeoptIf => "DEOPT_IF",
            CpyMacro::ExitIf => "EXIT_IF",
            CpyMacro::ErrorIf => "ERROR_IF",
            CpyMacro::LoadIp => "LOAD_IP",
            CpyMacro::LoadSp => "LOAD_SP",
            CpyMacro::LltraceResumeFrame => "LLTRACE_RESUME_FRAME",
        }
    }
}

/// How often a body calls one macro.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MacroUse {
    /// Calls in code a tier-2 build compiles, outside `assert(...)`.
    pub count: u32,
    /// Calls inside `assert(...)` arguments (gone under `-DNDEBUG`).
    pub in_assert: u32,
}

/// A preprocessor line: its 1-based line and its text, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub line: u32,
    pub text: String,
}

/// One `case _NAME: { ... }` of `executor_cases.c.h`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutorCase {
    /// The uop's name, e.g. `_LOAD_FAST`.
    pub name: String,
    /// 1-based line of `case`.
    pub line: u32,
    /// 1-based line of the closing brace.
    pub end_line: u32,
    /// The text strictly between the case's braces, exactly as in the file.
    pub body: String,
    /// Every call of an ALL_CAPS name (`NAME(`) in the body, by name. Calls inside regions
    /// a tier-2 build never compiles (`#if TIER_ONE`, `#ifndef _Py_JIT`, …) are left out;
    /// both sides of build-dependent conditionals (`#ifdef Py_GIL_DISABLED`) count.
    pub calls: BTreeMap<String, MacroUse>,
    /// Preprocessor lines inside the body.
    pub directives: Vec<Directive>,
    /// Top-level `#if`-family lines the case sits inside (empty in CPython 3.14).
    pub enclosing: Vec<Directive>,
    /// `Some(n)` when the body sets `oparg = n;` at its top level (the replicated
    /// variants such as `_LOAD_FAST_3`), so the instruction's oparg is not read.
    pub fixed_oparg: Option<i64>,
    /// The net `stack_pointer` adjustment (pushed minus popped) along the fall-through
    /// path: the sum of the `stack_pointer += e;` / `-= e;` statements a tier-2 build
    /// compiles, taking in each `if`/`else` chain the first branch that does not leave the
    /// uop (blocks ending in `JUMP_TO_ERROR()`, `JUMP_TO_JUMP_TARGET()`, `GOTO_TIER_*` or
    /// `return` leave it). `None` if an adjustment does not parse or blocks nest more than
    /// 64 deep. Meaningless for uops that switch frames (those call `LOAD_SP()`).
    pub stack_adjustment: Option<Expr>,
    /// Whether the body's last statement is `break;` (true for every 3.14 case).
    pub ends_with_break: bool,
    /// How the body switches frames: `None` if it never assigns `frame` in compiled code.
    pub frame_switch: Option<FrameSwitch>,
}

/// How a case that assigns `frame` switches frames, from what else it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameSwitch {
    /// It also calls `LOAD_SP()`: it enters the frame it was handed (`_PUSH_FRAME`), whose
    /// value stack starts empty.
    Enter,
    /// It reads a frame's `previous`: it returns to the caller's frame (`_RETURN_VALUE`,
    /// `_YIELD_VALUE`, `_RETURN_GENERATOR`).
    Return,
    /// Neither: a switch this reader does not understand.
    Other,
}

impl ExecutorCase {
    /// How often the body calls `m` in compiled code outside asserts.
    pub fn count(&self, m: CpyMacro) -> u32 {
        self.calls.get(m.c_name()).map_or(0, |u| u.count)
    }

    /// Whether the body calls `m` in compiled code outside asserts.
    pub fn uses(&self, m: CpyMacro) -> bool {
        self.count(m) > 0
    }
}

/// A `/* _NAME is not a viable micro-op for tier 2 because it ... */` comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotViable {
    pub name: String,
    /// The text after `because it` (empty if there is none).
    pub reason: String,
    pub line: u32,
}

/// Everything `executor_cases.c.h` says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExecutorFile {
    /// The cases in file order.
    pub cases: Vec<ExecutorCase>,
    /// The uops the generator declined, in file order.
    pub not_viable: Vec<NotViable>,
}

/// Parses `executor_cases.c.h` text into its cases. `file` labels errors.
pub fn parse_executor_cases(file: &str, text: &str) -> Result<Vec<ExecutorCase>, ParseError> {
    Ok(parse_executor_file(file, text)?.cases)
}

/// Parses `executor_cases.c.h` text into its cases and not-viable notes.
pub fn parse_executor_file(file: &str, text: &str) -> Result<ExecutorFile, ParseError> {
    let tokens = lexer::lex(file, text)?;
    let mut out = ExecutorFile::default();
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut i = 0usize;
    while let Some(tok) = tokens.get(i) {
        match tok.kind {
            Kind::Comment => {
                if let Some(nv) = not_viable(tok.text(text), tok.line) {
                    out.not_viable.push(nv);
                }
                i += 1;
            }
            Kind::Directive => {
                directive(file, tok, text, &mut groups)?;
                i += 1;
            }
            Kind::Ident if tok.text(text) == "case" => {
                let enclosing =
                    groups.iter().map(|g| Directive { line: g.line, text: g.text.clone() }).collect();
                let (case, next) = parse_case(file, text, &tokens, i, enclosing)?;
                if let Some(first) = seen.get(&case.name) {
                    return Err(ParseError::new(
                        file,
                        case.line,
                        format!("duplicate case `{}` (first at line {first})", case.name),
                    ));
                }
                seen.insert(case.name.clone(), case.line);
                out.cases.push(case);
                i = next;
            }
            _ => {
                return Err(ParseError::new(
                    file,
                    tok.line,
                    format!(
                        "unexpected `{}` outside any case: expected `case _NAME: {{`, a comment or a \
                         preprocessor line",
                        shorten(tok.text(text))
                    ),
                ))
            }
        }
    }
    if let Some(g) = groups.last() {
        return Err(ParseError::new(file, g.line, format!("`{}` is never closed by `#endif`", g.text)));
    }
    Ok(out)
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// Tracks `#if`/`#elif`/`#else`/`#endif`; other directives are ignored.
fn directive(file: &str, tok: &Token, src: &str, groups: &mut Vec<Group>) -> Result<(), ParseError> {
    let raw = tok.text(src).trim();
    let (keyword, rest) = lexer::split_directive(raw);
    match keyword {
        "if" | "ifdef" | "ifndef" => {
            groups.push(Group::open(preprocessor::eval(keyword, &rest), tok.line, raw.to_string()));
        }
        "elif" | "elifdef" | "elifndef" | "else" => {
            let c = if keyword == "else" { Some(true) } else { preprocessor::eval(keyword, &rest) };
            match groups.last_mut() {
                Some(g) => g.branch(c),
                None => {
                    return Err(ParseError::new(file, tok.line, format!("`#{keyword}` without `#if`")));
                }
            }
        }
        "endif" if groups.pop().is_none() => {
            return Err(ParseError::new(file, tok.line, "`#endif` without `#if`"));
        }
        _ => {}
    }
    Ok(())
}

fn not_viable(comment: &str, line: u32) -> Option<NotViable> {
    const MARK: &str = "is not a viable micro-op for tier 2";
    let inner = comment.strip_prefix("/*")?.strip_suffix("*/")?.trim();
    let (name, rest) = inner.split_once(char::is_whitespace)?;
    let valid_name = name.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic())
        && name.chars().all(|c| c == '_' || c.is_ascii_alphanumeric());
    let rest = rest.trim_start().strip_prefix(MARK)?;
    if !valid_name {
        return None;
    }
    let rest = rest.trim_start();
    let reason = rest.strip_prefix("because it").or_else(|| rest.strip_prefix("because")).unwrap_or(rest);
    Some(NotViable { name: name.to_string(), reason: reason.trim().to_string(), line })
}

/// Parses the case starting at `tokens[at]` (`case`); returns it and the index after its
/// closing brace.
fn parse_case(
    file: &str,
    src: &str,
    tokens: &[Token],
    at: usize,
    enclosing: Vec<Directive>,
) -> Result<(ExecutorCase, usize), ParseError> {
    let case_line = tokens.get(at).map_or(1, |t| t.line);
    let describe = |t: Option<&Token>| match t {
        Some(t) => format!("`{}`", shorten(t.text(src))),
        None => "end of file".to_string(),
    };
    let name_tok = tokens.get(at + 1);
    let name = match name_tok {
        Some(t) if t.kind == Kind::Ident => t.text(src).to_string(),
        other => {
            return Err(ParseError::new(
                file,
                case_line,
                format!("expected a uop name after `case`, found {}", describe(other)),
            ))
        }
    };
    match tokens.get(at + 2) {
        Some(t) if t.is_punct(src, ":") => {}
        other => {
            return Err(ParseError::new(
                file,
                case_line,
                format!("expected `:` after `case {name}`, found {}", describe(other)),
            ))
        }
    }
    let open = match tokens.get(at + 3) {
        Some(t) if t.is_punct(src, "{") => t,
        other => {
            return Err(ParseError::new(
                file,
                case_line,
                format!("expected `{{` after `case {name}:`, found {}", describe(other)),
            ))
        }
    };

    let mut depth = 1usize;
    let mut groups: Vec<Group> = Vec::new();
    let mut directives = Vec::new();
    // Code tokens a tier-2 build compiles, with the brace depth before each.
    let mut live: Vec<(Token, usize)> = Vec::new();
    let mut j = at + 4;
    let close = loop {
        let Some(tok) = tokens.get(j) else {
            return Err(ParseError::new(
                file,
                case_line,
                format!(
                    "case `{name}` is not terminated: end of file with {depth} unclosed `{{` \
                     (the case opens here)"
                ),
            ));
        };
        j += 1;
        match tok.kind {
            Kind::Comment => continue,
            Kind::Directive => {
                let raw = tok.text(src).trim();
                let (keyword, _) = lexer::split_directive(raw);
                if matches!(keyword, "elif" | "elifdef" | "elifndef" | "else" | "endif") && groups.is_empty()
                {
                    return Err(ParseError::new(
                        file,
                        tok.line,
                        format!("`#{keyword}` in case `{name}` has no `#if` inside the case"),
                    ));
                }
                directive(file, tok, src, &mut groups)?;
                directives.push(Directive { line: tok.line, text: raw.to_string() });
                continue;
            }
            _ => {}
        }
        // Generated code never has a `case` label inside a case's own block; one at the
        // case's top level means its closing brace is missing.
        if depth == 1 && tok.is_ident(src, "case") && tokens.get(j + 1).is_some_and(|t| t.is_punct(src, ":"))
        {
            let next = tokens.get(j).map_or("?", |t| t.text(src));
            return Err(ParseError::new(
                file,
                case_line,
                format!(
                    "case `{name}` is not terminated: `case {next}:` at line {} starts before its closing `}}`",
                    tok.line
                ),
            ));
        }
        if tok.is_punct(src, "}") {
            depth -= 1;
            if depth == 0 {
                break tok;
            }
        }
        if !preprocessor::dead(&groups) {
            live.push((*tok, depth));
        }
        if tok.is_punct(src, "{") {
            depth += 1;
        }
    };
    if let Some(g) = groups.last() {
        return Err(ParseError::new(
            file,
            close.line,
            format!("case `{name}` ends inside `{}` (line {}); expected `#endif` first", g.text, g.line),
        ));
    }
    let body = src.get(open.end..close.start).unwrap_or("").to_string();
    let case = ExecutorCase {
        calls: calls(src, &live),
        fixed_oparg: fixed_oparg(src, &live),
        stack_adjustment: stack_adjustment(src, &live),
        ends_with_break: ends_with_break(src, &live),
        frame_switch: frame_switch(src, &live),
        name,
        line: case_line,
        end_line: close.line,
        body,
        directives,
        enclosing,
    };
    Ok((case, j))
}

fn is_all_caps(name: &str) -> bool {
    name.bytes().any(|b| b.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

fn calls(src: &str, live: &[(Token, usize)]) -> BTreeMap<String, MacroUse> {
    let mut out: BTreeMap<String, MacroUse> = BTreeMap::new();
    let mut parens = 0usize;
    // Paren depth outside the innermost assert's `(`, while inside it.
    let mut assert_at: Option<usize> = None;
    for (k, (tok, _)) in live.iter().enumerate() {
        let next_is_paren = live.get(k + 1).is_some_and(|(n, _)| n.is_punct(src, "("));
        if tok.kind == Kind::Ident && next_is_paren {
            let name = tok.text(src);
            if name == "assert" && assert_at.is_none() {
                assert_at = Some(parens);
            } else if is_all_caps(name) {
                let u = out.entry(name.to_string()).or_default();
                if assert_at.is_some() {
                    u.in_assert = u.in_assert.saturating_add(1);
                } else {
                    u.count = u.count.saturating_add(1);
                }
            }
        } else if tok.is_punct(src, "(") {
            parens += 1;
        } else if tok.is_punct(src, ")") {
            parens = parens.saturating_sub(1);
            if assert_at == Some(parens) {
                assert_at = None;
            }
        }
    }
    out
}

/// The index of the token after the statement boundary before `k` is a top-level
/// statement start.
fn starts_statement(src: &str, live: &[(Token, usize)], k: usize) -> bool {
    match k.checked_sub(1).and_then(|p| live.get(p)) {
        None => true,
        Some((t, _)) => t.is_punct(src, ";") || t.is_punct(src, "{") || t.is_punct(src, "}"),
    }
}

fn fixed_oparg(src: &str, live: &[(Token, usize)]) -> Option<i64> {
    for (k, (tok, depth)) in live.iter().enumerate() {
        if *depth != 1 || !tok.is_ident(src, "oparg") || !starts_statement(src, live, k) {
            continue;
        }
        let at = |n: usize| live.get(k + n).map(|(t, _)| t);
        if at(1).is_some_and(|t| t.is_punct(src, "="))
            && at(2).is_some_and(|t| t.kind == Kind::Number)
            && at(3).is_some_and(|t| t.is_punct(src, ";"))
        {
            return at(2).and_then(|t| crate::expr::parse_c_int(t.text(src)));
        }
    }
    None
}

/// Whether the compiled body assigns `frame` (`frame = ...`, not `x->frame`, not `==`),
/// and if so how (see [`FrameSwitch`]).
fn frame_switch(src: &str, live: &[(Token, usize)]) -> Option<FrameSwitch> {
    let at = |k: usize| live.get(k).map(|(t, _)| t);
    let assigns = (0..live.len()).any(|k| {
        at(k).is_some_and(|t| t.is_ident(src, "frame"))
            && at(k + 1).is_some_and(|t| t.is_punct(src, "="))
            && !at(k + 2).is_some_and(|t| t.is_punct(src, "="))
            && !k.checked_sub(1).and_then(at).is_some_and(|t| t.is_punct(src, ".") || t.is_punct(src, ">"))
    });
    if !assigns {
        return None;
    }
    let calls_load_sp = (0..live.len()).any(|k| {
        at(k).is_some_and(|t| t.is_ident(src, "LOAD_SP")) && at(k + 1).is_some_and(|t| t.is_punct(src, "("))
    });
    let reads_previous = live.iter().any(|(t, _)| t.is_ident(src, "previous"));
    Some(match (calls_load_sp, reads_previous) {
        (true, _) => FrameSwitch::Enter,
        (false, true) => FrameSwitch::Return,
        (false, false) => FrameSwitch::Other,
    })
}

fn stack_adjustment(src: &str, live: &[(Token, usize)]) -> Option<Expr> {
    let e = block_effect(src, live, 0, live.len(), 1)?.0;
    (e.size() <= MAX_NODES).then_some(e)
}

/// Calls that leave the uop: a block ending in one does not fall through.
const EXITS: [&str; 6] =
    ["JUMP_TO_ERROR", "JUMP_TO_JUMP_TARGET", "GOTO_TIER_ONE", "GOTO_TIER_TWO", "return", "goto"];

/// The net `stack_pointer` adjustment along the fall-through path of `live[start..end]`, a
/// block at brace depth `depth`, and whether the block's last statement leaves the uop.
/// In each `if`/`else` chain the first branch that falls through is followed (the
/// generator keeps the stack consistent where branches meet). `None` if an adjustment
/// does not parse or blocks nest too deeply.
fn block_effect(
    src: &str,
    live: &[(Token, usize)],
    start: usize,
    end: usize,
    depth: usize,
) -> Option<(Expr, bool)> {
    if depth > 64 {
        return None;
    }
    struct Chain {
        blocks: Vec<(Expr, bool)>,
    }
    fn flush(total: &mut Expr, chain: &mut Option<Chain>) {
        if let Some(c) = chain.take() {
            if let Some((e, _)) = c.blocks.into_iter().find(|(_, exits)| !exits) {
                *total = std::mem::replace(total, Expr::Int(0)) + e;
            }
        }
    }
    let tok_at = |k: usize| live.get(k).filter(|_| k < end).map(|(t, _)| t);
    let mut total = Expr::Int(0);
    let mut chain: Option<Chain> = None;
    let mut continues_chain = false;
    let mut stmt_first: Option<usize> = None;
    // The block ends with `if (1) { ... }` whose body leaves (the generator's spelling
    // of an unconditional exit after cleanup).
    let mut if1_tail_exits = false;
    let mut k = start;
    while let Some((tok, d)) = live.get(k).filter(|_| k < end) {
        if *d != depth {
            k += 1;
            continue;
        }
        if tok.is_punct(src, "{") {
            let close = (k + 1..end)
                .find(|&m| live.get(m).is_some_and(|(t, md)| *md == depth && t.is_punct(src, "}")))?;
            let inner = block_effect(src, live, k + 1, close, depth + 1)?;
            let if1 = k >= start + 4
                && [(k - 4, "if"), (k - 3, "("), (k - 2, "1"), (k - 1, ")")]
                    .iter()
                    .all(|&(m, text)| live.get(m).is_some_and(|(t, md)| *md == depth && t.text(src) == text));
            let last = !(close + 1..end).any(|m| live.get(m).is_some_and(|(_, md)| *md == depth));
            if1_tail_exits = if1 && last && inner.1;
            match (&mut chain, continues_chain) {
                (Some(c), true) => c.blocks.push(inner),
                _ => {
                    flush(&mut total, &mut chain);
                    chain = Some(Chain { blocks: vec![inner] });
                }
            }
            continues_chain = false;
            stmt_first = None;
            k = close + 1;
            if tok_at(k).is_some_and(|t| t.is_ident(src, "else")) {
                continues_chain = true;
                k += 1;
            }
            continue;
        }
        if !continues_chain {
            flush(&mut total, &mut chain);
        }
        if stmt_first.is_none() {
            stmt_first = Some(k);
        }
        if tok.is_punct(src, ";") {
            let first = stmt_first.and_then(tok_at);
            if first.is_some_and(|f| f.is_ident(src, "stack_pointer")) {
                let op = stmt_first.and_then(|f| tok_at(f + 1));
                let eq = stmt_first.and_then(|f| tok_at(f + 2));
                let sign = match (op, eq) {
                    (Some(o), Some(e))
                        if e.is_punct(src, "=") && o.end == e.start && o.is_punct(src, "+") =>
                    {
                        1
                    }
                    (Some(o), Some(e))
                        if e.is_punct(src, "=") && o.end == e.start && o.is_punct(src, "-") =>
                    {
                        -1
                    }
                    _ => 0,
                };
                if sign != 0 {
                    let text = src.get(eq.map_or(0, |e| e.end)..tok.start)?;
                    let e = Expr::parse(text).ok()?;
                    total = total + if sign > 0 { e } else { -e };
                    if total.size() > MAX_NODES {
                        return None;
                    }
                }
            }
            stmt_first = None;
        }
        k += 1;
    }
    flush(&mut total, &mut chain);
    // The last statement (a call such as `JUMP_TO_ERROR();`, or `return ...;`) decides.
    let last_stmt = (start..end)
        .rev()
        .filter(|&m| live.get(m).is_some_and(|(_, md)| *md == depth))
        .nth(1)
        .and_then(|m| {
            // Walk back to the statement's first token.
            let mut f = m;
            while f > start {
                match live.get(f - 1) {
                    Some((t, md))
                        if *md == depth
                            && !(t.is_punct(src, ";") || t.is_punct(src, "{") || t.is_punct(src, "}")) =>
                    {
                        f -= 1
                    }
                    Some((_, md)) if *md != depth => f -= 1,
                    _ => break,
                }
            }
            tok_at(f)
        });
    let ends_with_semi = (start..end)
        .rev()
        .find(|&m| live.get(m).is_some_and(|(_, md)| *md == depth))
        .and_then(tok_at)
        .is_some_and(|t| t.is_punct(src, ";"));
    let exits =
        ends_with_semi && last_stmt.is_some_and(|t| t.kind == Kind::Ident && EXITS.contains(&t.text(src)));
    Some((total, exits || if1_tail_exits))
}

fn ends_with_break(src: &str, live: &[(Token, usize)]) -> bool {
    let n = live.len();
    match (n.checked_sub(2).and_then(|p| live.get(p)), n.checked_sub(1).and_then(|p| live.get(p))) {
        (Some((b, 1)), Some((s, 1))) => b.is_ident(src, "break") && s.is_punct(src, ";"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_case() {
        let src = "\n        case _A: {\n            oparg = 2;\n            x = CURRENT_OPERAND0();\n            \
                   assert(CURRENT_OPARG() == 2);\n            #if TIER_ONE\n            y = CURRENT_TARGET();\n            \
                   #endif\n            stack_pointer += -1 - oparg;\n            if (x) {\n                \
                   stack_pointer += 5;\n                JUMP_TO_ERROR();\n            }\n            \
                   stack_pointer -= -2;\n            break;\n        }\n";
        let f = parse_executor_file("x.h", src).unwrap();
        let c = &f.cases[0];
        assert_eq!(c.name, "_A");
        assert_eq!((c.line, c.end_line), (2, 16));
        assert_eq!(c.fixed_oparg, Some(2));
        assert_eq!(c.count(CpyMacro::CurrentOperand0), 1);
        assert_eq!(c.calls["CURRENT_OPARG"], MacroUse { count: 0, in_assert: 1 });
        assert!(!c.calls.contains_key("CURRENT_TARGET"));
        assert_eq!(c.count(CpyMacro::JumpToError), 1);
        assert_eq!(c.stack_adjustment.as_ref().unwrap().to_string(), "-oparg + 1");
        assert!(c.ends_with_break);
        assert_eq!(c.directives.len(), 2);
        assert!(src.contains(&format!("case _A: {{{}}}", c.body)));
    }

    #[test]
    fn not_viable_comments() {
        let f = parse_executor_file(
            "x.h",
            "/* _B is not a viable micro-op for tier 2 because it is odd */\n/* other */\n\
             /* _C is not a viable micro-op for tier 2 */",
        )
        .unwrap();
        assert_eq!(
            f.not_viable,
            [
                NotViable { name: "_B".into(), reason: "is odd".into(), line: 1 },
                NotViable { name: "_C".into(), reason: "".into(), line: 3 }
            ]
        );
    }

    #[test]
    fn errors() {
        let err = |s: &str| parse_executor_file("e.h", s).unwrap_err().to_string();
        assert_eq!(
            err("\ncase _A: {\n  if (x) {\n"),
            "e.h:2: case `_A` is not terminated: end of file with 2 unclosed `{` (the case opens here)"
        );
        assert_eq!(
            err("case _A: {\n  x;\n\ncase _B: {\n}\n"),
            "e.h:1: case `_A` is not terminated: `case _B:` at line 4 starts before its closing `}`"
        );
        assert_eq!(err("case _A {"), "e.h:1: expected `:` after `case _A`, found `{`");
        assert_eq!(err("case 12"), "e.h:1: expected a uop name after `case`, found `12`");
        assert_eq!(err("case _A:"), "e.h:1: expected `{` after `case _A:`, found end of file");
        assert_eq!(err("\n}"), "e.h:2: unexpected `}` outside any case: expected `case _NAME: {`, a comment or a preprocessor line");
        assert_eq!(err("case _A: { }\ncase _A: { }"), "e.h:2: duplicate case `_A` (first at line 1)");
        assert_eq!(err("#if X\ncase _A: { }"), "e.h:1: `#if X` is never closed by `#endif`");
        assert_eq!(err("#endif"), "e.h:1: `#endif` without `#if`");
        assert_eq!(
            err("case _A: {\n#if X\n}\n#endif"),
            "e.h:3: case `_A` ends inside `#if X` (line 2); expected `#endif` first"
        );
        assert_eq!(err("case _A: {\n#endif\n}"), "e.h:2: `#endif` in case `_A` has no `#if` inside the case");
    }
}
