"""How much of a start-up's eval-loop work runs inside loops (written for tracefuse, #26
item 3): the part tier-2 traces could ever cover, against straight-line module and
function code.

    python3 tf_loopshare.py all --build target/cps [--out DIR] [--callgrind] [--json FILE]
    python3 tf_loopshare.py count --python PYTHON --out COUNTS.json [--cwd DIR] -- ARGS...
    python3 tf_loopshare.py report COUNTS.json [--cost CALLGRIND.out --build DIR] [--json FILE]
    python3 tf_loopshare.py one --build DIR [--cwd DIR] [--callgrind] [--json FILE] -- ARGS...

`all` runs the four workloads of `cargo xtask cpython startup` (`-c pass`, tf_startup.py,
`-m json.tool` on the bench's small JSON file, tf_cli.py with the bench's command line)
on a built 3.14 tree, as users run Python (`Lib/` compiled to `.pyc` first, no
`PYTHONDONTWRITEBYTECODE`), in the interpreter (`PYTHON_JIT=0 PYTHON_TRACEFUSE=0`: every
bytecode runs in the eval loop), from DIR (default target/cpython-loopshare) as the bench
runs them from its `--out`; with `--callgrind` it also runs each under callgrind
(`--dump-instr=yes`, same form, uninstrumented) to weight bytecodes by what each opcode
costs in the eval loop. `one` does one workload (what `cargo xtask cpython startup
--loops` runs; its last line is for the xtask), `count` and `report` the two halves.
Run `all` and `one` under `flock target/cpython.lock` (about a minute for all four with
`--callgrind`). Needs gdb, and for `--callgrind` valgrind, nm and llvm-symbolizer-19 /
llvm-objdump-19 / llvm-readelf-19. Any python3 >= 3.8 runs this file (the build's own
python too); the counting happens inside the measured 3.14 process.

What is counted. Every bytecode instruction the process executes from the main phase of
initialization on until `atexit`: gdb stops the process at `_PyImport_InitExternal`, before
the first stdlib module is imported, and runs this file's counter in it
(`PyRun_SimpleStringFlags`), which registers `sys.monitoring` callbacks: INSTRUCTION
(every instruction but a code object's RESUME and what precedes it), PY_START (that
prefix, once per call) and PY_RESUME (a generator's later RESUMEs), and JUMP. Not
counted: the core phase's `importlib._bootstrap._install` (1,295 instructions with
`-c pass`), the C-to-Python entry and exit shims (INTERPRETER_EXIT), code run after the
`atexit` callbacks. Per code object and offset: executions; per code object: calls. Per
backward jump (JUMP event, destination before source): executions, and a snapshot of
its loop's counts at its 1st, 16th, 64th, 256th, 1,024th and 4,096th execution.

How it is classified. A loop is the byte range from a `JUMP_BACKWARD`'s target to the
last `JUMP_BACKWARD` to that target (a `continue` adds one), in one code object; each
instruction belongs to its innermost loop, anything else is straight-line (including a
loop's exception handlers, which the compiler places after the code).
`JUMP_BACKWARD_NO_INTERRUPT` ranges (`yield from` / `await` send loops) are not loops:
tier 2 never starts a trace there. Work "after the T-th backward jump" of a loop is what
ran in its range after its `JUMP_BACKWARD`'s T-th execution: the counter that forms a
trace lives in the instruction's inline cache and survives across calls, and a stock
3.14 forms the trace at the 4,096th execution (training builds: the 16th; an executor in
place from the code object's creation: the 1st). Iterations per entry: backward jumps /
(executions of the loop head - backward jumps).

Weights. `bytecodes`: each executed instruction counts 1. `cost` (with callgrind): the
eval loop's self cost (`_PyEval_EvalFrameDefault`, all recursion levels) per opcode
family (a base opcode with its specialized and instrumented forms), from callgrind's
per-address costs mapped to the `generated_cases.c.h` handler whose lines hold them
(llvm-symbolizer on the tree's python with debug information); the rest (the one
dispatch block clang merges all DISPATCHes into, code merged across handlers, the
labels, handlers the counter does not see) spread per handler entry (executions of a
handler's first instruction, found through the eval loop's table of label addresses);
each family's cost divided over its counted executions.
"""

import sys

THRESHOLDS = (1, 16, 64, 256, 1024, 4096)
STOCK = 4096

# ---------------------------------------------------------------------------------------
# The counter: run inside the measured process by `count` (this file's own text, with
# __name__ == "tf_loopshare_counter"); output path in TF_LOOPSHARE_OUT.


