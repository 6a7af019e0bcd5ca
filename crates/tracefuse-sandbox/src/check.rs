//! Execution modes and the differential check. A case runs as the reference interpreter,
//! as stitched per-uop stencils (CPython's model: one stencil per instruction, each
//! CONTINUE patched to the next), or as fused stencils (one per trace); all three must
//! end in identical [`Snapshot`]s — exit, error, locals, stack, every live object and
//! its refcount — and the interpreter must match the case's hand-written expectation.

use crate::abi::TfInst;
use crate::cases::{Case, Suite};
use crate::child::{child_run, ChildOutcome};
use crate::runtime::Runtime;
use crate::vm::{Snapshot, VmState};
use tracefuse::arch::Arch;
use tracefuse::definitions::{Field, UopLibrary};
use tracefuse::error::{Error, Result};
use tracefuse::hole::HoleValue;
use tracefuse::loader::{perf_map_enabled, Program, Resolver};
use tracefuse::set::StencilSet;
use tracefuse::stencil::Stencil;
use tracefuse::traces::TraceSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The reference interpreter (C loop over the instructions).
    Interp,
    /// Per-uop stencils stitched in trace order.
    Stitched,
    /// One fused stencil per trace.
    Fused,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Interp, Mode::Stitched, Mode::Fused];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Interp => "interpreter",
            Mode::Stitched => "stitched",
            Mode::Fused => "fused",
        }
    }
}

fn field_value(inst: &TfInst, field: Field) -> u64 {
    match field {
        Field::Oparg => inst.oparg,
        Field::Operand0 => inst.operand0,
        Field::Operand1 => inst.operand1,
        Field::Target => inst.target,
    }
}

fn symbol(rt: &Runtime, name: &str) -> Result<u64> {
    rt.symbol(name).ok_or_else(|| {
        Error::at(
            &rt.path,
            None,
            format!("a stencil refers to `{name}`, which the library's runtime does not export"),
        )
        .help("bodies may call only the runtime API the library's prelude declares")
    })
}

/// Where each trace of the set starts in a loaded program (piece index), if loaded.
type Starts = Vec<Option<usize>>;

fn entry_of(starts: &Starts, entries: &[u64], trace: usize) -> u64 {
    // A side exit into a trace that is not loaded ends the run (only the benchmark's
    // one-trace loads do this).
    starts[trace].map_or(entries[0], |p| entries[p])
}

/// Piece 0 is the end stub; then one fused stencil per loaded trace (a trace tree's
/// stencil numbers instructions across its traces: holes name them so).
struct FusedResolver<'a> {
    rt: &'a Runtime,
    set: &'a TraceSet,
    stencils: &'a StencilSet,
    code: &'a [Vec<TfInst>],
    starts: Starts,
    /// The trace of each piece after the end stub.
    owners: Vec<usize>,
}

impl Resolver for FusedResolver<'_> {
    fn resolve(&self, piece: usize, value: &HoleValue, entries: &[u64]) -> Result<u64> {
        if let HoleValue::Symbol(s) = value {
            return symbol(self.rt, s);
        }
        let t = *piece
            .checked_sub(1)
            .and_then(|p| self.owners.get(p))
            .ok_or_else(|| Error::new(format!("the end stub has an unexpected hole {value}")))?;
        // Instruction `j` of the stencil: its trace and its position there.
        let place = |j: u32| -> Result<(usize, usize)> {
            let missing = || Error::new(format!("hole {value} names a missing instruction"));
            let (trace, i) = match self.stencils.fused[t].tree_instruction(j as usize) {
                None => (t, j as usize),
                Some((m, i)) => (self.set.get(&m.trace).ok_or_else(missing)?.0, i),
            };
            self.code[trace].get(i).ok_or_else(missing)?;
            Ok((trace, i))
        };
        match value {
            HoleValue::Continue => Ok(entries[0]),
            HoleValue::Index => Ok(tracefuse::plan::exit_index(t, 0)),
            HoleValue::MemberIndex { instruction } => {
                let (trace, i) = place(*instruction)?;
                Ok(tracefuse::plan::exit_index(trace, i))
            }
            HoleValue::Field { instruction: Some(j), field } => {
                let (trace, i) = place(*j)?;
                Ok(field_value(&self.code[trace][i], *field))
            }
            HoleValue::ExitTrace { instruction: Some(j) } => {
                let (trace, i) = place(*j)?;
                let to = self.set.traces[trace].instructions[i]
                    .exit_to
                    .ok_or_else(|| Error::new("exit hole without exit_to"))?;
                Ok(entry_of(&self.starts, entries, to))
            }
            other => Err(Error::new(format!(
                "fused stencil {} has a hole it should not have: {other}",
                self.set.traces[t].name
            ))),
        }
    }
}

