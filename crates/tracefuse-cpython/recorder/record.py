"""Records the tier-2 traces (executors) a CPython 3.14 JIT build forms for a workload.

Run it with a *training* build of CPython (see training-build.sh: loops warm up after
16 iterations) and the JIT switched on:

    PYTHON_JIT=1 ./python record.py -o recording.json [--workload MOD,MOD,...] [--no-loops]
    PYTHON_JIT=1 ./python record.py -o recording.json --tests training|test_int,test_re,...

It imports the workload modules (by default twelve common stdlib modules), uses each of
them a little, runs a few hot loops written here, then walks every code object it can
reach (functions in gc.get_objects() and the code objects nested in their co_consts,
plus module code it compiled itself), asks `_opcode.get_executor(code, offset)` at every
JUMP_BACKWARD, follows side exits into the executors they lead to, and writes one JSON
file (format "tracefuse-cpython-record/1", described in ../README.md, "Recording").

With --tests it runs CPython's own regression tests in this process instead (see
`record_tests`: executors are found from the executor objects the collector tracks and
snapshotted after every test).

What Python can read of an executor: `ex[i]` is (name, oparg, target, operand0) with
`target` the raw 32-bit field (for uops that jump: error_target << 16 | jump_target).
operand1, the uop's numeric id and the executors hanging off side exits are not exposed;
this script reads them with ctypes from the executor's instruction array when the
layout checks out against every `ex[i]` (it verifies, never trusts), and writes null
otherwise.

The recorder records the workload, not itself: executors that form while it runs its
own code (a snapshot or scan, and the `dis` functions those call) or in its own functions
are left out (see `Collector`, "The recorder's own executors").

Written for tracefuse; no CPython code is copied here.
"""

import ctypes
import dis
import gc
import importlib
import os
import sys
import types
from operator import attrgetter

FORMAT = "tracefuse-cpython-record/1"

DEFAULT_MODULES = [
    "json", "re", "collections", "dataclasses", "enum", "typing",
    "pathlib", "argparse", "textwrap", "decimal", "fractions", "statistics",
]

# Instructions after which control never falls through to the next one.
NO_FALLTHROUGH = {
    "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP",
    "JUMP_NO_INTERRUPT", "RETURN_VALUE", "RAISE_VARARGS", "RERAISE",
}

# ---------------------------------------------------------------------------
# Workload


def exercise(name, mod):
    """Uses a module a little, so that its functions (not only its top level) run."""
    try:
        if name == "json":
            doc = {"a": [1, 2.5, None, True], "b": {"c": "d" * 20}, "e": list(range(50))}
            for _ in range(40):
                mod.loads(mod.dumps(doc, indent=1, sort_keys=True))
        elif name == "re":
            pats = [r"(\w+)@(\w+)\.com", r"^\s*(\d+)\s*([a-z]+)?$", r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)*"]
            for _ in range(30):
                for p in pats:
                    mod.findall(p, "Bob Smith bob@example.com 42 apples  Ann Lee ann@x.com")
        elif name == "collections":
            c = mod.Counter("the quick brown fox jumps over the lazy dog" * 20)
            c.most_common(5)
            d = mod.deque(range(100))
            for _ in range(100):
                d.rotate(3)
            P = mod.namedtuple("P", "x y z")
            sum(P(i, i, i).x for i in range(100))
        elif name == "dataclasses":
            for i in range(20):
                C = mod.make_dataclass("C%d" % i, [("x", int), ("y", float, 0.0)], order=True)
                sorted([C(3, 1.0), C(1, 2.0), C(2, 0.5)])
                mod.asdict(C(1, 2.0))
        elif name == "enum":
            for i in range(10):
                E = mod.Enum("E%d" % i, ["A", "B", "C", "D"])
                [e.name for e in E]
                F = mod.Flag("F%d" % i, ["R", "W", "X"])
                list(F.R | F.W)
        elif name == "typing":
            for _ in range(20):
                mod.get_type_hints(exercise)
                mod.Optional[mod.List[int]]
        elif name == "pathlib":
            for _ in range(50):
                p = mod.PurePosixPath("/usr/lib/python3/site-packages/x/y.py")
                p.parent.name, p.suffix, p.with_suffix(".pyc"), p.relative_to("/usr")
        elif name == "argparse":
            ap = mod.ArgumentParser(prog="x")
            ap.add_argument("--n", type=int, default=3)
            ap.add_argument("files", nargs="*")
            for _ in range(20):
                ap.parse_args(["--n", "5", "a", "b", "c"])
        elif name == "textwrap":
            text = "lorem ipsum dolor sit amet " * 40
            for _ in range(20):
                mod.fill(text, 30)
                mod.dedent("    a\n    b\n      c\n")
        elif name == "decimal":
            s = mod.Decimal(0)
            for i in range(200):
                s += mod.Decimal(i) / 7
            str(s)
        elif name == "fractions":
            s = mod.Fraction(0)
            for i in range(1, 100):
                s += mod.Fraction(1, i)
            str(s)
        elif name == "statistics":
            data = [float(i % 17) for i in range(300)]
            for _ in range(10):
                mod.mean(data), mod.median(data), mod.stdev(data)
    except Exception as e:  # a workload problem must not lose the recording
        print(f"record.py: exercising {name} failed: {e!r}", file=sys.stderr)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def hot_loops():
    """Small loops of the kinds tracefuse fuses; each runs far beyond the threshold."""
    total = 0
    for i in range(3000):
        total += i
    xs = [float(i) for i in range(500)]
    ys = [float(i) * 0.5 for i in range(500)]
    dot = 0.0
    for _ in range(5):
        for i in range(len(xs)):
            dot += xs[i] * ys[i]
    pts = [Point(i, -i) for i in range(500)]
    acc = 0
    for p in pts:
        acc += p.x - p.y
    words = ("alpha beta gamma delta " * 200).split()
    n = 0
    for w in words:
        if w.startswith("g") or w.upper() == "BETA":
            n += len(w)
    d = {i: i * i for i in range(500)}
    s = 0
    for k, v in d.items():
        s += k ^ v
    i = 0
    while i < 2000:
        i += 3 if i % 2 else 1
    return total, dot, acc, n, s, i


# ---------------------------------------------------------------------------
# Code objects and stack depths


