//! Segments: fused stencils for stretches of a trace, for the traces CPython forms that
//! no whole-trace stencil serves (issue #25 item 2; docs/cpython.md, "Segments").
//!
//! A segment is a stretch of a recorded executor's main trace (no terminator in it) that
//! the hook runs as one fused stencil inside an otherwise stitched executor: it is entered
//! at a uop boundary with the stitched calling convention (frame, stack pointer, thread
//! state), falls through to `_JIT_CONTINUE` (the next stitched uop), and carries copies of
//! the exit stubs its guards and errors jump to, so its exits leave exactly as the
//! executor's own stubs would (a stub's fields are holes, patched from the executor's
//! stub). As a trace file a segment is an ordinary trace: the stretch under
//! `instructions`, the stubs it reaches under `stubs`, each stretch instruction's packed
//! `target` renumbered to those stubs in order of first use ([`canonical_links`], the rule
//! the hook applies to the trace CPython forms before matching), and every field the
//! code's shape does not depend on a hole (`--holes general`), so that one segment serves
//! every stretch with the same uops wherever it lies. Its name starts with
//! [`PREFIX`]: the hook looks segments up by stretch, never as whole traces.
//!
//! [`segments`] picks, from the converted and checked whole traces, the stretches of the
//! chosen lengths that recur in at least `min_traces` traces, ranks them by how much they
//! cover (traces × length) and keeps at most `limit`, each validated by the generator's own
//! validation.

use crate::record::{Conversion, TraceFile};
use crate::{CpythonTree, UopFlag};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use tracefuse::definitions::{Field, UopLibrary};
use tracefuse::source::SourceText;
use tracefuse::traces::schema::{InstructionEntry, OperandValue};
use tracefuse::traces::TraceSet;

/// How a segment's trace name begins (the hook tells segments from whole traces by it).
pub const PREFIX: &str = "seg";

/// Which stretches become segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentOptions {
    /// Stretch lengths, in uops (each at least [`MIN_LENGTH`]).
    pub lengths: Vec<usize>,
    /// A stretch must occur in at least this many converted traces.
    pub min_traces: usize,
    /// At most this many segments (the ones covering most: traces × length).
    pub limit: usize,
}

/// The shortest segment: shorter stretches save too little over stitching.
pub const MIN_LENGTH: usize = 2;

impl Default for SegmentOptions {
    fn default() -> Self {
        SegmentOptions { lengths: vec![3, 4, 8], min_traces: 2, limit: 6000 }
    }
}

impl SegmentOptions {
    /// `LIMIT[:LENGTHS[:MIN]]`, e.g. `6000`, `6000:3,4,8`, `6000:3,4,8:2`.
    pub fn parse(text: &str) -> Result<SegmentOptions, String> {
        let mut o = SegmentOptions::default();
        let mut parts = text.split(':');
        let num = |s: &str, what: &str| {
            s.trim().parse::<usize>().map_err(|_| format!("`{s}` is not a number ({what})"))
        };
        if let Some(limit) = parts.next() {
            o.limit = num(limit, "the most segments")?;
        }
        if let Some(lengths) = parts.next() {
            o.lengths = lengths.split(',').map(|l| num(l, "a stretch length")).collect::<Result<_, _>>()?;
            if let Some(short) = o.lengths.iter().find(|l| **l < MIN_LENGTH) {
                return Err(format!(
                    "stretch length {short} is below the shortest segment, {MIN_LENGTH} uops"
                ));
            }
        }
        if let Some(min) = parts.next() {
            o.min_traces = num(min, "the fewest traces a stretch occurs in")?.max(1);
        }
        if parts.next().is_some() {
            return Err(format!("`{text}`: expected LIMIT[:LENGTHS[:MIN_TRACES]]"));
        }
        Ok(o)
    }
}

/// What [`segments`] made.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// The segments, ready to write beside the whole traces.
    pub files: Vec<TraceFile>,
    /// Distinct stretches of the chosen lengths found, and how many recur often enough.
    pub distinct: usize,
    pub recurring: usize,
    /// Segments the generator's validation refused: (name, reason).
    pub refused: Vec<(String, String)>,
}

/// CPython's packed exit links of an instruction whose `target` is `target`: the stub its
/// deopt or side exit jumps to (when its flags say it has one) and the stub its error
/// jumps to, as `prepare_for_execution` packs them (`error_target << 16 | jump_target`).
pub fn links(flags_exit: bool, flags_error: bool, target: u64) -> (Option<u64>, Option<u64>) {
    (flags_exit.then_some(target & 0xffff), flags_error.then_some((target >> 16) & 0xffff))
}