def _counter_main():
    import atexit

    monitoring = sys.monitoring
    tool = 5
    monitoring.use_tool_id(tool, "tf_loopshare")
    counts = {}
    jumps = {}
    snaps = {}
    wanted = set(THRESHOLDS)

    def on_instruction(code, offset):
        a = counts.get(code)
        if a is None:
            a = counts[code] = [0] * (len(code.co_code) >> 1)
        a[offset >> 1] += 1

    # INSTRUCTION events start at a code object's first RESUME and skip RESUME itself:
    # PY_START counts the first RESUME and what precedes it (RETURN_GENERATOR, MAKE_CELL,
    # COPY_FREE_VARS: once per call), PY_RESUME a generator's later RESUMEs.
    calls = {}

    def on_start(code, offset):
        a = counts.get(code)
        if a is None:
            a = counts[code] = [0] * (len(code.co_code) >> 1)
        for i in range((offset >> 1) + 1):
            a[i] += 1
        calls[code] = calls.get(code, 0) + 1

    def on_resume(code, offset):
        a = counts.get(code)
        if a is None:
            a = counts[code] = [0] * (len(code.co_code) >> 1)
        a[offset >> 1] += 1

    def on_jump(code, src, dst):
        if dst < src:
            key = (code, src)
            n = jumps.get(key, 0) + 1
            jumps[key] = n
            if n in wanted:
                a = counts[code]
                snaps[(code, src, n)] = (dst, a[dst >> 1:(src >> 1) + 1])

    E = monitoring.events
    monitoring.register_callback(tool, E.INSTRUCTION, on_instruction)
    monitoring.register_callback(tool, E.JUMP, on_jump)
    monitoring.register_callback(tool, E.PY_START, on_start)
    monitoring.register_callback(tool, E.PY_RESUME, on_resume)

    def dump():
        monitoring.set_events(tool, 0)
        monitoring.free_tool_id(tool)
        import dis
        import json
        import os
        from opcode import _specializations

        codes = []
        index = {}
        mine = _counter_main.__code__.co_filename
        for code in [c for c in counts if c.co_filename == mine]:
            # The rest of this file's module body, after the counter started.
            del counts[code]
        for code, a in counts.items():
            index[code] = len(codes)
            codes.append({
                "name": code.co_qualname,
                "file": code.co_filename,
                "line": code.co_firstlineno,
                "instrs": [[i.offset, i.opname] for i in dis.get_instructions(code)],
                "counts": {str(i << 1): n for i, n in enumerate(a) if n},
                "calls": calls.get(code, 0),
                "jumps": {},
            })
        for (code, src), n in jumps.items():
            if code not in index:
                continue
            codes[index[code]]["jumps"][str(src)] = {"n": n, "snaps": {}}
        for (code, src, t), (dst, part) in snaps.items():
            if code not in index:
                continue
            j = codes[index[code]]["jumps"][str(src)]
            j["dst"] = dst
            j["snaps"][str(t)] = sum(part)
            j.setdefault("snap_counts", {})[str(t)] = {
                str(dst + 2 * i): n for i, n in enumerate(part) if n
            }
        out = {"argv": sys.argv, "stdlib": sys._stdlib_dir,
               "specializations": _specializations, "codes": codes}
        with open(os.environ["TF_LOOPSHARE_OUT"], "w") as f:
            json.dump(out, f)

    atexit.register(dump)
    monitoring.set_events(tool, E.INSTRUCTION | E.JUMP | E.PY_START | E.PY_RESUME)


if __name__ == "tf_loopshare_counter":
    # Inside the measured process, at the start of the main phase of initialization: only
    # builtin modules can be imported yet, so the rest of this file is not run there.
    _counter_main()
else:
    import bisect
    import json
    import os
    import re
    import shlex
    import shutil
    import subprocess
    from collections import defaultdict

    HERE = os.path.dirname(os.path.abspath(__file__))
    REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


# ---------------------------------------------------------------------------------------
# Running a workload with the counter.


def count(python, args, out, cwd=None, env=None):
    """Runs `python ARGS` under gdb with the counter injected; writes the counts to out."""
    python = os.path.abspath(python)
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(PYTHON_JIT="0", PYTHON_TRACEFUSE="0", TF_LOOPSHARE_OUT=os.path.abspath(out))
    env.pop("TRACEFUSE_STATS", None)
    me = os.path.abspath(__file__)
    inject = (
        "exec(compile(__import__('_io').FileIO(%r).readall(), %r, 'exec'), "
        "{'__name__': 'tf_loopshare_counter', '__builtins__': __builtins__})" % (me, me)
    )
    c_string = inject.replace("\\", "\\\\").replace('"', '\\"')
    if os.path.exists(out):
        os.remove(out)
    cmd = [
        "gdb", "-q", "-batch", "-nx",
        "-ex", "break _PyImport_InitExternal",
        "-ex", "run " + " ".join(shlex.quote(a) for a in args) + " </dev/null >/dev/null",
        "-ex", 'call (int)PyRun_SimpleStringFlags("%s", (void*)0)' % c_string,
        "-ex", "delete",
        "-ex", "continue",
        python,
    ]
    r = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if not os.path.exists(out) or "exited normally" not in r.stdout:
        raise SystemExit("counting %s failed:\n%s" % (" ".join(args), r.stdout[-3000:]))


