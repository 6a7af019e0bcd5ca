//! `tracefuse run`: runs a trace's cases, or an entry state given on the command line
//! (`--locals`, `--stack`), in one execution mode and prints how each run ended: exit,
//! locals, stack and live objects, or JSON. A run that leaves the frame fails.

use crate::options::{Build, Inputs, Loaded};
use std::path::PathBuf;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;
use tracefuse_runtime::{Error, Result};
use tracefuse_sandbox::cases::{Case, DEFAULT_TICK_LIMIT};
use tracefuse_sandbox::check::{run_case, Mode};
use tracefuse_sandbox::values::Value;
use tracefuse_sandbox::vm::VmState;

/// `--mode`: the sandbox's execution [`Mode`], as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ModeArg {
    /// The reference interpreter (C loop over the instructions).
    Interp,
    /// Per-uop stencils stitched in trace order.
    Stitched,
    /// One fused stencil per trace.
    Fused,
}

impl From<ModeArg> for Mode {
    fn from(mode: ModeArg) -> Mode {
        match mode {
            ModeArg::Interp => Mode::Interp,
            ModeArg::Stitched => Mode::Stitched,
            ModeArg::Fused => Mode::Fused,
        }
    }
}

fn find_trace(inputs: &Inputs, l: &Loaded, name: &str) -> Result<(TraceSet, usize)> {
    if let Some((i, _)) = l.set.get(name) {
        return Ok((l.set.clone(), i));
    }
    let path = PathBuf::from(name);
    if path.is_file() {
        let t = tracefuse::traces::Trace::load(&path, &l.lib)
            .map_err(|e| inputs.library_hint(e, Some(&path), &l.lib))?;
        let tname = t.name.clone();
        // A trace file from elsewhere may still exit into the bundled traces.
        let mut traces: Vec<_> = l.set.traces.iter().filter(|x| x.name != tname).cloned().collect();
        traces.push(t);
        let set = TraceSet::link(traces)?;
        let i = set.traces.len() - 1;
        return Ok((set, i));
    }
    let names = || l.set.traces.iter().map(|t| t.name.as_str());
    let err = Error::new(format!("no trace named `{name}` and no such file"));
    Err(if let Some(near) = tracefuse::source::closest(name, names()) {
        err.help(format!("did you mean `{near}`?"))
    } else if l.set.traces.is_empty() {
        let folder = inputs.traces.clone().unwrap_or_else(|| l.lib.dir.join("traces"));
        err.help(format!(
            "{} holds no trace files: give a trace file's path, or --traces DIR",
            folder.display()
        ))
    } else {
        err.help(format!("known traces: {}", names().collect::<Vec<_>>().join(", ")))
    })
}

/// What a run starts from: one case of the trace's, or locals and stack given.
pub(crate) struct Entry<'a> {
    pub(crate) case: Option<&'a str>,
    pub(crate) locals: Option<&'a str>,
    pub(crate) stack: Option<&'a str>,
}

pub(crate) fn run(
    name: &str,
    inputs: &Inputs,
    build: &Build,
    mode: Mode,
    entry: &Entry,
    json: bool,
) -> Result<bool> {
    let l = inputs.load()?;
    let (set, start) = find_trace(inputs, &l, name)?;
    let l = Loaded { lib: l.lib, set };
    let suite = inputs.suite(&l, &[])?;
    let trace = &suite.set.traces[start];
    let cases: Vec<Case> = if let Some(text) = entry.locals {
        let locals = yaml_values(text, "--locals")?;
        let stack = match entry.stack {
            Some(text) => yaml_values(text, "--stack")?,
            None => Vec::new(),
        };
        if locals.len() > trace.locals as usize {
            return Err(Error::new(format!(
                "--locals gives {} values, but trace `{}` has {} locals",
                locals.len(),
                trace.name,
                trace.locals
            ))
            .help("give at most `locals` values (missing trailing locals are None)"));
        }
        if stack.len() != trace.entry_stack as usize {
            return Err(Error::new(format!(
                "--stack gives {} values, but trace `{}` is entered with {} (its entry_stack)",
                stack.len(),
                trace.name,
                trace.entry_stack
            ))
            .help("pass exactly entry_stack values with --stack '[...]', bottom first"));
        }
        vec![Case {
            name: "cli".into(),
            locals,
            stack,
            classes: Default::default(),
            tick_limit: DEFAULT_TICK_LIMIT,
            eval_breaker: false,
            expect: None,
            line: None,
        }]
    } else {
        suite.tests[start].cases.iter().filter(|c| entry.case.is_none_or(|n| n == c.name)).cloned().collect()
    };
    if cases.is_empty() {
        return Err(Error::at(&trace.path, None, "no case to run")
            .help("pass --locals, or a --case the trace defines"));
    }
    let stencils = match mode {
        Mode::Interp => None,
        _ => Some(build.stencils(inputs, &l, &Target::for_host()?)?),
    };
    let mut all = Vec::new();
    let mut left_frame = Vec::new();
    for c in &cases {
        // The objects the case's inputs and the trace's object operands make before the
        // run: the live count after it includes them.
        let at_entry = VmState::new(&suite, start, c)?.snapshot().heap.len();
        let snap = run_case(mode, &suite, stencils.as_ref(), start, c)?;
        if snap.stack_out_of_frame() {
            left_frame.push(c.name.clone());
        }
        if json {
            let mut j = snap.to_json();
            j["case"] = c.name.clone().into();
            j["mode"] = mode.name().into();
            j["live_at_entry"] = at_entry.into();
            all.push(j);
        } else {
            let err = if snap.error != 0 { format!(" ({})", snap.error_name()) } else { String::new() };
            println!("{} / {} [{}]: {}{err}", trace.name, c.name, mode.name(), snap.exit);
            println!(
                "  locals: [{}]",
                snap.locals.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
            );
            println!(
                "  stack:  [{}]",
                snap.stack.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
            );
            println!(
                "  live objects: {} ({at_entry} at entry: inputs and object operands), back edges: {}",
                snap.heap.len(),
                snap.ticks
            );
        }
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&all).unwrap_or_default());
    }
    if !left_frame.is_empty() {
        eprintln!(
            "error: {}: the run left the frame (stack pointer out of frame) in case {}",
            trace.name,
            left_frame.join(", ")
        );
        return Ok(false);
    }
    Ok(true)
}

/// A YAML list of values from the command line.
fn yaml_values(text: &str, what: &str) -> Result<Vec<Value>> {
    let y: Vec<serde_yaml::Value> =
        serde_yaml::from_str(text).map_err(|e| Error::new(format!("{what}: {e}")))?;
    y.iter()
        .map(Value::from_yaml)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::new(format!("{what}: {e}")))
}
