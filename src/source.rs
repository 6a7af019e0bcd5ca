//! Reading YAML input files with line numbers for error messages.
//!
//! serde_yaml reports the line of a syntax or type error. Errors found later (an unknown
//! uop in instruction 12) need the line of a sequence item, which serde does not keep:
//! `SourceText` finds the lines of a top-level key and of the items of its block sequence
//! by scanning the text (for flow-style `[...]` sequences, the key's line is used).
//! [`closest`] gives an error its "did you mean".

use crate::error::{Error, Result};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// One input file's text, kept for locating errors.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: PathBuf,
    pub text: String,
}

impl SourceText {
    pub fn read(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, "read", e))?;
        Ok(SourceText { path: path.to_path_buf(), text })
    }

    /// Deserializes the whole file, turning serde_yaml's errors into located ones.
    pub fn parse<T: DeserializeOwned>(&self, what: &str) -> Result<T> {
        serde_yaml::from_str(&self.text).map_err(|e| {
            let line = e.location().map(|l| l.line());
            // YAML indents with spaces only; serde_yaml's words for a tab ("found character
            // that cannot start any token") never say so.
            if let Some(tab) = self.tab_indented_line(line) {
                return Error::at(
                    &self.path,
                    Some(tab),
                    format!("invalid {what}: this line is indented with a tab"),
                )
                .help("YAML indents with spaces only: replace the tab with spaces");
            }
            Error::at(&self.path, line, format!("invalid {what}: {e}"))
                .help(format!("see docs/formats.md for the {what} format"))
        })
    }

    /// The 1-based line indented with a tab that a parse error at `error_line` is about:
    /// that line if its indentation holds a tab, else the first such line before it.
    fn tab_indented_line(&self, error_line: Option<usize>) -> Option<usize> {
        let tabbed = |l: &str| l.chars().take_while(|c| c.is_whitespace()).any(|c| c == '\t');
        let lines: Vec<&str> = self.text.lines().collect();
        let upto = error_line.unwrap_or(lines.len()).min(lines.len());
        if let Some(at) = error_line.filter(|&n| n >= 1 && lines.get(n - 1).is_some_and(|l| tabbed(l))) {
            return Some(at);
        }
        lines[..upto].iter().position(|l| tabbed(l)).map(|i| i + 1)
    }

    /// 1-based line of a top-level `key:`.
    pub fn key_line(&self, key: &str) -> Option<usize> {
        self.text.lines().position(|l| is_key_line(l, key)).map(|i| i + 1)
    }

    /// 1-based lines where the items of top-level `key`'s block sequence start.
    pub fn item_lines(&self, key: &str) -> Vec<usize> {
        let lines: Vec<&str> = self.text.lines().collect();
        let Some(start) = lines.iter().position(|l| is_key_line(l, key)) else {
            return Vec::new();
        };
        let mut items = Vec::new();
        let mut item_indent: Option<usize> = None;
        for (i, line) in lines.iter().enumerate().skip(start + 1) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = line.len() - trimmed.len();
            let is_item = trimmed == "-" || trimmed.starts_with("- ");
            match item_indent {
                None if is_item => {
                    item_indent = Some(indent);
                    items.push(i + 1);
                }
                None => break,
                Some(ind) if indent == ind && is_item => items.push(i + 1),
                Some(ind) if indent < ind || (indent == ind && !is_item) => break,
                Some(_) => {}
            }
        }
        items
    }

    /// The line of item `index` of `key`, falling back to the key's line.
    pub fn item_line(&self, key: &str, index: usize) -> Option<usize> {
        self.item_lines(key).get(index).copied().or_else(|| self.key_line(key))
    }

    pub fn error(&self, line: Option<usize>, message: impl Into<String>) -> Error {
        Error::at(&self.path, line, message)
    }
}

/// The candidate nearest to `name` (edit distance, ignoring case) if it is near enough to
/// be a typo: at most a third of the name's length apart. For "did you mean" hints.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(&name.to_lowercase(), &c.to_lowercase()), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Levenshtein distance: insertions, deletions and substitutions of characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + (ca != cb) as usize);
            diagonal = above;
        }
    }
    row[b.len()]
}

fn is_key_line(line: &str, key: &str) -> bool {
    line.strip_prefix(key).and_then(|rest| rest.strip_prefix(':')).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(text: &str) -> SourceText {
        SourceText { path: "t.yaml".into(), text: text.into() }
    }

    #[test]
    fn finds_block_items_at_any_indent() {
        let s = src("a: 1\ninstructions:\n  - uop: X\n    oparg: 1\n\n  # c\n  - {uop: Y}\ncases:\n- x\n");
        assert_eq!(s.item_lines("instructions"), vec![3, 7]);
        assert_eq!(s.item_lines("cases"), vec![9]);
        assert_eq!(s.key_line("cases"), Some(8));
    }

    #[test]
    fn flow_sequences_fall_back_to_the_key() {
        let s = src("instructions: [{uop: X}, {uop: Y}]\n");
        assert_eq!(s.item_lines("instructions"), Vec::<usize>::new());
        assert_eq!(s.item_line("instructions", 1), Some(1));
    }

    #[test]
    fn a_tab_is_named_with_its_line() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: u32,
            b: Vec<u32>,
        }
        let err = src("a: 1\nb:\n\t- 2\n").parse::<T>("test file").unwrap_err().to_string();
        assert!(err.starts_with("t.yaml:3: invalid test file: this line is indented with a tab"), "{err}");
        assert!(err.contains("replace the tab with spaces"), "{err}");
        // A tab inside a line is not indentation.
        let err = src("a: 1\nb: [x,\t2]\n").parse::<T>("test file").unwrap_err().to_string();
        assert!(!err.contains("tab"), "{err}");
    }

    #[test]
    fn closest_names_a_typo_and_nothing_else() {
        let names = ["_LOAD_FAST", "_LOAD_FAST_BORROW", "_STORE_FAST"];
        assert_eq!(closest("_LOAD_FASTER", names), Some("_LOAD_FAST"));
        assert_eq!(closest("_load_fast", names), Some("_LOAD_FAST"));
        assert_eq!(closest("_UNARY_NEGATIVE_INT", names), None);
        assert_eq!(closest("sum_rnage", ["sum_range", "nested_pop"]), Some("sum_range"));
    }

    #[test]
    fn zero_indent_items_stop_at_next_key() {
        let s = src("uops:\n- name: A\n  id: 1\n- name: B\nother: 2\n");
        assert_eq!(s.item_lines("uops"), vec![2, 4]);
    }
}