/// Piece 0 is the end stub; then every instruction of every loaded trace, in order.
struct StitchedResolver<'a> {
    rt: &'a Runtime,
    set: &'a TraceSet,
    code: &'a [Vec<TfInst>],
    starts: Starts,
    /// (trace, instruction) of each piece after the end stub.
    owners: Vec<(usize, usize)>,
}

impl Resolver for StitchedResolver<'_> {
    fn resolve(&self, piece: usize, value: &HoleValue, entries: &[u64]) -> Result<u64> {
        match value {
            HoleValue::Symbol(s) => return symbol(self.rt, s),
            _ if piece == 0 => {
                return Err(Error::new(format!("the end stub has an unexpected hole {value}")))
            }
            _ => {}
        }
        let (t, i) = self.owners[piece - 1];
        let inst = &self.code[t][i];
        match value {
            HoleValue::Continue if i + 1 < self.code[t].len() => Ok(entries[piece + 1]),
            HoleValue::Continue => Ok(entries[0]),
            HoleValue::JumpTarget => Ok(entry_of(&self.starts, entries, t)),
            HoleValue::Field { instruction: None, field } => Ok(field_value(inst, *field)),
            HoleValue::Index => Ok(tracefuse::plan::exit_index(t, i)),
            HoleValue::ExitTrace { instruction: None } => {
                let to = self.set.traces[t].instructions[i]
                    .exit_to
                    .ok_or_else(|| Error::new("exit hole without exit_to"))?;
                Ok(entry_of(&self.starts, entries, to))
            }
            other => Err(Error::new(format!("per-uop stencil has a hole it should not have: {other}"))),
        }
    }
}

/// Loads the whole trace set in `mode` for this state's operand values; returns the
/// program and each trace's entry.
pub fn load(
    mode: Mode,
    lib: &UopLibrary,
    set: &TraceSet,
    stencils: &StencilSet,
    st: &VmState,
) -> Result<(Program, Vec<u64>)> {
    let all: Vec<usize> = (0..set.traces.len()).collect();
    load_traces(mode, lib, set, stencils, st, &all)
}

/// The architecture of the stencils the checks load: the loader runs x86-64 stencils.
const LOADED_ARCH: Arch = Arch::X86_64;

/// Loads the traces `which` (positions in the set) in `mode`; the entries returned are
/// per trace of the set (a trace not loaded gets the end stub's).
pub fn load_traces(
    mode: Mode,
    lib: &UopLibrary,
    set: &TraceSet,
    stencils: &StencilSet,
    st: &VmState,
    which: &[usize],
) -> Result<(Program, Vec<u64>)> {
    let mut starts: Starts = vec![None; set.traces.len()];
    let (prog, starts) = match mode {
        Mode::Interp => return Err(Error::new("the interpreter loads nothing")),
        Mode::Fused => {
            let mut pieces: Vec<&Stencil> = vec![&stencils.end];
            for &t in which {
                starts[t] = Some(pieces.len());
                pieces.push(&stencils.fused[t].stencil);
            }
            let resolver =
                FusedResolver { rt: st.rt, set, stencils, code: &st.code, starts, owners: which.to_vec() };
            let prog = Program::load(LOADED_ARCH, &pieces, &resolver)?;
            if perf_map_enabled() {
                let mut names = vec![format!("tracefuse:{}", stencils.end.name)];
                names.extend(which.iter().map(|&t| format!("tracefuse:trace:{}", set.traces[t].name)));
                prog.write_perf_map(&names)?;
            }
            (prog, resolver.starts)
        }
        Mode::Stitched => {
            // As CPython's stitcher: stencils back to back, and a stencil whose code ends
            // in `jmp _JIT_CONTINUE` loses that jump when the next one follows directly.
            let mut owned: Vec<Stencil> = Vec::new();
            let mut owners = Vec::new();
            for &t in which {
                starts[t] = Some(1 + owned.len());
                let n = set.traces[t].instructions.len();
                for i in 0..n {
                    let s = stencils.stitched_piece(t, i)?;
                    let trimmed = if i + 1 < n { s.without_continue_jump(LOADED_ARCH) } else { None };
                    owned.push(trimmed.unwrap_or_else(|| s.clone()));
                    owners.push((t, i));
                }
            }
            let mut pieces: Vec<&Stencil> = vec![&stencils.end];
            pieces.extend(owned.iter());
            let resolver = StitchedResolver { rt: st.rt, set, code: &st.code, starts, owners };
            let prog = Program::load_aligned(LOADED_ARCH, &pieces, &resolver, 1)?;
            if perf_map_enabled() {
                let mut names = vec![format!("tracefuse:{}", stencils.end.name)];
                names.extend(resolver.owners.iter().map(|&(t, i)| {
                    format!(
                        "tracefuse:{}[{i}]:{}",
                        set.traces[t].name, lib.uops[set.traces[t].instructions[i].uop].name
                    )
                }));
                prog.write_perf_map(&names)?;
            }
            (prog, resolver.starts)
        }
    };
    let entries = (0..set.traces.len()).map(|t| entry_of(&starts, &prog.entries, t)).collect();
    Ok((prog, entries))
}

