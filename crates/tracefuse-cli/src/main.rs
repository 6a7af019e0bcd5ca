//! The tracefuse command line: the clap definitions of every command and the dispatch to
//! the module that runs it (`generate` and `merge`, `run`, `check`, `inspect`, `bench`,
//! `targets` and the `cpython` group). Errors print with file and line and exit with status 1; so
//! do mismatches found by `check`. Long stages show progress on stderr ([`progress`]).

mod bench;
mod check;
mod cpython;
mod generate;
mod inspect;
mod options;
mod progress;
mod run;
mod targets;

use clap::{Parser, Subcommand};
use options::{Build, Inputs};
use std::path::PathBuf;
use std::process::ExitCode;
use tracefuse::writers;

/// Help is wrapped to the terminal, at most 100 columns (`max_term_width`).
#[derive(Parser)]
#[command(
    name = "tracefuse",
    version,
    about = "Fuse whole uop traces into patchable copy-and-patch stencils with LLVM 19",
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build fused and per-uop stencils for every trace; write manifests and listings
    ///
    /// Prints, per trace, the fused stencil's code bytes and holes beside the sum of the
    /// per-uop stencils the same trace needs when stitched.
    Generate {
        /// Output folder (one subfolder per target triple)
        #[arg(long, default_value = "target/stencils")]
        out: PathBuf,
        /// Target triple (a file in targets/), repeatable; `all` for every description
        #[arg(long = "target", default_value = "all")]
        targets: Vec<String>,
        /// What to write per target (repeatable or comma-separated): json, header, blobs,
        /// listings, pack (the stencils as data with a fixed C reader), all
        #[arg(long = "format", value_delimiter = ',', default_value = "json,header,listings")]
        formats: Vec<writers::Format>,
        /// Build only share K of N of the stencils (1/2, 2/2, ...), for spreading a large
        /// build over machines: writes OUT/<triple>/shard-K-of-N.json for `tracefuse
        /// merge`, which writes the --format outputs
        #[arg(long, value_name = "K/N", value_parser = generate::parse_shard)]
        shard: Option<tracefuse::shard::ShardOf>,
        /// Fail on any trace file that does not load, link or build, instead of leaving
        /// it out (named with why) and building the rest
        #[arg(long)]
        strict: bool,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Join the shards of `generate --shard K/N` into one generate's output
    ///
    /// Writes what one unsharded generate of the same inputs writes, byte for byte. Takes
    /// the same --library, --traces and pipeline options the shards were generated with
    /// (they are checked); builds nothing.
    Merge {
        /// Folders holding shards (each a `generate --shard` output folder), all N of
        /// them between them
        #[arg(required = true, value_name = "SHARD_DIR")]
        shards: Vec<PathBuf>,
        /// Output folder (one subfolder per target triple)
        #[arg(long, default_value = "target/stencils")]
        out: PathBuf,
        /// Target triple, repeatable [default: every target the shards were built for]
        #[arg(long = "target")]
        targets: Vec<String>,
        /// What to write per target (repeatable or comma-separated): json, header, blobs,
        /// listings, pack (the stencils as data with a fixed C reader), all
        #[arg(long = "format", value_delimiter = ',', default_value = "json,header,listings")]
        formats: Vec<writers::Format>,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Run a trace's cases (or given locals) and print how each run ended
    Run {
        /// Trace name (from the traces folder) or trace file
        trace: String,
        /// Execution mode
        #[arg(long, value_enum, default_value = "interp")]
        mode: run::ModeArg,
        /// Run only this case
        #[arg(long)]
        case: Option<String>,
        /// Initial locals as a YAML list, e.g. '[0]' (at most the trace's `locals`; missing
        /// trailing locals are None)
        #[arg(long)]
        locals: Option<String>,
        /// Initial stack as a YAML list, bottom first, e.g. '[{range: [0, 10]}]': exactly
        /// the trace's `entry_stack` values (with --locals; none when not given)
        #[arg(long, requires = "locals")]
        stack: Option<String>,
        /// Print JSON
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Differential check: every case of every trace as interpreter, stitched and fused
    ///
    /// Each case's three runs must agree, and the interpreter's must match the case's
    /// `expect`. A case without `expect` is only compared across the three modes; the
    /// check says so. Exits with status 1 on any mismatch.
    Check {
        /// List every trace with its cases and how they ended
        #[arg(short, long)]
        verbose: bool,
        /// Instead, check N random traces over the library's uops (3 cases each; some are
        /// trace trees, a loop with side traces; the library's `random:` hints say how,
        /// docs/formats.md). They are built with the default pipeline
        #[arg(long, value_name = "N")]
        random: Option<u64>,
        /// Seed of the random traces
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where shrunk reproducers of mismatching random traces go (removed again when
        /// empty)
        #[arg(long, default_value = "target/random-failures")]
        failures: PathBuf,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// Measure interpreter, stitched, fused and native C; sizes; generation cost
    ///
    /// Writes report.md, report.svg and report.json into --out.
    Bench {
        /// Report folder (its analysis.md is included in report.md); `cargo xtask bench`
        /// writes the committed report with `--out docs/bench`
        #[arg(long, default_value = tracefuse_sandbox::DEFAULT_BENCH_OUT)]
        out: PathBuf,
        /// Timed runs per kernel and form
        #[arg(long, default_value_t = 11)]
        runs: usize,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
    /// The CPython 3.14 commands: import a tree's uops, record traces, install the hook
    ///
    /// In the order the CPython flow runs them (`cargo xtask cpython-record` and `cargo xtask
    /// cpython build` do): `import` a configured tree's executor cases as a uop library,
    /// `record` a recording into trace files for it, then `generate --format pack` with
    /// both and `hook` the pack into a copy of the tree.
    Cpython {
        #[command(subcommand)]
        command: CpythonCommand,
    },
    /// Run one kernel once in one form (for instruction counting under callgrind).
    #[command(hide = true)]
    BenchOne {
        kernel: String,
        #[arg(value_enum)]
        form: bench::FormArg,
        /// Stencils written by `bench`
        #[arg(long)]
        stencils: PathBuf,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Build stencils for a parent `tracefuse`: reads a job (JSON) on stdin, writes each
    /// finished stencil as a JSON line on stdout (see tracefuse::pipeline::run_worker).
    #[command(hide = true)]
    BuildWorker,
    /// List the target descriptions built into tracefuse, this machine's marked
    Targets {
        /// Print only the triple of the machine tracefuse runs on
        #[arg(long)]
        host: bool,
    },
    /// Show one stencil: its listing with holes (`trace:NAME`, a uop name, or `_END`)
    ///
    /// For a fused trace, also what allocation sinking and release elimination did.
    Inspect {
        /// Stencil name: `trace:NAME` (or a trace's NAME), a uop name, or `_END`
        stencil: String,
        /// Target triple to build the stencil for (a file in targets/) [default: this
        /// machine's]
        #[arg(long = "target")]
        target: Option<String>,
        #[command(flatten)]
        inputs: Inputs,
        #[command(flatten)]
        build: Build,
    },
}

/// `tracefuse cpython ...`.
#[derive(Subcommand)]
enum CpythonCommand {
    /// Import a CPython 3.14 tree's executor cases as a uop library
    ///
    /// Writes uops.yaml, generated bodies and the prelude of a configured tree's executor
    /// cases, ready for `generate --library OUT`.
    Import {
        /// The CPython 3.14 source tree, configured: run `./configure --enable-experimental-jit=yes-off CC=clang-19` in it first
        #[arg(long)]
        cpython: PathBuf,
        /// The library folder to write (replaced only if an earlier import wrote it)
        #[arg(long, default_value = "target/cpython-library")]
        out: PathBuf,
    },
    /// Convert a recording of CPython's executors into trace files
    ///
    /// Reads the JSON that recorder/record.py writes when run with the tree's python
    /// (`cargo xtask cpython-record` runs both) and writes one trace file per executor for
    /// the library `cpython import` makes of the same tree. Prints how many executors,
    /// uops and distinct uops the recording holds, and what was skipped.
    Record {
        /// The CPython 3.14 source tree the recording was made with (configured or not)
        #[arg(long)]
        cpython: PathBuf,
        /// The recording: record.py's JSON output
        #[arg(long)]
        json: PathBuf,
        /// Folder for the trace files (trace files an earlier conversion wrote there are
        /// replaced; other files are left alone)
        #[arg(long, default_value = "target/cpython-traces")]
        out: PathBuf,
        /// Which build-time fields become holes, so that one fused stencil serves every
        /// trace of the same uops: `stubs` (the exit stubs' fields: where an exit resumes,
        /// how much an error pops; cold code, so the main trace's code is unchanged),
        /// `exact` (none: a stencil serves only the trace recorded), `general` (every
        /// field the code's shape does not depend on), or a list of `oparg`, `target`,
        /// `operands`. docs/cpython.md, "General stencils", has the measurements
        #[arg(long, default_value = "stubs")]
        holes: String,
        /// Also write segments: fused stencils for recurring stretches of the traces, which
        /// the hook runs inside executors no whole trace matches (docs/cpython.md,
        /// "Segments"). `LIMIT[:LENGTHS[:MIN_TRACES]]`: at most LIMIT segments, of the
        /// stretch lengths LENGTHS (default 3,4,8 uops) that occur in at least MIN_TRACES
        /// traces (default 2); 0: none
        #[arg(long, default_value = "0")]
        segments: String,
    },
    /// Install tracefuse's hook into a CPython 3.14 tree
    ///
    /// Edits a copy of a tree (`cargo xtask cpython build` makes one): the fused stencils'
    /// header and our hook go into Python/, and Python/jit.c calls the hook before
    /// stitching. Build the tree afterwards.
    Hook {
        /// The CPython tree to edit, configured as for `cpython import`
        #[arg(long)]
        cpython: PathBuf,
        /// The folder `generate --format pack --library <its import> --target <host>` wrote
        /// for the host (tf_stencils.pack and its reader, tf_stencils_pack.h)
        #[arg(long)]
        stencils: PathBuf,
        /// Training recordings (record.py's JSON) whose loops the build warms at start-up
        #[arg(long)]
        warm: Vec<PathBuf>,
        /// Warm only loops whose executor runs at least this many uops after forming, by
        /// the recording's loop counts (0: every recorded loop)
        #[arg(long, default_value_t = tracefuse_cpython::hook::WARM_MIN_UOPS)]
        warm_min_uops: u64,
    },
}

fn main() -> ExitCode {
    // Output piped into a reader that stops early (`| head`) ends the process quietly, as
    // with any Unix tool, instead of panicking on the closed pipe.
    #[cfg(unix)]
    // SAFETY: restores the signal's default action before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Generate { inputs, build, out, targets, formats, shard: None, strict } => {
            generate::generate(&inputs, &build, &out, &targets, &formats, strict)
        }
        Command::Generate { inputs, build, out, targets, shard: Some(shard), .. } => {
            generate::generate_shard(&inputs, &build, &out, &targets, shard)
        }
        Command::Merge { shards, inputs, build, out, targets, formats } => {
            generate::merge(&shards, &inputs, &build, &out, &targets, &formats)
        }
        Command::Run { trace, inputs, build, mode, case, locals, stack, json } => {
            let entry =
                run::Entry { case: case.as_deref(), locals: locals.as_deref(), stack: stack.as_deref() };
            run::run(&trace, &inputs, &build, mode.into(), &entry, json)
        }
        Command::Check { inputs, build, random: Some(n), seed, failures, .. } => {
            check::check_random(&inputs, &build, n, seed, &failures)
        }
        Command::Check { inputs, build, verbose, .. } => check::check(&inputs, &build, verbose),
        Command::Targets { host } => targets::targets(host),
        Command::Inspect { stencil, inputs, build, target } => {
            inspect::inspect(&stencil, &inputs, &build, target.as_deref())
        }
        Command::Bench { inputs, build, out, runs } => bench::bench(&inputs, &build, &out, runs),
        Command::Cpython { command: CpythonCommand::Import { cpython, out } } => {
            cpython::import(&cpython, &out)
        }
        Command::Cpython { command: CpythonCommand::Hook { cpython, stencils, warm, warm_min_uops } } => {
            cpython::hook(&cpython, &stencils, &warm, warm_min_uops)
        }
        Command::Cpython { command: CpythonCommand::Record { cpython, json, out, holes, segments } } => {
            cpython::record(&cpython, &json, &out, &holes, &segments)
        }
        Command::BenchOne { kernel, form, inputs, stencils } => {
            bench::bench_one(&kernel, form.into(), &inputs, &stencils)
        }
        Command::BuildWorker => {
            tracefuse::pipeline::run_worker(&mut std::io::stdin().lock(), &mut std::io::stdout().lock())
                .map(|_| true)
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
