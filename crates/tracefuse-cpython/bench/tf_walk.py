"""Where a kernel iteration's JIT-code instructions go, instruction by instruction
(written for tracefuse, #24 item 6).

    python3 tf_walk.py run --build DIR --form jit|fused [--listings DIR] --out DIR
                           [--overrides FILE] [--reuse] [KERNEL ...]
    python3 tf_walk.py table DIR/summary.json [KERNEL ...]
    python3 tf_walk.py dump KERNEL SCALE OUT.json        (inside the measured CPython)

`run` runs each kernel of tf_kernels.py (default: the five that form executors) in the
built 3.14 tree DIR (its `python`, stripped of debug information into DIR/python-nodebug
as `cargo xtask cpython bench` does) under `valgrind --tool=callgrind --dump-instr=yes` at
the bench's two scales (0.01 and 0.03, warm-up plus one run each; each is run once
outside valgrind first so that both measured runs read .pyc files), in one form: `jit` is
CPython's own JIT (PYTHON_TRACEFUSE=0: CPython stitches its stencils), `fused` the
tracefuse hook. At the end of each run, `dump` (this file, in the same process) reads
every executor of the kernel's code and the side exits they link to out of the process's
memory (/proc/self/mem: the `_PyExecutorObject` fields, its uop ids and its machine code
as it ran, holes patched). Each executed JIT-code address is then named by (executor,
offset), the two scales are subtracted, and the difference divided by the extra
iterations is how often that instruction runs per kernel iteration: the bench's
`--instructions` arithmetic, per instruction instead of per function. The runtime
functions' self costs come from the same runs. `--reuse` analyses the callgrind and dump
files already in --out without running anything.

Each executed instruction is decoded from a listing whose bytes match the executor's:
`fused`, tracefuse's listing of the fused stencil (`tracefuse generate --format listings`,
its `listings/` folder as --listings, matched by comparing every byte that is not a
hole); an executor no fused listing matches (the hook stitched it) and every executor of
`jit` are decoded from the disassembly CPython's build put in the tree's
`jit_stencils-*.h`, laid out as jit.c lays it out (shim, one stencil per uop, the
fatal-error stencil, GOT loads relaxed as patch_x86_64_32rx relaxes them), which also
names the uop each instruction belongs to. A byte mismatch stops the run: the walk is of
the code that ran.

Categories (CATEGORIES): dispatch (executor entry, warm bit and trace-run counter, the
eval-breaker test, jumps between stitched stencils), frame (instr_ptr, stackpointer,
localsplus and operand-stack loads and stores), validity (executor->vm_data.valid),
guards (type, version and range checks), refcount (count loads and stores, immortality
and stack-ref tag tests), alloc/free (free-list pops and pushes, a new object's count,
type dispatch and value, the ref tracer's test, calls of allocators and deallocators),
call (pushing and popping a Python frame), work (the operation itself: the range step,
the arithmetic and its overflow checks, the list store, the attribute loads), layout
(register moves, spills and reloads, executed padding, jumps of block layout). Stitched
code takes the category of its uop for the dispatch, validity, _SET_IP, guard and call
uops; every other instruction gets one from `rule` (holes, callees, operand shapes), then
from its neighbours (`classify_rows`: a branch or test takes the category of what it
tests, a load that of its user). `--overrides FILE` holds the hand corrections of a walk
(tf_walk_overrides.txt: the pgo build's fused kernels), each with its reason, which
the walk file prints. Writes DIR/KERNEL-FORM.walk (every executed instruction: runs per
iteration, category, executor, offset in its code and in its listing or stencil, text,
holes, uop, why) and DIR/summary.json; `table` prints one markdown table per kernel
(category: JIT code + runtime functions = total, per form).

Run `run` under `flock target/cpython.lock`. Needs valgrind and strip; any python3 >= 3.8
runs this file. x86-64 Linux, CPython 3.14's executor layout.
"""

import json
import os
import re
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELS_PY = os.path.join(HERE, "tf_kernels.py")
SCALES = (0.01, 0.03)

# ---------------------------------------------------------------------------------------
# dump: runs inside the measured CPython 3.14 (x86-64, default GIL build)

# _PyExecutorObject (Include/internal/pycore_optimizer.h, 3.14): PyObject_VAR_HEAD (24),
# trace (24), vm_data (32: opcode, oparg, valid/linked/chain_depth, warm, index, bloom[8],
# links[2], code), exit_count (96), code_size (100), jit_size (104), jit_code (112),
# jit_side_entry (120), exits (128: {u32 target, u16 temperature, executor*} = 16 bytes).
# _PyUOpInstruction: u16 opcode:15|format:1, u16 oparg, u32 target, u64 operand0,
# u64 operand1 = 24 bytes.
EX_TRACE, EX_EXIT_COUNT, EX_CODE_SIZE, EX_JIT_SIZE, EX_JIT_CODE, EX_SIDE, EX_EXITS = (
    24, 96, 100, 104, 112, 120, 128)


