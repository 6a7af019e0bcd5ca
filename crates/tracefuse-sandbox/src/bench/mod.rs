//! Benchmarks: what fusion buys, measured side by side in one run (`tracefuse bench`,
//! driven by `cargo xtask bench`). For each loop kernel: the reference interpreter,
//! stitched per-uop stencils, the fused stencil and a hand-written native C kernel
//! (`uops/sandbox/native/kernels.c`, clang 19 -O3, written to do each iteration's work:
//! docs/bench/native.md) — median times, after every form is checked to leave the
//! interpreter's final state ([`final_state_differences`]), and, where valgrind is
//! present, instruction counts from callgrind. For each trace: code, data and holes
//! fused vs stitched, and the time to copy and patch it. Generation: time per trace with
//! the default pipeline, O3, -Os and -Oz with the fused code bytes each gives, wall time and peak memory of `tracefuse generate` cold and warm, and time
//! against trace length on synthetic traces of 10 to 800 uops. [`report`] writes it out.

pub mod layout;
pub mod report;

use crate::abi::{TfFrame, TfThread};
use crate::cases::{Case, Suite};
use crate::check::{load, load_traces, Mode};
use crate::runtime::ExtraSource;
use crate::values::Value;
use crate::vm::{Snapshot, VmState};
use serde::Serialize;
use std::time::{Duration, Instant};
use tracefuse::definitions::UopLibrary;
use tracefuse::error::{Error, Result};
use tracefuse::optimize::Pipeline;
use tracefuse::pipeline::{build_stencil, build_stencil_timed, Build};
use tracefuse::set::StencilSet;
use tracefuse::target::Target;
use tracefuse::traces::TraceSet;

/// An execution form being measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Interpreter,
    Stitched,
    Fused,
    Native,
}

impl Form {
    pub const ALL: [Form; 4] = [Form::Interpreter, Form::Stitched, Form::Fused, Form::Native];
}

type NativeFn = unsafe extern "C" fn(*mut TfFrame, *mut TfThread, u64) -> i32;

/// The benchmark's hand-written native kernels, compiled into the runtime at -O3.
pub fn native_source(lib: &UopLibrary) -> ExtraSource {
    ExtraSource { path: lib.dir.join("native/kernels.c"), opt: 3 }
}

/// A loop kernel: its trace, a larger input than its test cases, and its native twin.
pub struct Kernel {
    pub trace: &'static str,
    pub iterations: u64,
    /// The native twin's C function, in the runtime (see [`native_source`]).
    pub native: &'static str,
    input: fn() -> (Vec<Value>, Vec<Value>),
}

fn range(n: i64) -> Value {
    Value::Range { next: 0, stop: n, step: 1 }
}

fn floats(n: usize, scale: f64) -> Value {
    Value::List((0..n).map(|i| Value::Float((i % 17) as f64 * scale)).collect())
}

fn instance(class: &str, slots: Vec<i64>) -> Value {
    Value::Instance { class: class.into(), slots: slots.into_iter().map(Value::Int).collect() }
}

/// The benchmarked kernels (every bundled loop kernel; the nested loop as its tree).
pub const KERNELS: &[Kernel] = &[
    Kernel {
        trace: "sum_range",
        iterations: 200_000,
        native: "tf_native_sum_range",
        input: || (vec![Value::Int(0)], vec![range(200_000)]),
    },
    Kernel {
        trace: "dot_product_float",
        iterations: 20_000,
        native: "tf_native_dot_product_float",
        input: || (vec![floats(20_000, 0.5), floats(20_000, 0.25), Value::Float(0.0)], vec![range(20_000)]),
    },
    Kernel {
        trace: "attr_loop",
        iterations: 100_000,
        native: "tf_native_attr_loop",
        input: || {
            (
                vec![instance("Point", vec![10, 0]), Value::None, instance("Vec", vec![5])],
                vec![range(100_000)],
            )
        },
    },
    Kernel {
        trace: "list_build",
        iterations: 50_000,
        native: "tf_native_list_build",
        input: || (vec![Value::List(vec![])], vec![range(50_000)]),
    },
    Kernel {
        trace: "countdown_compare",
        iterations: 100_000,
        native: "tf_native_countdown_compare",
        input: || (vec![Value::Int(100_000), Value::Int(0), Value::Int(1)], vec![]),
    },
    Kernel {
        trace: "float_div_loop",
        iterations: 100_000,
        native: "tf_native_float_div_loop",
        input: || (vec![Value::Float(1.0e300), Value::Float(1.0001)], vec![range(100_000)]),
    },
    Kernel {
        trace: "nested_outer",
        iterations: 90_000,
        native: "tf_native_nested_outer",
        input: || (vec![Value::Int(0), Value::None, Value::None, Value::Int(300)], vec![range(300)]),
    },
];

