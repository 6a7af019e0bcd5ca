//! `cargo xtask cycles`: the module dependency graph of every crate in the workspace, and
//! the import cycles in it.
//!
//! A small scanner, not a compiler: it reads each crate's files (following `mod`
//! declarations from the crate root), skips comments, strings and `#[cfg(test)]` items,
//! and collects the paths the code names: `use` trees (`pub use` re-exports included),
//! and `crate::`, `self::`, `super::` paths anywhere in the code (plus `m::` paths in the
//! crate root, where `m` is a declared module). A path counts for the top-level module it
//! lands in (a folder module is one module); a name the crate root re-exports resolves to
//! the module it comes from; a name the root defines itself lands in the root, `crate`.
//! `mod` declarations are containment, not dependencies. Strongly connected components
//! (Tarjan) give the module order and the cycles, each step shown with one `file:line`
//! where the reference is. Paths named only inside macros' string arguments or through
//! glob imports of other modules' children are not seen.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::process::repo_root;

/// The name the crate root goes by in the graph.
const ROOT: &str = "crate";

/// Cycles listed per strongly connected component at most (each of its edges is in one).
const MAX_CYCLES: usize = 50;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut edges_too = false;
    for arg in args {
        match arg.as_str() {
            "--edges" => edges_too = true,
            other => return Err(format!("unknown argument `{other}` (see --help)")),
        }
    }
    let root = repo_root();
    let read = |p: &Path| std::fs::read_to_string(root.join(p)).ok();
    let mut cycles = 0;
    let mut crates = 0;
    for (label, file) in workspace_crates(&root)? {
        let graph = Graph::scan(&file, &read)?;
        let report = graph.report(&label, edges_too);
        print!("{}", report.text);
        cycles += report.cycles;
        crates += 1;
    }
    println!("{crates} crates, {cycles} cycles");
    if cycles > 0 {
        return Err(format!("{cycles} import cycles (above)"));
    }
    Ok(())
}

/// Every crate of the workspace: (label, root file relative to the repository root), from
/// the root `Cargo.toml`'s `members` (a trailing `/*` lists the folders holding a
/// `Cargo.toml`): each package's `src/lib.rs`, `src/main.rs`, `src/bin/*.rs` and
/// `src/bin/*/main.rs`.
fn workspace_crates(root: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let manifest =
        std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let mut dirs = Vec::new();
    for member in members(&manifest) {
        match member.strip_suffix("/*") {
            Some(parent) => {
                let entries = std::fs::read_dir(root.join(parent)).map_err(|e| format!("{parent}: {e}"))?;
                let mut found: Vec<_> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().join("Cargo.toml").is_file())
                    .map(|e| Path::new(parent).join(e.file_name()))
                    .collect();
                found.sort();
                dirs.extend(found);
            }
            None if member == "." => dirs.push(PathBuf::new()),
            None => dirs.push(PathBuf::from(member)),
        }
    }
    let mut out = Vec::new();
    for dir in dirs {
        let toml = std::fs::read_to_string(root.join(&dir).join("Cargo.toml"))
            .map_err(|e| format!("{}: {e}", dir.join("Cargo.toml").display()))?;
        let name = package_name(&toml).unwrap_or_else(|| dir.display().to_string());
        let src = dir.join("src");
        let mut roots = Vec::new();
        for (kind, file) in [("lib", src.join("lib.rs")), ("bin", src.join("main.rs"))] {
            if root.join(&file).is_file() {
                roots.push((format!("{name} ({kind})"), file));
            }
        }
        if let Ok(entries) = std::fs::read_dir(root.join(src.join("bin"))) {
            let mut bins: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
            bins.sort();
            for entry in bins {
                let entry = entry.to_string_lossy().to_string();
                let (bin, file) = match entry.strip_suffix(".rs") {
                    Some(stem) => (stem.to_string(), src.join("bin").join(&entry)),
                    None => (entry.clone(), src.join("bin").join(&entry).join("main.rs")),
                };
                if root.join(&file).is_file() {
                    roots.push((format!("{name} (bin {bin})"), file));
                }
            }
        }
        out.extend(roots);
    }
    Ok(out)
}