# The walks over every object the cycle collector tracks filter in C (`filter` with a
# type's `__instancecheck__`, `map`): a Python loop over them runs a tier-2 trace per
# object, and every 100,000 trace runs CPython sweeps away the executors that did not run
# since the sweep before (`_MAKE_WARM`, JIT_CLEANUP_THRESHOLD): a look of a few hundred
# thousand objects cleared the workload's executors before it reached them.
def of_type(objects, t):
    return list(filter(t.__instancecheck__, objects))


def code_objects():
    """Every code object reachable from live functions and modules, nested ones included."""
    seen = {}
    objects = gc.get_objects()
    todo = list(map(CODE_OF, of_type(objects, types.FunctionType)))
    todo += of_type(objects, types.CodeType)
    del objects
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen[id(c)] = c
        todo.extend(k for k in c.co_consts if isinstance(k, types.CodeType))
    return list(seen.values())


def nlocalsplus(code):
    """Slots before the value stack: locals, then cells that are not arguments, then frees."""
    n = len(code.co_varnames)
    n += sum(1 for c in code.co_cellvars if c not in code.co_varnames)
    n += len(code.co_freevars)
    return n


def callee_codes():
    """id -> code object for every live function (its __code__) and code object: what a
    _PUSH_FRAME's operand0 names (the callee's function, or its code object | 1)."""
    return callees_in(gc.get_objects())


def callees_in(objects):
    """`callee_codes` over `objects` (in C: see `of_type`)."""
    functions = of_type(objects, types.FunctionType)
    out = dict(zip(map(id, functions), map(CODE_OF, functions)))
    codes = of_type(objects, types.CodeType)
    out.update(zip(map(id, codes), codes))
    return out


class CodeRanges:
    """Which code object an instruction address lies in: a code object keeps its bytecode
    inline after its fixed part (type(code).__basicsize__ bytes from its address)."""

    def __init__(self, codes):
        import bisect
        self.bisect = bisect
        base = type(codes[0]).__basicsize__ if codes else 0
        spans = sorted((id(c) + base, id(c) + base + len(c.co_code), c) for c in codes)
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def code_at(self, addr):
        k = self.bisect.bisect_right(self.starts, addr) - 1
        if k >= 0 and self.spans[k][0] <= addr < self.spans[k][1]:
            return self.spans[k][2]
        return None


RETURNS = {"_RETURN_VALUE", "_RETURN_GENERATOR", "_YIELD_VALUE"}
SET_IPS = {"_SET_IP", "_CHECK_VALIDITY_AND_SET_IP"}


def annotate_pushes(uops, own_code, callees, ranges):
    """Gives each _PUSH_FRAME the frame it enters ("frame": size of the callee's code, or
    None). The callee is the code object whose bytecode holds the first instruction
    pointer a _SET_IP records on that frame (checked: the first one before any push must
    lie in the executor's own code, else addresses are not trusted), else what operand0
    names (the callee's function, or its code | 1; 0 for a recursive call)."""
    trusted = False
    for u in uops:
        if u["name"] == "_PUSH_FRAME":
            break
        if u["name"] in SET_IPS:
            trusted = own_code is not None and ranges.code_at(u["operand0"]) is own_code
            break
    for k, u in enumerate(uops):
        if u["name"] != "_PUSH_FRAME":
            continue
        code = None
        nested = 0
        for v in uops[k + 1:] if trusted else ():
            if v["name"] == "_PUSH_FRAME":
                nested += 1
            elif v["name"] in RETURNS:
                if nested == 0:
                    break
                nested -= 1
            elif nested == 0 and v["name"] in SET_IPS:
                code = ranges.code_at(v["operand0"])
                break
        if code is None and u["operand0"]:
            code = callees.get(u["operand0"] & ~1)
        u["frame"] = None if code is None else {
            "nlocalsplus": nlocalsplus(code), "stacksize": code.co_stacksize, "qualname": code.co_qualname}


def stack_depths(code):
    """Stack depth before each instruction (byte offset -> depth), from dis's stack effects
    over the control-flow graph and the exception table; None if they disagree."""
    instrs = list(dis.get_instructions(code))
    index = {ins.offset: k for k, ins in enumerate(instrs)}
    depth = {}
    work = [(0, 0)]
    for e in dis.Bytecode(code).exception_entries:
        work.append((e.target, e.depth + (1 if e.lasti else 0) + 1))
    while work:
        off, d = work.pop()
        k = index.get(off)
        while k is not None:
            ins = instrs[k]
            if ins.offset in depth:
                if depth[ins.offset] != d:
                    return None
                break
            depth[ins.offset] = d
            arg = ins.arg if ins.opcode >= dis.HAVE_ARGUMENT else None
            target = getattr(ins, "jump_target", None)
            if target is not None:
                work.append((target, d + dis.stack_effect(ins.opcode, arg, jump=True)))
            if ins.opname in NO_FALLTHROUGH:
                break
            d += dis.stack_effect(ins.opcode, arg, jump=False)
            if d < 0:
                return None
            k = k + 1 if k + 1 < len(instrs) else None
    return depth


# ---------------------------------------------------------------------------
# Executors

# _PyExecutorObject starts with PyObject_VAR_HEAD (3 words), then `trace`;
# _PyUOpInstruction is {u16 opcode:15|format:1, u16 oparg, u32 target, u64 operand0,
# u64 operand1} = 24 bytes; _PyExitData is {u32 target, u16 temperature, executor*}.
WORD = ctypes.sizeof(ctypes.c_void_p)
TRACE_FIELD = 3 * WORD
INSTR_SIZE = 24
EXIT_EXECUTOR_FIELD = 8


def read(addr, ctype):
    return ctype.from_address(addr).value


def raw_instructions(ex, reported):
    """(uop id, operand1) per instruction, read from memory, if the layout matches every
    reported (oparg, target, operand0); else None."""
    if WORD != 8:
        return None
    try:
        base = read(id(ex) + TRACE_FIELD, ctypes.c_uint64)
        if base == 0:
            return None
        out = []
        for k, (_, oparg, target, operand0) in enumerate(reported):
            a = base + k * INSTR_SIZE
            if (read(a + 2, ctypes.c_uint16), read(a + 4, ctypes.c_uint32), read(a + 8, ctypes.c_uint64)) != (
                oparg, target, operand0):
                return None
            out.append((read(a, ctypes.c_uint16) & 0x7FFF, read(a + 16, ctypes.c_uint64)))
        return out
    except Exception:
        return None


