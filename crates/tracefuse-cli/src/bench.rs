//! `tracefuse bench` and its helper `bench-one`: runs the measurements of
//! `tracefuse_sandbox::bench` and writes the report. Instruction counts come from callgrind
//! (`perf stat` needs kernel support this machine kind does not reliably give), one
//! child process per kernel and form, counting only inside the measured function.

use crate::options::{Build, Inputs};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;
use tracefuse::bodies::BodyCompiler;
use tracefuse::optimize::Pipeline;
use tracefuse::target::Target;
use tracefuse_runtime::set::StencilSet;
use tracefuse_runtime::{Error, Result};
use tracefuse_sandbox::bench::report::Report;
use tracefuse_sandbox::bench::{self, Form, KERNELS};

/// `bench-one`'s form: the sandbox's [`Form`], as the command line names it (`count`
/// passes it so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FormArg {
    Interpreter,
    Stitched,
    Fused,
    Native,
}

impl From<FormArg> for Form {
    fn from(form: FormArg) -> Form {
        match form {
            FormArg::Interpreter => Form::Interpreter,
            FormArg::Stitched => Form::Stitched,
            FormArg::Fused => Form::Fused,
            FormArg::Native => Form::Native,
        }
    }
}

/// Runs `cmd` to completion; returns (wall seconds, peak RSS in MiB, success).
fn run_measured(cmd: &mut Command) -> Result<(f64, f64, bool)> {
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| Error::new(format!("cannot start {cmd:?}: {e}")))?;
    let mut status = 0;
    // SAFETY: plain wait4 on our own child; rusage is written by the kernel.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut ru) };
    if r < 0 {
        return Err(Error::new(format!("wait4 failed: {}", std::io::Error::last_os_error())));
    }
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    Ok((start.elapsed().as_secs_f64(), ru.ru_maxrss as f64 / 1024.0, ok))
}

fn exe() -> Result<PathBuf> {
    std::env::current_exe().map_err(|e| Error::new(format!("cannot find the tracefuse binary: {e}")))
}

fn valgrind_available() -> bool {
    Command::new("valgrind").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Instructions executed inside the measured function, counted by callgrind.
fn count(kernel: &str, form: Form, stencils: &Path, inputs: &Inputs) -> Result<u64> {
    let function = match form {
        Form::Interpreter => "tf_interpret".to_string(),
        Form::Stitched | Form::Fused => "tf_enter".to_string(),
        Form::Native => format!("tf_native_{kernel}"),
    };
    let form_name = format!("{form:?}").to_lowercase();
    let mut cmd = Command::new("valgrind");
    cmd.args(["--tool=callgrind", "--callgrind-out-file=/dev/null", "--smc-check=all"])
        .arg(format!("--toggle-collect={function}"))
        .arg(exe()?)
        .args(["bench-one", kernel, &form_name, "--stencils"])
        .arg(stencils)
        .arg("--cache")
        .arg(&inputs.cache);
    if let Some(l) = &inputs.library {
        cmd.arg("--library").arg(l);
    }
    if let Some(t) = &inputs.traces {
        cmd.arg("--traces").arg(t);
    }
    let out = cmd.output().map_err(|e| Error::new(format!("cannot run valgrind: {e}")))?;
    let text = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(Error::new(format!("callgrind run of {kernel} ({form_name}) failed:\n{text}")));
    }
    text.lines()
        .find_map(|l| l.split("Collected :").nth(1).and_then(|n| n.trim().parse().ok()))
        .ok_or_else(|| Error::new(format!("no instruction count in callgrind's output:\n{text}")))
}