/// The strings of the `members = [...]` array of a workspace manifest.
fn members(manifest: &str) -> Vec<String> {
    let Some(start) = manifest.find("\nmembers") else { return Vec::new() };
    let rest = &manifest[start..];
    let (Some(open), Some(close)) = (rest.find('['), rest.find(']')) else { return Vec::new() };
    rest[open + 1..close]
        .lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .flat_map(|l| l.split(','))
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `name` in a manifest's `[package]` table.
fn package_name(toml: &str) -> Option<String> {
    let package = &toml[toml.find("[package]")?..];
    let line = package.lines().find(|l| l.trim_start().starts_with("name"))?;
    Some(line.split('=').nth(1)?.trim().trim_matches('"').to_string())
}

// ---------------------------------------------------------------------------------------
// Lexing: identifiers, `::` and single punctuation characters, with their lines. Comments,
// string, byte-string, raw-string and character literals, numbers and lifetimes vanish.

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
}

fn lex(src: &str) -> Vec<Token> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    // Skips s[from..to], counting its newlines.
    let advance = |from: usize, to: usize, line: &mut usize| {
        *line += s[from..to.min(s.len())].iter().filter(|&&c| c == '\n').count();
        to.min(s.len())
    };
    // The end of a quoted literal (after the closing `close`), honouring `\` escapes.
    let quoted_end = |mut j: usize, close: char| {
        while j < s.len() && s[j] != close {
            j += if s[j] == '\\' { 2 } else { 1 };
        }
        j + 1
    };
    // The end of a raw string whose opening `r` is at j.
    let raw_end = |mut j: usize| {
        j += 1;
        let mut hashes = 0;
        while j < s.len() && s[j] == '#' {
            hashes += 1;
            j += 1;
        }
        j += 1; // the opening quote
        while j < s.len() {
            if s[j] == '"' && (1..=hashes).all(|k| s.get(j + k) == Some(&'#')) {
                return j + 1 + hashes;
            }
            j += 1;
        }
        j
    };
    let is_ident = |c: char| c == '_' || c.is_alphanumeric();
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = s[i..].iter().position(|&c| c == '\n').map_or(s.len(), |p| i + p);
            i = advance(i, end, &mut line);
        } else if c == '/' && next == Some('*') {
            let (mut j, mut depth) = (i + 2, 1);
            while j < s.len() && depth > 0 {
                if s[j] == '/' && s.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if s[j] == '*' && s.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            i = advance(i, j, &mut line);
        } else if c == '"' {
            i = advance(i, quoted_end(i + 1, '"'), &mut line);
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{..}') or a lifetime or label ('a).
            if next == Some('\\') {
                i = advance(i, quoted_end(i + 1, '\''), &mut line);
            } else if s.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            while i < s.len() && is_ident(s[i]) {
                i += 1;
            }
        } else if is_ident(c) {
            let start = i;
            while i < s.len() && is_ident(s[i]) {
                i += 1;
            }
            let word: String = s[start..i].iter().collect();
            let after = s.get(i).copied();
            let raw_prefix = matches!(word.as_str(), "r" | "br" | "cr");
            let hashes_then_quote = {
                let mut j = i;
                while s.get(j) == Some(&'#') {
                    j += 1;
                }
                s.get(j) == Some(&'"')
            };
            if raw_prefix && (after == Some('"') || (after == Some('#') && hashes_then_quote)) {
                i = advance(start, raw_end(i - 1), &mut line);
            } else if word == "r" && after == Some('#') {
                // A raw identifier: r#name.
                let from = i + 1;
                i = from;
                while i < s.len() && is_ident(s[i]) {
                    i += 1;
                }
                out.push(Token { tok: Tok::Ident(s[from..i].iter().collect()), line });
            } else if matches!(word.as_str(), "b" | "c") && after == Some('"') {
                i = advance(start, quoted_end(i + 1, '"'), &mut line);
            } else if word == "b" && after == Some('\'') {
                i = advance(start, quoted_end(i + 1, '\''), &mut line);
            } else {
                out.push(Token { tok: Tok::Ident(word), line });
            }
        } else if c == ':' && next == Some(':') {
            out.push(Token { tok: Tok::PathSep, line });
            i += 2;
        } else {
            if c == '\n' {
                line += 1;
            } else if !c.is_whitespace() {
                out.push(Token { tok: Tok::Punct(c), line });
            }
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Scanning one file: the paths it names, the modules it declares, and (for the crate root)
// the names its `use` declarations bring in.

/// A path the code names, as written.
#[derive(Clone, Debug)]
struct Ref {
    segs: Vec<String>,
    /// The module the path is written in, from the crate root.
    module: Vec<String>,
    line: usize,
}

/// A name a `use` at the top of the crate root brings in: `alias` for `target`.
#[derive(Clone, Debug)]
struct RootUse {
    alias: String,
    target: Vec<String>,
}

#[derive(Default, Debug)]
struct FileScan {
    refs: Vec<Ref>,
    /// `mod name;` declarations: the inline modules they sit in, and the name.
    children: Vec<(Vec<String>, String)>,
    /// `mod name;` and `mod name { .. }` at the top of the file.
    top_mods: Vec<String>,
    /// The `use` declarations at the top of the file.
    uses: Vec<RootUse>,
}

fn ident(t: Option<&Token>) -> Option<&str> {
    match t.map(|t| &t.tok) {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

fn punct(t: Option<&Token>, c: char) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::Punct(p)) if *p == c)
}

