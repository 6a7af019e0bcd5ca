//! `tracefuse-cpython-record --cpython DIR --json FILE [--out DIR]`: converts a recording
//! (recorder/record.py's JSON) into trace files for the library imported from the tree
//! `DIR`, and prints how many executors, uops and distinct uops it holds.
//! `cargo xtask cpython-record` runs the recorder first.

use std::path::PathBuf;
use std::process::ExitCode;
use tracefuse_cpython::record;

const USAGE: &str = "usage: tracefuse-cpython-record --cpython DIR --json FILE [--out DIR]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tracefuse-cpython-record: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut cpython = None;
    let mut json = None;
    let mut out = PathBuf::from("target/cpython-traces");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value =
            || args.next().map(PathBuf::from).ok_or_else(|| format!("{a} needs a value\n{USAGE}"));
        match a.as_str() {
            "--cpython" => cpython = Some(value()?),
            "--json" => json = Some(value()?),
            "--out" => out = value()?,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let cpython = cpython.ok_or_else(|| format!("--cpython DIR is required\n{USAGE}"))?;
    let json = json.ok_or_else(|| format!("--json FILE is required\n{USAGE}"))?;
    let tree = tracefuse_cpython::CpythonTree::open_unconfigured(&cpython).map_err(|e| e.to_string())?;
    let rec = record::read(&json).map_err(|e| e.to_string())?;
    let conv = record::convert(&rec, &tree, &json.display().to_string()).map_err(|e| e.to_string())?;
    let paths = record::write(&conv, &out).map_err(|e| e.to_string())?;
    let recorded: usize = rec.executors.iter().map(|e| e.uops.len()).sum();
    let loops = rec.executors.iter().filter(|e| matches!(e.kind, record::ExecutorKind::Loop { .. })).count();
    println!(
        "{} executors recorded ({loops} at loops, {} behind side exits), {recorded} uops",
        rec.executors.len(),
        rec.executors.len() - loops
    );
    println!(
        "{} trace files in {} ({} uops incl. stubs, {} distinct uops)",
        paths.len(),
        out.display(),
        conv.uops,
        conv.distinct.len()
    );
    for (i, why) in &conv.skipped {
        println!("  skipped executor {i}: {why}");
    }
    if !conv.unbalanced.is_empty() {
        println!(
            "  loops whose stack does not balance at _JUMP_TO_TOP (entry depth wrong?): {:?}",
            conv.unbalanced
        );
    }
    if conv.unknown_operand1 > 0 {
        println!("  {} operand1 values not recorded: written as {{runtime: 0}}", conv.unknown_operand1);
    }
    if !conv.not_in_manifest.is_empty() {
        let names: Vec<&str> = conv.not_in_manifest.iter().map(String::as_str).collect();
        println!("  uops the manifest leaves out (inexpressible stack effect): {}", names.join(", "));
    }
    Ok(())
}