def executor_at(code, offset):
    # CPython's own function, not the wrapper `watch_get_executor` installs for the tests
    # (the recorder's own look-ups are not executors the tests looked at).
    if GET_EXECUTOR is None:
        return None
    try:
        return GET_EXECUTOR(code, offset)
    except (ValueError, RuntimeError):
        return None


def describe(ex, use_ctypes):
    reported = [tuple(ex[k]) for k in range(len(ex))]
    raw = raw_instructions(ex, reported) if use_ctypes else None
    uops = []
    for k, (name, oparg, target, operand0) in enumerate(reported):
        u = {"name": name, "oparg": oparg, "target": target, "operand0": operand0}
        u["operand1"] = raw[k][1] if raw else None
        u["uop_id"] = raw[k][0] if raw else None
        uops.append(u)
    return uops, raw is not None


def side_executors(ex, uops, memory_ok):
    """(stub index, executor) for each _EXIT_TRACE stub whose exit has an executor."""
    out = []
    if not memory_ok:
        return out
    refs = {id(r): r for r in gc.get_referents(ex) if type(r) is type(ex)}
    for k, u in enumerate(uops):
        if u["name"] != "_EXIT_TRACE" or not u["operand0"]:
            continue
        try:
            addr = read(u["operand0"] + EXIT_EXECUTOR_FIELD, ctypes.c_uint64)
        except Exception:
            continue
        if addr in refs:
            out.append((k, refs[addr]))
    return out


class OwnWork:
    """See `Collector.own_work`."""

    def __init__(self, collector, listed):
        self.collector = collector
        self.listed = listed
        self.live = []
        self._ids = None

    def alive_at_start(self, ex):
        """`ex` was alive when the window opened (else it formed during the look)."""
        if self._ids is None:
            self._ids = {id(o) for o in self.live}
        return id(ex) in self._ids

    def __enter__(self):
        self.enabled = gc.isenabled()
        gc.disable()
        if not self.listed:
            self.live = self.collector.live_executors()
        self.collector.window = self
        return self

    def __exit__(self, *exc):
        c = self.collector
        c.window = None
        try:
            before = {id(o) for o in self.live}
            new = [o for o in c.live_executors(0) if id(o) not in before and id(o) not in c.by_id]
            for o in new:
                c.own[id(o)] = o
            c.release(new)
        finally:
            self.live = []
            if self.enabled:
                gc.enable()
        return False