def _mem(addr, n):
    with open("/proc/self/mem", "rb", buffering=0) as f:
        f.seek(addr)
        return f.read(n)


def _executor(addr):
    head = _mem(addr, EX_EXITS)
    trace = struct.unpack_from("<Q", head, EX_TRACE)[0]
    exit_count, code_size = struct.unpack_from("<II", head, EX_EXIT_COUNT)
    jit_size, jit_code, side = struct.unpack_from("<QQQ", head, EX_JIT_SIZE)
    if jit_code == 0:
        return None  # no machine code (CPython's shared cold-exit executor, say)
    if side != jit_code + 33 or jit_size % 4096:
        raise SystemExit(f"executor at {addr:#x}: fields do not look like 3.14's "
                         f"(jit_code {jit_code:#x}, side entry {side:#x}, size {jit_size})")
    raw = _mem(trace, 24 * code_size)
    uops = [struct.unpack_from("<H", raw, 24 * i)[0] & 0x7FFF for i in range(code_size)]
    exits_raw = _mem(addr + EX_EXITS, 16 * exit_count)
    exits = [struct.unpack_from("<Q", exits_raw, 16 * i + 8)[0] for i in range(exit_count)]
    return {"address": addr, "jit_code": jit_code, "jit_size": jit_size, "uops": uops,
            "exits": exits, "code": _mem(jit_code, jit_size).hex()}


def dump(kernel, scale, out):
    import _opcode
    sys.path.insert(0, HERE)
    import tf_kernels
    fn, n = tf_kernels.KERNELS[kernel]
    n = max(100, int(n * scale))
    fn(n)  # warm-up, as tf_kernels.py runs it
    fn(n)
    codes = [fn.__code__]
    for const in fn.__code__.co_consts:
        if hasattr(const, "co_code"):
            codes.append(const)
    found, todo = {}, []
    for code in codes:
        for off in range(0, len(code.co_code), 2):
            try:
                ex = _opcode.get_executor(code, off)
            except (ValueError, RuntimeError):
                continue
            todo.append((id(ex), f"{code.co_name}@{off}"))
    while todo:
        addr, key = todo.pop(0)
        if addr == 0 or addr in {e["address"] for e in found.values()}:
            continue
        e = _executor(addr)
        if e is None:
            continue
        found[key] = e
        for i, x in enumerate(e["exits"]):
            todo.append((x, f"{key}/exit{i}"))
    # The cold exit executor every unlinked exit points at (a shared one) has no code of
    # its own worth walking; keep it anyway, it is keyed like the others.
    with open(out, "w") as f:
        json.dump({"kernel": kernel, "n": n, "executors": found}, f)


# ---------------------------------------------------------------------------------------
# listings

def norm_hole(h):
    """One spelling for a hole's symbol in both listings: `X+N`, N decimal
    (tracefuse: `symbol:X+N`; CPython's objdump: `X+0xN`, `X-0x4` for a rel32)."""
    h = h.replace("symbol:", "")
    m = re.match(r"(.*?)([+-])(0x[0-9a-f]+|\d+)$", h)
    if m:
        n = int(m.group(3), 0) * (1 if m.group(2) == "+" else -1)
        if h.startswith(("continue", "_JIT_CONTINUE")) or n == -4:
            n += 4  # a rel32's -4 is the encoding, not the target
        return f"{m.group(1)}+{n}" if n else m.group(1)
    return h


def parse_tracefuse_listing(path):
    """[(offset, bytes, text, holes)] and the stencil's hole byte ranges."""
    ins, masks = [], []
    for line in open(path):
        m = re.match(r"\s+([0-9a-f]+): ([0-9a-f]+)\s+(.*)$", line)
        if m:
            ins.append([int(m.group(1), 16), bytes.fromhex(m.group(2)), " ".join(m.group(3).split()), []])
            continue
        m = re.match(r"\s+# hole \+0x([0-9a-f]+): (\S+) (\S+) (.*)$", line)
        if m and ins:
            at = int(m.group(1), 16)
            width = 8 if m.group(3).endswith("64") else 4
            ins[-1][3].append(norm_hole(m.group(4)))
            masks.append((at, width))
    return ins, masks


