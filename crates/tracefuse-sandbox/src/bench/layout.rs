//! Hot, entry and cold code of an x86-64 stencil, from its instructions: **cold** code is
//! code from which the trace can only be left (exit paths and the materialization of what
//! they report: every path from it ends in a return, the exit function or a tail call to
//! the jump or error target); **hot** code is the trace's loop (an instruction on a cycle)
//! and code that goes on to `_JIT_CONTINUE` or into a linked trace (`_JIT_EXIT_TRACE_i`,
//! as a nested loop's outer trace enters its inner loop); **entry** code is the rest, code
//! run once per entry on the way into the loop (the shadow frame's loads, a peeled first
//! iteration). A trace
//! whose every path ends in an exit (one ending in `_EXIT_TRACE`) has no hot code by this
//! measure, and is reported as not measured. A layout keeps hot code together when no
//! cold code lies inside a loop's (or the going-on code's) span but the jumps out to it (a
//! likely branch whose fall-through jumps to its exit path); two versions of one loop
//! (LLVM unswitches on an invariant) are two pieces, each laid out on its own. Measured for the benchmark's host
//! target only (the branch forms are x86-64's).

use std::collections::BTreeMap;
use tracefuse::disasm::disassemble;
use tracefuse::error::Result;
use tracefuse_runtime::hole::HoleValue;
use tracefuse_runtime::stencil::Stencil;

/// Hot and cold bytes of one stencil.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HotCold {
    pub hot: usize,
    /// Run once per entry, on the way into the loop.
    pub entry: usize,
    pub cold: usize,
    /// Entry and cold bytes laid out inside a piece of hot code (between the first and the
    /// last instruction of a loop, or of the code going on out of the stencil).
    pub cold_between: usize,
    /// How many of those are jumps alone (a likely branch's fall-through jumping out to
    /// its exit path), not exit code.
    pub cold_jumps_between: usize,
    /// The runtime functions hot code calls, sorted, each once.
    pub hot_calls: Vec<String>,
}

/// Where control goes after one instruction.
struct Flow {
    /// Falls through to the next instruction.
    falls: bool,
    /// Branches to this offset in the stencil.
    to: Option<u64>,
    /// Leaves for `_JIT_CONTINUE` or a linked trace: stays in JIT code.
    continues: bool,
}

fn flow(text: &str, next: u64, hole: Option<&HoleValue>) -> Flow {
    let mut parts = text.split_whitespace();
    let op = parts.next().unwrap_or("");
    let arg = parts.next().unwrap_or("");
    let relative = || {
        let (neg, hex) = match arg.strip_prefix('-') {
            Some(h) => (true, h),
            None => (false, arg),
        };
        let v = i64::from_str_radix(hex.strip_prefix("0x")?, 16).ok()?;
        Some(next.wrapping_add_signed(if neg { -v } else { v }))
    };
    let unconditional = op.starts_with("jmp");
    if matches!(op, "ret" | "retq" | "ud2" | "int3") {
        return Flow { falls: false, to: None, continues: false };
    }
    if !op.starts_with('j') {
        return Flow { falls: true, to: None, continues: false };
    }
    match hole {
        // A jump through a hole leaves the stencil.
        Some(h) => Flow {
            falls: !unconditional,
            to: None,
            continues: matches!(h, HoleValue::Continue | HoleValue::ExitTrace { .. }),
        },
        // An indirect jump (`*%rax`) leaves it too.
        None => Flow { falls: !unconditional, to: relative(), continues: false },
    }
}