pub(crate) fn bench(inputs: &Inputs, build: &Build, out: &Path, runs: usize) -> Result<bool> {
    let l = inputs.load()?;
    let target = Target::for_host()?;
    let runs = runs.max(1);
    let scratch = PathBuf::from("target/bench-tmp");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| Error::io(&scratch, "create", e))?;

    eprintln!("bench: generate, cold and warm bitcode cache");
    let mut generate_runs = Vec::new();
    for label in ["cold cache", "warm cache"] {
        let mut cmd = Command::new(exe()?);
        // The host target alone, as the report says (`generate` builds every target by default).
        cmd.arg("generate").arg("--target").arg(&target.triple);
        cmd.arg("--cache").arg(scratch.join("cache")).arg("--out").arg(scratch.join("out"));
        if let Some(l) = &inputs.library {
            cmd.arg("--library").arg(l);
        }
        if let Some(t) = &inputs.traces {
            cmd.arg("--traces").arg(t);
        }
        cmd.stdout(std::process::Stdio::null());
        let (wall, rss, ok) = run_measured(&mut cmd)?;
        if !ok {
            return Err(Error::new("`tracefuse generate` failed during the benchmark"));
        }
        generate_runs.push((label.to_string(), wall, rss));
    }

    eprintln!("bench: stencils and execution ({runs} runs per form)");
    let stencils = build.stencils(inputs, &l, &target)?;
    let suite = inputs.suite(&l, &[bench::native_source(&l.lib)])?;
    let mut execution = bench::measure_execution(&suite, &stencils, runs)?;
    let counting = if valgrind_available() {
        eprintln!("bench: instruction counts with callgrind");
        let file = scratch.join("stencils.json");
        let json = serde_json::to_vec(&stencils).map_err(|e| Error::new(format!("stencils: {e}")))?;
        std::fs::write(&file, json).map_err(|e| Error::io(&file, "write", e))?;
        for e in &mut execution {
            let counts =
                Form::ALL.iter().map(|&f| count(&e.kernel, f, &file, inputs)).collect::<Result<Vec<_>>>()?;
            e.instructions = Some(counts);
        }
        "valgrind callgrind (--toggle-collect on the measured function, --smc-check=all)".to_string()
    } else {
        "not measured: valgrind is not installed".to_string()
    };

    eprintln!("bench: sizes and installation cost");
    let sizes = bench::measure_sizes(&suite, &stencils, runs.max(51))?;
    eprintln!("bench: generation cost");
    let bc = BodyCompiler::new(&inputs.cache)?.compile_library(&l.lib, &target.triple)?;
    let per_pipeline = bench::GENERATION_PIPELINES
        .iter()
        .map(|p| bench::measure_generation(&suite, &bc, &target, &Pipeline::parse(p)))
        .collect::<Result<Vec<_>>>()?;
    let generation = l
        .set
        .traces
        .iter()
        .enumerate()
        .map(|(t, trace)| bench::Generation {
            trace: trace.name.clone(),
            builds: per_pipeline.iter().filter_map(|b| b.get(t).copied()).collect(),
        })
        .collect();
    let scaling = bench::measure_scaling(&l.lib, &bc, &target, &[10, 50, 100, 200, 400, 800], &scratch)?;

    let report = Report {
        target: target.triple.clone(),
        counting,
        runs,
        execution,
        sizes,
        generation,
        generate_runs,
        traces: l.set.traces.len(),
        scaling,
    };
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, "create", e))?;
    let analysis = std::fs::read_to_string(out.join("analysis.md")).unwrap_or_default();
    let write = |name: &str, text: String| {
        let p = out.join(name);
        tracefuse::bodies::write_atomic(&p, text.as_bytes())
    };
    write(
        "report.json",
        serde_json::to_string_pretty(&report).map_err(|e| Error::new(e.to_string()))? + "\n",
    )?;
    write("report.md", report.markdown(&analysis))?;
    write("report.svg", report.svg())?;
    println!("bench: wrote {}/report.md, report.svg, report.json", out.display());
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(true)
}

pub(crate) fn bench_one(kernel: &str, form: Form, inputs: &Inputs, stencils: &Path) -> Result<bool> {
    let l = inputs.load()?;
    let text = std::fs::read(stencils).map_err(|e| Error::io(stencils, "read", e))?;
    let set: StencilSet =
        serde_json::from_slice(&text).map_err(|e| Error::at(stencils, None, e.to_string()))?;
    let k = KERNELS
        .iter()
        .find(|k| k.trace == kernel)
        .ok_or_else(|| Error::new(format!("no kernel {kernel}")))?;
    let suite = inputs.suite(&l, &[bench::native_source(&l.lib)])?;
    bench::run_once(form, &suite, &set, k, false)?;
    Ok(true)
}