def parse_cpython_stencils(path):
    """{group: (code_size, [(offset, bytes, text, holes)])} from jit_stencils-*.h."""
    groups, cur, sizes = {}, None, {}
    for line in open(path):
        m = re.match(r"emit_(\w+)\(", line)
        if m:
            cur = m.group(1)
            groups[cur] = []
            continue
        m = re.match(r"\s+// ([0-9a-f]+): ((?:[0-9a-f]{2} )+)\s*(.*)$", line)
        if m and cur:
            groups[cur].append([int(m.group(1), 16), bytes.fromhex(m.group(2).replace(" ", "")),
                                " ".join(m.group(3).split()), []])
            continue
        m = re.match(r"\s+// ([0-9a-f]+):\s+(R_\S+)\s+(\S+)", line)
        if m and cur and groups[cur]:
            groups[cur][-1][3].append(norm_hole(m.group(3)))
            groups[cur][-1].append((int(m.group(1), 16), 8 if m.group(2).endswith("_64") else 4))
            continue
        m = re.match(r"\s+const unsigned char code_body\[(\d+)\]", line)
        if m and cur:
            sizes[cur] = int(m.group(1))
        m = re.match(r"\s+\[(\w+)\] = \{emit_(\w+), (\d+), (\d+),", line)
        if m:
            sizes[m.group(2)] = int(m.group(3))
    return {g: (sizes.get(g, 0), [i for i in ins if i[0] < sizes.get(g, 0)])
            for g, ins in groups.items()}


def uop_names(tree):
    """{uop id: name}; a uop that shares its bytecode's id (`#define _POP_TOP POP_TOP`)
    takes the id from opcode_ids.h."""
    ops = {}
    for line in open(os.path.join(tree, "Include/opcode_ids.h")):
        m = re.match(r"#define (\w+)\s+(\d+)$", line.strip())
        if m:
            ops[m.group(1)] = int(m.group(2))
    names = {}
    for line in open(os.path.join(tree, "Include/internal/pycore_uop_ids.h")):
        m = re.match(r"#define (_\w+)\s+(\d+|[A-Z]\w*)$", line.strip())
        if m and m.group(2).isdigit():
            names[int(m.group(2))] = m.group(1)
        elif m and m.group(2) in ops:
            names[ops[m.group(2)]] = m.group(1)
    return names


# ---------------------------------------------------------------------------------------
# decoding an executor's code

def decode_fused(code, listings):
    """The listing (name, instructions) whose stencil is at code[33:], or None."""
    body = code[33:]
    for name, (ins, masks) in listings.items():
        end = ins[-1][0] + len(ins[-1][1]) if ins else 0
        if end > len(body):
            continue
        img = bytearray(b"".join(i[1] for i in ins))
        got = bytearray(body[:end])
        for at, w in masks:
            img[at:at + w] = got[at:at + w]
        if img == got:
            return name, {i[0] + 33: (i[2], i[3], None, i[0]) for i in ins}
    return None


def decode_stitched(code, uops, names, stencils):
    """{offset: (text, holes, uop, offset in the uop's stencil)} for CPython's layout of
    `uops`, checked byte by byte."""
    out, at = {}, 0
    layout = [("shim", "shim")] + [("_" + names[u].lstrip("_"), names[u]) for u in uops]
    layout.append(("_FATAL_ERROR", "_FATAL_ERROR"))
    for group, uop in layout:
        size, ins = stencils[group]
        for off, raw, text, holes, *masks in ins:
            got = bytearray(code[at + off:at + off + len(raw)])
            want = bytearray(raw)
            for h, w in masks:  # patched bytes: compare the rest
                want[h - off:h - off + w] = got[h - off:h - off + w]
                # jit.c relaxes a GOT load (patch_x86_64_32rx): `mov` to `lea`, `call *`
                # / `jmp *` to `nop; call` / `nop; jmp` (two instructions then).
                if w == 4 and h - off >= 2:
                    pair = (want[h - off - 2], want[h - off - 1], got[h - off - 2], got[h - off - 1])
                    if pair[0] == 0x8B and pair[2] == 0x8D:
                        want[h - off - 2] = 0x8D
                        text = "leaq (relaxed " + text + ")"
                    elif pair[:2] in ((0xFF, 0x15), (0xFF, 0x25)) and pair[2] == 0x90:
                        want[h - off - 2:h - off] = got[h - off - 2:h - off]
                        out[at + off] = ("nop (relaxed GOT call)", [], uop, off)
                        out[at + off + 1] = (("callq " if pair[1] == 0x15 else "jmp ") + holes[0], holes, uop, off + 1)
                        continue
            if got != want:
                return None
            if at + off not in out:
                out[at + off] = (text, holes, uop, off)
        at += size
    return out


# ---------------------------------------------------------------------------------------
# callgrind

