//! `cargo xtask`: the developer entry points of tracefuse.
//!
//! Every subcommand first makes sure the LLVM 19 / clang 19 toolchain is there
//! (installing it on Debian/Ubuntu as root, see `toolchain.rs`), then runs cargo
//! with `LLVM_SYS_191_PREFIX` set. To add a subcommand, write a `fn(&[String]) ->
//! Result<(), String>` and add one row to `COMMANDS` (its usage, description and options
//! make its `--help`, which `main` answers before the command sees its arguments).

mod callgrind;
mod cpython;
mod cpython_bench;
mod cpython_cross;
mod cpython_fused;
mod cpython_startup;
mod cpython_train;
mod cycles;
mod fuzz;
mod process;
mod pyperformance;
mod test;
mod toolchain;

use std::process::ExitCode;

use process::Cmd;

/// One `cargo xtask` subcommand, or one of `cargo xtask cpython`'s.
struct Subcommand {
    name: &'static str,
    /// Arguments, as shown in the usage line.
    args: &'static str,
    /// One line for the command list.
    about: &'static str,
    /// What `--help` adds to `about`, a paragraph wrapped when printed.
    details: &'static str,
    /// Each option: how it is written, and what it does.
    options: &'static [(&'static str, &'static str)],
    /// `cpython build|test|bench|startup`: the subcommands this one dispatches to.
    nested: &'static [Subcommand],
    run: fn(&[String]) -> Result<(), String>,
}

/// Help is wrapped to this many columns.
const WIDTH: usize = 100;

const COMMANDS: &[Subcommand] = &[
    Subcommand {
        name: "generate",
        args: "[ARGS...]",
        about: "build stencils for the bundled library for every target into uops/sandbox/stencils/",
        details: "Runs `tracefuse generate --out uops/sandbox/stencils ARGS...` from a release build. The \
                  stencils are committed, so a VM can use them without LLVM; a test fails when they \
                  are stale. ARGS are tracefuse's (see `cargo run --release --bin tracefuse -- \
                  generate --help`).",
        options: &[],
        nested: &[],
        run: generate,
    },
    Subcommand {
        name: "test",
        args: "",
        about: "run every check CI runs, stopping at the first failure",
        details: "In order: cargo fmt --check, cargo xtask cycles, clippy with -D warnings, cargo test \
                  --workspace --release, tracefuse check, tracefuse check --random 500 --seed 1, and \
                  cargo xtask fuzz --ci. \
                  Also installs the AArch64 cross toolchain and qemu-user for the C consumer's AArch64 \
                  run (TRACEFUSE_SKIP_CROSS=1 skips them and that test).",
        options: &[],
        nested: &[],
        run: test::run,
    },
    Subcommand {
        name: "cycles",
        args: "[--edges]",
        about: "check that no crate's modules import each other in a cycle (a step of `xtask test`)",
        details: "Scans every crate of the workspace (each package's lib, main and bins, from the \
                  root Cargo.toml's members) for the modules each top-level module refers to: use \
                  trees, pub use re-exports, and crate::, self:: and super:: paths, skipping comments, \
                  strings and #[cfg(test)] items. Prints each crate's module order (each module after \
                  the ones it uses; `crate` is the crate root's own items) and every cycle, each step \
                  with the file:line of one reference. Fails when there is a cycle.",
        options: &[("--edges", "also list every edge with one reference and how many there are")],
        nested: &[],
        run: cycles::run,
    },
    Subcommand {
        name: "bench",
        args: "[ARGS...]",
        about: "measure interpreter, stitched, fused and native C, sizes and generation cost",
        details: "Runs `tracefuse bench --out docs/bench ARGS...` (report.md, report.svg, report.json; \
                  --out in ARGS writes elsewhere). ARGS are tracefuse's (see `cargo run --release \
                  --bin tracefuse -- bench --help`).",
        options: &[],
        nested: &[],
        run: bench,
    },
    Subcommand {
        name: "fuzz",
        args: "[SECONDS | --ci]",
        about: "run each fuzz target for SECONDS (default 60) from a seed corpus of the bundled files",
        details: "The targets: the manifest, trace and object readers, CPython's executor cases and \
                  recordings. cargo-fuzz is installed from crates.io when missing.",
        options: &[
            ("SECONDS", "how long each target runs (default 60)"),
            ("--ci", "a fixed number of inputs per target with a fixed seed (a step of `xtask test`)"),
        ],
        nested: &[],
        run: fuzz::run,
    },
    Subcommand {
        name: "cpython-record",
        args: "--cpython DIR [--out DIR] [--json FILE] [--workload MODS] [--tests [LIST]] [--holes SET] \
               [--segments SPEC]",
        about: "record a CPython build's traces and convert them into trace files",
        details: "Runs the trace recorder (crates/tracefuse-cpython/recorder/record.py) with the \
                  training CPython build in DIR (PYTHON_JIT=1), then converts its executors into \
                  trace files for the library imported from that tree.",
        options: &[
            ("--cpython DIR", "the training CPython build (DIR/python); required"),
            ("--out DIR", "where the trace files go (default target/cpython-traces)"),
            ("--json FILE", "the recording (default target/cpython-record.json)"),
            ("--workload MODS", "the workload modules, comma-separated (default: record.py's twelve)"),
            (
                "--tests [LIST]",
                "record CPython's regression tests instead (test_int,test_re,...; without LIST: \
                 `training`, record.py's TRAINING_TESTS)",
            ),
            (
                "--holes SET",
                "which build-time fields become holes (`tracefuse cpython record --holes`): stubs \
                 (default), exact, general, or a list of oparg, target, operands",
            ),
            (
                "--segments SPEC",
                "also write segments for recurring stretches (`tracefuse cpython record \
                 --segments`): LIMIT[:LENGTHS[:MIN_TRACES]], e.g. 6000:3,4,8:2 (default: none)",
            ),
        ],
        nested: &[],
        run: cpython::record,
    },
    Subcommand {
        name: "cpython",
        args: "build|test|bench|startup [ARGS...]",
        about: "a CPython 3.14 that runs the fused stencils: build it, test it, measure it",
        details: "Each subcommand has its own help: `cargo xtask cpython build --help`.",
        options: &[],
        nested: CPYTHON,
        run: nested_only,
    },
    Subcommand {
        name: "help",
        args: "[COMMAND...]",
        about: "print this text, or a command's help",
        details: "",
        options: &[],
        nested: &[],
        run: help,
    },
];

