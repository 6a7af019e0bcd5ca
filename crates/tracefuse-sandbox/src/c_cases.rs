//! The sandbox's trace set and cases as C source (`cases.h`), for C programs that consume
//! stencils without Rust: each case becomes a function that builds the VM state exactly
//! as [`crate::vm::VmState::new`] does — classes, every trace's recorded
//! instructions with their runtime operands (in set order), locals, entry stack — using
//! only the sandbox runtime's C API. The C consumer test and the AArch64 run under qemu
//! include it beside `jit_stencils.h`.

use crate::cases::{Case, TraceTests};
use crate::values::Value;
use std::fmt::Write as _;
use tracefuse::definitions::{Field, UopLibrary};
use tracefuse::error::{Error, Result};
use tracefuse::traces::{Operand, TraceSet};

struct Builder {
    out: String,
    temps: usize,
}

fn c_string(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' | '\\' => {
                out.push('\\');
                out.push(ch);
            }
            c if c.is_ascii_graphic() || c == ' ' => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "\\{b:03o}");
                }
            }
        }
    }
    out.push('"');
    out
}

impl Builder {
    fn temp(&mut self) -> String {
        self.temps += 1;
        format!("v{}", self.temps)
    }

    /// Writes statements that make a new reference to `v`; returns the C expression.
    fn value(&mut self, v: &Value) -> Result<String> {
        Ok(match v {
            Value::Int(i) => format!("tf_int(INT64_C({i}))"),
            Value::Float(x) => {
                let t = self.temp();
                let _ = writeln!(
                    self.out,
                    "    TfValue {t} = tfc_ok(tfc_float(s->tstate, UINT64_C({:#x})));",
                    x.to_bits()
                );
                t
            }
            Value::None => "tf_val(&tf_None)".into(),
            Value::Bool(b) => format!("tf_val(&tf_{})", if *b { "True" } else { "False" }),
            Value::List(items) => self.list(items)?,
            Value::Range { next, stop, step } => {
                let t = self.temp();
                let _ = writeln!(
                    self.out,
                    "    TfValue {t} = tfc_ok(tf_range_iter_new(s->tstate, INT64_C({next}), INT64_C({stop}), INT64_C({step})));"
                );
                t
            }
            Value::ListIter { items, index } => {
                let list = self.list(items)?;
                let t = self.temp();
                let _ = writeln!(
                    self.out,
                    "    TfValue {t} = tfc_ok(tf_list_iter_new(s->tstate, {list}));\n    tf_decref({list});\n    \
                     ((TfListIter *){t})->index = INT64_C({index});"
                );
                t
            }
            Value::Instance { class, slots } => {
                let t = self.temp();
                let _ = writeln!(
                    self.out,
                    "    TfValue {t} = tfc_ok(tf_instance_new(s->tstate, tfc_class(s, {})));",
                    c_string(class)
                );
                for (i, slot) in slots.iter().enumerate() {
                    let v = self.value(slot)?;
                    let _ = writeln!(self.out, "    tfc_set_slot({t}, {i}, {v});");
                }
                t
            }
            Value::Builtin(name) => {
                let t = self.temp();
                let _ = writeln!(
                    self.out,
                    "    TfValue {t} = tfc_ok(tf_builtin_new(s->tstate, {}));",
                    c_string(name)
                );
                t
            }
        })
    }

    fn list(&mut self, items: &[Value]) -> Result<String> {
        let t = self.temp();
        let _ = writeln!(self.out, "    TfValue {t} = tfc_ok(tf_list_new(s->tstate, {}));", items.len());
        for item in items {
            let v = self.value(item)?;
            let _ = writeln!(self.out, "    tfc_append(s->tstate, {t}, {v});");
        }
        Ok(t)
    }
}