def callgrind_costs(path):
    """{address: [Ir, object, function]} from a callgrind file written with
    --dump-instr=yes --dump-line=no --compress-pos=no --compress-strings=no (a call's
    inclusive cost, the line after `calls=`, is skipped)."""
    costs, skip, ob, fn = {}, False, "?", "?"
    for line in open(path):
        if line.startswith("ob="):
            ob = line[3:].strip()
        elif line.startswith("fn="):
            fn = line[3:].strip()
        elif line.startswith("calls="):
            skip = True
        elif line.startswith("0x"):
            if skip:
                skip = False
                continue
            a, c = line.split()[:2]
            e = costs.setdefault(int(a, 16), [0, ob, fn])
            e[0] += int(c)
    return costs


# ---------------------------------------------------------------------------------------
# categories

CATEGORIES = ["dispatch", "frame", "validity", "guards", "refcount", "alloc/free", "call",
              "work", "layout"]

ALLOC = ("PyLong_FromLong", "PyLong_FromSsize_t", "PyFloat_FromDouble",
         "_PyFloat_FromDouble_ConsumeInputs", "PyObject_Malloc", "_PyLong_FromMedium")
FREE = ("_Py_Dealloc", "_PyLong_ExactDealloc", "_PyFloat_ExactDealloc", "PyObject_Free")
RUNTIME_ALLOC = ("_PyRuntime+10528", "_PyRuntime+10536", "_PyRuntime+14064")  # ref tracer, small ints

# Stitched code: the uop decides for these (the whole stencil is that cost).
UOP_CATEGORY = [
    (r"^(shim|_START_EXECUTOR|_MAKE_WARM|_JUMP_TO_TOP|_CHECK_PERIODIC|_EXIT_TRACE|"
     r"_DEOPT|_FATAL_ERROR|_TIER2_RESUME_CHECK|_ERROR_POP_N)$", "dispatch"),
    (r"^_CHECK_VALIDITY$", "validity"),
    (r"^_SET_IP$", "frame"),
    (r"^(_PUSH_FRAME|_INIT_CALL_PY_EXACT_ARGS|_RETURN_VALUE|_SAVE_RETURN_OFFSET|"
     r"_CHECK_FUNCTION_VERSION|_CHECK_FUNCTION_EXACT_ARGS|_CHECK_STACK_SPACE|_CHECK_RECURSION_REMAINING|"
     r"_RESUME_CHECK)", "call"),
    (r"^(_GUARD_|_CHECK_(?!PERIODIC|VALIDITY)|_ITER_CHECK_)", "guards"),
]

JCC = re.compile(r"^j(?!mp)[a-z]+$")