fn path_sep(t: Option<&Token>) -> bool {
    matches!(t.map(|t| &t.tok), Some(Tok::PathSep))
}

/// The index after the bracket that closes the one at `i` (`(`, `[` or `{`).
fn matching(toks: &[Token], i: usize) -> usize {
    let mut depth = 0i32;
    for (j, t) in toks.iter().enumerate().skip(i) {
        match t.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// Whether an attribute's tokens (inside `#[..]`) are `cfg(test)` or `cfg(all(test, ..))`.
fn test_only(attr: &[Token]) -> bool {
    let words: Vec<_> = attr.iter().map(|t| &t.tok).collect();
    let is = |k: usize, w: &str| matches!(words.get(k), Some(Tok::Ident(s)) if s == w);
    if !is(0, "cfg") || !matches!(words.get(1), Some(Tok::Punct('('))) {
        return false;
    }
    if is(2, "test") && matches!(words.get(3), Some(Tok::Punct(')'))) {
        return true;
    }
    // all(..): `test` directly inside it.
    if is(2, "all") {
        let mut depth = 0;
        for w in &words[3..] {
            match w {
                Tok::Punct('(') => depth += 1,
                Tok::Punct(')') => depth -= 1,
                Tok::Ident(s) if s == "test" && depth == 1 => return true,
                _ => {}
            }
        }
    }
    false
}

/// The end of the item starting at `i` (after its `;` or closing `}`).
fn item_end(toks: &[Token], i: usize) -> usize {
    let semi_only = matches!(ident(toks.get(i)), Some("use" | "const" | "static" | "type" | "let"));
    let mut j = i;
    while j < toks.len() {
        match toks[j].tok {
            Tok::Punct(';') => return j + 1,
            Tok::Punct('{') if !semi_only => return matching(toks, j),
            Tok::Punct('(' | '[' | '{') => j = matching(toks, j),
            Tok::Punct('}') => return j, // the enclosing block ends: a malformed item
            _ => j += 1,
        }
    }
    j
}

/// Parses a `use` tree starting at `i` (after `use`), pushing each leaf path (with its
/// alias, `*` for a glob) onto `out`.
fn use_tree(toks: &[Token], i: &mut usize, prefix: Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    let mut segs = prefix;
    while *i < toks.len() {
        let t = &toks[*i];
        match &t.tok {
            Tok::PathSep => {
                if segs.is_empty() {
                    segs.push("::".into()); // ::name: an extern crate
                }
                *i += 1;
            }
            Tok::Ident(word) => {
                segs.push(word.clone());
                *i += 1;
                if path_sep(toks.get(*i)) {
                    *i += 1;
                    continue;
                }
                let mut alias =
                    if word == "self" { segs[segs.len().saturating_sub(2)].clone() } else { word.clone() };
                if ident(toks.get(*i)) == Some("as") {
                    alias = ident(toks.get(*i + 1)).unwrap_or("_").to_string();
                    *i += 2;
                }
                out.push((segs, alias));
                return;
            }
            Tok::Punct('*') => {
                *i += 1;
                out.push((segs, "*".into()));
                return;
            }
            Tok::Punct('{') => {
                *i += 1;
                while *i < toks.len() && !punct(toks.get(*i), '}') {
                    let before = *i;
                    use_tree(toks, i, segs.clone(), out);
                    if punct(toks.get(*i), ',') {
                        *i += 1;
                    } else if *i == before {
                        *i += 1; // not a tree: skip the token
                    }
                }
                *i += 1;
                return;
            }
            _ => return,
        }
    }
}

/// Scans one file of module `module` (from the crate root; empty for the root itself).
fn scan(src: &str, module: &[String]) -> FileScan {
    let toks = lex(src);
    let mut out = FileScan::default();
    // Inline modules open here: (name, brace depth inside them).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut test_item = false;
    let mut i = 0;
    let here = |inline: &[(String, usize)]| {
        let mut m = module.to_vec();
        m.extend(inline.iter().map(|(n, _)| n.clone()));
        m
    };
    while i < toks.len() {
        let t = &toks[i];
        // Attributes: #[..] and #![..].
        if punct(Some(t), '#') {
            let inner = punct(toks.get(i + 1), '!');
            let open = if inner { i + 2 } else { i + 1 };
            if punct(toks.get(open), '[') {
                let end = matching(&toks, open);
                let attr = &toks[open + 1..end.saturating_sub(1).max(open + 1)];
                if test_only(attr) {
                    if inner {
                        // The whole enclosing module is test-only.
                        match inline.last() {
                            Some(_) => {
                                // Skip to the end of the inline module's block.
                                let mut d = depth;
                                let mut j = end;
                                while j < toks.len() && d >= depth {
                                    match toks[j].tok {
                                        Tok::Punct('{') => d += 1,
                                        Tok::Punct('}') => d -= 1,
                                        _ => {}
                                    }
                                    if d < depth {
                                        break;
                                    }
                                    j += 1;
                                }
                                i = j;
                                continue;
                            }
                            None => return FileScan::default(),
                        }
                    }
                    test_item = true;
                }
                i = end;
                continue;
            }
        }
        if test_item {
            // Skip the item the test-only attribute applies to: visibility, then the item.
            let mut j = i;
            if ident(toks.get(j)) == Some("pub") {
                j += 1;
                if punct(toks.get(j), '(') {
                    j = matching(&toks, j);
                }
            }
            if ident(toks.get(j)) == Some("mod") && punct(toks.get(j + 2), '{') {
                i = matching(&toks, j + 2);
            } else {
                i = item_end(&toks, j);
            }
            test_item = false;
            continue;
        }
        match &t.tok {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, d)| *d > depth) {
                    inline.pop();
                }
            }
            Tok::Ident(word) if word == "mod" => {
                if let Some(name) = ident(toks.get(i + 1)) {
                    if inline.is_empty() {
                        out.top_mods.push(name.to_string());
                    }
                    if punct(toks.get(i + 2), ';') {
                        out.children
                            .push((inline.iter().map(|(n, _)| n.clone()).collect(), name.to_string()));
                    } else if punct(toks.get(i + 2), '{') {
                        depth += 1;
                        inline.push((name.to_string(), depth));
                        i += 3;
                        continue;
                    }
                }
            }
            Tok::Ident(word) if word == "use" && !punct(toks.get(i + 1), '<') => {
                let mut j = i + 1;
                let mut leaves = Vec::new();
                while j < toks.len() && !punct(toks.get(j), ';') {
                    let before = j;
                    use_tree(&toks, &mut j, Vec::new(), &mut leaves);
                    if j == before {
                        j += 1;
                    }
                }
                let m = here(&inline);
                for (segs, alias) in leaves {
                    if inline.is_empty() && depth == 0 {
                        out.uses.push(RootUse { alias, target: segs.clone() });
                    }
                    out.refs.push(Ref { segs, module: m.clone(), line: t.line });
                }
                i = j + 1;
                continue;
            }
            Tok::Ident(word) if !path_sep(i.checked_sub(1).and_then(|p| toks.get(p))) => {
                // A path: crate::.., self::.., super::.., or (seen from the crate root)
                // name::.., checked against the root's modules when resolved.
                let keyword = matches!(word.as_str(), "crate" | "self" | "super");
                let in_root = module.is_empty() && inline.is_empty();
                let prev = i.checked_sub(1).and_then(|p| toks.get(p));
                let visibility = ident(prev) == Some("in")
                    && punct(i.checked_sub(2).and_then(|p| toks.get(p)), '(')
                    && ident(i.checked_sub(3).and_then(|p| toks.get(p))) == Some("pub");
                let method = punct(prev, '.');
                if (keyword || in_root) && !visibility && !method && path_sep(toks.get(i + 1)) {
                    let mut segs = vec![word.clone()];
                    let mut j = i + 1;
                    while path_sep(toks.get(j)) {
                        match ident(toks.get(j + 1)) {
                            Some(next) => segs.push(next.to_string()),
                            None => break,
                        }
                        j += 2;
                    }
                    if segs.len() > 1 {
                        out.refs.push(Ref { segs, module: here(&inline), line: t.line });
                    }
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------
// A crate's graph.

/// One reference from a module to another: the first one seen, and how many there are.
#[derive(Clone, Debug)]
struct Edge {
    file: PathBuf,
    line: usize,
    path: String,
    count: usize,
}

struct Graph {
    /// The crate root's file.
    root_file: PathBuf,
    /// The top-level modules, and `crate`.
    nodes: BTreeSet<String>,
    edges: BTreeMap<(String, String), Edge>,
}

/// Where a path lands: a top-level module, the crate root, or outside the crate.
#[derive(Debug, PartialEq)]
enum Target {
    Module(String),
    Root,
    Outside,
}

struct Resolver<'a> {
    mods: &'a BTreeSet<String>,
    uses: &'a [RootUse],
}

impl Resolver<'_> {
    /// Resolves `segs`, written in `module`.
    fn resolve(&self, segs: &[String], module: &[String]) -> Target {
        self.resolve_depth(segs, module, 0)
    }

    fn resolve_depth(&self, segs: &[String], module: &[String], hops: usize) -> Target {
        let mut base: Vec<String> = module.to_vec();
        let mut rest = segs;
        match segs.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &segs[1..];
            }
            Some("self") => rest = &segs[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    if base.pop().is_none() {
                        return Target::Outside; // above the crate: not valid Rust
                    }
                    rest = &rest[1..];
                }
                if rest.first().map(String::as_str) == Some("self") {
                    rest = &rest[1..];
                }
            }
            Some("::") | None => return Target::Outside,
            // A bare path: in the crate root it names a root item; elsewhere an extern
            // crate, or a name this module imported (its `use` is the reference) or owns.
            Some(_) if !module.is_empty() => return Target::Outside,
            Some(_) => {}
        }
        if let Some(top) = base.first() {
            return Target::Module(top.clone());
        }
        let Some(name) = rest.first().filter(|n| *n != "*") else { return Target::Root };
        if self.mods.contains(name) {
            return Target::Module(name.clone());
        }
        if hops < 8 {
            if let Some(u) = self.uses.iter().find(|u| &u.alias == name) {
                let target = u.target.clone();
                return match target.first().map(String::as_str) {
                    Some("crate" | "self" | "super") => self.resolve_depth(&target, &[], hops + 1),
                    Some(first) if self.mods.contains(first) => Target::Module(first.to_string()),
                    _ => Target::Outside,
                };
            }
        }
        // Defined in the root itself (an item, a glob-imported or #[macro_export] name).
        Target::Root
    }
}