# ---------------------------------------------------------------------------------------
# Callgrind: the eval loop's self cost per opcode family.


def callgrind(python, args, out, cwd=None):
    python = os.path.abspath(python)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TRACEFUSE_STATS", None)
    env.update(PYTHON_JIT="0", PYTHON_TRACEFUSE="0")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-instr=yes", "--smc-check=all",
         "--callgrind-out-file=" + os.path.abspath(out), python] + list(args),
        cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, check=True)


def parse_callgrind(path, function="_PyEval_EvalFrameDefault"):
    """(total Ir of the run, {address: self Ir} of `function`, all recursion levels)."""
    names = {}
    fn = None
    last = 0
    npos = 1
    skip_next = False
    total = 0
    per = defaultdict(int)
    with open(path) as f:
        for line in f:
            c = line[0]
            if c in "0123456789+-*":
                parts = line.split()
                p = parts[0]
                if p == "*":
                    addr = last
                elif p[0] in "+-":
                    addr = last + int(p, 0)
                else:
                    addr = int(p, 0)
                last = addr
                if skip_next:
                    skip_next = False
                    continue
                ir = int(parts[npos]) if len(parts) > npos else 0
                total += ir
                if fn == function:
                    per[addr] += ir
            elif line.startswith("fn="):
                m = re.match(r"fn=\((\d+)\)(?: (.*))?", line.rstrip("\n"))
                name = line[3:].rstrip("\n")
                if m:
                    if m.group(2) is not None:
                        names[m.group(1)] = m.group(2)
                    name = names.get(m.group(1), "")
                fn = name.split("'")[0]
            elif line.startswith("cfn="):
                # Names are defined at first use, in an fn= or a cfn= line alike.
                m = re.match(r"cfn=\((\d+)\) (.*)", line.rstrip("\n"))
                if m:
                    names[m.group(1)] = m.group(2)
            elif line.startswith("calls="):
                skip_next = True
            elif line.startswith("positions:"):
                npos = len(line.split()) - 1
    return total, dict(per)


def load_bias(per_addr, python):
    """What to subtract from callgrind's addresses to get the binary's: the one that puts
    `_PyEval_EvalFrameDefault`'s entry (executed on every call) among them (0 here:
    callgrind names addresses of this PIE as in the file)."""
    sym = subprocess.run(["nm", python], stdout=subprocess.PIPE, text=True).stdout
    entry = int(re.search(r"^([0-9a-f]+) T _PyEval_EvalFrameDefault$", sym, re.M).group(1), 16)
    for b in (0, 0x108000, 0x400000):
        if entry + b in per_addr:
            return b
    raise SystemExit("cannot place _PyEval_EvalFrameDefault's entry in callgrind's addresses")


def handler_costs(per_addr, build, python_nodebug):
    """{handler name or '(other)': self Ir}: each address mapped to the generated_cases.c.h
    handler (TARGET or LABEL) whose lines hold it, through llvm-symbolizer on the build's
    python (with debug information; the same code as the stripped copy callgrind ran)."""
    gen = os.path.join(build, "Python", "generated_cases.c.h")
    marks = []
    with open(gen) as f:
        for no, line in enumerate(f, 1):
            m = re.match(r"\s*(TARGET|LABEL)\((\w+)\)", line)
            if m:
                label = m.group(1) == "LABEL"
                marks.append((no, "(label %s)" % m.group(2) if label else m.group(2)))
    bias = load_bias(per_addr, python_nodebug)
    addrs = sorted(per_addr)
    r = subprocess.run(
        ["llvm-symbolizer-19", "--output-style=JSON", "--obj=" + os.path.join(build, "python")],
        input="\n".join(hex(a - bias) for a in addrs), stdout=subprocess.PIPE, text=True,
        check=True)
    out = defaultdict(int)
    lines = [m[0] for m in marks]
    for a, row in zip(addrs, r.stdout.splitlines()):
        frames = json.loads(row).get("Symbol", [])
        outer = [fr for fr in frames if fr.get("FunctionName") == "_PyEval_EvalFrameDefault"]
        name = "(other)"
        if outer and outer[-1].get("FileName", "").endswith("generated_cases.c.h"):
            i = bisect.bisect_right(lines, outer[-1]["Line"]) - 1
            if i >= 0:
                name = marks[i][1]
        out[name] += per_addr[a]
    return dict(out)