def rule(text, holes, nxt, stitched=False):
    """(category, reason) of one instruction from its own text and holes and the next
    instruction's text (`nxt`), or None: decided by its neighbours."""
    h = " ".join(holes)
    mn = text.split()[0] if text else ""
    ops = text[len(mn):].strip()
    if "_JIT_EXECUTOR+34" in h:
        return "validity", "loads &executor->vm_data.valid"
    if "_JIT_EXECUTOR+35" in h or "entry_count" in h:
        return "dispatch", "executor warm bit / entry counter"
    if mn.startswith("call") or (mn.startswith("jmp") and "*" in text):
        if any(x in h for x in FREE + ALLOC):
            return "alloc/free", "call " + h
        if "_Py_HandlePending" in h:
            return "dispatch", "eval breaker handler"
        if "*%r" in text and not h:
            return "alloc/free", "call of the ref tracer"
        return "work", "call " + h
    if any(x in h for x in RUNTIME_ALLOC):
        return "alloc/free", "ref tracer / small-int table"
    if re.search(r"_Type$", h):
        return "guards", "type constant"
    if "_JIT_CONTINUE" in h or "continue" in h:
        return "dispatch", "to the next stencil"
    if ("operand0" in h or "_JIT_OPERAND0" in h) and mn == "movabsq":
        if re.match(r"movq %rax, 0x38\(", nxt):
            return "frame", "instr_ptr value (_SET_IP)"
        if nxt.startswith("cmp"):
            return "guards", "version / identity constant"
        return None  # a constant: what uses it decides
    if re.match(r"movq 0x20\(%r\w+\), %r\w+$", text) and nxt.startswith("testq"):
        return "guards", "range iterator not exhausted"
    if text.startswith("leaq -0x40000000("):
        return "alloc/free", "fits a compact int? (PyLong_FromLong)"
    if "decq 0x367f0(" in text:
        return "dispatch", "interp->trace_run_counter"
    if re.match(r"movq 0x18\(%r\w+\), %rax$", text) and nxt == "testb %al, %al":
        return "dispatch", "tstate->eval_breaker"
    if re.match(r"movb \$0x1, \(%rax\)$", text):
        return "dispatch", "executor warm bit"
    if re.search(r"0x(38|40)\(%r12\)", ops):
        return "frame", "frame->instr_ptr / stackpointer"
    if re.search(r"\b0x([5-9a-f][0-9a-f])\(%r12\)", ops):
        return "frame", "frame->localsplus"
    if stitched and mn.startswith("mov") and "(%r13)" in ops:
        return "frame", "operand stack slot"
    if re.match(r"(addq|subq) \$-?0x[0-9a-f]+, %r13$", text) or re.match(r"leaq -?0x[0-9a-f]+\(%r13\), %r13$", text):
        return "frame", "stack pointer"
    if re.search(r"0x2b[0-9a-f]{2}\(%r", ops) or re.match(r"movl \$0x2b[0-9a-f]{2}, ", text):
        return "alloc/free", "free list"
    if mn.startswith("mov") and re.search(r"\(%r\w+,%r\w+\)", ops) and not re.search(r",\d\)", ops):
        return "alloc/free", "free list (interp + offset in a register)"
    if re.match(r"shrq \$0x3f, %r", text) or re.match(r"movl %e\w+, 0x18\(%r\w+\)$", text):
        return "alloc/free", "new int's lv_tag / digit"
    if re.match(r"movsd %xmm\d+, 0x10\(%r\w+\)$", text):
        return "alloc/free", "new float's value"
    if re.match(r"xorl (%\w+), \1$", text) or re.match(r"movl \$0x0, %\w+$", text):
        return "layout", "register zeroed (a phi)"
    if re.match(r"cmpq \$0x63, ", text):
        return "alloc/free", "free list full? (100)"
    if re.match(r"movq \$0x1, \(%r\w+\)$", text):
        return "alloc/free", "new object's count"
    if re.match(r"testq \$-0xc, 0x10\(", text):
        return "alloc/free", "compact int? (free-list eligible)"
    if re.match(r"leaq 0x5\(%r\w+\), %r", text) or text.startswith("cmpq $0x105,"):
        return "alloc/free", "small int? (singleton table)"
    if mn in ("incl", "decl") and re.match(r"\(%\w+\)$", ops):
        return "refcount", "count"
    if re.match(r"movl \(%\w+\), %e", text) or re.match(r"movl %e\w+, \(%\w+\)$", text):
        return "refcount", "count load/store"
    if "$0xbfffffff" in text or "$-0x40000001" in text:
        return "refcount", "immortality test"
    if re.match(r"(testb|testl|testq) \$0x1, %", text) or re.match(r"(andq|andl) \$-0x2, %", text) \
            or re.match(r"(orq|orl) \$0x1, %", text):
        return "refcount", "stack-ref tag"
    if re.match(r"movzwl 0x6\(%r\w+\), %e", text):
        return "refcount", "immortal flag -> stack-ref tag"
    if mn.startswith("nop") or text.startswith("nop"):
        return "layout", "padding executed"
    if mn in ("pushq", "popq") or re.search(r"\(%rsp\)", ops) and mn.startswith("mov") \
            or re.match(r"(addq|subq) \$-?0x[0-9a-f]+, %rsp$", text):
        return "layout", "spill / reload / alignment"
    if re.match(r"mov[a-z]* %\w+, %\w+$", text):
        return "layout", "register move"
    if mn == "jmp":
        return "layout", "jump (block layout)"
    return None


REG64 = {}
for _r in "abcd":
    for _n in (f"r{_r}x", f"e{_r}x", f"{_r}x", f"{_r}l"):
        REG64[_n] = f"r{_r}x"
for _r in ("si", "di", "bp", "sp"):
    for _n in (f"r{_r}", f"e{_r}", _r, f"{_r}l"):
        REG64[_n] = f"r{_r}"
for _i in range(8, 16):
    for _n in (f"r{_i}", f"r{_i}d", f"r{_i}w", f"r{_i}b"):
        REG64[_n] = f"r{_i}"


def regs(operand):
    return {REG64.get(r, r) for r in re.findall(r"%(\w+)", operand)}


def dest_and_reads(text):
    """(register the instruction writes or None, registers it reads), AT&T syntax."""
    mn = text.split()[0] if text else ""
    ops = [o.strip() for o in re.split(r",(?![^(]*\))", text[len(mn):])] if text[len(mn):].strip() else []
    if not ops:
        return None, set()
    last = ops[-1]
    dest = REG64.get(last[1:], last[1:]) if re.match(r"%\w+$", last) else None
    reads = set().union(*(regs(o) for o in ops[:-1])) if len(ops) > 1 else set()
    if dest is None:
        reads |= regs(last)
    elif not mn.startswith(("mov", "lea", "set", "cmov")) or mn.startswith("cmov"):
        reads.add(dest)
    return dest, reads


