//! `--help` that helps: every page of the CLI (tracefuse and each subcommand, short `-h`
//! and long `--help`) fits 100 columns even on a wide terminal, describes every option,
//! shows one default per option, and groups the options that build stencils under one
//! heading; long stages show progress.

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

/// The subcommands `tracefuse --help` lists (all but `help`).
fn subcommands() -> Vec<String> {
    let top = page(&["--help"]);
    let list = top.split("Commands:\n").nth(1).and_then(|s| s.split("\n\n").next()).unwrap_or("");
    let names: Vec<String> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_string)
        .collect();
    assert!(names.len() >= 7, "the command list was not found: {top}");
    names
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
    for sub in subcommands() {
        for flag in ["-h", "--help"] {
            pages.push((format!("{sub} {flag}"), page(&[&sub, flag])));
        }
        let short = page(&[&sub, "-h"]);
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
            "--no-trace-trees",
            "--jobs",
        ] {
            assert!(pipeline.contains(flag), "{sub}: {flag} is not under Pipeline:\n{text}");
        }
        assert!(text.contains("\nInputs:\n"), "{sub}: {text}");
    }
    for sub in ["cpython-import", "cpython-hook"] {
        let text = page(&[sub, "--help"]);
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