def dispatches(per_addr, python):
    """Instructions the eval loop dispatched in the callgrind run: executions of the
    function's indirect jumps (this build's clang merges every DISPATCH into one)."""
    sym = subprocess.run(["nm", "-S", python], stdout=subprocess.PIPE, text=True).stdout
    m = re.search(r"^([0-9a-f]+) ([0-9a-f]+) T _PyEval_EvalFrameDefault$", sym, re.M)
    start, size = int(m.group(1), 16), int(m.group(2), 16)
    d = subprocess.run(["llvm-objdump-19", "-d", "--no-show-raw-insn",
                        "--start-address=%#x" % start, "--stop-address=%#x" % (start + size),
                        python], stdout=subprocess.PIPE, text=True, check=True).stdout
    jumps = [int(x, 16) for x in re.findall(r"^\s*([0-9a-f]+):\s+jmpq\s+\*", d, re.M)]
    bias = load_bias(per_addr, python)
    return sum(per_addr.get(a + bias, 0) for a in jumps), len(jumps)


def handler_entries(per_addr, build, python):
    """{opcode name: executions of its handler's first instruction} in the callgrind run:
    the handlers' addresses are the eval loop's table of label addresses (relocations of
    `_PyEval_EvalFrameDefault.opcode_targets`, in the order of Python/opcode_targets.h).
    A specialized instruction that deoptimizes enters its base handler as well."""
    with open(os.path.join(build, "Python", "opcode_targets.h")) as f:
        names = re.findall(r"&&(?:TARGET_)?(\w+)", f.read())
    sym = subprocess.run(["nm", python], stdout=subprocess.PIPE, text=True).stdout
    m = re.search(r"^([0-9a-f]+) \w _PyEval_EvalFrameDefault\.opcode_targets$", sym, re.M)
    table = int(m.group(1), 16)
    rel = subprocess.run(["llvm-readelf-19", "-r", python], stdout=subprocess.PIPE,
                         text=True).stdout
    out = defaultdict(int)
    bias = load_bias(per_addr, python)
    for m in re.finditer(r"^([0-9a-f]+)\s+[0-9a-f]+\s+R_X86_64_RELATIVE\s+([0-9a-f]+)", rel, re.M):
        i = (int(m.group(1), 16) - table) // 8
        if 0 <= i < min(256, len(names)):
            out[names[i]] += per_addr.get(int(m.group(2), 16) + bias, 0)
    return dict(out)


def eval_costs(cg_file, build, python):
    """(eval loop's share of the run, {handler: self Ir}, dispatches, {handler: entries})
    of a callgrind run."""
    total, per = parse_callgrind(cg_file)
    return (sum(per.values()) / total, handler_costs(per, build, python),
            dispatches(per, python), handler_entries(per, build, python))


# ---------------------------------------------------------------------------------------
# Analysis.


def family_map(specializations):
    fam = {}
    for base, specs in specializations.items():
        fam[base] = base
        for s in specs:
            fam[s] = base
    return fam


def family(name, fam):
    if name.startswith("INSTRUMENTED_"):
        name = name[len("INSTRUMENTED_"):]
    return fam.get(name, name)


class Weigher:
    """Turns {opcode name: executions} into a weight: bytecodes, or eval-loop cost.

    The cost model: a family's eval-loop cost in the callgrind run is its handlers' self
    cost plus its share of the rest (the dispatch block all handlers share, code the
    compiler merged across handlers, the labels for calls, returns and errors, the
    handlers of instructions the counter does not see, such as INTERPRETER_EXIT), spread
    per handler entry; that cost is divided over the family's executions the counter saw,
    so families the interpreter sometimes skips (NOT_TAKEN after a specialized branch,
    POP_TOP after CALL_LIST_APPEND) are not overweighted. Without handler entries,
    per counted execution."""

    def __init__(self, fam, costs=None, all_counts=None, entries=None):
        self.fam = fam
        self.per = None
        if costs is not None:
            counted = defaultdict(int)
            for name, n in all_counts.items():
                counted[family(name, fam)] += n
            counted = {f: n for f, n in counted.items() if n > 0}
            entered = defaultdict(int)
            for name, n in (entries or all_counts).items():
                entered[family(name, fam)] += n
            by_fam = defaultdict(int)
            shared = 0
            for name, c in costs.items():
                f = family(name, fam)
                if name.startswith("(") or f not in counted:
                    shared += c
                else:
                    by_fam[f] += c
            for f in counted:
                entered[f] = entered.get(f) or counted[f]
            n_all = sum(entered[f] for f in counted)
            self.per = {
                f: (by_fam.get(f, 0) + shared * entered[f] / n_all) / n
                for f, n in counted.items()
            }
            self.handlers = sum(by_fam.values())
            self.shared = shared

    def __call__(self, by_name):
        if self.per is None:
            return float(sum(by_name.values()))
        return sum(self.per.get(family(k, self.fam), 0.0) * n for k, n in by_name.items())


