//! `cargo xtask test`: every check CI runs, in order, stopping at the first failure.

use std::time::Instant;

use crate::process::Cmd;
use crate::toolchain;

/// One step of `cargo xtask test`: a name for the summary and a command line run from the
/// repository root (`cargo` is the cargo running xtask). Add a step by adding a row.
struct Step {
    name: &'static str,
    argv: &'static [&'static str],
}

/// Release everywhere after the lints: LLVM debug builds are slow, and the tests and the
/// differential check then share one release build.
#[rustfmt::skip]
const STEPS: &[Step] = &[
    Step { name: "format", argv: &["cargo", "fmt", "--all", "--", "--check"] },
    Step { name: "cycles", argv: &["cargo", "xtask", "cycles"] },
    Step { name: "clippy", argv: &["cargo", "clippy", "--workspace", "--all-targets", "--", "-D", "warnings"] },
    Step { name: "tests",  argv: &["cargo", "test", "--workspace", "--release"] },
    Step { name: "check",  argv: &["cargo", "run", "--release", "-p", "tracefuse-cli", "--", "check"] },
    Step { name: "random", argv: &["cargo", "run", "--release", "-p", "tracefuse-cli", "--", "check", "--random", "500", "--seed", "1"] },
    Step { name: "fuzz",   argv: &["cargo", "xtask", "fuzz", "--ci"] },
];

pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err(format!("takes no arguments (got `{}`)", args.join(" ")));
    }
    let tools = toolchain::ensure(true)?;
    let total = STEPS.len();
    let mut passed = 0;
    for (i, step) in STEPS.iter().enumerate() {
        let mut cmd = Cmd::new(step.argv);
        cmd.env = tools.env.clone();
        println!("\n==> xtask test [{}/{total}] {}: {cmd}", i + 1, step.name);
        let start = Instant::now();
        let outcome = match cmd.status() {
            Ok(status) if status.success() => Ok(()),
            Ok(status) => Err(status.to_string()),
            Err(e) => Err(e),
        };
        let secs = start.elapsed().as_secs_f64();
        match outcome {
            Ok(()) => {
                passed += 1;
                println!("==> {} ok ({secs:.1}s)", step.name);
            }
            Err(why) => {
                println!(
                    "\n==> xtask test: step {}/{total} `{}` failed ({why}, {secs:.1}s): {cmd}",
                    i + 1,
                    step.name
                );
                println!("xtask test: {passed} passed, 1 failed");
                // Already reported: keep the summary the last line printed.
                return Err(String::new());
            }
        }
    }
    println!("\nxtask test: {passed} passed, 0 failed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_named_uniquely_and_start_with_a_program() {
        for (i, step) in STEPS.iter().enumerate() {
            assert!(!step.argv.is_empty(), "{} has no command", step.name);
            assert!(STEPS[i + 1..].iter().all(|s| s.name != step.name), "duplicate {}", step.name);
        }
    }
}