class Collector:
    """Collects executors over several snapshots. CPython clears executors that stayed
    cold between two sweeps (every 100,000 trace runs), so the recorder looks after each
    workload step, while that step's executors are still there.

    The recorder's own executors: the recorder runs Python loops of its own while it looks
    (walking code objects, `dis` over their bytecode, reading executors), hot enough to
    form executors, in its own functions and in the `dis` functions it calls. They are
    not the workload's, so none is recorded: an executor whose code is one of this file's
    own functions (`MACHINERY`: all but the built-in workload, `exercise` and `hot_loops`)
    is the recorder's; and every look is a *window* (`own_work`) with the cycle
    collector off: the executors alive when it starts are listed, and those that appear
    in the young generation by its end (new objects stay there while the collector is
    off) formed during the look, in whatever code, and are the recorder's (so are those
    the start-up's probe formed: `executor_type`). Both kinds go to `own` (kept alive, so
    that an id stays one executor) and are skipped from then on, with the side exits
    behind them. Those in code that is not the recorder's (`dis`'s) are invalidated
    (`release`), so that the workload, when it runs that code hot, forms and records its
    own executors there."""

    def __init__(self, use_ctypes, ex_type=None):
        self.use_ctypes = use_ctypes
        self.ex_type = ex_type
        self.own = {}       # id -> the recorder's own executor (kept alive, never recorded)
        self.released = 0   # code objects whose executors `release` invalidated
        self.window = None  # the OwnWork open now
        self.vm_ok = None   # the _PyVMData layout checked out (None: not yet seen)
        self.entries = []   # (entry, executor, memory_ok)
        self.by_id = {}     # id(executor) -> index; the executors are kept alive
        self.codes = {}     # id(code) -> [code, JUMP_BACKWARD offsets, depths or None]
        self.info_of = {}   # executor index -> the codes entry of the code it runs in
        self.callees = {}   # id -> code, for _PUSH_FRAME operands (see callee_codes)
        self.ranges = CodeRanges([])  # instruction address -> code (see annotate_pushes)

    # --- the recorder's own executors

    def live_executors(self, generation=None):
        """The executor objects the cycle collector tracks (all, or one generation's)."""
        T = self.ex_type
        if T is None:
            return []
        objects = gc.get_objects() if generation is None else gc.get_objects(generation)
        return of_type(objects, T)

    def own_work(self, listed=False):
        """A window of the recorder's own work: `with collector.own_work():`. The cycle
        collector is off inside; the executors alive at its start are listed (`listed`:
        the caller lists them, into the window's `live`, as its first step), and those
        that formed by its end become the recorder's own."""
        return OwnWork(self, listed)

    def take_own(self, executors):
        """Makes `executors` (formed by the recorder's start-up) its own, and releases them."""
        for o in executors:
            self.own[id(o)] = o
        self.release(executors)

    def is_own(self, ex, code=None):
        """The executor is the recorder's (see the class): seen forming during a look, or
        running in one of this file's own functions. The latter become `own` here."""
        if id(ex) in self.own:
            return True
        if self.window is not None and self.ex_type is not None and not self.window.alive_at_start(ex):
            # Formed during this look (by the look itself), found before the window closes
            # (which releases it, after the look has recorded what it found).
            self.own[id(ex)] = ex
            return True
        if code is not None and id(code) in MACHINERY and MACHINERY[id(code)] is code:
            self.own[id(ex)] = ex
            return True
        return False

    def release(self, executors):
        """Invalidates those of the recorder's own `executors` that run in code other than
        its own (the `dis` functions a look calls): left in place, they would serve the
        workload when it runs that code, and it would never form (so never record) its
        own. Through `_testinternalcapi.invalidate_executors(code)`, which invalidates
        every executor depending on the code object (the cost: a workload executor that
        inlined a call into that code is formed again, and recorded twice). Needs the
        memory reads (`code_of`); without them, or without the module, nothing is done."""
        codes = {}
        for ex in executors:
            where = self.code_of(ex) if ex.is_valid() else None
            if where is not None and id(where[0]) not in MACHINERY:
                codes[id(where[0])] = where[0]
        if not codes:
            return
        try:
            from _testinternalcapi import invalidate_executors
        except ImportError:
            return
        for code in codes.values():
            invalidate_executors(code)
        self.released += len(codes)
        # Invalid now and detached from their code: nothing finds them again, so they need
        # not be kept (a later executor that reuses an id is not one of them).
        for ex in executors:
            if not ex.is_valid():
                self.own.pop(id(ex), None)

    def code_of(self, ex):
        """(code, byte offset) of the ENTER_EXECUTOR holding `ex`, or None."""
        if not self.use_ctypes or WORD != 8:
            return None
        try:
            a = id(ex) + VM_DATA
            layout = (read(a + VM_OPCODE, ctypes.c_uint8), read(a + VM_OPARG, ctypes.c_uint8)) == (
                ex.get_opcode(), ex.get_oparg())
            if self.vm_ok is None or not layout:
                self.vm_ok = layout
            if not layout:
                return None
            addr = read(a + VM_CODE, ctypes.c_uint64)
            if not addr:
                return None
            off = 2 * read(a + VM_INDEX, ctypes.c_int)
            known = self.codes.get(addr)
            if known is not None and id(known[0]) == addr:
                code = known[0]
            else:
                # `ex` is attached to the code object, so it is alive (a dying code
                # object detaches its executors first); gc is off while scanning.
                from _ctypes import PyObj_FromPtr
                code = PyObj_FromPtr(addr)
                if not isinstance(code, types.CodeType):
                    return None
            return (code, off) if executor_at(code, off) is ex else None
        except Exception:
            return None

    def add(self, ex, entry, step, own_code=None):
        if id(ex) in self.by_id:
            return self.by_id[id(ex)], False
        uops, memory_ok = describe(ex, self.use_ctypes)
        annotate_pushes(uops, own_code, self.callees, self.ranges)
        entry.update({
            "index": len(self.entries),
            "step": step,
            "valid": bool(ex.is_valid()),
            "uops": uops,
            "exits": [],
        })
        self.by_id[id(ex)] = entry["index"]
        self.entries.append((entry, ex, memory_ok))
        return entry["index"], True

    def snapshot(self, step):
        with self.own_work():
            self._snapshot(step)

    def _snapshot(self, step):
        first_new = len(self.entries)
        # Where the executors alive at the look's start sit, before anything else: the
        # look's own loops below run traces, and a cold sweep they set off detaches a
        # workload executor from its code (`executor_at` no longer finds it there).
        pinned = {}
        for ex in self.window.live if self.window is not None else ():
            where = self.code_of(ex) if id(ex) not in self.by_id and ex.is_valid() else None
            if where is not None:
                pinned[(id(where[0]), where[1])] = ex
        self.callees = callee_codes()
        codes = code_objects()
        self.ranges = CodeRanges(codes)
        for code in codes:
            info = self.codes.get(id(code))
            if info is None or info[0] is not code:
                jumps = [i.offset for i in dis.get_instructions(code) if i.opname == "JUMP_BACKWARD"]
                info = self.codes[id(code)] = [code, jumps, None]
            for off in info[1]:
                ex = executor_at(code, off)
                if ex is None:
                    ex = pinned.get((id(code), off))
                if ex is None or id(ex) in self.by_id or self.is_own(ex, code):
                    continue
                if info[2] is None:
                    info[2] = stack_depths(code) or {}
                idx, _ = self.add(ex, {
                    "kind": "loop",
                    "code": code.co_name,
                    "qualname": code.co_qualname,
                    "file": code.co_filename,
                    "first_line": code.co_firstlineno,
                    "offset": off,
                    "nlocalsplus": nlocalsplus(code),
                    "stacksize": code.co_stacksize,
                    "entry_stack": info[2].get(off),
                }, step, code)
                self.info_of[idx] = info
        # Side exits that warmed up lead to executors no code object points at.
        k = first_new
        while k < len(self.entries):
            entry, ex, memory_ok = self.entries[k]
            info = self.info_of.get(entry["index"])
            for stub, child in side_executors(ex, entry["uops"], memory_ok):
                if self.is_own(child):
                    continue
                # The side exit resumes at the stub's bytecode target (in code units) of
                # the parent's code object, if no frame switch came first (the reader
                # checks that): the stack there is dis's depth at that offset.
                target = entry["uops"][stub].get("target")
                depth = None
                if info is not None and info[2] and isinstance(target, int):
                    depth = info[2].get(2 * target)
                idx, new = self.add(child, {
                    "kind": "side_exit",
                    "parent": entry["index"],
                    "parent_stub": stub,
                    "exit_entry_stack": depth,
                    "code": None, "qualname": None, "file": None, "first_line": None, "offset": None,
                    "nlocalsplus": None, "stacksize": None, "entry_stack": None,
                }, step, info[0] if info is not None else None)
                if new and info is not None:
                    self.info_of[idx] = info
                entry["exits"].append({"stub": stub, "executor": idx})
            k += 1

    def result(self):
        return [e for e, _, _ in self.entries], any(m for _, _, m in self.entries)


# ---------------------------------------------------------------------------
# Recording from CPython's regression tests (--tests)

# The training run of `--tests training`: the optimizer's own tests, then the tests of
# the core types and of a few pure-Python stdlib modules with many loops.
TRAINING_TESTS = [
    "test_capi.test_opt", "test_int", "test_float", "test_long", "test_list", "test_dict",
    "test_set", "test_tuple", "test_string", "test_re", "test_json", "test_enum",
    "test_itertools", "test_generators", "test_exceptions", "test_class", "test_descr",
]

# _PyVMData follows `trace`: {u8 opcode, u8 oparg, u8 valid:1|linked:1|chain_depth:6,
# bool warm, int index, _PyBloomFilter (8 x u32), links {next, previous}, code*}.
# `index` is the ENTER_EXECUTOR's position in code units and `code` the code object it
# sits in (NULL for executors behind side exits and for detached ones).
VM_DATA = TRACE_FIELD + WORD
VM_OPCODE, VM_OPARG, VM_INDEX, VM_CODE = 0, 1, 4, 56


def test_list(spec):
    """`training` (anywhere in the list) stands for TRAINING_TESTS; duplicates go."""
    out = []
    for name in (n.strip() for n in spec.split(",")):
        for n in (TRAINING_TESTS if name == "training" else [name] if name else []):
            if n not in out:
                out.append(n)
    return out