def classify_rows(rows):
    """Categories for rows [(text, holes, uop)] in address order: the uop's category for
    stitched code's dispatch/validity/_SET_IP/guard stencils, else `rule`. An instruction
    no rule decides takes the category of the nearest instruction before it (layout
    skipped) when it is a conditional branch or a test/cmp/and/or, or when it reads the
    register that instruction wrote; a load whose register the next decided instruction
    reads takes that one's category; what is left is `work`."""
    out = []
    for i, (text, holes, uop) in enumerate(rows):
        nxt = rows[i + 1][0] if i + 1 < len(rows) else ""
        got = None
        if uop:
            for pat, cat in UOP_CATEGORY:
                if re.search(pat, uop):
                    got = (cat, "uop " + uop)
                    break
        got = got or rule(text, holes, nxt, stitched=uop is not None)
        mn = text.split()[0] if text else ""
        if got is None:
            j = len(out) - 1
            while j >= 0 and out[j][0] == "layout":
                j -= 1
            if j >= 0 and out[j][0] not in ("work",) and out[j][1] != "undecided":
                pdest, _ = dest_and_reads(rows[j][0])
                _, reads = dest_and_reads(text)
                if JCC.match(mn) or mn.startswith(("cmp", "test", "and", "or", "sete", "setne")) \
                        or (pdest and pdest in reads):
                    got = (out[j][0], "uses the " + out[j][0] + " value before")
        out.append(got or ("work", "undecided"))
    # Backwards: an undecided instruction whose result the next decided one reads.
    for i in range(len(out) - 2, -1, -1):
        if out[i][1] == "undecided" and out[i + 1][0] not in ("work", "layout"):
            d, _ = dest_and_reads(rows[i][0])
            _, reads = dest_and_reads(rows[i + 1][0])
            if d and d in reads:
                out[i] = (out[i + 1][0], "feeds the " + out[i + 1][0] + " instruction after")
            elif re.match(r"movq 0x10\(%r\w+\), %r\w+$", rows[i][0]) and out[i + 1][0] == "alloc/free":
                out[i] = ("alloc/free", "tstate->interp, for its free lists")
    # A type constant decides its compare: `jne` to an exit is a guard; `je` to a handler
    # is a close's type dispatch (int or float free path) in fused code. The type word
    # loaded just before goes with it.
    for i, (text, holes, uop) in enumerate(rows):
        if uop or not re.search(r"_Type$", " ".join(holes)):
            continue
        seq = [j for j in range(i + 1, min(i + 6, len(rows))) if out[j][0] != "layout"][:2]
        if len(seq) == 2 and rows[seq[0]][0].startswith("cmp") and rows[seq[1]][0].startswith("je "):
            cat, why = "alloc/free", "a close's type dispatch (free path)"
        else:
            cat, why = "guards", "type guard"
        prev = [j for j in range(max(0, i - 4), i) if out[j][0] != "layout"][-1:]
        for j in [i] + seq + [p for p in prev if re.match(r"movq 0x8\(%r\w+\), %r", rows[p][0])]:
            out[j] = (cat, why)
    return [(c, "" if w == "undecided" else w) for c, w in out]


def load_overrides(path):
    """[(listing or uop:NAME, start, end, category, reason)] from an overrides file: one
    `NAME START END CATEGORY REASON...` per line (offsets in the listing, END exclusive)."""
    if not path:
        return []
    out = []
    for line in open(path):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            name, a, b, cat, *why = line.split()
            if cat not in CATEGORIES:
                raise SystemExit(f"{path}: {line}: unknown category {cat}")
            out.append((name, int(a, 16), int(b, 16), cat, " ".join(why)))
    return out


# ---------------------------------------------------------------------------------------
# run

def sh(cmd, env=None):
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr[-3000:]}")
    return r.stdout


def measure(build, form, kernel, out, reuse=False):
    py = os.path.join(build, "python")
    nodebug = os.path.join(build, "python-nodebug")
    if not os.path.exists(nodebug) or os.path.getmtime(nodebug) < os.path.getmtime(py):
        sh(["strip", "--strip-debug", "-o", nodebug, py])
    env = dict(os.environ, PYTHON_JIT="1", PYTHON_TRACEFUSE="0" if form == "jit" else "1")
    for k in ("TRACEFUSE_STATS", "TRACEFUSE_COUNT", "PYTHONDONTWRITEBYTECODE"):
        env.pop(k, None)
    runs = []
    for scale in SCALES:
        cg = os.path.join(out, f"{kernel}-{form}-{scale}.callgrind")
        js = os.path.join(out, f"{kernel}-{form}-{scale}.json")
        if reuse and os.path.exists(cg) and os.path.exists(js):
            runs.append((json.load(open(js)), callgrind_costs(cg), cg))
            continue
        # Once outside valgrind first: the .pyc files are written then, so that both
        # measured runs read them (a run that compiles costs the parser's instructions).
        sh([py, os.path.abspath(__file__), "dump", kernel, str(scale), js], env)
        sh(["valgrind", "--tool=callgrind", "--smc-check=all", "--dump-instr=yes",
            "--dump-line=no", "--compress-pos=no", "--compress-strings=no",
            f"--callgrind-out-file={cg}", nodebug, os.path.abspath(__file__), "dump", kernel,
            str(scale), js], env)
        runs.append((json.load(open(js)), callgrind_costs(cg), cg))
    return runs


