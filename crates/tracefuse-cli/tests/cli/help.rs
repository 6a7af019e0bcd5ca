//! `--help` that helps: every page of the CLI (tracefuse, each subcommand and each command
//! of a group such as `cpython`, short `-h` and long `--help`) fits 100 columns even on a
//! wide terminal, describes every option, shows one default per option, and groups the
//! options that build stencils under one heading; long stages show progress.

use std::process::Command;

fn tracefuse(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tracefuse"));
    cmd.args(args).env_remove("TRACEFUSE_PROGRESS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run the tracefuse binary");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

/// A help page, asked for as if on a 250-column terminal.
fn page(args: &[&str]) -> String {
    let (ok, out, err) = tracefuse(args, &[("COLUMNS", "250")]);
    assert!(ok, "{args:?}: {err}");
    out
}

/// The commands a help page lists under `Commands:` (all but `help`; none for a page
/// without that list).
fn commands(page: &str) -> Vec<String> {
    let list = page.split("Commands:\n").nth(1).and_then(|s| s.split("\n\n").next()).unwrap_or("");
    list.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_string)
        .collect()
}

/// Every command below `tracefuse`, as its arguments: `["run"]`, ..., and for a group
/// its commands, `["cpython", "import"]`, ... (the group itself included).
fn subcommands() -> Vec<Vec<String>> {
    let top = page(&["--help"]);
    let mut todo: Vec<Vec<String>> = commands(&top).into_iter().map(|c| vec![c]).collect();
    assert!(todo.len() >= 7, "the command list was not found: {top}");
    let mut all = Vec::new();
    while let Some(path) = todo.pop() {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        for nested in commands(&page(&[&args[..], &["--help"]].concat())) {
            todo.push([path.clone(), vec![nested]].concat());
        }
        all.push(path);
    }
    all.sort();
    all
}

/// The option entries of a short (`-h`) page: each option line with its continuation lines.
fn options(short: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in short.lines() {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if (2..=6).contains(&indent) && t.starts_with('-') {
            out.push(t.to_string());
        } else if indent > 6 {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(t);
            }
        }
    }
    out
}

#[test]
fn every_help_page_fits_100_columns_and_describes_every_option_once() {
    let mut pages = vec![("--help".to_string(), page(&["--help"]))];
    let all = subcommands();
    for want in [&["cpython", "import"][..], &["cpython", "record"], &["cpython", "hook"]] {
        assert!(all.iter().any(|p| p == want), "`tracefuse {}` is not listed: {all:?}", want.join(" "));
    }
    for path in all {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let sub = args.join(" ");
        for flag in ["-h", "--help"] {
            pages.push((format!("{sub} {flag}"), page(&[&args[..], &[flag]].concat())));
        }
        let short = page(&[&args[..], &["-h"]].concat());
        let entries = options(&short);
        assert!(!entries.is_empty(), "{sub}: no options found in {short}");
        for entry in entries {
            // "--name <VALUE>  description": the description is what follows the spec.
            let spec_end = entry.find("  ").unwrap_or(entry.len());
            let description = entry[spec_end..].trim();
            assert!(!description.is_empty(), "{sub}: option without a description: {entry}");
            assert!(entry.matches("[default:").count() <= 1, "{sub}: two defaults: {entry}");
        }
    }
    for (args, text) in &pages {
        for line in text.lines() {
            assert!(line.chars().count() <= 100, "`tracefuse {args}`: a line over 100 columns:\n{line}");
        }
    }
}

#[test]
fn pipeline_options_are_grouped_and_only_where_stencils_are_built() {
    for sub in ["generate", "run", "check", "inspect", "bench"] {
        let text = page(&[sub, "--help"]);
        let pipeline =
            text.split("\nPipeline:\n").nth(1).unwrap_or_else(|| panic!("{sub}: no Pipeline heading"));
        for flag in [
            "--pipeline",
            "--no-shadow-frames",
            "--no-sinking",
            "--no-release-elimination",
            "--no-cancel",
            "--no-trace-trees",
            "--jobs",
        ] {
            assert!(pipeline.contains(flag), "{sub}: {flag} is not under Pipeline:\n{text}");
        }
        assert!(text.contains("\nInputs:\n"), "{sub}: {text}");
    }
    for sub in ["import", "record", "hook"] {
        let text = page(&["cpython", sub, "--help"]);
        assert!(!text.contains("--no-sinking") && !text.contains("Pipeline:"), "{sub}: {text}");
    }
    let inspect = page(&["inspect", "-h"]);
    assert!(inspect.contains("--target <TARGET>  Target triple"), "{inspect}");
}

#[test]
fn long_stages_report_progress_on_request() {
    // Not a terminal: quiet by default, a line per stage with TRACEFUSE_PROGRESS=1.
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("help-progress-cache");
    let cache = cache.to_str().unwrap();
    let (ok, _, err) = tracefuse(&["inspect", "_NOP", "--cache", cache], &[]);
    assert!(ok, "{err}");
    assert!(!err.contains("compiling"), "progress on a pipe: {err}");
    let (ok, _, err) = tracefuse(&["inspect", "_NOP", "--cache", cache], &[("TRACEFUSE_PROGRESS", "1")]);
    assert!(ok, "{err}");
    assert!(err.contains("compiling") && err.contains("uop bodies for x86_64-unknown-linux-gnu"), "{err}");
    assert!(
        err.contains("building stencils for x86_64-unknown-linux-gnu") && err.contains(": done in "),
        "{err}"
    );
}