def executor_type():
    """The executor type, from a loop compiled and run here (None without a JIT), and the
    executors that formed meanwhile: the probe's and those of the `dis` functions that
    found it (the recorder's own)."""
    enabled = gc.isenabled()
    gc.disable()
    before = {id(o) for o in gc.get_objects()}
    try:
        T = probe()
        return T, [o for o in gc.get_objects() if type(o) is T and id(o) not in before] if T else []
    finally:
        if enabled:
            gc.enable()


def probe():
    ns = {}
    exec("def tf_probe(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n", ns)
    code = ns["tf_probe"].__code__
    ns["tf_probe"](200)
    for ins in dis.get_instructions(code):
        if ins.opname == "JUMP_BACKWARD":
            ex = executor_at(code, ins.offset)
            if ex is not None:
                return type(ex)
    return None


def content_key(ex, uops):
    """An executor's uops with the operands that point into the executor itself
    (`_START_EXECUTOR`'s executor, `_EXIT_TRACE`'s exit data) made relative: two
    executors of one trace formed twice (after an invalidation) have equal keys."""
    try:
        lo, hi = id(ex), id(ex) + ex.__sizeof__()
    except Exception:
        lo = hi = 0

    def rel(v):
        return ("self", v - lo) if isinstance(v, int) and lo <= v < hi else v

    return tuple((u["name"], u["oparg"], u["target"], rel(u["operand0"]), rel(u["operand1"]), u["uop_id"])
                 for u in uops)


class TestCollector(Collector):
    """A collector for long test runs. Instead of walking every code object (too slow to
    do after each of thousands of tests, and blind to code that only a frame or an
    executor holds), `scan` lists the executor objects the cycle collector tracks, finds
    each one's code object and ENTER_EXECUTOR position in its `_PyVMData` (checked with
    `_opcode.get_executor`), and places executors that sit behind side exits under the
    executor whose exit holds them, also when that exit warmed up after its parent was
    recorded. `_opcode.get_executor` is wrapped so that executors the tests look at are
    kept (with their code and offset) even if their code dies before the next scan.

    Deduplication: an executor seen again is written once (kept alive, so `id` stays
    unique); a different executor with the same content (same code, offset and frame, or
    same parent and stub, and the same uops, operands that point into the executor
    itself compared relative to it) is written once too: the first one is kept, and the
    side exits of the later one are attached to it."""

    def __init__(self, use_ctypes, ex_type):
        super().__init__(use_ctypes, ex_type)
        self.by_content = {}      # content key -> entry index
        self.aliases = []         # executors merged into an earlier entry (kept alive)
        self.seen_again = 0       # executors met again at a later scan
        self.merged = 0           # executors merged into an entry with the same content
        self.unplaced = {}        # id -> executor neither at a code object nor behind a recorded exit
        self.looked_at = []       # (code, offset, executor) handed to the tests
        self.scans = 0
        self.scan_seconds = 0.0

    # --- deduplication

    def add(self, ex, entry, step):
        if id(ex) in self.by_id:
            return self.by_id[id(ex)], False
        idx, new = super().add(ex, entry, step)
        if not new:
            return idx, new
        e = self.entries[idx][0]
        if e["kind"] == "loop":
            where = ("loop", e["file"], e["qualname"], e["first_line"], e["offset"],
                     e["nlocalsplus"], e["stacksize"], e["entry_stack"])
        else:
            where = ("side_exit", e["parent"], e["parent_stub"], e["exit_entry_stack"])
        key = (where, content_key(ex, e["uops"]))
        first = self.by_content.get(key)
        if first is None:
            self.by_content[key] = idx
            return idx, True
        self.entries.pop()
        self.by_id[id(ex)] = first
        self.aliases.append(ex)
        self.merged += 1
        return first, False

    # --- where an executor runs

    def add_loop(self, code, off, ex, step):
        info = self.codes.get(id(code))
        if info is None or info[0] is not code:
            info = self.codes[id(code)] = [code, None, None]
        if info[2] is None:
            info[2] = stack_depths(code) or {}
        idx, new = self.add(ex, {
            "kind": "loop",
            "code": code.co_name,
            "qualname": code.co_qualname,
            "file": code.co_filename,
            "first_line": code.co_firstlineno,
            "offset": off,
            "nlocalsplus": nlocalsplus(code),
            "stacksize": code.co_stacksize,
            "entry_stack": info[2].get(off),
        }, step)
        if new:
            self.info_of[idx] = info
        return idx, new

    def follow_exits(self, work, step):
        """Records the executors behind the warm side exits of (entry index, executor
        object) pairs, and behind theirs; as `snapshot` does for new entries."""
        while work:
            pidx, pex = work.pop()
            entry, first, memory_ok = self.entries[pidx]
            info = self.info_of.get(pidx)
            # A merged executor's exit stubs point into itself, not into the first one.
            uops = entry["uops"] if first is pex else describe(pex, self.use_ctypes)[0]
            for stub, child in side_executors(pex, uops, memory_ok):
                if id(child) in self.by_id or self.is_own(child):
                    continue
                target = entry["uops"][stub].get("target")
                depth = None
                if info is not None and info[2] and isinstance(target, int):
                    depth = info[2].get(2 * target)
                idx, new = self.add(child, {
                    "kind": "side_exit",
                    "parent": pidx,
                    "parent_stub": stub,
                    "exit_entry_stack": depth,
                    "code": None, "qualname": None, "file": None, "first_line": None, "offset": None,
                    "nlocalsplus": None, "stacksize": None, "entry_stack": None,
                }, step)
                if new and info is not None:
                    self.info_of[idx] = info
                if {"stub": stub, "executor": idx} not in entry["exits"]:
                    entry["exits"].append({"stub": stub, "executor": idx})
                work.append((idx, child))

    def scan(self, step):
        """Records every executor alive now that is not recorded yet."""
        import time
        start = time.monotonic()
        self.scans += 1
        try:
            self._scan(step)
        finally:
            self.scan_seconds += time.monotonic() - start

    def _scan(self, step):
        with self.own_work(listed=True) as window:
            T = self.ex_type
            objects = gc.get_objects()
            live = window.live = of_type(objects, T)
            self._scan_in(step, objects, live)

    def _scan_in(self, step, objects, live):
        looked_at, self.looked_at = self.looked_at, []
        fresh = [o for o in live if id(o) not in self.by_id and id(o) not in self.own]
        if not fresh and not looked_at:
            return
        # Where each fresh executor sits, before the walks below can set off a cold sweep
        # that detaches it (see `of_type`).
        places = {id(ex): self.code_of(ex) for ex in fresh if ex.is_valid()}
        # What _PUSH_FRAME operands name (see callee_codes), from the same walk.
        self.callees = callees_in(objects)
        del objects
        self.seen_again += sum(1 for o in live if id(o) in self.by_id)
        for ex in fresh:
            self.unplaced.pop(id(ex), None)
        work = []
        for ex in fresh:
            where = places.get(id(ex))
            if where is not None and not self.is_own(ex, where[0]):
                idx, new = self.add_loop(where[0], where[1], ex, step)
                if new:
                    work.append((idx, ex))
        for code, off, ex in looked_at:
            if id(ex) not in self.by_id and not self.is_own(ex, code):
                idx, new = self.add_loop(code, off, ex, step)
                if new:
                    work.append((idx, ex))
        self.follow_exits(work, step)
        # Side exits that warmed up under an executor recorded at an earlier scan
        # (or merged into one): find the executor whose exit holds them.
        orphans = {id(o): o for o in fresh if id(o) not in self.by_id and o.is_valid()}
        if orphans:
            work = []
            for ex in live:
                pidx = self.by_id.get(id(ex))
                if pidx is None or not ex.is_valid():
                    continue
                if any(id(r) in orphans for r in gc.get_referents(ex)):
                    work.append((pidx, ex))
            self.follow_exits(work, step)
            # Behind one of the recorder's own executors: its own too.
            left = {k for k in orphans if k not in self.by_id}
            for ex in list(self.own.values()) if left else ():
                for r in gc.get_referents(ex):
                    if id(r) in left:
                        self.own[id(r)] = r
            for k, o in orphans.items():
                if k not in self.by_id and k not in self.own:
                    self.unplaced[k] = o

    def never_placed(self):
        """Valid executors behind side exits whose parent was never found."""
        return sum(1 for k in self.unplaced if k not in self.by_id)

    def watch_get_executor(self):
        """Wraps `_opcode.get_executor` so that executors the tests fetch are recorded."""
        import _opcode
        original = _opcode.get_executor
        collector = self

        def get_executor(code, offset):
            ex = original(code, offset)
            if type(ex) is collector.ex_type and id(ex) not in collector.by_id:
                collector.looked_at.append((code, offset, ex))
            return ex

        get_executor.__doc__ = original.__doc__
        _opcode.get_executor = get_executor
        return original