RUNS = ("1", "2-15", "16-4095", ">=4096")


def run_bucket(n):
    return "1" if n <= 1 else "2-15" if n < 16 else "16-4095" if n < 4096 else ">=4096"


def kind(r, lib):
    """What a code object is, for the straight-line breakdown."""
    f = r["file"]
    if f.startswith("<frozen importlib"):
        return "import system (frozen importlib)"
    if r["name"] == "<module>":
        return "module bodies"
    if lib and f.startswith(lib + "re" + os.sep):
        return "re (compiling patterns)"
    if lib and f == lib + "enum.py":
        return "enum (building classes)"
    if lib and (f.startswith(lib) or f.startswith("<frozen")):
        return "other stdlib functions"
    return "the workload's own functions"


def analyse(data):
    """Per-instruction classification of one counted run."""
    fam = family_map(data["specializations"])
    rows = []  # one per code object
    for code in data["codes"]:
        ops = {int(o): name for o, name in code["instrs"]}
        counts = {int(o): n for o, n in code["counts"].items()}
        # Loops: target -> (last JUMP_BACKWARD offset, [JUMP_BACKWARD offsets]).
        loops = {}
        for src, j in code["jumps"].items():
            src = int(src)
            if ops.get(src) != "JUMP_BACKWARD" or "dst" not in j:
                continue
            lo = j["dst"]
            end, srcs = loops.get(lo, (src, []))
            loops[lo] = (max(end, src), srcs + [src])
        # Statically present JUMP_BACKWARDs that never jumped still bound nothing executed.
        spans = sorted(((lo, end, srcs) for lo, (end, srcs) in loops.items()),
                       key=lambda s: (s[0], -s[1]))

        def innermost(o):
            best = None
            for lo, end, _ in spans:
                if lo <= o <= end and (best is None or end - lo < best[1] - best[0]):
                    best = (lo, end)
            return best and best[0]

        head_of = {o: innermost(o) for o in counts}
        in_loop = defaultdict(lambda: defaultdict(int))  # loop head -> {opname: n}
        straight = defaultdict(int)
        # Straight-line work by how often its instruction ran in the whole run (once: it
        # only ever ran unspecialized).
        hist = {b: defaultdict(int) for b in RUNS}
        for o, n in counts.items():
            name = ops.get(o, "?")
            if head_of[o] is None:
                straight[name] += n
                hist[run_bucket(n)][name] += n
            else:
                in_loop[head_of[o]][name] += n
        loop_rows = []
        for lo, end, srcs in spans:
            jb = sum(code["jumps"][str(s)]["n"] for s in srcs)
            entries = max(counts.get(lo, 0) - jb, 1)
            # Work after the T-th execution of a JUMP_BACKWARD (the first of them to get
            # there when a `continue` adds a second), innermost-loop instructions only.
            own = [o for o, h in head_of.items() if h == lo]
            after = {}
            for t in THRESHOLDS:
                # With a `continue` there are two counters: the first to get to T
                # (the snapshot with the fewest executions behind it).
                got = [code["jumps"][str(s)] for s in srcs]
                got = [j for j in got if str(t) in j["snaps"]]
                first = min(got, key=lambda j: j["snaps"][str(t)]) if got else None
                snap = first and first["snap_counts"][str(t)]
                if snap is None:
                    after[t] = {}
                    continue
                d = defaultdict(int)
                for o in own:
                    left = counts[o] - snap.get(str(o), 0)
                    if left:
                        d[ops.get(o, "?")] += left
                after[t] = dict(d)
            loop_rows.append({
                "head": lo, "end": end, "jumps": jb, "entries": entries,
                "counter": max(code["jumps"][str(s)]["n"] for s in srcs),
                "work": dict(in_loop[lo]), "after": after,
            })
        rows.append({
            "name": code["name"], "file": code["file"], "line": code["line"],
            "calls": code["calls"], "static": len(code["instrs"]),
            "touched": len(counts), "straight": dict(straight), "loops": loop_rows,
            "hist": {b: dict(d) for b, d in hist.items()},
        })
    return fam, rows