def walk(build, form, kernel, listings, out, reuse=False, overrides=()):
    runs = measure(build, form, kernel, out, reuse)
    names = uop_names(build)
    stencils = stencils_for(build) if form == "jit" else None
    per = []  # per scale: {(key, offset): Ir}, {address: Ir outside executors}
    decoded = {}
    for dumped, costs, cg in runs:
        spans = []
        for key, e in dumped["executors"].items():
            code = bytes.fromhex(e["code"])
            if key not in decoded:
                if form == "jit":
                    d = decode_stitched(code, e["uops"], names, stencils)
                    label = "stitched"
                else:
                    r = decode_fused(code, listings)
                    d, label = (r[1], r[0]) if r else (None, None)
                    if d is None:
                        d = decode_stitched(code, e["uops"], names, stencils_for(build))
                        label = "stitched (not fused)"
                if d is None:
                    raise SystemExit(f"{kernel} {form} {key}: no listing matches its code")
                decoded[key] = (label, d, [names.get(u, u) for u in e["uops"]])
            spans.append((e["jit_code"], e["jit_code"] + e["jit_size"], key))
        got, outside, runtime = {}, 0, {}
        for a, (c, ob, fn) in costs.items():
            for lo, hi, key in spans:
                if lo <= a < hi:
                    got[(key, a - lo)] = got.get((key, a - lo), 0) + c
                    break
            else:
                if ob == "???":
                    outside += c
                else:
                    runtime[fn] = runtime.get(fn, 0) + c
        per.append((got, outside, dumped["n"], runtime))
    (g0, o0, n0, r0), (g1, o1, n1, r1) = per
    extra = 2.0 * (n1 - n0)
    functions = {f: (r1.get(f, 0) - r0.get(f, 0)) / extra for f in set(r0) | set(r1)}
    runtime_total = sum(functions.values())
    functions = {f: round(v, 2) for f, v in sorted(functions.items(), key=lambda x: -x[1])
                 if abs(v) >= 0.5}
    rows = []
    for k in sorted(set(g0) | set(g1)):
        v = (g1.get(k, 0) - g0.get(k, 0)) / extra
        if abs(v) < 0.0005:
            continue
        label, d, uops = decoded[k[0]]
        text, holes, uop, rel = d.get(k[1], ("?", [], None, None))
        rows.append([k[0], k[1], v, text, holes, uop, rel])
    sums = {c: 0.0 for c in CATEGORIES}
    cats = classify_rows([(r[3], r[4], r[5]) for r in rows])
    lines = []
    for (key, off, v, text, holes, uop, rel), (cat, why) in zip(rows, cats):
        label = decoded[key][0]
        at = rel if label.startswith("cpy") else None
        for name, a, b, c, reason in overrides:
            if rel is not None and a <= rel < b and (name == label or name == "uop:" + (uop or "")):
                cat, why = c, "override: " + reason
        sums[cat] += v
        where = f"{rel:#6x}" if rel is not None else "     ?"
        lines.append(f"{v:8.3f}  {cat:10s} {key:20s} {off:#7x} {where}  {text:44s} "
                     f"{' '.join(holes):28s} {uop or ''}  {why}")
    with open(os.path.join(out, f"{kernel}-{form}.walk"), "w") as f:
        f.write(f"# {kernel}, {form} ({build}): runs per iteration, category, executor, "
                f"offset in its code, instruction, holes, uop, why\n")
        for key, (label, d, uops) in decoded.items():
            f.write(f"# executor {key}: {label}, {len(uops)} uops\n")
        f.write("\n".join(lines) + "\n")
    return {"categories": sums, "total": sum(sums.values()),
            "outside_executors": (o1 - o0) / extra,
            "runtime_functions": functions,
            "runtime_total": runtime_total,
            "executors": {k: v[0] for k, v in decoded.items()}}


def stencils_for(build):
    stencil_h = [f for f in os.listdir(build) if f.startswith("jit_stencils-") and f.endswith(".h")]
    return parse_cpython_stencils(os.path.join(build, stencil_h[0]))