class ScanAfterEachTest:
    """Mixed into a unittest result: scans after every test (after its tearDown and
    cleanups, while the executors of the code it ran are still attached)."""

    def __init__(self, collector, module):
        super().__init__()
        self.collector = collector
        self.module = module
        self.scan_errors = 0

    def stopTest(self, test):
        super().stopTest(test)
        try:
            self.collector.scan(f"{self.module}: {test.id()}")
        except Exception as e:
            self.scan_errors += 1
            if self.scan_errors <= 3:
                print(f"record.py: scan after {test.id()} failed: {e!r}", file=sys.__stderr__)


def run_test_module(name, collector):
    """Loads test.<name> and runs it quietly in this process, scanning after each test.
    Returns a summary; never raises (a broken test module must not lose the recording)."""
    import contextlib
    import io
    import time
    import unittest
    first = len(collector.entries)
    start = time.monotonic()
    scanned = collector.scan_seconds
    summary = {"run": 0, "failures": 0, "errors": 0, "skipped": 0}
    Result = type("Result", (ScanAfterEachTest, unittest.TestResult), {})
    result = Result(collector, name)
    sink = io.StringIO()
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            suite.run(result)
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # SystemExit, import errors, a test that escapes unittest
        summary["crashed"] = repr(e)
        print(f"record.py: {name}: {e!r}", file=sys.stderr)
    finally:
        summary.update(run=result.testsRun, failures=len(result.failures), errors=len(result.errors),
                       skipped=len(result.skipped))
        try:
            collector.scan(f"{name}: end")
        except Exception as e:
            print(f"record.py: scan after {name} failed: {e!r}", file=sys.stderr)
    for what, items in (("failure", result.failures), ("error", result.errors)):
        for test, _ in items[:5]:
            print(f"record.py: {name}: {what} in {test.id()}", file=sys.stderr)
    summary["executors"] = len(collector.entries) - first
    summary["seconds"] = round(time.monotonic() - start, 1)
    summary["scan_seconds"] = round(collector.scan_seconds - scanned, 1)
    del sink
    return summary


def write_recording(path, executors, memory_ok, workload, jit, indent=1):
    out = {
        "format": FORMAT,
        "python": {
            "version": sys.version,
            "version_info": list(sys.version_info[:3]),
            "executable": sys.executable,
            "jit_enabled": jit,
        },
        "workload": workload,
        "memory_read": memory_ok,
        "executors": executors,
    }
    write_json(path, out, indent)


def write_json(path, data, indent=None):
    """Writes `data` to `path` whole or not at all (a temporary file, then a rename)."""
    import json  # here, not at start-up: importing json compiles regular expressions (see parse_args)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=indent)
        f.write("\n")
    os.replace(tmp, path)