/// `cargo xtask cpython ...`.
const CPYTHON: &[Subcommand] = &[
    Subcommand {
        name: "build",
        args: "--cpython DIR (--traces T | --train tests|WORKLOAD) [--out DIR] [--training-thresholds] [--warm JSON,...] [--target TRIPLE [--with-build-python PY]]",
        about: "a copy of a configured CPython 3.14 tree that emits fused stencils for the traces in T",
        details: "Copies the tree (never modified) to --out, imports its uops, fuses the traces in T \
                  for the host into a stencil pack, installs the hook in Python/jit.c (`tracefuse \
                  cpython hook`) and builds the copy (configure when needed, then make). With --train \
                  instead of --traces it first makes the traces: a training build of DIR (OUT-train), \
                  its recording (OUT-record.json) and trace files (OUT-traces); every step is reused \
                  while its inputs are unchanged, and unchanged stencils come from the stencil cache. \
                  --target aarch64-unknown-linux-gnu cross-builds the copy for AArch64 Linux (clang 19, \
                  the arm64 cross libc) and writes OUT/python-qemu, which runs it here under qemu-user.",
        options: &[
            ("--cpython DIR", "a configured CPython 3.14 tree; required"),
            ("--traces T", "a folder of recorded trace files (`cargo xtask cpython-record`)"),
            (
                "--train WHAT",
                "train here instead: `tests` (record.py's training tests), `tests=test_int,...`, \
                 workload modules, or `default` (record.py's workload)",
            ),
            ("--out DIR", "the copy (default target/cpython-fused)"),
            ("--training-thresholds", "lower the copy's warm-up thresholds as the training build does"),
            ("--warm JSON,...", "training recordings whose loops the build warms at start-up"),
            (
                "--target TRIPLE",
                "the machine the fused CPython is for (default: this one; aarch64-unknown-linux-gnu \
                 is cross-built)",
            ),
            (
                "--with-build-python PY",
                "for a cross build: a CPython of the same version for this machine (default with \
                 --train: the training build's)",
            ),
        ],
        nested: &[],
        run: cpython_fused::build,
    },
    Subcommand {
        name: "test",
        args: "[--stock DIR] --fused DIR [--tests training|heldout|LIST] [--corrupt 1|NAME-PART]",
        about: "CPython's regression tests on a stock and a fused build, compared case by case",
        details: "Runs the same tests with PYTHON_JIT=1 on both builds and sums the fused build's hook \
                  counters (TRACEFUSE_STATS) over the worker processes; then runs the hot-loop \
                  kernels on both (bench/tf_refcheck.py) and requires the same results and the same \
                  counts of their constants. A build for another architecture runs through its \
                  python-qemu (and skips the kernels).",
        options: &[
            (
                "--stock DIR",
                "the stock JIT build (default: the fused build's binary with PYTHON_TRACEFUSE=0)",
            ),
            ("--fused DIR", "`cargo xtask cpython build`'s output; required"),
            ("--tests WHICH", "training (the default), heldout, or a list: test_int,test_re,..."),
            (
                "--corrupt WHICH",
                "patch one hole of the fused stencils wrong (1: every trace; other text: traces whose \
                 name holds it) and fail unless tests that pass on the stock build fail",
            ),
        ],
        nested: &[],
        run: cpython_fused::test,
    },
    Subcommand {
        name: "bench",
        args: "--stock DIR --fused [LABEL=]DIR... [--rounds N] [--pyperformance [DIR]] [--instructions] \
               [--any-thresholds] [--out DIR]",
        about: "hot loop kernels and pyperformance: interpreter vs CPython's JIT vs fused",
        details: "Forms run interleaved round by round, every build at CPython's stock warm-up \
                  thresholds (as users run it). Writes report.md, report.json and chart.svg to --out.",
        options: &[
            ("--stock DIR", "the stock JIT build; required"),
            ("--fused [LABEL=]DIR", "a fused build, repeatable; at least one"),
            ("--rounds N", "rounds (default 3)"),
            (
                "--pyperformance [DIR]",
                "also pyperformance's pure-Python benchmarks (DIR: its data-files/benchmarks; \
                 without: downloaded from PyPI into target/pyperformance)",
            ),
            ("--benches LIST", "which pyperformance benchmarks (default: the eleven that run offline)"),
            (
                "--instructions",
                "also count instructions under callgrind: per kernel iteration, and where they go \
                 (JIT code, eval loop, allocation, deallocation, other runtime); with --pyperformance, \
                 per benchmark worker process in CPython's JIT and each fused form, against the JIT \
                 (runs with --rounds 0 too)",
            ),
            ("--any-thresholds", "measure trees whose warm-up thresholds are not CPython's (a training tree)"),
            ("--out DIR", "the report folder (default target/cpython-bench)"),
        ],
        nested: &[],
        run: cpython_bench::run,
    },
    Subcommand {
        name: "startup",
        args: "--build DIR [--runs N] [--out DIR] [--loops]",
        about: "start-up time as users see it: four workloads, four forms, with their ceiling",
        details: "DIR is a fused build at CPython's stock thresholds that warms the training run's loops \
                  (`cargo xtask cpython build --warm`). Compiles DIR's Lib/ to .pyc first and runs \
                  without PYTHONDONTWRITEBYTECODE; workloads `python -c pass`, tf_startup.py, \
                  `python -m json.tool FILE` and tf_cli.py. Callgrind (valgrind) gives each \
                  workload's eval-loop share and ceiling and the fused run's JIT-code share. \
                  Writes startup.md to --out.",
        options: &[
            ("--build DIR", "the fused build; required"),
            ("--runs N", "timed runs per workload and form (default 40)"),
            ("--out DIR", "the report folder (default target/cpython-bench)"),
            ("--loops", "add the eval loop's share in loops (tf_loopshare.py; needs gdb)"),
        ],
        nested: &[],
        run: cpython_startup::run,
    },
];