/// The segment's own `target` for each instruction of a stretch, and the stubs it reaches:
/// `links` gives each instruction's (jump, error) stub indices in the executor's numbering
/// (instructions then stubs; `stubs_from` where the stubs start); each distinct stub gets
/// the next index after the stretch (`len`), in order of first use, jump before error.
/// `None` when a link does not point at a stub (the stretch cannot be a segment). The hook
/// renumbers the trace CPython formed the same way before it matches.
pub fn canonical_links(
    links: &[(Option<u64>, Option<u64>)],
    stubs_from: u64,
) -> Option<(Vec<Option<u64>>, Vec<u64>)> {
    let len = links.len() as u64;
    let mut stubs: Vec<u64> = Vec::new();
    let mut targets = Vec::with_capacity(links.len());
    for &(jump, error) in links {
        if jump.is_none() && error.is_none() {
            targets.push(None);
            continue;
        }
        let mut local = |to: Option<u64>| -> Option<u64> {
            let Some(to) = to else { return Some(0) };
            if to < stubs_from {
                return None;
            }
            let rank = match stubs.iter().position(|s| *s == to) {
                Some(r) => r,
                None => {
                    stubs.push(to);
                    stubs.len() - 1
                }
            };
            Some(len + rank as u64)
        };
        let j = local(jump)?;
        let e = local(error)?;
        if j > 0xffff || e > 0xffff {
            return None;
        }
        targets.push(Some(e << 16 | j));
    }
    Some((targets, stubs))
}

/// One candidate stretch, as it would be written, and its key (uops and every field left
/// folded: what the signature assumes).
struct Stretch {
    key: String,
    instructions: Vec<InstructionEntry>,
    stubs: Vec<InstructionEntry>,
}

/// The uops by name, and what `stretch` needs of the library and the tree.
struct Lookup<'a> {
    lib: &'a UopLibrary,
    uops: HashMap<&'a str, &'a tracefuse::definitions::Uop>,
    /// Per uop name: (may deopt or side exit, may error) by CPython's flags.
    flags: HashMap<&'a str, (bool, bool)>,
}

fn general_holes(e: &mut InstructionEntry, l: &Lookup<'_>) {
    let Some(uop) = l.uops.get(e.uop.as_str()) else { return };
    for field in Field::ALL {
        if uop.shapes_code(field, l.lib.exit_routing) {
            continue;
        }
        let slot = e.field_mut(field);
        if let Some(OperandValue::Const(v)) = *slot {
            *slot = Some(OperandValue::Runtime(v.into()));
        }
    }
}

fn key_of(entries: &[InstructionEntry]) -> String {
    let mut k = String::new();
    for e in entries {
        k.push_str(&e.uop);
        for field in Field::ALL {
            if let Some(OperandValue::Const(v)) = e.field(field) {
                k.push_str(&format!(" {field:?}={v}"));
            }
        }
        k.push(';');
    }
    k
}

fn stretch(t: &TraceFile, range: std::ops::Range<usize>, l: &Lookup<'_>) -> Option<Stretch> {
    let main = t.file.instructions.get(range)?;
    if main.iter().any(|e| l.uops.get(e.uop.as_str()).is_none_or(|u| u.terminator)) {
        return None;
    }
    let mut links_of = Vec::with_capacity(main.len());
    for e in main {
        let &(exit, error) = l.flags.get(e.uop.as_str())?;
        let l = match e.target {
            _ if !exit && !error => (None, None),
            Some(OperandValue::Const(v)) => links(exit, error, v),
            // A routed target that is not build-time cannot be renumbered.
            _ => return None,
        };
        links_of.push(l);
    }
    let (targets, stub_ids) = canonical_links(&links_of, t.file.instructions.len() as u64)?;
    let mut instructions: Vec<InstructionEntry> = main.to_vec();
    for (e, target) in instructions.iter_mut().zip(targets) {
        if let Some(v) = target {
            e.target = Some(OperandValue::Const(v));
        }
        general_holes(e, l);
    }
    let mut stubs = Vec::with_capacity(stub_ids.len());
    for s in stub_ids {
        let at = usize::try_from(s).ok()?.checked_sub(t.file.instructions.len())?;
        let mut e = t.file.stubs.get(at)?.clone();
        general_holes(&mut e, l);
        stubs.push(e);
    }
    let mut key = key_of(&instructions);
    key.push('|');
    key.push_str(&key_of(&stubs));
    Some(Stretch { key, instructions, stubs })
}