def record_tests(args, jit):
    """--tests: runs the named test modules (test.<name>) in this process and records
    the executors they form. The recording is rewritten after each module, so a test
    that takes the process down keeps what came before it."""
    import faulthandler
    import shutil
    import tempfile
    import time
    output = os.path.abspath(args.output)
    names = test_list(args.tests)
    ex_type, start_up = executor_type()
    if ex_type is None:
        print("record.py: no executor formed for a hot loop: is the JIT on (PYTHON_JIT=1)?", file=sys.stderr)
        return 1
    try:
        import test.support
        test.support.verbose = 0
        test.support.use_resources = []   # as regrtest without -u: no cpu/network/... tests
    except Exception as e:
        print(f"record.py: cannot import test.support: {e!r}", file=sys.stderr)
        return 1
    faulthandler.enable()
    collector = TestCollector(not args.no_ctypes, ex_type)
    collector.take_own(start_up)
    original = collector.watch_get_executor()
    workload = {"modules": [], "loops": False, "tests": names, "results": {}}
    cwd = os.getcwd()
    tmpdir = tempfile.mkdtemp(prefix="tf-record-tests-")
    start = time.monotonic()
    try:
        os.chdir(tmpdir)  # tests write their files (test.support.TESTFN) into the cwd
        for name in names:
            summary = run_test_module(name, collector)
            os.chdir(tmpdir)
            workload["results"][name] = summary
            entries = [e for e, _, _ in collector.entries]
            uops = sum(len(e["uops"]) for e in entries[len(entries) - summary["executors"]:])
            print(f"record.py: {name}: {summary['run']} tests ({summary['failures']} failures, "
                  f"{summary['errors']} errors, {summary['skipped']} skipped), "
                  f"{summary['executors']} executors, {uops} uops, {summary['seconds']} s "
                  f"({summary['scan_seconds']} s scanning)",
                  file=sys.stderr)
            # A checkpoint, compact (json's C encoder): rewritten with indents at the end.
            write_recording(output, entries, any(m for _, _, m in collector.entries), workload, jit, None)
    finally:
        import _opcode
        _opcode.get_executor = original
        os.chdir(cwd)
        shutil.rmtree(tmpdir, ignore_errors=True)
    executors, memory_ok = collector.result()
    workload["seconds"] = round(time.monotonic() - start, 1)
    workload["scans"] = collector.scans
    workload["scan_seconds"] = round(collector.scan_seconds, 1)
    workload["dedup"] = {"seen_again": collector.seen_again, "merged": collector.merged,
                         "unplaced": collector.never_placed(), "vm_data_layout": collector.vm_ok}
    workload["recorder_own"] = {"executors": len(collector.own), "released_codes": collector.released}
    write_recording(output, executors, memory_ok, workload, jit)
    n = sum(len(e["uops"]) for e in executors)
    distinct = len({u["name"] for e in executors for u in e["uops"]})
    loops = sum(1 for e in executors if e["kind"] == "loop")
    print(f"record.py: {len(executors)} executors ({loops} at loops, {len(executors) - loops} behind "
          f"side exits), {n} uops, {distinct} distinct uops, {workload['seconds']} s "
          f"({collector.scans} scans, {workload['scan_seconds']} s); "
          f"merged {collector.merged} with equal content, {collector.never_placed()} not placed "
          f"-> {args.output}")
    return 0 if executors else 1


USAGE = """usage: record.py -o OUTPUT [--workload MOD,MOD,...] [--no-loops] [--no-ctypes]
                 [--no-loop-counts]
       record.py -o COUNTS --count-loops [--workload MOD,MOD,...] [--no-loops]
       record.py -o OUTPUT --tests [LIST]
       record.py --list-training-tests | --list-own-code

Records the tier-2 traces (executors) a CPython 3.14 JIT build forms for a workload.

  -o, --output OUTPUT    the JSON file to write
  --workload MODS        comma-separated modules to import and exercise (default: %s)
  --no-loops             skip the hot loops written here
  --no-ctypes            do not read operand1, uop ids and side-exit executors from memory
  --no-loop-counts       do not give the loops `jumps` (without it, the workload runs once
                         more in a new process, JIT off, counting each loop's iterations)
  --count-loops          only that counting run: write the counts to OUTPUT
  --tests [LIST]         run these regression tests (test.<name>, comma-separated;
                         `training`, the default, = TRAINING_TESTS) in this process
                         instead of the workload
  --list-training-tests  print TRAINING_TESTS (comma-separated) and exit
  --list-own-code        print the qualified names of the recorder's own functions (whose
                         executors are never recorded), one a line, and exit
"""


def parse_args(argv):
    """The command line (USAGE), read here rather than with argparse: argparse's help
    formatter imports _colorize, whose dataclasses (and the inspect, dis and tokenize
    modules that imports) run loops hot enough to form executors before the workload
    starts, executors of the recorder's start-up that a workload using those modules
    would then find formed and not form again. Exits 2 with the usage on a bad line."""
    args = types.SimpleNamespace(output=None, workload=",".join(DEFAULT_MODULES), no_loops=False,
                                 no_ctypes=False, tests=None, list_training_tests=False,
                                 list_own_code=False, no_loop_counts=False, count_loops=False)

    def bad(why):
        print(USAGE % ",".join(DEFAULT_MODULES), file=sys.stderr)
        print(f"record.py: {why}", file=sys.stderr)
        sys.exit(2)

    k = 0
    while k < len(argv):
        a = argv[k]
        k += 1
        name, eq, inline = a.partition("=") if a.startswith("--") else (a, "", "")
        if name in ("-h", "--help"):
            print(USAGE % ",".join(DEFAULT_MODULES))
            sys.exit(0)
        if name in ("--no-loops", "--no-ctypes", "--list-training-tests", "--list-own-code",
                    "--no-loop-counts", "--count-loops"):
            if eq:
                bad(f"{name} takes no value")
            setattr(args, name[2:].replace("-", "_"), True)
        elif name in ("-o", "--output", "--workload"):
            if eq:
                value = inline
            elif k < len(argv):
                value = argv[k]
                k += 1
            else:
                bad(f"{name} needs a value")
            setattr(args, "workload" if name == "--workload" else "output", value)
        elif name == "--tests":
            # An optional value: the next word unless it is an option.
            if eq:
                args.tests = inline
            elif k < len(argv) and not argv[k].startswith("-"):
                args.tests = argv[k]
                k += 1
            else:
                args.tests = "training"
        else:
            bad(f"unknown argument {a!r}")
    if args.output is None and not (args.list_training_tests or args.list_own_code):
        bad("-o/--output is required")
    return args


def main():
    args = parse_args(sys.argv[1:])
    if args.list_training_tests:
        print(",".join(TRAINING_TESTS))
        return 0
    if args.list_own_code:
        for name in sorted({c.co_qualname for c in MACHINERY.values()}):
            print(name)
        return 0

    if args.count_loops:
        return count_loops(args)
    import _opcode  # noqa: F401  (fails early on a build without it)
    try:
        jit = bool(sys._jit.is_enabled())
    except AttributeError:
        jit = None
    if jit is False:
        print("record.py: the JIT is off: run with PYTHON_JIT=1 on a JIT build", file=sys.stderr)
    if args.tests is not None:
        return record_tests(args, jit)

    ex_type, start_up = executor_type()
    collector = Collector(not args.no_ctypes, ex_type)
    collector.take_own(start_up)
    # The first look at every code object is the recorder's heaviest work, and it gives
    # types new versions: each one empties the slot of CPython's type-version cache its
    # old version indexed (type_version_cache, by version modulo its size; set_version_
    # unlocked), whoever holds that slot now, and may take the slot of a workload type. Then the optimizer's _PyType_LookupByVersion misses, it keeps a
    # second _GUARD_TYPE_VERSION that a normal run removes, and the recorded trace matches
    # nothing users form (tf_kernels' attr_loads did this). So that first look comes
    # before any workload module is imported; later looks only see new code objects.
    collector.snapshot("start")
    modules = [m for m in args.workload.split(",") if m]
    status = run_workload(args, modules, collector.snapshot)
    if status:
        return status

    executors, memory_ok = collector.result()
    counted = 0 if args.no_loop_counts else add_loop_counts(args, executors)
    workload = {"modules": modules, "loops": not args.no_loops, "loops_counted": counted,
                "recorder_own": {"executors": len(collector.own), "released_codes": collector.released}}
    write_recording(args.output, executors, memory_ok, workload, jit)
    n = sum(len(e["uops"]) for e in executors)
    print(f"record.py: {len(executors)} executors, {n} uops -> {args.output}")
    return 0 if executors else 1