def add(into, d):
    for k, v in d.items():
        into[k] += v


def summarize(data, costs=None, eval_share=None, build=None, top=15, dispatched=None,
              entries=None):
    fam, rows = analyse(data)
    all_counts = defaultdict(int)
    for r in rows:
        add(all_counts, r["straight"])
        for lp in r["loops"]:
            add(all_counts, lp["work"])
    w = Weigher(fam, costs, all_counts, entries)
    total = w(all_counts)
    loop = defaultdict(int)
    reach = {t: defaultdict(int) for t in THRESHOLDS}  # loop work of loops that get to t
    after = {t: defaultdict(int) for t in THRESHOLDS}  # loop work after the t-th jump
    iters = []  # (iterations per entry, work)
    for r in rows:
        for lp in r["loops"]:
            add(loop, lp["work"])
            for t in THRESHOLDS:
                if lp["counter"] >= t:
                    add(reach[t], lp["work"])
                add(after[t], lp["after"][t])
            iters.append((lp["jumps"] / lp["entries"], w(lp["work"])))
    lib = data.get("stdlib") or (build and os.path.join(build, "Lib"))
    lib = lib and lib + os.sep

    def where(r):
        if r["file"].startswith("<frozen"):
            return "frozen stdlib"
        if lib and r["file"].startswith(lib):
            return "stdlib"
        return "other"

    straight_by = defaultdict(float)
    calls_by = defaultdict(float)
    kinds = defaultdict(float)
    runs = defaultdict(float)
    after_calls = {n: 0.0 for n in (2, 16, 4096)}
    for r in rows:
        s = w(r["straight"])
        kinds[kind(r, lib)] += s
        for b, d in r["hist"].items():
            runs[b] += w(d)
        if r["name"] != "<module>" and r["calls"]:
            # Work after the n-th call, each call taken to do the same work.
            for n in after_calls:
                after_calls[n] += s * max(0, r["calls"] - n + 1) / r["calls"]
        straight_by["module bodies" if r["name"] == "<module>" else "functions"] += s
        c = r["calls"]
        bucket = "1" if c <= 1 else "2-9" if c < 10 else "10-99" if c < 100 else ">=100"
        if r["name"] != "<module>":
            calls_by[bucket] += s
    tops = sorted(rows, key=lambda r: -w(r["straight"]))[:top]
    iters.sort()
    half, acc, median = sum(x for _, x in iters) / 2, 0.0, 0.0
    for it, x in iters:
        acc += x
        if acc >= half:
            median = it
            break
    executed = [r for r in rows if r["touched"]]
    res = {
        "argv": data["argv"],
        "weight": "cost" if costs else "bytecodes",
        "bytecodes": sum(all_counts.values()),
        "total": total,
        "loops": w(loop) / total,
        "loops_executed": sum(len(r["loops"]) for r in rows),
        "reach": {t: w(reach[t]) / total for t in THRESHOLDS},
        "after": {t: w(after[t]) / total for t in THRESHOLDS},
        "median_iterations_per_entry": median,
        "straight": {k: v / total for k, v in straight_by.items()},
        "straight_calls": {k: v / total for k, v in calls_by.items()},
        "straight_kinds": {k: v / total for k, v in kinds.items()},
        "straight_runs": {k: v / total for k, v in runs.items()},
        "straight_from_call": {n: v / total for n, v in after_calls.items()},
        "code_objects": len(executed),
        "static_instructions": sum(r["static"] for r in executed),
        "touched_instructions": sum(r["touched"] for r in executed),
        "by_origin": {},
        "top": [
            {"code": "%s (%s:%d)" % (r["name"], short(r["file"], lib), r["line"]),
             "calls": r["calls"], "straight": w(r["straight"]) / total,
             "loops": sum(w(lp["work"]) for lp in r["loops"]) / total}
            for r in tops
        ],
    }
    for r in rows:
        k = where(r)
        res["by_origin"][k] = res["by_origin"].get(k, 0.0) + (
            w(r["straight"]) + sum(w(lp["work"]) for lp in r["loops"])) / total
    if eval_share is not None:
        res["eval_share"] = eval_share
    if dispatched is not None:
        res["dispatches"] = dispatched
    if costs is not None:
        res["shared_cost"] = w.shared / (w.shared + w.handlers)
    return res


def short(path, lib):
    if lib and path.startswith(lib):
        return path[len(lib):]
    return os.path.basename(path)