/// `text` wrapped to [`WIDTH`] columns, its first line after `first`, the others after
/// `indent`.
fn wrap(first: &str, indent: &str, text: &str) -> String {
    let mut out = first.to_string();
    let mut line_len = first.chars().count();
    let mut fresh = true;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if !fresh && line_len + 1 + n > WIDTH {
            out.push('\n');
            out.push_str(indent);
            line_len = indent.chars().count();
            fresh = true;
        }
        if !fresh {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += n;
        fresh = false;
    }
    out.push('\n');
    out
}

/// A list of (name, description) rows, descriptions in one column.
fn rows(rows: &[(String, &str)]) -> String {
    let width = rows.iter().map(|(n, _)| n.chars().count()).max().unwrap_or(0).min(24);
    let indent = " ".repeat(width + 4);
    let mut text = String::new();
    for (name, about) in rows {
        if name.chars().count() > width {
            text.push_str(&format!("  {name}\n"));
            text.push_str(&wrap(&indent, &indent, about));
        } else {
            text.push_str(&wrap(&format!("  {name:<width$}  "), &indent, about));
        }
    }
    text
}

fn usage() -> String {
    let mut text = String::from(
        "usage: cargo xtask <COMMAND> [ARGS...]\n       cargo xtask <COMMAND> --help\n\ncommands:\n",
    );
    text.push_str(&rows(&COMMANDS.iter().map(|c| (c.name.to_string(), c.about)).collect::<Vec<_>>()));
    text.push('\n');
    text.push_str(&wrap(
        "",
        "",
        &format!(
            "Commands that build tracefuse first check for llvm-config-19, clang-19 and the Debian packages {} and \
             installs missing ones with apt-get when run as root on Debian/Ubuntu. Elsewhere set {} \
             to an LLVM 19 prefix and {} to a clang 19 binary.",
            toolchain::package_names().join(" "),
            toolchain::PREFIX_VAR,
            toolchain::CLANG_VAR,
        ),
    ));
    text
}