def run_workload(args, modules, snapshot):
    """Imports and exercises each workload module (and runs its `tracefuse_workload`),
    then the hot loops written here; `snapshot(label)` between steps. Returns 0, or 2
    when a module the user named cannot be imported or its workload fails."""
    # Modules the user named must all be there: a recording of everything but the
    # workload (the recorder's own loops) is worse than none.
    named = args.workload != ",".join(DEFAULT_MODULES)
    for name in modules:
        try:
            mod = importlib.import_module(name)
        except Exception as e:
            print(f"record.py: cannot import {name}: {e!r}", file=sys.stderr)
            if named:
                print("record.py: put the workload's folder on PYTHONPATH (or name a module "
                      "on the path) and record again", file=sys.stderr)
                return 2
            continue
        snapshot("import " + name)
        exercise(name, mod)
        # A workload module of the user's (a benchmark, say) may say how to run it; it
        # gets a snapshot function to call between steps (CPython clears executors that
        # stop running, so a long workload loses its early ones otherwise).
        workload_fn = getattr(mod, "tracefuse_workload", None)
        if callable(workload_fn):
            try:
                workload_fn(lambda label, name=name: snapshot(name + ": " + label))
            except Exception as e:
                print(f"record.py: {name}.tracefuse_workload() failed: {e!r}", file=sys.stderr)
                if named:
                    return 2
        snapshot("use " + name)
    if not args.no_loops:
        hot_loops()
        snapshot("loops")
    return 0


LOOP_COUNTS_FORMAT = "tracefuse-cpython-loop-counts/1"


def count_loops(args):
    """--count-loops: runs the workload in a process of its own and counts how often each
    backward jump executes (sys.monitoring JUMP events; a forward jump switches its own
    event off). Writes {"format", "jumps": [[file, qualname, first_line, offset, count],
    ...]}, offsets in bytes as in the recording. The recording run reads it back into
    its loops' `jumps`: how many iterations each loop ran in the workload, which says
    whether forming its executor early pays (`tracefuse cpython hook`)."""
    mon = sys.monitoring
    tool = next((t for t in range(6) if mon.get_tool(t) is None), None)
    if tool is None:
        print("record.py: no free sys.monitoring tool id to count loops with", file=sys.stderr)
        return 2
    mon.use_tool_id(tool, "tracefuse loop counts")
    counts = {}

    def jump(code, at, to):
        if to >= at:
            return mon.DISABLE
        key = (code.co_filename, code.co_qualname, code.co_firstlineno, at)
        counts[key] = counts.get(key, 0) + 1

    mon.register_callback(tool, mon.events.JUMP, jump)
    mon.set_events(tool, mon.events.JUMP)
    status = run_workload(args, [m for m in args.workload.split(",") if m], lambda label: None)
    mon.set_events(tool, 0)
    mon.free_tool_id(tool)
    if status:
        return status
    write_json(args.output, {"format": LOOP_COUNTS_FORMAT,
                             "jumps": [[*k, n] for k, n in sorted(counts.items())]})
    return 0


def add_loop_counts(args, executors):
    """Runs --count-loops in a new process (the JIT off: counting needs no executors) and
    gives each loop executor `jumps`, its JUMP_BACKWARD's executions there. Returns how
    many loops ran; a failed count leaves `jumps` out (then a build warms every recorded
    loop) and says why."""
    import json
    import subprocess
    tmp = args.output + ".jumps"
    argv = [sys.executable, __file__, "--count-loops", "-o", tmp,
            "--workload", args.workload] + (["--no-loops"] if args.no_loops else [])
    done = subprocess.run(argv, env=dict(os.environ, PYTHON_JIT="0"), stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL)
    try:
        if done.returncode != 0:
            raise ValueError(f"the counting run exited {done.returncode}")
        with open(tmp) as f:
            data = json.load(f)
        if data.get("format") != LOOP_COUNTS_FORMAT:
            raise ValueError("the counting run wrote another format")
        counts = {(f, q, int(line), int(o)): int(n) for f, q, line, o, n in data["jumps"]}
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f"record.py: loops not counted ({e}): the recording has no `jumps`", file=sys.stderr)
        return 0
    finally:
        try:
            os.remove(tmp)
        except OSError:
            pass
    for e in executors:
        if e["kind"] == "loop":
            e["jumps"] = counts.get((e["file"], e["qualname"], e["first_line"], e["offset"]), 0)
    return sum(1 for e in executors if e.get("jumps"))


def machinery():
    """id -> code object of every function of this file but its built-in workload
    (`exercise`, `hot_loops`, `Point`): the recorder's own code, and the code nested in
    it (comprehensions, lambdas, the window class)."""
    workload = {exercise.__code__, hot_loops.__code__, Point.__init__.__code__}
    todo = []
    for v in list(globals().values()):
        if isinstance(v, types.FunctionType) and v.__module__ == __name__:
            todo.append(v.__code__)
        elif isinstance(v, type) and v.__module__ == __name__:
            for m in vars(v).values():
                m = getattr(m, "__func__", m)
                if isinstance(m, types.FunctionType):
                    todo.append(m.__code__)
    out = {}
    while todo:
        c = todo.pop()
        if c in workload or id(c) in out:
            continue
        out[id(c)] = c
        todo.extend(k for k in c.co_consts if isinstance(k, types.CodeType))
    return out


CODE_OF = attrgetter("__code__")
MACHINERY = machinery()
GET_EXECUTOR = getattr(importlib.import_module("_opcode"), "get_executor", None)

if __name__ == "__main__":
    sys.exit(main())
