#!/usr/bin/env python3
"""Writes the startup-like straight-line traces (traces/startup_*.yaml) and their cases.

The traces are long runs of the blocks a VM executes once while it starts up: local and
constant loads, int and float arithmetic behind guards, attribute reads behind type
version guards, builtin calls, compares with branch guards. Expected results come from
the small model of the sandbox's semantics below — written independently of the C
bodies, so the check against the interpreter is a real one. For every instruction that
can exit, a case makes exactly that instruction exit (a float where an int was
expected, another class version, too few slots, an overflow, a failing compare, a
builtin given the wrong type).

Run from the repository root: python3 uops/sandbox/tools/gen_startup_traces.py
"""
import random

INT_MAX = (1 << 62) - 1


class Deopt(Exception):
    def __init__(self, index, target, stack, kind="deopt", error=None):
        self.index, self.target, self.stack, self.kind, self.error = index, target, stack, kind, error


def y(v):
    """A model value as YAML flow text."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    kind = v[0]
    if kind == "list":
        return "{list: [" + ", ".join(y(x) for x in v[1]) + "]}"
    if kind == "inst":
        return "{instance: %s, slots: [%s]}" % (v[1], ", ".join(y(x) for x in v[2]))
    if kind == "builtin":
        return "{builtin: %s}" % v[1]
    raise ValueError(v)


class Trace:
    def __init__(self, name, nlocals, seed):
        self.name, self.nlocals, self.rng = name, nlocals, random.Random(seed)
        self.insts = []      # (yaml text, exits?)
        self.blocks = []     # functions (state, stack) -> None, raising Deopt
        self.init = {}       # local -> initial value
        self.classes = {}    # name -> (version, slots)
        self.faults = []     # (name, locals overrides, class overrides)
        self.next_local = 0

    def local(self, value=None):
        i = self.next_local
        self.next_local += 1
        assert i < self.nlocals
        if value is not None:
            self.init[i] = value
        return i

    def emit(self, text, target=False):
        i = len(self.insts)
        if target:
            text = text[:-1] + ", target: %d}" % (10 * i)
        self.insts.append(text)
        return i

    # --- blocks: each emits instructions and a model step ---------------------------
    def filler(self):
        k = len(self.insts)
        self.emit("{uop: _SET_IP, oparg: %d}" % k)
        self.emit("{uop: _CHECK_VALIDITY, target: %d}" % (10 * len(self.insts)))

    def int_binop(self, op):
        a = self.local(self.rng.randint(-1000, 1000))
        b = self.local(self.rng.randint(-1000, 1000))
        c = self.local()
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % a)
        self.emit("{uop: _LOAD_FAST_BORROW, oparg: %d}" % b)
        g = self.emit("{uop: _GUARD_BOTH_INT}", True)
        o = self.emit("{uop: _BINARY_OP_%s_INT}" % op, True)
        self.emit("{uop: _STORE_FAST, oparg: %d}" % c)
        fn = {"ADD": lambda x, z: x + z, "SUBTRACT": lambda x, z: x - z, "MULTIPLY": lambda x, z: x * z}[op]

        def step(st):
            x, z = st[a], st[b]
            if not (type(x) is int and type(z) is int):
                raise Deopt(g, 10 * g, [x, z])
            r = fn(x, z)
            if not -INT_MAX - 1 <= r <= INT_MAX:
                raise Deopt(o, 10 * o, [x, z])
            st[c] = r
        self.blocks.append(step)
        self.faults.append(("float_%d" % a, {a: 0.5}, {}))
        big = {"ADD": (INT_MAX, 1), "SUBTRACT": (-INT_MAX - 1, 1), "MULTIPLY": (1 << 40, 1 << 30)}[op]
        self.faults.append(("overflow_%d" % o, {a: big[0], b: big[1]}, {}))

    def float_binop(self):
        a = self.local(float(self.rng.randint(1, 64)) / 4)
        b = self.local(float(self.rng.randint(1, 64)) / 8)
        c = self.local()
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % a)
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % b)
        g = self.emit("{uop: _GUARD_BOTH_FLOAT}", True)
        self.emit("{uop: _BINARY_OP_MULTIPLY_FLOAT}", True)
        self.emit("{uop: _STORE_FAST, oparg: %d}" % c)

        def step(st):
            x, z = st[a], st[b]
            if not (type(x) is float and type(z) is float):
                raise Deopt(g, 10 * g, [x, z])
            st[c] = x * z
        self.blocks.append(step)
        self.faults.append(("int_%d" % b, {b: 3}, {}))

    def const(self, value, runtime=True):
        c = self.local()
        self.emit("{uop: _LOAD_CONST_INLINE, operand0: {runtime: %s}}" % y(value))
        self.emit("{uop: _STORE_FAST, oparg: %d}" % c)

        def step(st):
            st[c] = value
        self.blocks.append(step)

    def small_int(self):
        c = self.local()
        v = self.rng.randint(0, 200)
        self.emit("{uop: _LOAD_SMALL_INT, oparg: %d}" % v)
        self.emit("{uop: _STORE_FAST, oparg: %d}" % c)

        def step(st):
            st[c] = v
        self.blocks.append(step)

    def attr(self, runtime_version):
        cls = "C%d" % len(self.classes)
        version = self.rng.randint(1, 1 << 20)
        nslots = self.rng.randint(1, 4)
        slot = self.rng.randrange(nslots)
        self.classes[cls] = (version, nslots)
        o = self.local(("inst", cls, [self.rng.randint(0, 99) for _ in range(nslots)]))
        c = self.local()
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % o)
        op = "{runtime: %d}" % version if runtime_version else str(version)
        g = self.emit("{uop: _GUARD_TYPE_VERSION, operand0: %s}" % op, True)
        l = self.emit("{uop: _LOAD_ATTR_SLOT, oparg: %d}" % slot, True)
        self.emit("{uop: _STORE_FAST, oparg: %d}" % c)

        def step(st, classes):
            inst = st[o]
            cv, cn = classes[inst[1]]
            if cv != version:
                raise Deopt(g, 10 * g, [inst])
            if slot >= len(inst[2]):
                raise Deopt(l, 10 * l, [inst])
            st[c] = inst[2][slot]
        step.needs_classes = True
        self.blocks.append(step)
        self.faults.append(("version_%s" % cls, {}, {cls: (version + 1, nslots)}))
        self.faults.append(("slots_%s" % cls, {o: ("inst", cls, [0] * slot)}, {cls: (version, slot)}))

    def builtin(self, name):
        args = {"len": [("list", [1, 2, 3])], "abs": [-7], "min": [4, 2], "max": [4, 9], "float": [3]}[name]
        locs = [self.local(v) for v in args]
        c = self.local()
        f = self.local(("builtin", name))
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % f)
        for l in locs:
            self.emit("{uop: _LOAD_FAST, oparg: %d}" % l)
        k = self.emit("{uop: _CALL_BUILTIN_FAST, oparg: %d}" % len(locs), True)
        self.emit("{uop: _STORE_FAST, oparg: %d}" % c)

        def step(st):
            callee = st[f]
            vals = [st[l] for l in locs]
            if not (isinstance(callee, tuple) and callee[0] == "builtin"):
                raise Deopt(k, 10 * k, [callee] + vals)
            bad = Deopt(k, 10 * k, [], "error", "type")
            if name == "len":
                if not (isinstance(vals[0], tuple) and vals[0][0] == "list"):
                    raise bad
                st[c] = len(vals[0][1])
            elif name == "abs":
                if type(vals[0]) not in (int, float):
                    raise bad
                st[c] = abs(vals[0])
            elif name in ("min", "max"):
                if not all(type(v) is int for v in vals):
                    raise bad
                st[c] = (min if name == "min" else max)(vals)
            else:
                if type(vals[0]) is not int:
                    raise bad
                st[c] = float(vals[0])
        self.blocks.append(step)
        self.faults.append(("not_builtin_%d" % f, {f: 5}, {}))
        self.faults.append(("%s_type_error_%d" % (name, locs[0]), {locs[0]: None}, {}))

    def compare(self):
        a = self.local(self.rng.randint(0, 50))
        b = self.local(self.rng.randint(51, 100))
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % a)
        self.emit("{uop: _LOAD_FAST, oparg: %d}" % b)
        g = self.emit("{uop: _GUARD_BOTH_INT}", True)
        self.emit("{uop: _COMPARE_OP_INT, oparg: 0}")
        x = self.emit("{uop: _GUARD_IS_TRUE_POP}", True)

        def step(st):
            p, q = st[a], st[b]
            if not (type(p) is int and type(q) is int):
                raise Deopt(g, 10 * g, [p, q])
            if not p < q:
                raise Deopt(x, 10 * x, [False], "side_exit")
        self.blocks.append(step)
        self.faults.append(("not_less_%d" % a, {a: 1000}, {}))
        self.faults.append(("float_%d" % b, {b: 60.5}, {}))

    # --- the model run and the output -------------------------------------------------
    def run(self, overrides, class_overrides):
        st = [None] * self.nlocals
        for i, v in self.init.items():
            st[i] = v
        for i, v in overrides.items():
            st[i] = v
        classes = dict(self.classes)
        classes.update(class_overrides)
        for step in self.blocks:
            try:
                if getattr(step, "needs_classes", False):
                    step(st, classes)
                else:
                    step(st)
            except Deopt as d:
                return d, st
        return None, st

    def case_yaml(self, name, overrides, class_overrides, end):
        start = [None] * self.nlocals
        for i, v in self.init.items():
            start[i] = v
        for i, v in overrides.items():
            start[i] = v
        exit, st = self.run(overrides, class_overrides)
        out = ["  - name: %s" % name]
        if class_overrides:
            out.append("    classes: {%s}" % ", ".join(
                "%s: {version: %d, slots: %d}" % (k, v[0], v[1]) for k, v in sorted(class_overrides.items())))
        out.append("    locals: [%s]" % ", ".join(y(v) for v in start))
        out.append("    expect:")
        if exit is None:
            out.append("      exit: {kind: %s}" % ("end" if end is None else "side_exit, index: %d, target: %d" % end))
            stack = []
        else:
            out.append("      exit: {kind: %s, index: %d, target: %d}" % (exit.kind, exit.index, exit.target))
            if exit.error:
                out.append("      error: %s" % exit.error)
            stack = exit.stack
        out.append("      locals: [%s]" % ", ".join(y(v) for v in st))
        out.append("      stack: [%s]" % ", ".join(y(v) for v in stack))
        return out

    def write(self, path, comment, end_with_exit):
        end = None
        if end_with_exit:
            i = self.emit("{uop: _EXIT_TRACE}", True)
            end = (i, 10 * i)
        lines = ["# " + l for l in comment] + [
            "# Generated by uops/sandbox/tools/gen_startup_traces.py; expectations from its model.",
            "trace: %s" % self.name, "library: sandbox", "locals: %d" % self.nlocals, "stack_size: 8"]
        if self.classes:
            lines.append("classes:")
            for k, (v, n) in sorted(self.classes.items()):
                lines.append("  %s: {version: %d, slots: %d}" % (k, v, n))
        lines.append("instructions:")
        lines += ["  - " + t for t in self.insts]
        lines.append("cases:")
        lines += self.case_yaml("fast", {}, {}, end)
        seen = set()
        for name, ov, cov in self.faults:
            exit, _ = self.run(ov, cov)
            assert exit is not None, (self.name, name)
            if name not in seen:
                seen.add(name)
                lines += self.case_yaml(name, ov, cov, end)
        open(path, "w").write("\n".join(lines) + "\n")


def build(name, seed, plan, nlocals, comment, end_with_exit):
    t = Trace(name, nlocals, seed)
    for item in plan:
        kind, *args = item
        getattr(t, kind)(*args)
    t.write("uops/sandbox/traces/%s.yaml" % name, comment, end_with_exit)
    return len(t.insts)


def main():
    r = random.Random(1)
    loads = []
    for i in range(9):
        loads += [("filler",), ("int_binop", ["ADD", "SUBTRACT", "MULTIPLY"][i % 3]), ("const", 1.5 + i, True), ("small_int",)]
    n1 = build("startup_loads", 11, loads, 60, ["Module start-up: long runs of local and constant loads and stores,",
                                                 "int arithmetic behind guards."], False)
    attrs = []
    for i in range(14):
        attrs += [("attr", i % 2 == 0), ("filler",)] if i % 3 else [("attr", True)]
    n2 = build("startup_attrs", 12, attrs, 40, ["Start-up attribute reads behind type-version guards on instances of",
                                                 "many classes; half the versions are runtime holes."], True)
    calls = []
    for i, b in enumerate(["len", "abs", "min", "max", "float", "len", "max", "abs"]):
        calls += [("builtin", b), ("filler",)]
    n3 = build("startup_builtins", 13, calls, 40, ["Start-up builtin calls: len, abs, min, max, float through",
                                                    "_CALL_BUILTIN_FAST, with their type errors."], False)
    mixed = []
    kinds = [("int_binop", "ADD"), ("float_binop",), ("attr", True), ("builtin", "max"), ("compare",),
             ("const", ("list", [1, 2.5]), True), ("attr", False), ("int_binop", "MULTIPLY"), ("filler",),
             ("builtin", "len"), ("small_int",)]
    for i in range(18):
        mixed.append(kinds[r.randrange(len(kinds))])
    n4 = build("startup_mixed", 14, mixed, 90, ["A long start-up trace mixing every kind of block, build-time and",
                                                 "runtime operands; it ends with a side exit."], True)
    print("instructions:", n1, n2, n3, n4)


main()