impl Graph {
    /// Reads the crate whose root is `root_file` (repository-relative) through `read`.
    fn scan(root_file: &Path, read: &dyn Fn(&Path) -> Option<String>) -> Result<Graph, String> {
        let text = read(root_file).ok_or_else(|| format!("cannot read {}", root_file.display()))?;
        let root_scan = scan(&text, &[]);
        let dir = root_file.parent().unwrap_or(Path::new("")).to_path_buf();
        let mods: BTreeSet<String> = root_scan.top_mods.iter().cloned().collect();
        // Every file: (path, module path from the root, scan).
        let mut files: Vec<(PathBuf, Vec<String>, FileScan)> = Vec::new();
        let mut queue: Vec<(PathBuf, Vec<String>, FileScan, PathBuf)> =
            vec![(root_file.to_path_buf(), Vec::new(), root_scan, dir)];
        while let Some((file, module, found, child_dir)) = queue.pop() {
            for (inline, name) in &found.children {
                let mut d = child_dir.clone();
                d.extend(inline);
                let mut child = module.clone();
                child.extend(inline.iter().cloned());
                child.push(name.clone());
                let flat = d.join(format!("{name}.rs"));
                let nested = d.join(name).join("mod.rs");
                let (path, text) = match (read(&flat), read(&nested)) {
                    (Some(text), _) => (flat, text),
                    (None, Some(text)) => (nested, text),
                    (None, None) => {
                        return Err(format!(
                            "{}: `mod {name};` has no file ({})",
                            file.display(),
                            flat.display()
                        ))
                    }
                };
                queue.push((path, child.clone(), scan(&text, &child), d.join(name)));
            }
            files.push((file, module, found));
        }
        let root_uses =
            files.iter().find(|(_, m, _)| m.is_empty()).map(|(_, _, s)| s.uses.clone()).unwrap_or_default();
        let resolver = Resolver { mods: &mods, uses: &root_uses };
        let mut nodes = mods.clone();
        nodes.insert(ROOT.into());
        let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        for (file, module, found) in &files {
            let from = module.first().cloned().unwrap_or_else(|| ROOT.into());
            for r in &found.refs {
                let to = match resolver.resolve(&r.segs, &r.module) {
                    Target::Module(m) => m,
                    Target::Root => ROOT.into(),
                    Target::Outside => continue,
                };
                if to == from || !nodes.contains(&to) {
                    continue;
                }
                edges.entry((from.clone(), to)).and_modify(|e| e.count += 1).or_insert_with(|| Edge {
                    file: file.clone(),
                    line: r.line,
                    path: r.segs.join("::"),
                    count: 1,
                });
            }
        }
        Ok(Graph { root_file: root_file.to_path_buf(), nodes, edges })
    }
}

