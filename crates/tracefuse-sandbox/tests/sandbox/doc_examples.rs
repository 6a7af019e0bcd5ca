//! Every YAML example in the docs (`docs/*.md`, `README.md`) validates:
//!
//! - a block with a top-level `trace:` loads as a trace against the bundled library (its
//!   `exit_to` names linked against the bundled traces, its cases read by the sandbox);
//! - a block with a top-level `uops:` loads as a manifest, written as `uops.yaml` into a
//!   copy of `uops/sandbox` so its paths resolve;
//! - a block whose first line is `# fragment` is intentionally partial and must parse as
//!   YAML; a fragment that is a list of uop entries (the README tutorial's new uop) is
//!   appended to that file's copy of the library, with its body from the file's C block
//!   defining `TF_UOP(NAME)`, and later trace blocks of the same file are validated
//!   against that library;
//! - any other block parses as YAML.

use std::path::{Path, PathBuf};
use tracefuse::definitions::UopLibrary;
use tracefuse::traces::{Trace, TraceSet};
use tracefuse_sandbox::cases::TraceTests;

/// A fenced block: its language, first content line (1-based) and text (the fence's
/// indentation removed).
struct Block {
    lang: String,
    line: usize,
    text: String,
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<(String, usize, usize, Vec<String>)> = None;
    for (n, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        match &mut open {
            None => {
                if let Some(lang) = trimmed.strip_prefix("```") {
                    open = Some((lang.trim().to_string(), n + 2, indent, Vec::new()));
                }
            }
            Some((lang, start, ind, lines)) => {
                if trimmed.trim_end() == "```" {
                    out.push(Block { lang: lang.clone(), line: *start, text: lines.join("\n") + "\n" });
                    open = None;
                } else {
                    let cut = line.char_indices().take_while(|(i, c)| *i < *ind && *c == ' ').count();
                    lines.push(line[cut..].to_string());
                }
            }
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "stencils" {
                copy_dir(&src, &dst);
            }
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

fn library_copy(dir: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    copy_dir(&tracefuse_sandbox::default_library_dir(), dir);
    dir.to_path_buf()
}

fn top_key(value: &serde_yaml::Value, key: &str) -> bool {
    value.as_mapping().is_some_and(|m| m.contains_key(key))
}

/// Validates one trace block against `lib` (the library folder): load, link with the
/// bundled traces (replacing one of the same name), read its cases.
fn validate_trace(text: &str, lib_dir: &Path, scratch: &Path) -> Result<(), String> {
    let lib = UopLibrary::load(lib_dir).map_err(|e| format!("library: {e}"))?;
    let path = scratch.join("trace.yaml");
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    let trace = Trace::load(&path, &lib).map_err(|e| e.to_string())?;
    let bundled = TraceSet::load_library_default(&lib).map_err(|e| format!("bundled traces: {e}"))?;
    let mut traces: Vec<Trace> = bundled.traces.into_iter().filter(|t| t.name != trace.name).collect();
    traces.push(trace);
    let set = TraceSet::link(traces).map_err(|e| e.to_string())?;
    let trace = set.traces.last().ok_or("no trace")?;
    let tests = TraceTests::read(trace).map_err(|e| e.to_string())?;
    if trace.test_data.cases.len() != tests.cases.len() {
        return Err("not every case was read".into());
    }
    Ok(())
}

fn validate_file(doc: &Path, scratch: &Path) -> Vec<String> {
    let name = doc.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let markdown = std::fs::read_to_string(doc).unwrap();
    let all = blocks(&markdown);
    // The library this file's traces are validated against: the bundled one, plus uops
    // the file's fragments declare.
    let lib_dir = library_copy(&scratch.join(format!("{name}-library")));
    let bodies: Vec<(String, String)> = all
        .iter()
        .filter(|b| b.lang == "c")
        .filter_map(|b| {
            let start = b.text.find("TF_UOP(")? + "TF_UOP(".len();
            let end = start + b.text[start..].find(')')?;
            Some((b.text[start..end].to_string(), b.text.clone()))
        })
        .collect();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (i, b) in all.iter().filter(|b| b.lang == "yaml").enumerate() {
        checked += 1;
        let at = format!("{}:{}", doc.display(), b.line);
        let value: serde_yaml::Value = match serde_yaml::from_str(&b.text) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{at}: not YAML: {e}"));
                continue;
            }
        };
        let dir = scratch.join(format!("{name}-{i}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let result = if b.text.starts_with("# fragment") {
            // Uop entries: append them to this file's library, bodies from its C blocks.
            let entries = value.as_sequence().filter(|s| s.iter().all(|e| top_key(e, "body")));
            match entries {
                Some(entries) if !entries.is_empty() => (|| {
                    for e in entries {
                        let uop = e.get("name").and_then(|n| n.as_str()).ok_or("an entry without a name")?;
                        let (_, body) = bodies
                            .iter()
                            .find(|(n, _)| n == uop)
                            .ok_or_else(|| format!("no C block defines TF_UOP({uop})"))?;
                        let rel =
                            e.get("body").and_then(|p| p.as_str()).ok_or("a body that is not a path")?;
                        std::fs::write(lib_dir.join(rel), body).map_err(|e| e.to_string())?;
                    }
                    let manifest = lib_dir.join("uops.yaml");
                    let mut text = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
                    text.push_str(&b.text);
                    std::fs::write(&manifest, text).map_err(|e| e.to_string())?;
                    UopLibrary::load(&lib_dir).map(|_| ()).map_err(|e| format!("appended to uops.yaml: {e}"))
                })(),
                _ => Ok(()),
            }
        } else if top_key(&value, "trace") {
            validate_trace(&b.text, &lib_dir, &dir)
        } else if top_key(&value, "uops") {
            let copy = library_copy(&dir.join("library"));
            std::fs::write(copy.join("uops.yaml"), &b.text).unwrap();
            UopLibrary::load(&copy).map(|_| ()).map_err(|e| e.to_string())
        } else {
            Ok(())
        };
        if let Err(e) = result {
            failures.push(format!("{at}: {e}"));
        }
    }
    if checked == 0 && name == "formats.md" {
        failures.push(format!("{}: no yaml block found", doc.display()));
    }
    failures
}

#[test]
fn every_yaml_example_in_the_docs_validates() {
    let root = tracefuse_sandbox::repo_root();
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    docs.push(root.join("README.md"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("doc-examples");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    let failures: Vec<String> = docs.iter().flat_map(|d| validate_file(d, &scratch)).collect();
    assert!(failures.is_empty(), "doc examples that do not validate:\n{}", failures.join("\n\n"));
}

#[test]
fn fenced_blocks_are_found_with_their_lines_and_indentation_removed() {
    let md = "text\n```yaml\na: 1\n```\n1. step\n   ```yaml\n     - name: x\n   ```\n";
    let b = blocks(md);
    assert_eq!(b.len(), 2);
    assert_eq!((b[0].lang.as_str(), b[0].line, b[0].text.as_str()), ("yaml", 3, "a: 1\n"));
    assert_eq!((b[1].line, b[1].text.as_str()), (7, "  - name: x\n"));
}