/// Hot, entry and cold bytes of an x86-64 stencil; `None` when it has no hot code (every
/// path ends in an exit). Bytes that are not hot (cold or entry code) laid out between the
/// first and the last instruction of one piece of hot code — a loop (one cycle), or the
/// code going on out of the stencil — count as *between*.
pub fn hot_cold(stencil: &Stencil) -> Result<Option<HotCold>> {
    // Any x86-64 triple disassembles x86-64 code; the architecture alone names one.
    let lines = disassemble("x86_64", "x86-64", &stencil.code)?;
    let n = lines.len();
    let index_of = |offset: u64| lines.iter().position(|l| l.offset == offset);
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut stays = vec![false; n];
    for (i, l) in lines.iter().enumerate() {
        let end = l.offset + l.len as u64;
        let hole =
            stencil.code_holes.iter().find(|h| h.offset >= l.offset && h.offset < end).map(|h| &h.value);
        let f = flow(&l.text, end, hole);
        if f.falls && i + 1 < n {
            succ[i].push(i + 1);
        }
        if let Some(j) = f.to.and_then(index_of) {
            succ[i].push(j);
        }
        stays[i] = f.continues;
    }
    // reach[i]: what instruction i can reach (itself only through a cycle).
    let reach = |from: usize| {
        let mut seen = vec![false; n];
        let mut todo = succ[from].clone();
        while let Some(j) = todo.pop() {
            if !std::mem::replace(&mut seen[j], true) {
                todo.extend(&succ[j]);
            }
        }
        seen
    };
    let reaches: Vec<Vec<bool>> = (0..n).map(reach).collect();
    let on_cycle: Vec<bool> = (0..n).map(|i| reaches[i][i]).collect();
    let hot: Vec<bool> =
        (0..n).map(|i| stays[i] || on_cycle[i] || (0..n).any(|j| reaches[i][j] && stays[j])).collect();
    let entry: Vec<bool> = (0..n).map(|i| !hot[i] && (0..n).any(|j| reaches[i][j] && on_cycle[j])).collect();
    let sum = |of: &dyn Fn(usize) -> bool| (0..n).filter(|&i| of(i)).map(|i| lines[i].len).sum::<usize>();
    // Hot code comes in pieces laid out on their own: each loop (the instructions of one
    // cycle; LLVM may version a loop, as it unswitches float_div_loop's on the range's
    // step) and the code going on out of the stencil. Non-hot code inside a piece's span is
    // *between*.
    let mut group: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if on_cycle[i] {
            group[i] = (0..n).find(|&j| reaches[i][j] && reaches[j][i]);
        } else if hot[i] {
            group[i] = Some(n);
        }
    }
    let mut spans: BTreeMap<usize, (u64, u64)> = BTreeMap::new();
    for (l, g) in lines.iter().zip(&group) {
        if let Some(g) = g {
            let span = spans.entry(*g).or_insert((l.offset, l.offset));
            span.0 = span.0.min(l.offset);
            span.1 = span.1.max(l.offset);
        }
    }
    let between: Vec<&tracefuse::disasm::Line> = lines
        .iter()
        .zip(&hot)
        .filter(|(l, h)| !**h && spans.values().any(|&(a, b)| l.offset > a && l.offset < b))
        .map(|(l, _)| l)
        .collect();
    let cold_between = between.iter().map(|l| l.len).sum();
    let cold_jumps_between = between.iter().filter(|l| l.text.starts_with("jmp")).map(|l| l.len).sum();
    let mut hot_calls: Vec<String> = lines
        .iter()
        .zip(&hot)
        .filter(|(l, h)| **h && l.text.starts_with("call"))
        .filter_map(|(l, _)| {
            let end = l.offset + l.len as u64;
            stencil.code_holes.iter().find(|h| h.offset >= l.offset && h.offset < end).and_then(|h| match &h
                .value
            {
                HoleValue::Symbol(s) => Some(s.clone()),
                _ => None,
            })
        })
        .collect();
    hot_calls.sort();
    hot_calls.dedup();
    let layout = HotCold {
        hot_calls,
        hot: sum(&|i| hot[i]),
        entry: sum(&|i| entry[i]),
        cold: sum(&|i| !hot[i] && !entry[i]),
        cold_between,
        cold_jumps_between,
    };
    Ok((layout.hot > 0).then_some(layout))
}