/// What [`Graph::report`] prints, and how many cycles it lists.
struct Report {
    text: String,
    cycles: usize,
}

impl Graph {
    /// Each node's successors, by index into `names`.
    fn successors(&self, names: &[&String]) -> Vec<Vec<usize>> {
        let index = |n: &String| names.iter().position(|m| *m == n);
        let mut succ = vec![Vec::new(); names.len()];
        for (from, to) in self.edges.keys() {
            if let (Some(a), Some(b)) = (index(from), index(to)) {
                succ[a].push(b);
            }
        }
        succ
    }

    /// The strongly connected components (Tarjan), each after the ones it reaches: every
    /// module comes after the modules it uses.
    fn components(&self) -> Vec<Vec<String>> {
        struct Tarjan<'a> {
            succ: &'a [Vec<usize>],
            index: Vec<Option<usize>>,
            low: Vec<usize>,
            on_stack: Vec<bool>,
            stack: Vec<usize>,
            next: usize,
            out: Vec<Vec<usize>>,
        }
        impl Tarjan<'_> {
            fn visit(&mut self, v: usize) {
                self.index[v] = Some(self.next);
                self.low[v] = self.next;
                self.next += 1;
                self.stack.push(v);
                self.on_stack[v] = true;
                for &w in self.succ[v].clone().iter() {
                    match self.index[w] {
                        None => {
                            self.visit(w);
                            self.low[v] = self.low[v].min(self.low[w]);
                        }
                        Some(iw) if self.on_stack[w] => self.low[v] = self.low[v].min(iw),
                        Some(_) => {}
                    }
                }
                if Some(self.low[v]) == self.index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack[w] = false;
                        component.push(w);
                        if w == v {
                            break;
                        }
                    }
                    component.sort();
                    self.out.push(component);
                }
            }
        }
        let names: Vec<&String> = self.nodes.iter().collect();
        let succ = self.successors(&names);
        let n = names.len();
        let mut t = Tarjan {
            succ: &succ,
            index: vec![None; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            out: Vec::new(),
        };
        for v in 0..n {
            if t.index[v].is_none() {
                t.visit(v);
            }
        }
        t.out.into_iter().map(|c| c.into_iter().map(|i| names[i].clone()).collect()).collect()
    }

    /// The elementary cycles through a component's nodes (at most [`MAX_CYCLES`]), each
    /// starting at its least node, shortest first.
    fn cycles(&self, component: &[String]) -> Vec<Vec<String>> {
        fn walk(
            path: &mut Vec<usize>,
            start: usize,
            succ: &[Vec<usize>],
            allowed: &dyn Fn(usize) -> bool,
            out: &mut Vec<Vec<usize>>,
        ) {
            let last = path[path.len() - 1];
            for &w in &succ[last] {
                if out.len() >= MAX_CYCLES {
                    return;
                }
                if w == start {
                    out.push(path.clone());
                } else if w > start && allowed(w) && !path.contains(&w) {
                    path.push(w);
                    walk(path, start, succ, allowed, out);
                    path.pop();
                }
            }
        }
        if component.len() < 2 {
            return Vec::new();
        }
        let names: Vec<&String> = self.nodes.iter().collect();
        let succ = self.successors(&names);
        let members: Vec<usize> =
            component.iter().filter_map(|c| names.iter().position(|n| *n == c)).collect();
        let allowed = |w: usize| members.contains(&w);
        let mut found = Vec::new();
        for &s in &members {
            walk(&mut vec![s], s, &succ, &allowed, &mut found);
        }
        found.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
        found.into_iter().map(|c| c.into_iter().map(|i| names[i].clone()).collect()).collect()
    }

    fn describe(&self, from: &str, to: &str) -> String {
        match self.edges.get(&(from.to_string(), to.to_string())) {
            Some(e) => {
                let more = match e.count {
                    1 => String::new(),
                    n => format!(" (+{} more)", n - 1),
                };
                format!("{from} → {to}  {}:{}  {}{more}", e.file.display(), e.line, e.path)
            }
            None => format!("{from} → {to}"),
        }
    }

    fn report(&self, label: &str, edges_too: bool) -> Report {
        let mut text = format!(
            "{label}, {}: {} modules, {} edges\n",
            self.root_file.display(),
            self.nodes.len() - 1,
            self.edges.len()
        );
        let components = self.components();
        let order: Vec<String> = components
            .iter()
            .map(|c| if c.len() == 1 { c[0].clone() } else { format!("{{{}}}", c.join(", ")) })
            .collect();
        text.push_str(&format!("  order: {}\n", order.join(", ")));
        let mut count = 0;
        for component in components.iter().filter(|c| c.len() > 1) {
            let cycles = self.cycles(component);
            let capped =
                if cycles.len() >= MAX_CYCLES { format!(", the first {MAX_CYCLES}") } else { String::new() };
            text.push_str(&format!(
                "  cycles among {{{}}} ({} cycles{capped}):\n",
                component.join(", "),
                cycles.len()
            ));
            for cycle in &cycles {
                count += 1;
                let mut ring = cycle.clone();
                ring.push(cycle[0].clone());
                text.push_str(&format!("    cycle: {}\n", ring.join(" → ")));
                for step in ring.windows(2) {
                    text.push_str(&format!("      {}\n", self.describe(&step[0], &step[1])));
                }
            }
        }
        if count == 0 {
            text.push_str("  no cycles\n");
        }
        if edges_too {
            text.push_str("  edges:\n");
            for (from, to) in self.edges.keys() {
                text.push_str(&format!("    {}\n", self.describe(from, to)));
            }
        }
        Report { text, cycles: count }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The graph of a crate made of `files` (path, text), rooted at the first.
    fn graph(files: &[(&str, &str)]) -> Graph {
        let map: BTreeMap<PathBuf, String> =
            files.iter().map(|(p, t)| (PathBuf::from(p), t.to_string())).collect();
        let read = |p: &Path| map.get(p).cloned();
        Graph::scan(Path::new(files[0].0), &read).unwrap()
    }

    fn edges(g: &Graph) -> Vec<String> {
        g.edges.keys().map(|(a, b)| format!("{a}->{b}")).collect()
    }

    #[test]
    fn a_cycle_is_found_with_an_example_edge_per_step() {
        let g = graph(&[
            ("src/lib.rs", "mod a;\nmod b;\nmod c;\n"),
            ("src/a.rs", "use crate::b::B;\n"),
            ("src/b.rs", "pub struct B;\nfn f() {\n    crate::c::g();\n}\n"),
            ("src/c.rs", "use crate::{a::A, b};\n"),
        ]);
        assert_eq!(edges(&g), ["a->b", "b->c", "c->a", "c->b"]);
        let report = g.report("x (lib)", false);
        assert_eq!(report.cycles, 2, "{}", report.text);
        assert!(report.text.contains("    cycle: b → c → b\n"), "{}", report.text);
        assert!(report.text.contains("    cycle: a → b → c → a\n"), "{}", report.text);
        assert!(report.text.contains("      b → c  src/b.rs:3  crate::c::g\n"), "{}", report.text);
        assert!(report.text.contains("      c → a  src/c.rs:1  crate::a::A\n"), "{}", report.text);
        assert!(report.text.contains("  order: {a, b, c}, crate\n"), "{}", report.text);
    }

    #[test]
    fn an_acyclic_crate_is_ordered_dependencies_first() {
        let g = graph(&[
            ("src/main.rs", "mod low;\nmod mid;\nfn main() { mid::run(); }\n"),
            ("src/mid.rs", "use crate::low::f;\npub fn run() { f() }\n"),
            ("src/low.rs", "pub fn f() {}\n"),
        ]);
        assert_eq!(edges(&g), ["crate->mid", "mid->low"]);
        let report = g.report("x (bin)", false);
        assert_eq!(report.cycles, 0);
        assert!(report.text.contains("  order: low, mid, crate\n  no cycles\n"), "{}", report.text);
    }

    #[test]
    fn comments_strings_and_tests_are_not_references() {
        let b = r##"
// use crate::a::X;
/* crate::a::X /* nested */ crate::a::Y */
/// [`crate::a::X`]
fn f<'a>(x: &'a str) -> char {
    let _ = "crate::a::X \" crate::a::Y";
    let _ = r#"crate::a::X " crate::a::Y"#;
    let _ = b"crate::a::X";
    let _ = br#"crate::a::X"#;
    let _ = '"';
    let _ = '\'';
    'outer: loop { break 'outer; }
    'x'
}
#[cfg(test)]
mod tests {
    use crate::a::X;
    fn g() { super::super::a::f() }
}
#[cfg(test)]
use crate::a::Z;
#[cfg(test)]
fn helper() -> crate::a::X { todo!() }
#[cfg(all(test, unix))]
mod more;
pub fn after() {}
"##;
        let g = graph(&[("src/lib.rs", "mod a;\nmod b;\n"), ("src/a.rs", ""), ("src/b.rs", b)]);
        assert!(g.edges.is_empty(), "{:?}", edges(&g));
        // The reference after them all still counts, on its own line.
        let with_ref = format!("{b}fn h() {{ crate::a::f() }}\n");
        let g = graph(&[("src/lib.rs", "mod a;\nmod b;\n"), ("src/a.rs", ""), ("src/b.rs", &with_ref)]);
        assert_eq!(edges(&g), ["b->a"]);
        assert_eq!(g.edges.values().next().map(|e| e.line), Some(b.lines().count() + 1));
    }

    #[test]
    fn super_and_self_resolve_from_where_they_are_written() {
        let g = graph(&[
            ("src/lib.rs", "mod a;\nmod b;\nmod c;\nmod d;\n"),
            // A folder module: its files are one module; super:: climbs out of it.
            ("src/a/mod.rs", "mod inner;\nuse self::inner::X;\nfn f() { super::c::g() }\n"),
            ("src/a/inner.rs", "use super::super::b::Y;\nuse super::f;\n"),
            // An inline module is one level deeper for super::.
            ("src/d.rs", "mod m {\n    use super::super::c::Z;\n    fn f() { super::g() }\n}\nfn g() {}\n"),
            ("src/b.rs", ""),
            ("src/c.rs", ""),
        ]);
        assert_eq!(edges(&g), ["a->b", "a->c", "d->c"]);
        assert_eq!(g.edges[&("a".to_string(), "b".to_string())].file, PathBuf::from("src/a/inner.rs"));
    }

    #[test]
    fn names_the_root_re_exports_resolve_to_their_module() {
        let g = graph(&[
            ("src/lib.rs", "mod error;\nmod a;\npub use error::{Error as E, Result};\npub use other::Thing;\npub fn root_fn() {}\n"),
            ("src/error.rs", "pub struct Error;\n"),
            ("src/a.rs", "use crate::{E, Result};\nuse crate::Thing;\nfn f() { crate::root_fn() }\n"),
        ]);
        assert_eq!(edges(&g), ["a->crate", "a->error", "crate->error"]);
    }

    #[test]
    fn the_lexer_keeps_lines_and_skips_literals() {
        let toks = lex("a::b /* x\ny */ \"s\ns\" r#\"t\"# c\n'd' 'e f");
        let words: Vec<_> = toks
            .iter()
            .map(|t| match &t.tok {
                Tok::Ident(s) => format!("{s}@{}", t.line),
                Tok::PathSep => "::".into(),
                Tok::Punct(c) => c.to_string(),
            })
            .collect();
        assert_eq!(words, ["a@1", "::", "b@1", "c@3", "e@4", "f@4"]);
    }

    #[test]
    fn workspace_members_are_read_from_the_manifest() {
        let toml = "[workspace]\n# a comment\nmembers = [\n    \"crates/a\", # why\n    \".\",\n    \"xtask\",\n]\nexclude = [\"fuzz\"]\n";
        assert_eq!(members(toml), ["crates/a", ".", "xtask"]);
        assert_eq!(package_name("[package]\nname = \"tracefuse\"\n").as_deref(), Some("tracefuse"));
    }
}