/// Runs `case` from trace `start` in `mode` on a fresh state.
pub fn run_case(
    mode: Mode,
    suite: &Suite,
    stencils: Option<&StencilSet>,
    start: usize,
    case: &Case,
) -> Result<Snapshot> {
    let mut st = VmState::new(suite, start, case)?;
    if mode == Mode::Interp {
        return Ok(st.run_interpreter(start));
    }
    let stencils =
        stencils.ok_or_else(|| Error::new(format!("{} mode needs generated stencils", mode.name())))?;
    let (prog, entries) = load(mode, &suite.lib, &suite.set, stencils, &st)?;
    // SAFETY: the program was patched for this state's operands and runtime; the frame
    // and thread are live for the call.
    unsafe {
        st.enter(entries[start]);
    }
    drop(prog);
    Ok(st.snapshot())
}

/// What the differential check found.
#[derive(Debug, Default)]
pub struct Report {
    pub traces: usize,
    pub runs: usize,
    pub mismatches: Vec<String>,
}

/// Runs every case of every trace in every mode and compares.
pub fn check_all(suite: &Suite, stencils: &StencilSet, modes: &[Mode]) -> Result<Report> {
    let mut report = Report { traces: suite.set.traces.len(), ..Default::default() };
    for (t, tests) in suite.tests.iter().enumerate() {
        for c in 0..tests.cases.len() {
            check_case(suite, stencils, modes, t, c, &mut report, &mut |_| {})?;
        }
    }
    Ok(report)
}

/// Runs case `c` of trace `t` in every mode and compares; adds its runs and mismatches
/// to `report`. `starting` is told each mode before its run.
fn check_case(
    suite: &Suite,
    stencils: &StencilSet,
    modes: &[Mode],
    t: usize,
    c: usize,
    report: &mut Report,
    starting: &mut dyn FnMut(Mode),
) -> Result<()> {
    let set = &suite.set;
    let trace = &set.traces[t];
    let case = &suite.tests[t].cases[c];
    let mut snaps = Vec::new();
    for &mode in modes {
        starting(mode);
        let snap = run_case(mode, suite, Some(stencils), t, case)?;
        report.runs += 1;
        if mode == Mode::Interp {
            if let Some(e) = &case.expect {
                let diffs = snap.check(e, set, t);
                if !diffs.is_empty() {
                    report.mismatches.push(format!(
                        "{} / {}: interpreter vs expected:\n  {}",
                        trace.name,
                        case.name,
                        diffs.join("\n  ")
                    ));
                }
            }
        }
        snaps.push((mode, snap));
    }
    if let Some(((m0, first), rest)) = snaps.split_first() {
        for (m, s) in rest {
            let diffs = first.diff(s);
            if !diffs.is_empty() {
                report.mismatches.push(format!(
                    "{} / {}: {} vs {}:\n  {}",
                    trace.name,
                    case.name,
                    m0.name(),
                    m.name(),
                    diffs.join("\n  ")
                ));
            }
        }
    }
    Ok(())
}