/// The help of `command` (`path` is how it is invoked after `cargo xtask`).
fn command_help(path: &str, command: &Subcommand) -> String {
    let mut text = wrap("usage: ", "         ", &format!("cargo xtask {path} {}", command.args));
    text.push('\n');
    let about = format!("{}{}.", command.about[..1].to_uppercase(), &command.about[1..]);
    text.push_str(&wrap("", "", &format!("{about} {}", command.details)));
    if !command.nested.is_empty() {
        text.push_str("\ncommands:\n");
        let list: Vec<_> = command.nested.iter().map(|c| (c.name.to_string(), c.about)).collect();
        text.push_str(&rows(&list));
    }
    text.push_str("\noptions:\n");
    let mut list: Vec<_> = command.options.iter().map(|(n, d)| (n.to_string(), *d)).collect();
    list.push(("-h, --help".to_string(), "print this help"));
    text.push_str(&rows(&list));
    text
}

/// What `args` (after `cargo xtask`) asks help for, if it does: `--help` or `-h` anywhere
/// after a command (and its nested command), or `help [COMMAND...]`.
fn help_for(args: &[String]) -> Option<String> {
    let asks = |a: &String| a == "--help" || a == "-h";
    let (words, wanted) = match args.first().map(String::as_str) {
        None => return None,
        Some("help") => (&args[1..], true),
        Some(_) => (args, args.iter().any(asks)),
    };
    if !wanted {
        return None;
    }
    let Some(command) = words.first().and_then(|w| COMMANDS.iter().find(|c| c.name == *w)) else {
        return Some(usage());
    };
    match words.get(1).and_then(|w| command.nested.iter().find(|c| c.name == *w)) {
        Some(sub) => Some(command_help(&format!("{} {}", command.name, sub.name), sub)),
        None => Some(command_help(command.name, command)),
    }
}

fn help(_args: &[String]) -> Result<(), String> {
    print!("{}", usage());
    Ok(())
}

/// A command that only dispatches to its nested ones (main does that).
fn nested_only(_args: &[String]) -> Result<(), String> {
    Err("name a subcommand (see --help)".into())
}

/// `cargo xtask generate [ARGS...]`
/// Runs `tracefuse SUBCOMMAND ARGS...` from a release build, after the toolchain check.
fn tracefuse(subcommand: &str, args: &[String]) -> Result<(), String> {
    let tools = toolchain::ensure(false)?;
    let mut cmd = Cmd::cargo(&["run", "--release", "-p", "tracefuse-cli", "--", subcommand]);
    cmd.args.extend(args.iter().cloned());
    cmd.env = tools.env;
    println!("$ {cmd}");
    match cmd.status()? {
        status if status.success() => Ok(()),
        status => Err(format!("`{cmd}` failed ({status})")),
    }
}

/// The main job: stencils for the bundled library, every target, into the committed
/// folder (uops/sandbox/stencils/, checked by a freshness test).
fn generate(args: &[String]) -> Result<(), String> {
    let mut all = vec!["--out".to_string(), "uops/sandbox/stencils".to_string()];
    all.extend(args.iter().cloned());
    tracefuse("generate", &all)
}