def pct(x):
    return "%.1f%%" % (100 * x)


def render(name, res):
    out = ["### %s (%s-weighted)" % (name, res["weight"]), ""]
    ev = res.get("eval_share")
    out.append(
        "%d bytecodes executed in %d code objects (%d of their %d instructions ever ran)%s." % (
            res["bytecodes"], res["code_objects"], res["touched_instructions"],
            res["static_instructions"],
            "; eval loop %s of the run's instructions (interpreter)" % pct(ev) if ev else ""))
    if res.get("dispatches"):
        out.append("Callgrind's run (the same workload, not instrumented) dispatched %d "
                   "instructions: %s as many as counted here." % (
                       res["dispatches"], pct(res["dispatches"] / res["bytecodes"])))
    if "shared_cost" in res:
        out.append("Cost weights: %s of the eval loop's self cost is outside any one handler "
                   "(shared dispatch, merged code, labels), spread per handler entry." % (
                       pct(res["shared_cost"])))
    out.append("In loops: **%s** of the eval loop's work (%d loops; median iterations per "
               "entry, work-weighted: %.0f). In loops whose JUMP_BACKWARD reaches 4,096: %s; "
               "run after the 4,096th jump (what a stock tier 2 covers at best): **%s**; after "
               "the 16th: %s; after the 1st: %s." % (
                   pct(res["loops"]), res["loops_executed"], res["median_iterations_per_entry"],
                   pct(res["reach"][STOCK]), pct(res["after"][STOCK]), pct(res["after"][16]),
                   pct(res["after"][1])))
    if ev:
        out.append("As a share of the whole run: loops %s, after the 4,096th jump %s, "
                   "after the 1st %s, straight-line %s." % (
                       pct(ev * res["loops"]), pct(ev * res["after"][STOCK]),
                       pct(ev * res["after"][1]), pct(ev * (1 - res["loops"]))))
    out.append("Straight-line: module bodies %s, functions %s (functions called once %s, "
               "2-9 times %s, 10-99 %s, >=100 %s). By origin: %s." % (
                   pct(res["straight"].get("module bodies", 0)),
                   pct(res["straight"].get("functions", 0)),
                   *(pct(res["straight_calls"].get(k, 0)) for k in ("1", "2-9", "10-99", ">=100")),
                   ", ".join("%s %s" % (k, pct(v)) for k, v in sorted(res["by_origin"].items()))))
    out.append("Straight-line by kind: %s." % ", ".join(
        "%s %s" % (k, pct(v))
        for k, v in sorted(res["straight_kinds"].items(), key=lambda x: -x[1])))
    out.append("Straight-line by how often its instruction ran in the run: %s. In functions "
               "from their 2nd call on: %s; from the 16th: %s; from the 4,096th: %s." % (
                   ", ".join("%s %s" % (b, pct(res["straight_runs"].get(b, 0))) for b in RUNS),
                   *(pct(res["straight_from_call"][n]) for n in (2, 16, 4096))))
    out += ["", "| code object | calls | straight-line | in loops |", "|---|---|---|---|"]
    for t in res["top"]:
        out.append("| `%s` | %d | %s | %s |" % (t["code"], t["calls"], pct(t["straight"]),
                                               pct(t["loops"])))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# The bench's four workloads.


def json_doc():
    src = open(os.path.join(REPO, "xtask", "src", "cpython_startup.rs")).read()
    return re.search(r'const JSON_DOC: &str = r#"(.*?)"#;', src, re.S).group(1)


def workloads(out):
    scripts = os.path.join(out, "startup-scripts")
    for rel, to in (("crates/tracefuse-cpython/bench/tf_startup.py", "bench/tf_startup.py"),
                    ("crates/tracefuse-cpython/bench/tf_cli.py", "bench/tf_cli.py"),
                    ("crates/tracefuse-cpython/recorder/record.py", "recorder/record.py")):
        os.makedirs(os.path.dirname(os.path.join(scripts, to)), exist_ok=True)
        shutil.copyfile(os.path.join(REPO, rel), os.path.join(scripts, to))
    data = os.path.join(out, "startup-data.json")
    with open(data, "w") as f:
        f.write(json_doc())
    cli = [os.path.join(scripts, "bench/tf_cli.py"), "-v", "scan", "--root", REPO,
           "--include", "*.rs", "--include", "*.py", "--include", "*.md", "--exclude",
           "target", "--exclude", "__pycache__", "--max-depth", "2", "--sort", "size",
           "--top", "3", "xtask/src", "crates/tracefuse-cpython/bench", "docs"]
    return scripts, [
        ("python -c pass", ["-c", "pass"]),
        ("tf_startup.py", [os.path.join(scripts, "bench/tf_startup.py")]),
        ("python -m json.tool", ["-m", "json.tool", data]),
        ("tf_cli.py", cli),
    ]


