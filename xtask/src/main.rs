//! `cargo xtask`: the developer entry points of tracefuse.
//!
//! Every subcommand first makes sure the LLVM 19 / clang 19 toolchain is there
//! (installing it on Debian/Ubuntu as root, see `toolchain.rs`), then runs cargo
//! with `LLVM_SYS_191_PREFIX` set. To add a subcommand, write a `fn(&[String]) ->
//! Result<(), String>` and add one row to `COMMANDS`.

mod cpython;
mod cpython_bench;
mod cpython_fused;
mod cpython_startup;
mod fuzz;
mod process;
mod test;
mod toolchain;

use std::process::ExitCode;

use process::Cmd;

/// One `cargo xtask` subcommand.
struct Subcommand {
    name: &'static str,
    /// Arguments, as shown in the usage text.
    args: &'static str,
    about: &'static str,
    run: fn(&[String]) -> Result<(), String>,
}

const COMMANDS: &[Subcommand] = &[
    Subcommand {
        name: "generate",
        args: "[ARGS...]",
        about: "build stencils for the bundled uops/sandbox library for every target into \
                uops/sandbox/stencils/ (committed; `tracefuse generate [ARGS...]`)",
        run: generate,
    },
    Subcommand {
        name: "test",
        args: "",
        about: "run every check CI runs, stopping at the first failure",
        run: test::run,
    },
    Subcommand {
        name: "bench",
        args: "[ARGS...]",
        about: "measure interpreter, stitched, fused and native C, sizes and generation cost; \
                writes docs/bench/report.{md,svg,json} (`tracefuse bench [ARGS...]`)",
        run: bench,
    },
    Subcommand {
        name: "fuzz",
        args: "[SECONDS | --ci]",
        about: "run each fuzz target (manifest, trace, object, CPython executor cases and \
                recordings) for SECONDS (default 60) from a seed corpus of the bundled files; \
                --ci: a fixed number of inputs with a fixed seed (a step of `xtask test`)",
        run: fuzz::run,
    },
    Subcommand {
        name: "cpython-record",
        args: "--cpython DIR [--out DIR] [--json FILE] [--workload MODS] [--tests [LIST]]",
        about: "run the trace recorder with the training CPython build in DIR (PYTHON_JIT=1) and \
                convert its executors into trace files (default target/cpython-traces); --tests \
                records CPython's regression tests (LIST: test_int,test_re,...; default \
                `training`, record.py's TRAINING_TESTS) instead of the workload",
        run: cpython::record,
    },
    Subcommand {
        name: "cpython",
        args: "build|test|bench|startup ...",
        about: "`build --cpython DIR --traces T [--out DIR] [--training-thresholds] [--warm JSON,...]`: a copy of a \
                configured CPython 3.14 tree that emits fused stencils for the traces in T (hook in \
                Python/jit.c; default target/cpython-fused). `test --stock DIR --fused DIR [--tests \
                training|heldout|LIST] [--corrupt 1|NAME-PART]`: CPython's regression tests on both with \
                PYTHON_JIT=1, compared case by case, with the hook's counters. `bench --stock DIR \
                --fused [LABEL=]DIR... [--rounds N] [--pyperformance [DIR] [--benches LIST]] [--out \
                DIR]`: hot loop kernels and pyperformance, interpreter vs CPython's JIT vs fused. \
                `startup --build DIR [--runs N]`: `python -c pass` and an import-heavy script on a \
                stock-threshold fused build that warms the training run's loops (`build --warm`)",
        run: cpython_fused::run,
    },
    Subcommand { name: "help", args: "", about: "print this text", run: help },
];

fn usage() -> String {
    let mut text = String::from("usage: cargo xtask <COMMAND> [ARGS...]\n\ncommands:\n");
    let width = COMMANDS.iter().map(|c| c.name.len() + c.args.len() + 1).max().unwrap_or(0);
    for c in COMMANDS {
        let head = format!("{} {}", c.name, c.args);
        text.push_str(&format!("  {head:<width$}  {}\n", c.about));
    }
    text.push_str(&format!(
        "\ngenerate and test first check for llvm-config-19, clang-19 and the Debian packages\n  \
         {}\nand installs missing ones with apt-get when run as root on Debian/Ubuntu.\n\
         Elsewhere set {} to an LLVM 19 prefix and {} to a clang 19 binary.\n",
        toolchain::package_names().join(" "),
        toolchain::PREFIX_VAR,
        toolchain::CLANG_VAR,
    ));
    text
}

fn help(_args: &[String]) -> Result<(), String> {
    print!("{}", usage());
    Ok(())
}

/// `cargo xtask generate [ARGS...]`
/// Runs `tracefuse SUBCOMMAND ARGS...` from a release build, after the toolchain check.
fn tracefuse(subcommand: &str, args: &[String]) -> Result<(), String> {
    let tools = toolchain::ensure(false)?;
    let mut cmd = Cmd::cargo(&["run", "--release", "--bin", "tracefuse", "--", subcommand]);
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
    let Some(name) = args.first() else {
        eprint!("{}", usage());
        return ExitCode::from(2);
    };
    let name = match name.as_str() {
        "-h" | "--help" => "help",
        other => other,
    };
    let Some(command) = COMMANDS.iter().find(|c| c.name == name) else {
        eprintln!("xtask: unknown command `{name}`\n");
        eprint!("{}", usage());
        return ExitCode::from(2);
    };
    match (command.run)(&args[1..]) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // An empty message means the subcommand has reported the failure itself.
            if !message.is_empty() {
                eprintln!("xtask {}: error: {message}", command.name);
            }
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_names_are_unique_and_listed() {
        let text = usage();
        for (i, c) in COMMANDS.iter().enumerate() {
            assert!(COMMANDS[i + 1..].iter().all(|d| d.name != c.name), "duplicate {}", c.name);
            assert!(text.contains(&format!("  {} ", c.name)), "{} missing from usage", c.name);
        }
    }
}