impl Kernel {
    pub fn case(&self) -> Case {
        let (locals, stack) = (self.input)();
        Case {
            name: "bench".into(),
            locals,
            stack,
            classes: Default::default(),
            tick_limit: i64::MAX,
            eval_breaker: false,
            expect: None,
            line: None,
        }
    }
}

/// One timed run of `form`; returns the time of the execution alone and the state.
pub fn run_once(
    form: Form,
    suite: &Suite,
    stencils: &StencilSet,
    kernel: &Kernel,
    snapshot: bool,
) -> Result<(Duration, Option<Snapshot>)> {
    let (lib, set) = (&suite.lib, &suite.set);
    let (t, _) = set.get(kernel.trace).ok_or_else(|| Error::new(format!("no trace {}", kernel.trace)))?;
    let mut st = VmState::new(suite, t, &kernel.case())?;
    let elapsed = match form {
        Form::Interpreter => {
            let start = Instant::now();
            st.interpret(t);
            start.elapsed()
        }
        Form::Native => {
            let start = Instant::now();
            run_native(&mut st, kernel, t)?;
            start.elapsed()
        }
        Form::Stitched | Form::Fused => {
            let mode = if form == Form::Fused { Mode::Fused } else { Mode::Stitched };
            let (prog, entries) = load(mode, lib, set, stencils, &st)?;
            let start = Instant::now();
            // SAFETY: patched for this state; frame and thread are live.
            unsafe {
                st.enter(entries[t]);
            }
            let e = start.elapsed();
            drop(prog);
            e
        }
    };
    Ok((elapsed, snapshot.then(|| st.snapshot())))
}

/// Runs `kernel`'s native twin on `st`, the state of its trace (position `t` in the set).
fn run_native(st: &mut VmState, kernel: &Kernel, t: usize) -> Result<()> {
    let f = st.rt.function(kernel.native)?;
    // SAFETY: the native kernel has this signature and expects exactly this trace's state
    // shape, which `st` was built for.
    unsafe {
        let f = std::mem::transmute::<*mut std::ffi::c_void, NativeFn>(f);
        f(st.frame, st.tstate, t as u64)
    };
    Ok(())
}

/// How `other`'s final state differs from `trace`'s (lines; empty when they end alike):
/// the exit, the error, locals, stack, and every live heap object with its refcount and
/// contents, in allocation order. Allocation ids and back edges are not compared: a native
/// kernel allocates only the objects it leaves (a float accumulator is boxed once, not
/// every iteration) and counts no back edges. An object that refers to one allocated
/// during the run shows that object's id, so such references would still differ.
pub fn final_state_differences(trace: &Snapshot, other: &Snapshot) -> Vec<String> {
    let normalize = |s: &Snapshot| {
        let mut s = s.clone();
        s.ticks = 0;
        for o in &mut s.heap {
            o.id = 0;
        }
        s
    };
    normalize(trace).diff(&normalize(other))
}