def precompile(python, build, scripts):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(PYTHON_JIT="0")
    subprocess.run([python, "-m", "compileall", "-q", "-j0", "-x",
                    "bad_coding|badsyntax|site-packages", os.path.join(build, "Lib"), scripts],
                   env=env, check=True, stdout=subprocess.DEVNULL)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return
    cmd, rest = argv[0], argv[1:]
    opts, positional, tail = {}, [], []
    if "--" in rest:
        i = rest.index("--")
        rest, tail = rest[:i], rest[i + 1:]
    i = 0
    while i < len(rest):
        a = rest[i]
        if a in ("--callgrind",):
            opts[a] = True
            i += 1
        elif a.startswith("--"):
            opts[a] = rest[i + 1]
            i += 2
        else:
            positional.append(a)
            i += 1
    if cmd == "count":
        count(opts["--python"], tail, opts["--out"], cwd=opts.get("--cwd"))
    elif cmd == "report":
        data = json.load(open(positional[0]))
        build = opts.get("--build") and os.path.abspath(opts["--build"])
        costs = share = disp = ent = None
        if "--cost" in opts:
            share, costs, (disp, _), ent = eval_costs(
                opts["--cost"], build, os.path.join(build, "nodebug", "python"))
        res = summarize(data, costs, share, build, dispatched=disp, entries=ent)
        if "--json" in opts:
            json.dump(res, open(opts["--json"], "w"), indent=1)
        print(render(" ".join(data["argv"][:3]), res))
    elif cmd == "one":
        # One workload, as `cargo xtask cpython startup --loops` runs it: counted, with
        # --callgrind also cost-weighted; the last line of output is for the xtask.
        build = os.path.abspath(opts["--build"])
        cwd = os.path.abspath(opts.get("--cwd", "."))
        python = os.path.join(build, "nodebug", "python")
        if not os.path.exists(python):
            python = os.path.join(build, "python")
        counts = os.path.join(cwd, "loopshare-counts.json")
        count(python, tail, counts, cwd=cwd)
        costs = share = disp = ent = None
        if opts.get("--callgrind"):
            cg = os.path.join(cwd, "loopshare-callgrind.out")
            callgrind(python, tail, cg, cwd=cwd)
            share, costs, (disp, _), ent = eval_costs(cg, build, python)
            os.remove(cg)
        data = json.load(open(counts))
        os.remove(counts)
        res = summarize(data, costs, share, build, dispatched=disp, entries=ent)
        if "--json" in opts:
            json.dump(res, open(opts["--json"], "w"), indent=1)
        print(render(" ".join(tail[:2]), res))
        print("tf_loopshare: weight=%s loops=%.4f after1=%.4f after16=%.4f after4096=%.4f" % (
            res["weight"], res["loops"], res["after"][1], res["after"][16], res["after"][STOCK]))
    elif cmd == "all":
        build = os.path.abspath(opts["--build"])
        out = os.path.abspath(opts.get("--out", os.path.join(REPO, "target", "cpython-loopshare")))
        os.makedirs(out, exist_ok=True)
        python = os.path.join(build, "nodebug", "python")
        if not os.path.exists(python):
            python = os.path.join(build, "python")
        scripts, wls = workloads(out)
        precompile(os.path.join(build, "python"), build, scripts)
        results = {}
        text = []
        for k, (name, args) in enumerate(wls):
            counts = os.path.join(out, "counts-%d.json" % k)
            print("%s: counting" % name, file=sys.stderr)
            count(python, args, counts, cwd=out)
            costs = share = disp = ent = None
            if opts.get("--callgrind"):
                print("%s: callgrind" % name, file=sys.stderr)
                cg = os.path.join(out, "callgrind-%d.out" % k)
                callgrind(python, args, cg, cwd=out)
                share, costs, (disp, _), ent = eval_costs(cg, build, python)
            data = json.load(open(counts))
            res = summarize(data, costs, share, build, dispatched=disp, entries=ent)
            res_b = summarize(data, None, share, build, dispatched=disp) if costs else res
            results[name] = {"cost": res if costs else None, "bytecodes": res_b}
            text.append(render(name, res))
            print(text[-1])
        if "--json" in opts:
            json.dump(results, open(opts["--json"], "w"), indent=1)
    else:
        raise SystemExit("unknown command %r (count, report, one, all)" % cmd)


if __name__ == "__main__":
    main(sys.argv[1:])