# Runtime functions (callgrind's self cost, not JIT code) by the same categories.
RUNTIME_CATEGORY = [
    (r"^(PyLong_FromLong|long_alloc|_PyObject_Malloc|PyObject_Malloc|_Py_NewReference|"
     r"_PyLong_FromSTwoDigits|_PyFloat_FromDouble_ConsumeInputs|PyFloat_FromDouble|"
     r"_PyLong_FromMedium)$", "alloc/free"),
    (r"^(_Py_Dealloc|long_dealloc|float_dealloc|_PyObject_Free|PyObject_Free|"
     r"_PyLong_ExactDealloc|_PyFloat_ExactDealloc|list_dealloc)$", "alloc/free"),
    (r"^(long_add|long_mul|_PyLong_Add|_PyLong_Multiply|_PyList_AppendTakeRefListResize|"
     r"list_resize)$", "work"),
    (r"^(_PyFrame_ClearExceptCode|_PyEval_FrameClearAndPop|_PyThreadState_PopFrame)$", "call"),
    (r"^_PyEval_EvalFrameDefault$", "dispatch"),
]


def runtime_category(fn):
    for pat, cat in RUNTIME_CATEGORY:
        if re.search(pat, fn):
            return cat
    return "other"


def table(summary, kernel):
    """A markdown table: per category, JIT code + runtime functions = total, per form."""
    forms = [f for f in ("jit", "fused") if f in summary[kernel]]
    rows = {c: {f: [0.0, 0.0] for f in forms} for c in CATEGORIES + ["other"]}
    for f in forms:
        s = summary[kernel][f]
        for c, v in s["categories"].items():
            rows[c][f][0] += v
        listed = 0.0
        for fn, v in s["runtime_functions"].items():
            rows[runtime_category(fn)][f][1] += v
            listed += v
        rows["other"][f][1] += s["runtime_total"] - listed  # the functions under 0.5 each
    head = {"jit": "CPython's JIT", "fused": "fused (pgo)"}
    out = ["| per iteration | " + " | ".join(head[f] for f in forms) + " |",
           "|---|" + "---|" * len(forms)]
    cell = lambda a, b: f"{a + b:.0f}" if abs(b) < 0.5 else (f"{b:.0f} (runtime)" if abs(a) < 0.5 else f"{a:.0f} + {b:.0f} = {a + b:.0f}")
    for c in CATEGORIES + ["other"]:
        if all(abs(sum(rows[c][f])) < 0.5 for f in forms):
            continue
        out.append(f"| {c} | " + " | ".join(cell(*rows[c][f]) for f in forms) + " |")
    tot = {f: (summary[kernel][f]["total"], summary[kernel][f]["runtime_total"]) for f in forms}
    out.append("| **total** (JIT code + runtime) | " +
               " | ".join(f"**{a:.0f} + {b:.0f} = {a + b:.0f}**" for a, b in (tot[f] for f in forms)) + " |")
    return "\n".join(out)


def main(argv):
    if argv[:1] == ["table"]:
        summary = json.load(open(argv[1]))
        for k in argv[2:] or summary:
            print(f"{k}\n\n{table(summary, k)}\n")
        return
    if argv[:1] == ["dump"]:
        dump(argv[1], float(argv[2]), argv[3])
        return
    if argv[:1] != ["run"]:
        raise SystemExit(__doc__)
    args, kernels = {}, []
    it = iter(argv[1:])
    for a in it:
        if a == "--reuse":
            args["reuse"] = True
        elif a.startswith("--"):
            args[a[2:]] = next(it)
        else:
            kernels.append(a)
    build, form, out = args["build"], args["form"], args["out"]
    os.makedirs(out, exist_ok=True)
    listings = {}
    if form == "fused":
        for f in os.listdir(args["listings"]):
            if f.startswith("trace_"):
                listings[f[6:-2]] = parse_tracefuse_listing(os.path.join(args["listings"], f))
    summary_path = os.path.join(out, "summary.json")
    summary = json.load(open(summary_path)) if os.path.exists(summary_path) else {}
    for k in kernels or ["sum_range", "float_arith", "attr_loads", "list_build", "call_heavy"]:
        summary.setdefault(k, {})[form] = walk(build, form, k, listings, out, "reuse" in args,
                                             load_overrides(args.get("overrides")))
        s = summary[k][form]
        print(f"{k} {form}: {s['total']:.1f} JIT-code instructions per iteration in the "
              f"kernel's executors ({s['outside_executors']:.1f} elsewhere); " +
              ", ".join(f"{c} {v:.1f}" for c, v in s["categories"].items()), flush=True)
        json.dump(summary, open(summary_path, "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