/// Runs `kernel`'s trace (in the interpreter) and its native twin on `case`. `None` when
/// the trace does not leave `case` through the exit it takes on the benchmark's input (a
/// guard fails, an error, the eval breaker): native kernels are the fast path only. Else
/// how the native run's final state differs from the trace's ([`final_state_differences`]).
pub fn native_differences(suite: &Suite, kernel: &Kernel, case: &Case) -> Result<Option<Vec<String>>> {
    let (t, _) =
        suite.set.get(kernel.trace).ok_or_else(|| Error::new(format!("no trace {}", kernel.trace)))?;
    let normal = crate::vm::interpret_case(suite, t, &kernel.case())?.exit;
    let reference = crate::vm::interpret_case(suite, t, case)?;
    if reference.exit != normal {
        return Ok(None);
    }
    let mut st = VmState::new(suite, t, case)?;
    run_native(&mut st, kernel, t)?;
    Ok(Some(final_state_differences(&reference, &st.snapshot())))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[derive(Debug, Clone, Serialize)]
pub struct Execution {
    pub kernel: String,
    pub iterations: u64,
    /// Median nanoseconds per form, in [`Form::ALL`] order.
    pub median_ns: Vec<u64>,
    /// Instructions per form (callgrind), when measured.
    pub instructions: Option<Vec<u64>>,
}

/// Times every form of every kernel (`runs` each) after checking they end alike.
pub fn measure_execution(suite: &Suite, stencils: &StencilSet, runs: usize) -> Result<Vec<Execution>> {
    let mut out = Vec::new();
    for k in KERNELS {
        let reference = run_once(Form::Interpreter, suite, stencils, k, true)?.1;
        let mut medians = Vec::new();
        for form in Form::ALL {
            let (_, snap) = run_once(form, suite, stencils, k, true)?;
            if let (Some(a), Some(b)) = (&reference, &snap) {
                let differences = final_state_differences(a, b);
                if !differences.is_empty() {
                    return Err(Error::new(format!(
                        "{}: {form:?} ends differently from the interpreter: {}",
                        k.trace,
                        differences.join("; ")
                    )));
                }
            }
            let times = (0..runs)
                .map(|_| run_once(form, suite, stencils, k, false).map(|r| r.0))
                .collect::<Result<Vec<_>>>()?;
            medians.push(median(times).as_nanos() as u64);
        }
        out.push(Execution {
            kernel: k.trace.into(),
            iterations: k.iterations,
            median_ns: medians,
            instructions: None,
        });
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize)]
pub struct Size {
    pub trace: String,
    pub uops: usize,
    pub fused_code: usize,
    pub fused_data: usize,
    pub fused_holes: usize,
    pub stitched_code: usize,
    pub stitched_data: usize,
    pub stitched_holes: usize,
    /// The fused stencil's hot and cold code ([`layout`]; x86-64 only, and only for a
    /// trace with hot code).
    pub fused_layout: Option<layout::HotCold>,
    /// Median time to copy and patch the trace (with what it exits into), ns.
    pub fused_load_ns: u64,
    pub stitched_load_ns: u64,
}

/// Sizes and installation cost of every trace.
pub fn measure_sizes(suite: &Suite, stencils: &StencilSet, runs: usize) -> Result<Vec<Size>> {
    let (lib, set) = (&suite.lib, &suite.set);
    let mut out = Vec::new();
    for (t, trace) in set.traces.iter().enumerate() {
        let Some(case) = suite.tests[t].cases.first() else { continue };
        let st = VmState::new(suite, t, case)?;
        let mut load_ns = [0u64; 2];
        for (i, mode) in [Mode::Fused, Mode::Stitched].into_iter().enumerate() {
            // Copy and patch this trace alone (with the end stub), from mapping to
            // protection: what a VM pays to install it.
            let times = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    let p = load_traces(mode, lib, set, stencils, &st, &[t])?;
                    let e = start.elapsed();
                    drop(p);
                    Ok(e)
                })
                .collect::<Result<Vec<_>>>()?;
            load_ns[i] = median(times).as_nanos() as u64;
        }
        let f = &stencils.fused[t];
        let (sc, sd, sh) = stencils.stitched_size(t)?;
        out.push(Size {
            trace: trace.name.clone(),
            uops: trace.instructions.len(),
            fused_code: f.stencil.code.len(),
            fused_data: f.stencil.data.len(),
            fused_holes: f.stencil.holes(),
            fused_layout: match stencils.target.arch {
                tracefuse::arch::Arch::X86_64 => layout::hot_cold(&f.stencil)?,
                _ => None,
            },
            stitched_code: sc,
            stitched_data: sd,
            stitched_holes: sh,
            fused_load_ns: load_ns[0],
            stitched_load_ns: load_ns[1],
        });
    }
    Ok(out)
}