/// The segments for a checked conversion (see the module doc): `conv`'s traces must be
/// the ones [`crate::record::check`] kept; `lib` the library imported from `tree`; `dir`
/// where the files will be written (for the validation's file names).
pub fn segments(
    conv: &Conversion,
    tree: &CpythonTree,
    lib: &UopLibrary,
    dir: &Path,
    opts: &SegmentOptions,
) -> Result<Segments, crate::Error> {
    let io = |path: &Path, message: String| crate::Error::Io { path: path.to_path_buf(), message };
    // Depths and frames per instruction, from the generator's own validation.
    let mut sources = Vec::with_capacity(conv.traces.len());
    for t in &conv.traces {
        let path = dir.join(format!("{}.yaml", t.name));
        let text = t.text().map_err(|e| io(&path, format!("cannot write YAML: {e}")))?;
        sources.push(SourceText { path, text });
    }
    let (set, _) = TraceSet::from_sources_skipping(&sources, lib).map_err(|e| io(dir, e.to_string()))?;
    let by_path: HashMap<&Path, &tracefuse::traces::Trace> =
        set.traces.iter().map(|t| (t.path.as_path(), t)).collect();
    let l = Lookup {
        lib,
        uops: lib.uops.iter().map(|u| (u.name.as_str(), u)).collect(),
        flags: tree
            .uops
            .iter()
            .map(|u| {
                let f = &u.meta.flags;
                (
                    u.name(),
                    (f.contains(UopFlag::Exit) || f.contains(UopFlag::Deopt), f.contains(UopFlag::Error)),
                )
            })
            .collect(),
    };

    struct Seen {
        traces: usize,
        last: usize,
        first: (usize, usize, usize),
    }
    let mut seen: HashMap<String, Seen> = HashMap::new();
    let mut found: Vec<(String, Stretch)> = Vec::new();
    for (ti, (t, src)) in conv.traces.iter().zip(&sources).enumerate() {
        if t.name.starts_with(PREFIX) || !by_path.contains_key(src.path.as_path()) {
            continue;
        }
        let n = t.file.instructions.len();
        for &len in &opts.lengths {
            for a in 0..n.saturating_sub(len) {
                let Some(s) = stretch(t, a..a + len, &l) else { continue };
                match seen.get_mut(&s.key) {
                    Some(e) => {
                        if e.last != ti {
                            e.traces += 1;
                            e.last = ti;
                        }
                    }
                    None => {
                        seen.insert(s.key.clone(), Seen { traces: 1, last: ti, first: (ti, a, len) });
                    }
                }
            }
        }
    }
    let distinct = seen.len();
    let mut chosen: Vec<(&String, &Seen)> =
        seen.iter().filter(|(_, s)| s.traces >= opts.min_traces).collect();
    let recurring = chosen.len();
    chosen.sort_by(|a, b| {
        (b.1.traces * b.1.first.2).cmp(&(a.1.traces * a.1.first.2)).then(a.1.first.cmp(&b.1.first))
    });
    chosen.truncate(opts.limit);
    chosen.sort_by_key(|c| c.1.first);
    for (key, s) in chosen {
        let (ti, a, len) = s.first;
        let Some(t) = conv.traces.get(ti) else { continue };
        let Some(st) = stretch(t, a..a + len, &l) else { continue };
        found.push((format!("{key} x{}", s.traces), st));
    }

    let mut out = Segments { distinct, recurring, ..Default::default() };
    let mut files = Vec::with_capacity(found.len());
    for (i, (why, st)) in found.into_iter().enumerate() {
        let Some(&(ti, a, _)) = seen.get(&st.key).map(|s| &s.first) else { continue };
        let (Some(t), Some(src)) = (conv.traces.get(ti), sources.get(ti)) else { continue };
        let Some(whole) = by_path.get(src.path.as_path()) else { continue };
        let (Some(depth), Some(frame)) =
            (whole.depths.get(a), whole.frame_of.get(a).and_then(|f| whole.frames.get(*f)))
        else {
            continue;
        };
        let name = format!("{PREFIX}{i:05}_{}", st.instructions.len());
        let recurs = why.rsplit(' ').next().unwrap_or("").trim_start_matches('x').to_string();
        let notes = vec![
            "Recorded by tracefuse-cpython/recorder/record.py; converted by tracefuse_cpython::record."
                .to_string(),
            format!(
                "Segment: instructions {a}..{} of {} (a stretch found in {recurs} traces), then the stubs \
                 its exits reach; each `target` renumbered to those stubs.",
                a + st.instructions.len(),
                t.name
            ),
            "Build-time: only what the code's shape depends on (stack counts, stub targets); every other \
             field is a hole."
                .to_string(),
        ];
        let file = tracefuse::traces::schema::TraceFile {
            trace: name.clone(),
            library: crate::import::LIBRARY.to_string(),
            locals: frame.locals,
            stack_size: frame.stack_size,
            entry_stack: *depth,
            classes: None,
            instructions: st.instructions,
            stubs: st.stubs,
            cases: Vec::new(),
        };
        let (main, stubs) = (file.instructions.len(), file.stubs.len());
        files.push(TraceFile { name, executor: t.executor, main, stubs, notes, file });
    }
    // Only what the generator accepts (a stretch that returns from the frame it was entered
    // on, say, is refused: nothing says what the caller's frame is).
    let mut seg_sources = Vec::with_capacity(files.len());
    for f in &files {
        let path = dir.join(format!("{}.yaml", f.name));
        let text = f.text().map_err(|e| io(&path, format!("cannot write YAML: {e}")))?;
        seg_sources.push(SourceText { path, text });
    }
    let (_, skipped) =
        TraceSet::from_sources_skipping(&seg_sources, lib).map_err(|e| io(dir, e.to_string()))?;
    let refused: BTreeMap<&Path, String> =
        skipped.iter().map(|s| (s.path.as_path(), s.error.message.clone())).collect();
    for (f, src) in files.into_iter().zip(&seg_sources) {
        match refused.get(src.path.as_path()) {
            Some(why) => out.refused.push((f.name, why.clone())),
            None => out.files.push(f),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_renumbered_in_order_of_first_use() {
        // Stretch of 3 in an executor whose stubs start at 10: a guard to stub 12, an
        // error-only uop to stub 11, a guard and error to 12 and 11.
        let links = [(Some(12), None), (None, Some(11)), (Some(12), Some(11))];
        let (targets, stubs) = canonical_links(&links, 10).expect("stubs");
        assert_eq!(stubs, vec![12, 11]);
        assert_eq!(targets, vec![Some(3), Some(4 << 16), Some(4 << 16 | 3)]);
    }

    /// For random stretches: every renumbered link leads, through the segment's stub list,
    /// to the stub the executor's link led to; and a stretch whose stubs are the same up to
    /// their numbering (the same sharing) renumbers to exactly the same targets.
    #[test]
    fn renumbered_links_reach_the_same_stubs_and_forget_the_numbering() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..2000 {
            let len = 1 + next(12) as usize;
            let stubs_from = 20 + next(5);
            let nstubs = 1 + next(6);
            let link = |x: u64| (x < nstubs).then_some(stubs_from + x);
            let links: Vec<(Option<u64>, Option<u64>)> =
                (0..len).map(|_| (link(next(nstubs * 2)), link(next(nstubs * 2)))).collect();
            let (targets, stubs) = canonical_links(&links, stubs_from).expect("every link is a stub");
            for (t, (jump, error)) in targets.iter().zip(&links) {
                let Some(t) = *t else {
                    assert!(jump.is_none() && error.is_none());
                    continue;
                };
                for (half, want) in [(t & 0xffff, jump), (t >> 16, error)] {
                    match want {
                        Some(w) => assert_eq!(stubs[(half - len as u64) as usize], *w),
                        None => assert_eq!(half, 0),
                    }
                }
            }
            // The same stretch with its stubs renumbered by a permutation.
            let perm: Vec<u64> = (0..nstubs).rev().collect();
            let moved: Vec<_> = links
                .iter()
                .map(|(j, e)| {
                    let m = |x: &Option<u64>| x.map(|v| stubs_from + 7 + perm[(v - stubs_from) as usize]);
                    (m(j), m(e))
                })
                .collect();
            assert_eq!(canonical_links(&moved, stubs_from).expect("stubs").0, targets);
        }
    }

    #[test]
    fn a_link_into_the_main_trace_is_no_segment() {
        assert!(canonical_links(&[(Some(1), None)], 10).is_none());
    }

    #[test]
    fn options_parse_and_refuse() {
        let o = SegmentOptions::parse("100:4,8:3").expect("parses");
        assert_eq!(o, SegmentOptions { lengths: vec![4, 8], min_traces: 3, limit: 100 });
        assert!(SegmentOptions::parse("x").unwrap_err().contains("not a number"));
        assert!(SegmentOptions::parse("5:1").unwrap_err().contains("shortest"));
        assert!(SegmentOptions::parse("5:4:2:9").is_err());
    }
}