/// The recorded instructions of every trace, with their runtime operands (made in set
/// order, after the case's classes, as `VmState::new` makes them).
fn record_function(lib: &UopLibrary, set: &TraceSet, tests: &[TraceTests]) -> Result<String> {
    let mut b = Builder { out: String::new(), temps: 0 };
    let _ = writeln!(b.out, "static void\ntfc_record(TfcState *s)\n{{");
    for (t, tr) in set.traces.iter().enumerate() {
        for (i, inst) in tr.instructions.iter().enumerate() {
            let mut fields = [String::from("0"), "0".into(), "0".into(), "0".into()];
            for (field, op) in &inst.fields {
                fields[field.index()] = match op {
                    Operand::Const(v) | Operand::RuntimeInt(v) => format!("UINT64_C({v:#x})"),
                    Operand::RuntimeLiteral(_) => {
                        let v = tests[t].objects.get(&(i, *field)).ok_or_else(|| {
                            Error::at(&tr.path, inst.line, format!("instruction {i}: `{field}` was not read"))
                        })?;
                        let made = b.value(v)?;
                        let _ = writeln!(b.out, "    tfc_own(s, {made});");
                        format!("(uint64_t){made}")
                    }
                };
            }
            let _ = writeln!(
                b.out,
                "    s->code[{t}][{i}] = (TfInst){{.uop = {}, .{} = {}, .{} = {}, .{} = {}, .{} = {}, .exit_trace = {}}};",
                lib.uops[inst.uop].id,
                Field::Oparg.name(),
                fields[0],
                Field::Operand0.name(),
                fields[1],
                Field::Operand1.name(),
                fields[2],
                Field::Target.name(),
                fields[3],
                inst.exit_to.map_or(-1, |x| x as i64)
            );
        }
    }
    let _ = writeln!(b.out, "}}\n");
    Ok(b.out)
}

fn setup_function(
    set: &TraceSet,
    tests: &TraceTests,
    start: usize,
    case: &Case,
    name: &str,
) -> Result<String> {
    let trace = &set.traces[start];
    let classes = tests.classes_for(case);
    let mut b = Builder { out: String::new(), temps: 0 };
    let _ = writeln!(b.out, "static void\n{name}(TfcState *s)\n{{");
    let _ = writeln!(
        b.out,
        "    tfc_begin(s, {}, {}, INT64_C({}), {});",
        trace.locals,
        trace.stack_size,
        case.tick_limit,
        i32::from(case.eval_breaker)
    );
    for (name, def) in &classes {
        let _ = writeln!(
            b.out,
            "    tfc_add_class(s, {}, tfc_ok(tf_class_new(s->tstate, UINT64_C({}), {})));",
            c_string(name),
            def.version,
            def.slots
        );
    }
    let _ = writeln!(b.out, "    tfc_record(s);");
    for (i, v) in case.locals.iter().enumerate() {
        let made = b.value(v)?;
        let _ = writeln!(b.out, "    tfc_set_local(s, {i}, {made});");
    }
    for (i, v) in case.stack.iter().enumerate() {
        let made = b.value(v)?;
        let _ = writeln!(b.out, "    s->frame->locals[{} + {i}] = {made};", trace.locals);
    }
    let _ = writeln!(
        b.out,
        "    s->frame->sp = s->frame->locals + {} + {};\n}}\n",
        trace.locals,
        case.stack.len()
    );
    Ok(b.out)
}

/// `cases.h` for a trace set: `TFC_NTRACES`, the traces' names and lengths, and
/// `tfc_cases[]` (trace, name, setup function). Needs `tfc_prelude.h`'s helpers.
pub fn cases_header(lib: &UopLibrary, set: &TraceSet, tests: &[TraceTests]) -> Result<String> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/* cases.h: the trace set of uop library `{}` and its cases, built as the sandbox VM\n \
         * records them. Generated by tracefuse; do not edit. */\n",
        lib.name
    );
    let n = set.traces.len();
    let _ = writeln!(out, "#define TFC_NTRACES {n}");
    let max_classes =
        tests.iter().flat_map(|t| t.cases.iter().map(|c| t.classes_for(c).len())).max().unwrap_or(0);
    let _ = writeln!(out, "#define TFC_MAX_CLASSES {}", max_classes.max(1));
    let names: Vec<String> = set.traces.iter().map(|t| c_string(&t.name)).collect();
    let lens: Vec<String> = set.traces.iter().map(|t| t.instructions.len().to_string()).collect();
    let _ =
        writeln!(out, "static const char *const tfc_trace_names[{}] = {{{}}};", n.max(1), names.join(", "));
    let _ = writeln!(out, "static const int64_t tfc_trace_len[{}] = {{{}}};\n", n.max(1), lens.join(", "));
    let _ = writeln!(out, "#include \"tfc_prelude.h\"\n");
    out.push_str(&record_function(lib, set, tests)?);
    let mut rows = Vec::new();
    for (t, tt) in tests.iter().enumerate() {
        for (k, case) in tt.cases.iter().enumerate() {
            let f = format!("tfc_setup_{t}_{k}");
            out.push_str(&setup_function(set, tt, t, case, &f)?);
            rows.push(format!("    {{{t}, {}, {f}}},", c_string(&case.name)));
        }
    }
    let _ = writeln!(out, "static const TfcCase tfc_cases[] = {{\n{}\n}};", rows.join("\n"));
    let _ = writeln!(out, "#define TFC_NCASES (sizeof(tfc_cases) / sizeof(tfc_cases[0]))");
    Ok(out)
}
