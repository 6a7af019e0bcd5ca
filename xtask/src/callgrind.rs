//! Running a CPython build under callgrind, for `cargo xtask cpython bench
//! --instructions` and `cargo xtask cpython startup`: a copy of the binary without debug
//! information, and callgrind's self cost per function.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `DIR/python-nodebug`, made again whenever `DIR/python` is newer: the build's binary
/// without debug information (valgrind 3.19 cannot read clang 19's DWARF 5), with its
/// symbol table (static functions keep their names).
pub fn nodebug_python(dir: &Path) -> Result<PathBuf, String> {
    let stripped = dir.join("python-nodebug");
    stripped_copy(&dir.join("python"), &stripped)?;
    Ok(stripped)
}

/// `DIR/nodebug/python`: for a program that loads the build's extension modules (their
/// debug information stops valgrind 3.19 too, `_ctypes` fatally), a build folder of its
/// own that the interpreter recognizes as one (`pybuilddir.txt` beside it): the binary
/// and every extension module of `DIR`'s build folder without debug information, `Lib`
/// and the build folder's other files as symbolic links to `DIR`'s (so the same `.pyc`
/// files are read). Stripped files are made again whenever their original is newer.
pub fn nodebug_tree(dir: &Path) -> Result<PathBuf, String> {
    let tree = dir.join("nodebug");
    let txt = dir.join("pybuilddir.txt");
    let text = std::fs::read_to_string(&txt).map_err(|e| format!("{}: {e}", txt.display()))?;
    let sub = text.lines().next().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('/'));
    let sub = sub.ok_or_else(|| format!("{}: no relative build folder in it", txt.display()))?;
    let (from, to) = (dir.join(sub), tree.join(sub));
    std::fs::create_dir_all(&to).map_err(|e| format!("{}: {e}", to.display()))?;
    std::fs::write(tree.join("pybuilddir.txt"), &text).map_err(|e| format!("{}: {e}", tree.display()))?;
    link(&dir.join("Lib"), &tree.join("Lib"))?;
    let entries = std::fs::read_dir(&from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let name = entry.file_name();
        if name.to_string_lossy().ends_with(".so") {
            stripped_copy(&entry.path(), &to.join(&name))?;
        } else {
            link(&entry.path(), &to.join(&name))?;
        }
    }
    let python = tree.join("python");
    stripped_copy(&dir.join("python"), &python)?;
    Ok(python)
}

/// `strip --strip-debug -o to from`, unless `to` is newer than `from`.
fn stripped_copy(from: &Path, to: &Path) -> Result<(), String> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(to).is_none() || modified(to) < modified(from) {
        let o = Command::new("strip").args(["--strip-debug", "-o"]).arg(to).arg(from).output();
        if !o.as_ref().is_ok_and(|o| o.status.success()) {
            return Err(format!("strip -o {} failed: {o:?}", to.display()));
        }
    }
    Ok(())
}

/// A symbolic link at `at` to `target` (absolute), replacing one that points elsewhere.
fn link(target: &Path, at: &Path) -> Result<(), String> {
    let target = std::path::absolute(target).map_err(|e| format!("{}: {e}", target.display()))?;
    if std::fs::read_link(at).ok().as_deref() == Some(target.as_path()) {
        return Ok(());
    }
    if std::fs::symlink_metadata(at).is_ok() {
        std::fs::remove_file(at).map_err(|e| format!("{}: {e}", at.display()))?;
    }
    #[cfg(unix)]
    let made = std::os::unix::fs::symlink(&target, at);
    #[cfg(not(unix))]
    let made: std::io::Result<()> = Err(std::io::Error::other("symbolic links: Unix only"));
    made.map_err(|e| format!("{} -> {}: {e}", at.display(), target.display()))
}

/// Self cost per function (`'N` recursion suffixes merged) from a callgrind output file,
/// keyed by (function, object file); code in no object file is one entry, `("JIT code",
/// "???")`. Every function is listed (`--threshold=100`), so the values sum to the
/// program's total.
pub fn self_costs(file: &Path) -> Result<BTreeMap<(String, String), f64>, String> {
    let mut cmd = Command::new("callgrind_annotate");
    cmd.args(["--inclusive=no", "--threshold=100"]).arg(file).stdin(Stdio::null());
    Ok(parse_self_costs(&crate::process::checked_output(cmd, "callgrind_annotate")?))
}

/// Inclusive cost of `function` (a function that does not recurse: only its outermost
/// level, without a `'N` suffix, is summed) from a callgrind output file.
pub fn inclusive_cost(file: &Path, function: &str) -> Result<f64, String> {
    let mut cmd = Command::new("callgrind_annotate");
    cmd.args(["--inclusive=yes", "--threshold=100"]).arg(file).stdin(Stdio::null());
    let text = crate::process::checked_output(cmd, "callgrind_annotate")?;
    Ok(parse_costs(&text, false).iter().filter(|((f, _), _)| f == function).map(|(_, c)| c).sum())
}

/// [`self_costs`] from `callgrind_annotate --inclusive=no` output.
fn parse_self_costs(text: &str) -> BTreeMap<(String, String), f64> {
    parse_costs(text, true)
}

/// Costs per (function, object file) from `callgrind_annotate` output; `merge`: recursion
/// levels (`'N`) add to the function's entry, else they are left out.
fn parse_costs(text: &str, merge: bool) -> BTreeMap<(String, String), f64> {
    let mut costs = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        let Some((count, rest)) = line.split_once(' ') else { continue };
        let Ok(count) = count.replace(',', "").parse::<f64>() else { continue };
        // `(12.34%)  file:function [object]`
        let Some(rest) = rest.trim().strip_prefix('(').and_then(|r| r.split_once(')')).map(|(_, r)| r.trim())
        else {
            continue;
        };
        let Some((place, object)) = rest.rsplit_once(" [") else { continue };
        let object = object.trim_end_matches(']');
        let function = place.split_once(':').map_or(place, |(_, f)| f);
        if !merge && function.contains('\'') {
            continue;
        }
        let function = function.split('\'').next().unwrap_or(function);
        let key = if object == "???" {
            ("JIT code".to_string(), "???".to_string())
        } else {
            (function.to_string(), object.to_string())
        };
        *costs.entry(key).or_insert(0.0) += count;
    }
    costs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_recursion_levels_and_jit_code() {
        let text = "\
--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
508,000,000 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir                    file:function
--------------------------------------------------------------------------------
40,000,000 (40.00%)  ???:_PyEval_EvalFrameDefault [/cpt/python-nodebug]
 2,500,000 ( 2.50%)  ???:_PyEval_EvalFrameDefault'2 [/cpt/python-nodebug]
 1,000,000 ( 1.00%)  ???:0x000000000401a000 [???]
   500,000 ( 0.50%)  ???:0x000000000402b000 [???]
        12 ( 0.00%)  ???:memcpy [/usr/lib/x86_64-linux-gnu/libc.so.6]
";
        let c = parse_self_costs(text);
        let eval = ("_PyEval_EvalFrameDefault".to_string(), "/cpt/python-nodebug".to_string());
        assert_eq!(c.get(&eval), Some(&42_500_000.0));
        assert_eq!(c.get(&("JIT code".to_string(), "???".to_string())), Some(&1_500_000.0));
        assert_eq!(c.len(), 3);
        assert_eq!(c.values().sum::<f64>(), 44_000_012.0);
        // Inclusive costs of a function: its outermost level only.
        let i = parse_costs(text, false);
        assert_eq!(i.get(&eval), Some(&40_000_000.0));
    }
}