/// One fused stencil built with `pipeline`: its build time, single-threaded, and its code
/// bytes.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Built {
    pub ms: f64,
    pub code: usize,
}

/// Each trace's fused stencil built with `pipeline`, single-threaded: time and code size.
pub fn measure_generation(
    suite: &Suite,
    bc: &tracefuse::bodies::LibraryBitcode,
    target: &Target,
    pipeline: &Pipeline,
) -> Result<Vec<Built>> {
    let (lib, set) = (&suite.lib, &suite.set);
    let machine = target.machine()?;
    let build = Build { lib, target, pipeline };
    (0..set.traces.len())
        .map(|t| {
            // The plan `generate` builds: a trace tree, a loop on a shadow frame, boxes sunk.
            let plan = &tracefuse::plan::fused_plan(lib, set, t, pipeline);
            let start = Instant::now();
            let stencil = build_stencil(&build, bc, &machine, plan)?;
            Ok(Built { ms: start.elapsed().as_secs_f64() * 1e3, code: stencil.code.len() })
        })
        .collect()
}

/// The pipelines whose generation cost and fused code size the report compares: the
/// default (`stencil`), LLVM's full `-O3` it is cut from, and the size pipelines.
pub const GENERATION_PIPELINES: [&str; 4] = ["stencil", "-O3", "-Os", "-Oz"];

/// One trace's fused stencil under each of [`GENERATION_PIPELINES`], in that order.
#[derive(Debug, Clone, Serialize)]
pub struct Generation {
    pub trace: String,
    pub builds: Vec<Built>,
}

/// A synthetic straight-line trace of about `n` uops: runs of int arithmetic blocks.
pub fn synthetic_trace(n: usize) -> String {
    let mut s = format!("trace: synthetic_{n}\nlibrary: sandbox\nlocals: 8\nstack_size: 4\ninstructions:\n");
    let block = [
        "{uop: _LOAD_FAST, oparg: 0}",
        "{uop: _LOAD_FAST, oparg: 1}",
        "{uop: _GUARD_BOTH_INT, target: 1}",
        "{uop: _BINARY_OP_ADD_INT, target: 2}",
        "{uop: _STORE_FAST, oparg: 2}",
    ];
    for i in 0..n {
        s.push_str("  - ");
        s.push_str(block[i % block.len()]);
        s.push('\n');
    }
    // Close an open block so the stack balances.
    for _ in 0..(block.len() - n % block.len()) % block.len() {
        s.push_str("  - {uop: _NOP}\n");
    }
    s
}

/// One synthetic trace length's fused build: the median total over runs, and where the
/// time of that run went.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Scaling {
    pub uops: usize,
    pub ms: f64,
    /// IR (bitcode load and link, `_JIT_ENTRY`), pass pipeline, codegen, extraction, ms.
    pub stages_ms: [f64; 4],
}

/// Fused build time against trace length (median of 5), with its stages.
pub fn measure_scaling(
    lib: &UopLibrary,
    bc: &tracefuse::bodies::LibraryBitcode,
    target: &Target,
    lengths: &[usize],
    dir: &std::path::Path,
) -> Result<Vec<Scaling>> {
    let machine = target.machine()?;
    let build = Build { lib, target, pipeline: &Pipeline::default() };
    let mut out = Vec::new();
    for &n in lengths {
        let path = dir.join(format!("synthetic_{n}.yaml"));
        let text = synthetic_trace(n);
        std::fs::write(&path, text).map_err(|e| Error::io(&path, "write", e))?;
        let set = TraceSet::load_files(&[path], lib)?;
        let plan = &tracefuse::plan::fused_plan(lib, &set, 0, &Pipeline::default());
        let mut runs = (0..5)
            .map(|_| {
                let start = Instant::now();
                let (_, t) = build_stencil_timed(&build, bc, &machine, plan)?;
                Ok((start.elapsed(), t))
            })
            .collect::<Result<Vec<_>>>()?;
        runs.sort_by_key(|r| r.0);
        let (total, t) = runs[runs.len() / 2];
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        out.push(Scaling {
            uops: n,
            ms: ms(total),
            stages_ms: [ms(t.ir), ms(t.optimize), ms(t.codegen), ms(t.extract)],
        });
    }
    Ok(out)
}