/// The committed report: `docs/bench` (the CLI's own default is under target/).
fn bench(args: &[String]) -> Result<(), String> {
    let mut all = Vec::new();
    if !args.iter().any(|a| a == "--out" || a.starts_with("--out=")) {
        all.extend(["--out".to_string(), "docs/bench".to_string()]);
    }
    all.extend(args.iter().cloned());
    tracefuse("bench", &all)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(text) = help_for(&args) {
        print!("{text}");
        return ExitCode::SUCCESS;
    }
    let Some(name) = args.first() else {
        eprint!("{}", usage());
        return ExitCode::from(2);
    };
    let Some(mut command) = COMMANDS.iter().find(|c| c.name == name) else {
        eprintln!("xtask: unknown command `{name}`\n");
        eprint!("{}", usage());
        return ExitCode::from(2);
    };
    let mut path = command.name.to_string();
    let mut rest = &args[1..];
    if !command.nested.is_empty() {
        match rest.first().and_then(|w| command.nested.iter().find(|c| c.name == *w)) {
            Some(sub) => {
                path = format!("{path} {}", sub.name);
                command = sub;
                rest = &rest[1..];
            }
            None => {
                let names: Vec<_> = command.nested.iter().map(|c| c.name).collect();
                eprintln!("xtask {path}: name a subcommand: {}\n", names.join(", "));
                eprint!("{}", command_help(&path, command));
                return ExitCode::from(2);
            }
        }
    }
    match (command.run)(rest) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // An empty message means the subcommand has reported the failure itself.
            if !message.is_empty() {
                eprintln!("xtask {path}: error: {message}");
            }
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and nested command, with how it is invoked.
    fn all() -> Vec<(String, &'static Subcommand)> {
        let mut out = Vec::new();
        for c in COMMANDS {
            out.push((c.name.to_string(), c));
            out.extend(c.nested.iter().map(|n| (format!("{} {}", c.name, n.name), n)));
        }
        out
    }

    fn args(words: &str) -> Vec<String> {
        words.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn command_names_are_unique_and_listed() {
        let text = usage();
        for (i, c) in COMMANDS.iter().enumerate() {
            assert!(COMMANDS[i + 1..].iter().all(|d| d.name != c.name), "duplicate {}", c.name);
            assert!(text.contains(&format!("  {} ", c.name)), "{} missing from usage", c.name);
        }
    }

    #[test]
    fn every_command_has_help_that_fits_and_describes_its_options() {
        let mut pages = vec![("usage".to_string(), usage())];
        for (path, c) in all() {
            assert!(!c.about.is_empty(), "`{path}` has no description");
            for (option, what) in c.options {
                assert!(!what.trim().is_empty(), "`{path}`: option {option} has no description");
            }
            for asking in [format!("{path} --help"), format!("{path} -h"), format!("help {path}")] {
                let text = help_for(&args(&asking)).unwrap_or_else(|| panic!("`{asking}` gives no help"));
                // `help --help` and `help -h` are the usage.
                let head = if asking.starts_with("help -") {
                    "usage: cargo xtask <COMMAND>".into()
                } else {
                    format!("usage: cargo xtask {path}")
                };
                assert!(text.starts_with(&head), "`{asking}`: {text}");
                pages.push((asking, text));
            }
            // Help wins over the command's own arguments (which would reject --help).
            if path != "help" {
                let text = help_for(&args(&format!("{path} --cpython x --help"))).unwrap_or_default();
                assert!(text.starts_with(&format!("usage: cargo xtask {path}")), "{text}");
            }
            for (option, _) in c.options {
                let page = &pages.last().map(|p| p.1.clone()).unwrap_or_default();
                assert!(page.contains(option), "`{path} --help` does not show {option}");
            }
        }
        for (asking, text) in &pages {
            for line in text.lines() {
                assert!(line.chars().count() <= WIDTH, "`{asking}`: a line over {WIDTH} columns: {line}");
            }
        }
        assert!(help_for(&args("cpython --help")).unwrap_or_default().contains("  startup "));
        assert_eq!(help_for(&args("fuzz --ci")), None, "no help asked");
    }

    #[test]
    fn wrapping_keeps_words_whole_and_indents() {
        let text = wrap("  name  ", "        ", &"word ".repeat(40));
        assert!(text.lines().all(|l| l.chars().count() <= WIDTH), "{text}");
        assert!(text.lines().skip(1).all(|l| l.starts_with("        word")), "{text}");
        assert_eq!(text.matches("word").count(), 40);
    }
}
