//! Where a fused build's time goes: builds a synthetic straight-line trace of N uops
//! (default 100) R times (default 20) for one target and prints each stage's median, ms.
//! `cargo run --release -p tracefuse-sandbox --example build_profile -- [N|TRACE.yaml] [R] [TRIPLE] [PIPELINE]`
//! (`TRACEFUSE_DUMP_IR=FILE` also writes the module before the pipeline as bitcode)
//! (run under `perf record` for a profile).

use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{build_stencil_timed, Build};
use tracefuse::plan::StencilPlan;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;
use tracefuse_sandbox::bench::synthetic_trace;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // A trace file instead of a length builds that trace.
    let file = args.first().filter(|a| a.ends_with(".yaml")).map(std::path::PathBuf::from);
    let n: usize = match (&file, args.first()) {
        (None, Some(a)) => a.parse()?,
        _ => 100,
    };
    let runs: usize = args.get(1).map_or(Ok(20), |a| a.parse())?;
    let triple = match args.get(2) {
        Some(t) => t.clone(),
        None => tracefuse::target::host().unwrap_or_else(|e| panic!("{e}")).to_string(),
    };
    let pipeline = args.get(3).map_or_else(Pipeline::default, |p| Pipeline::parse(p));
    let lib = UopLibrary::load(&tracefuse_sandbox::default_library_dir().join("uops.yaml"))?;
    let target = Target::by_triple(&triple)?;
    let cache = std::env::temp_dir().join("tracefuse-build-profile");
    let bc = BodyCompiler::new(&cache)?.compile_library(&lib, &target.triple)?;
    let dir = tempdir()?;
    let path = match &file {
        Some(f) => f.clone(),
        None => {
            let path = dir.join(format!("synthetic_{n}.yaml"));
            std::fs::write(&path, synthetic_trace(n))?;
            path
        }
    };
    let set = TraceSet::load_files(&[path], &lib)?;
    let plan = StencilPlan::fused(&lib, &set.traces[0]);
    let machine = target.machine()?;
    if let Ok(out) = std::env::var("TRACEFUSE_DUMP_IR") {
        // The module before the pipeline, for `opt -time-passes` and `llc -time-passes`.
        let ctx = inkwell::context::Context::create();
        let module = tracefuse::ir::build_module(&ctx, &lib, &bc, &target, &machine, &plan)?;
        module.write_bitcode_to_path(std::path::Path::new(&out));
    }
    let build = Build { lib: &lib, target: &target, pipeline: &pipeline };
    let mut rows = Vec::new();
    for _ in 0..runs {
        let cpu0 = thread_cpu_ms();
        let (stencil, t) = build_stencil_timed(&build, &bc, &machine, &plan)?;
        let cpu = thread_cpu_ms() - cpu0;
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
        rows.push([ms(t.ir), ms(t.optimize), ms(t.codegen), ms(t.extract), stencil.code.len() as f64, cpu]);
    }
    let median = |i: usize| {
        let mut v: Vec<f64> = rows.iter().map(|r| r[i]).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    let total = median(0) + median(1) + median(2) + median(3);
    println!(
        "{n} uops {triple}: ir {:.2} ms, optimize {:.2} ms, codegen {:.2} ms, extract {:.2} ms; total {:.2} ms (thread CPU {:.2} ms); code {} bytes",
        median(0),
        median(1),
        median(2),
        median(3),
        total,
        median(5),
        median(4)
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn tempdir() -> std::io::Result<std::path::PathBuf> {
    let d = std::env::temp_dir().join(format!("tracefuse-build-profile-{}", std::process::id()));
    std::fs::create_dir_all(&d)?;
    Ok(d)
}

/// This thread's CPU time, ms (steadier than wall time on a shared machine).
fn thread_cpu_ms() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid timespec to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}
