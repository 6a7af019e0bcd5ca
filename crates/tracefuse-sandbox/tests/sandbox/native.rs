//! The benchmark's native kernels (`uops/sandbox/native/kernels.c`) leave the state their
//! trace leaves: on the benchmark's input, on every test case of the trace that leaves
//! through the same exit, and on a few more ranges (negative values, a step of 2, none
//! left). Compared as the benchmark compares them before timing
//! (`bench::final_state_differences`: exit, error, locals, stack, heap objects and their
//! refcounts; not allocation ids or back edges).

use crate::common;

use tracefuse_sandbox::bench::{native_differences, native_source, KERNELS};
use tracefuse_sandbox::cases::{Case, Suite};
use tracefuse_sandbox::runtime::Runtime;
use tracefuse_sandbox::values::Value;

/// The bundled library and traces, with the native kernels compiled into its runtime.
fn suite_with_native_kernels() -> Suite {
    let bundled = common::bundled();
    let runtime = Runtime::with_extra(&bundled.lib, &common::cache(), &[native_source(&bundled.lib)])
        .expect("the runtime with the native kernels builds");
    Suite::new(bundled.lib, bundled.set, runtime).expect("the suite loads")
}

/// The benchmark's input with its range iterator (if any) replaced by `range`.
fn with_range(case: &Case, name: &str, range: Value) -> Option<Case> {
    let mut c = case.clone();
    let slot = c.stack.iter_mut().find(|v| matches!(v, Value::Range { .. }))?;
    *slot = range;
    c.name = name.into();
    Some(c)
}

#[test]
fn every_native_kernel_leaves_its_traces_final_state() {
    let suite = suite_with_native_kernels();
    let mut failures = Vec::new();
    for k in KERNELS {
        let (t, _) = suite.set.get(k.trace).expect("the kernel's trace is bundled");
        let bench = k.case();
        let mut cases = vec![bench.clone()];
        cases.extend(suite.tests[t].cases.iter().cloned());
        let ranges = [
            ("negative_values", Value::Range { next: -3, stop: 4, step: 2 }),
            ("downwards", Value::Range { next: 4, stop: -3, step: -3 }),
            ("exhausted", Value::Range { next: 5, stop: 5, step: 1 }),
        ];
        cases.extend(ranges.into_iter().filter_map(|(name, r)| with_range(&bench, name, r)));
        let mut checked = Vec::new();
        for case in &cases {
            match native_differences(&suite, k, case).expect("the kernel runs") {
                None => {}
                Some(d) if d.is_empty() => checked.push(case.name.clone()),
                Some(d) => failures.push(format!("{} on {}: {}", k.native, case.name, d.join("; "))),
            }
        }
        assert!(
            checked.len() >= 2,
            "{}: only {checked:?} leave through the benchmark's exit; the check needs more inputs",
            k.native
        );
    }
    assert!(
        failures.is_empty(),
        "native kernels end differently from their traces:\n{}",
        failures.join("\n")
    );
}