/// What [`check_isolated`] found: the report, and how many runs crashed the process or
/// did not end (each is a mismatch naming its case and mode).
#[derive(Debug, Default)]
pub struct Isolated {
    pub report: Report,
    pub crashes: usize,
}

/// [`check_all`] with each case in a forked child of its own ([`crate::child`]: only for
/// a caller that is its process's only thread, as the CLI), so that a run that crashes
/// the process or does not end within `timeout` is a finding rather than the end of the
/// check: the child tells the parent each mode before running it, so the report names the
/// run that crashed or hung.
pub fn check_isolated(
    suite: &Suite,
    stencils: &StencilSet,
    modes: &[Mode],
    timeout: std::time::Duration,
) -> Result<Isolated> {
    let mut out =
        Isolated { report: Report { traces: suite.set.traces.len(), ..Default::default() }, crashes: 0 };
    for (t, tests) in suite.tests.iter().enumerate() {
        for (c, case) in tests.cases.iter().enumerate() {
            let what = format!("{} / {}", suite.set.traces[t].name, case.name);
            // After a run that crashes or hangs, the case goes on from the next mode in a
            // new child (compared among themselves), so every mode that crashes is named.
            let mut from = 0;
            while from < modes.len() {
                let rest = &modes[from..];
                let outcome = child_run(timeout, |pipe| {
                    let mut r = Report::default();
                    let mut starting = |m: Mode| pipe.send(STARTING, m.name().as_bytes());
                    match check_case(suite, stencils, rest, t, c, &mut r, &mut starting) {
                        Ok(()) => pipe.send(REPORT, &encode_report(&r)),
                        Err(e) => pipe.send(ERROR, e.to_string().as_bytes()),
                    }
                });
                let (how, sent) = match outcome {
                    ChildOutcome::Finished(sent) => match sent.last() {
                        Some((REPORT, bytes)) => {
                            let r = decode_report(bytes);
                            out.report.runs += r.runs;
                            out.report.mismatches.extend(r.mismatches);
                            break;
                        }
                        Some((ERROR, e)) => return Err(Error::new(String::from_utf8_lossy(e).into_owned())),
                        _ => ("gave no answer".to_string(), sent),
                    },
                    ChildOutcome::Ended(how, sent) => (format!("crashed ({how})"), sent),
                    ChildOutcome::TimedOut(sent) => {
                        (format!("did not end within {} s", timeout.as_secs()), sent)
                    }
                    ChildOutcome::NotStarted(e) => {
                        return Err(Error::new(format!("cannot run a check in a child process: {e}")))
                    }
                };
                out.crashes += 1;
                let started = sent.iter().filter(|(tag, _)| *tag == STARTING).count();
                out.report.runs += started;
                out.report.mismatches.push(match started.checked_sub(1).map(|k| rest[k]) {
                    Some(mode) => format!("{what}: the {} run {how}", mode.name()),
                    None => format!("{what}: the check {how}"),
                });
                from += started.max(1);
            }
        }
    }
    Ok(out)
}

/// Record tags of an isolated check's child: a mode it starts, its report, its error.
const STARTING: u8 = b'M';
const REPORT: u8 = b'R';
const ERROR: u8 = b'E';

/// A report as bytes: runs, then each mismatch, each a length and its text.
fn encode_report(r: &Report) -> Vec<u8> {
    let mut out = (r.runs as u64).to_le_bytes().to_vec();
    for m in &r.mismatches {
        out.extend_from_slice(&(m.len() as u64).to_le_bytes());
        out.extend_from_slice(m.as_bytes());
    }
    out
}

fn decode_report(bytes: &[u8]) -> Report {
    let number =
        |at: usize| bytes.get(at..at + 8).map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])));
    let mut r = Report { runs: number(0).unwrap_or(0) as usize, ..Default::default() };
    let mut at = 8;
    while let Some(len) = number(at) {
        let Some(text) = bytes.get(at + 8..at + 8 + len as usize) else { break };
        r.mismatches.push(String::from_utf8_lossy(text).into_owned());
        at += 8 + len as usize;
    }
    r
}
