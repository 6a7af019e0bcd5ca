/* tf_jit_hook.c: tracefuse's hook in CPython's JIT (3.14).
 *
 * Written for tracefuse; no CPython code is copied here. `tracefuse cpython hook` copies
 * this file, the fused stencils as a stencil pack (tf_jit_stencils.pack with its fixed C
 * reader tf_jit_stencils_pack.h, from `tracefuse generate --format pack` on recorded
 * traces; tf_jit_pack_blob.h links the pack into the interpreter) and the include list
 * of the tree's own JIT template (tf_jit_hook_includes.h) into a copy of the tree's
 * Python/ folder, and inserts into Python/jit.c, at three named places:
 *   - `#include "tf_jit_hook.c"` before the definition of _PyJIT_Compile, so this file
 *     sees jit.c's memory helpers (jit_alloc, mark_executable, jit_free) and CPython's
 *     own shim stencil;
 *   - at the top of _PyJIT_Compile: `tf_fused_compile(...)`, which installs the fused
 *     stencil when the trace CPython just formed matches one, or else, when fused
 *     segments match stretches of it, the trace with those segments in place and every
 *     other uop stitched as CPython stitches it ("Segments" below) (returns 0, or -1 on
 *     an allocation error), and otherwise returns 1: CPython stitches as it always does;
 *   - at the top of _PyJIT_Free: `tf_fused_free(executor)`, which retires its counters;
 * and one into Objects/codeobject.c, after a new code object is quickened:
 *   - `_PyTF_WarmCode(co)`, which gives the JUMP_BACKWARDs where the training run formed
 *     traces (tf_jit_warm.h, from the recording) the training build's low warm-up
 *     counter, so that a stock-threshold build forms those traces — and runs their fused
 *     stencils — during start-up (tf_jit_warm.h lists only loops whose counted work
 *     pays for their executors); and when such a trace's fused stencil is installed, the
 *     exits behind which the training run formed side executors get the training
 *     build's side-exit warm-up (tf_warm_exits).
 *
 * A fused executor's memory, one mapping like a stitched one: CPython's shim (native
 * calling convention -> the stencil convention; it calls the code right after it), the
 * fused stencil (entry at its first byte), its trampolines, then the shim's data and
 * the stencil's data. Written while read+write, then read+execute (mark_executable),
 * never both.
 *
 * Environment:
 *   PYTHON_TRACEFUSE=0     stitch every trace and warm nothing (the stock JIT, same
 *                          binary);
 *   TRACEFUSE_WARM=0       warm nothing (fused stencils still used);
 *   TRACEFUSE_STATS=FILE   at exit, append one line of counters to FILE ("-": stderr):
 *                          executors fused / stitched, fused executors entered, entries;
 *   TRACEFUSE_COUNT=1      (with TRACEFUSE_STATS; x86-64) the counting mode: tier-2 uops
 *                          executed in executors that run fused code and in stitched ones,
 *                          exactly (below, "Counting"); no fused code runs in this mode;
 *   TRACEFUSE_CORRUPT=1    patch one hole of every fused stencil wrongly (the first
 *                          _LOAD_CONST_INLINE_BORROW's constant becomes None): a check
 *                          that the tests run the fused code; TRACEFUSE_CORRUPT=TEXT
 *                          does so only for traces whose name contains TEXT (recorded
 *                          trace names carry the function's name: `test_` picks the
 *                          tests' own loops, so the test runner itself still works;
 *                          segments are named `seg...`: `seg` corrupts every segment);
 *   TRACEFUSE_SEGMENTS=0   use whole-trace stencils only (no segments).
 */

#include "tf_jit_hook_includes.h"
#include "pycore_opcode_metadata.h" /* HAS_EXIT_FLAG, HAS_DEOPT_FLAG, HAS_ERROR_FLAG */
#include "pycore_uop_metadata.h"    /* _PyUop_Flags: which packed exit links a uop has */
#include "tf_jit_warm.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The imported library's exit function (`exit_function` in its uops.yaml). Only the end
 * stub and per-uop stencils reach it; a fused CPython trace ends in a terminator and
 * routes every exit to one of its stubs, so a call is a bug in the stencils. */
_Py_CODEUNIT *
tf_cpython_exit(_PyInterpreterFrame *frame, _PyStackRef *sp, PyThreadState *tstate, int kind,
                uint64_t index, uint64_t target)
{
    (void)frame, (void)sp, (void)tstate, (void)index, (void)target;
    fprintf(stderr, "tracefuse: a fused stencil took exit kind %d outside its stubs\n", kind);
    Py_FatalError("tracefuse: unrouted exit");
}

#define TF_INSTRUCTION _PyUOpInstruction
#define TF_INST_UOP(i) ((i)->opcode)
#define TF_INST_TARGET(i) ((i)->target)
#define TF_INST_EXIT(i) (-1) /* CPython links side exits through _EXIT_TRACE */
#define TF_LINKED_SYMBOLS 1
#define TF_PACK_CALLOC(n, size) PyMem_RawCalloc((n), (size))
#define TF_PACK_FREE(p) PyMem_RawFree(p)
#include "tf_jit_stencils_pack.h"
#ifndef TF_FUSED_USABLE
/* A pack reader from before fused groups were checked when first wanted checked them all
 * when it loaded the pack. */
#define TF_FUSED_USABLE(t) 1
#endif
#include "tf_jit_pack_blob.h"

typedef struct tf_fused_executor {
    _PyExecutorObject *executor;
    uint64_t entries; /* the stencil's _JIT_ENTRY_COUNT */
    int trace;        /* index in tf_fused_groups; -1: stitched (counting mode only) */
    uint64_t *counts; /* counting mode: how often each trace position ran, else NULL */
    size_t length;    /* of counts */
    unsigned char *fused_at; /* counting mode, segmented: 1 where fused code runs position k */
    uint64_t segment_entries; /* segments: their _JIT_ENTRY_COUNT, all of this executor's */
    int segments;     /* segment stencils in this executor */
    struct tf_fused_executor *next;
} tf_fused_executor;

static struct {
    int state; /* 0: not set up, 1: fusing, 2: off, 3: set up, the pack not yet read */
    const char *corrupt; /* NULL, "" (every trace) or a part of the trace's name */
    const char *stats;
    uintptr_t symbols[TF_SYMBOL_COUNT + 1];
    int executor_symbol; /* index of _JIT_EXECUTOR in symbols, or -1 */
    tf_fused_executor *live;
    int warm; /* 1: warm the recorded locations */
    /* One bit per first line modulo 4096 of the warm list: most new code objects
     * (thousands at start-up) are turned away by one load. */
    uint8_t warm_lines[4096 / 8];
    int counting; /* 1: TRACEFUSE_COUNT (every executor stitched with counters) */
    uint64_t fused, stitched, refused, entered, entries, emit_ns, warmed, exits_warmed;
    int segments_on; /* 1: segments are looked up (TRACEFUSE_SEGMENTS unset or not 0) */
    /* Segments: executors run with segments in place, segment stencils emitted, the uops
     * they cover (static), segment entries of retired executors, segmented executors
     * refused by a stencil (a value that does not fit). */
    uint64_t segmented, segment_stencils, segment_uops, segment_entries, segment_refused;
    uint64_t segment_emit_ns; /* segment lookups (every stitched trace) and segmented emits */
    /* Segmented executors: code and mapped bytes, and CPython's stitching of the same
     * traces (as fused_code ... stitched_memory are for whole-fused executors). */
    uint64_t segment_code, segment_memory, segment_stitched_code, segment_stitched_memory;
    /* Counting mode: uops executed by retired executors that fused code would have run
     * and by the others; executors that could not be counted (stitched by CPython). */
    uint64_t uops_fused, uops_stitched, uncounted;
    /* Of the fused executors: code bytes and mapped bytes, and what CPython's stitching
     * of the same traces would have taken (its stencil groups' sizes, page-rounded the
     * same way; trampolines not counted). */
    uint64_t fused_code, fused_memory, stitched_code, stitched_memory;
} tf_hook;

/* Segments (docs/cpython.md, "Segments"). A trace no whole-trace stencil serves may still
 * hold stretches the training run formed elsewhere: the generator fused the recurring ones
 * as segments (trace names starting with "seg"), each a stretch of main-trace uops
 * followed by copies of the exit stubs its guards and errors jump to, with each stretch
 * instruction's packed exit links renumbered to those copies in order of first use. Such
 * a stencil is entered at a uop boundary with the stitched calling convention, leaves
 * by falling through to the next stitched uop (_JIT_CONTINUE), and its exits run its stub
 * copies, patched from the executor's own stubs: they leave exactly as the stitched
 * stubs would.
 *
 * Lookup: a trie over the segments' stretch uops (built once, at set-up), walked from each
 * position of the main trace; the longest stretch whose renumbered instructions match a
 * segment's signature (tf_fused_matches: its uops, every build-time field, the stub
 * uops) is taken and the walk goes on after it; a position no segment starts at is
 * stitched. The walk stops at a position something jumps to (the top of the loop, for
 * _JUMP_TO_TOP): only a segment's first uop may be a jump's destination. Each position
 * walks at most TF_SEG_MAX_DEPTH uops, so the lookup is linear in the trace's length. */
#define TF_SEG_MAX_DEPTH 64

static struct {
    int groups;            /* segment stencils in the pack */
    int nodes, node_cap;
    int32_t *node_first;   /* per trie node: the first segment ending there, or -1 */
    int32_t *group_next;   /* per fused group: the next segment ending at its node, or -1 */
    uint16_t *stretch;     /* per fused group: its stretch length (0: not a segment) */
    uint64_t *keys;        /* open addressing: (node << 16 | uop) + 1, 0 empty */
    int32_t *child;
    size_t mask;
} tf_seg;

static int
tf_is_stub_uop(int opcode)
{
    return opcode == _EXIT_TRACE || opcode == _DEOPT || opcode == _ERROR_POP_N ||
           opcode == _JUMP_TO_TOP;
}

static int
tf_is_segment(int t)
{
    return strncmp(tf_fused_groups[t].trace, "seg", 3) == 0;
}

static size_t
tf_seg_slot(uint64_t key)
{
    uint64_t h = key * UINT64_C(0x9e3779b97f4a7c15);
    return (size_t)(h >> 20) & tf_seg.mask;
}

static int32_t
tf_seg_child(int32_t node, uint32_t uop)
{
    uint64_t key = ((uint64_t)node << 16 | uop) + 1;
    for (size_t s = tf_seg_slot(key);; s = (s + 1) & tf_seg.mask) {
        if (tf_seg.keys[s] == key) {
            return tf_seg.child[s];
        }
        if (tf_seg.keys[s] == 0) {
            return -1;
        }
    }
}

/* Builds the trie; on failure (memory) no segment is used. */
static void
tf_seg_build(void)
{
    size_t n = TF_FUSED_COUNT, total = 1;
    tf_seg.stretch = PyMem_RawCalloc(n ? n : 1, sizeof(uint16_t));
    tf_seg.group_next = PyMem_RawCalloc(n ? n : 1, sizeof(int32_t));
    if (tf_seg.stretch == NULL || tf_seg.group_next == NULL) {
        goto fail;
    }
    for (size_t t = 0; t < n; t++) {
        const tf_fused_group *g = &tf_fused_groups[t];
        if (!tf_is_segment((int)t)) {
            /* A whole trace: its uops are not walked (a pack of thousands of traces). */
            tf_seg.stretch[t] = 0;
            continue;
        }
        size_t len = 0;
        while (len < g->length && !tf_is_stub_uop((int)g->uops[len])) {
            len++;
        }
        /* A segment is a stretch then stubs only, entered at its first byte, and leaves
         * only by continuing or through its own stubs: a hole for a jump or error target,
         * a tree member or a linked exit (values 3, 4, 7, 9 of tf_pack_value) would have
         * no value here. Anything else is not used as one. */
        int ok = len > 0 && len <= TF_SEG_MAX_DEPTH && g->nmembers == 0 &&
                 g->nexits == 0 && g->group.entry == 0 && g->group.emit == NULL;
        for (size_t k = len; ok && k < g->length; k++) {
            ok = g->uops[k] == _EXIT_TRACE || g->uops[k] == _DEOPT || g->uops[k] == _ERROR_POP_N;
        }
        for (size_t h = 0; ok && h < g->group.nholes; h++) {
            uint8_t v = g->group.holes[h].value;
            ok = v != 3 && v != 4 && v != 7 && v != 9;
        }
        tf_seg.stretch[t] = ok ? (uint16_t)len : 0;
        total += ok ? len : 0;
    }
    size_t cap = 16;
    while (cap < 2 * total) {
        cap *= 2;
    }
    tf_seg.mask = cap - 1;
    tf_seg.keys = PyMem_RawCalloc(cap, sizeof(uint64_t));
    tf_seg.child = PyMem_RawCalloc(cap, sizeof(int32_t));
    tf_seg.node_first = PyMem_RawCalloc(total, sizeof(int32_t));
    if (tf_seg.keys == NULL || tf_seg.child == NULL || tf_seg.node_first == NULL) {
        goto fail;
    }
    tf_seg.node_cap = (int)total;
    tf_seg.nodes = 1;
    tf_seg.node_first[0] = -1;
    /* Last group first, so that each node's list is in pack order. */
    for (size_t t = n; t-- > 0;) {
        if (tf_seg.stretch[t] == 0) {
            continue;
        }
        const tf_fused_group *g = &tf_fused_groups[t];
        int32_t node = 0;
        for (size_t k = 0; k < tf_seg.stretch[t]; k++) {
            uint64_t key = ((uint64_t)node << 16 | (g->uops[k] & 0xffff)) + 1;
            size_t s = tf_seg_slot(key);
            while (tf_seg.keys[s] != 0 && tf_seg.keys[s] != key) {
                s = (s + 1) & tf_seg.mask;
            }
            if (tf_seg.keys[s] == 0) {
                tf_seg.keys[s] = key;
                tf_seg.child[s] = tf_seg.nodes;
                tf_seg.node_first[tf_seg.nodes++] = -1;
            }
            node = tf_seg.child[s];
        }
        tf_seg.group_next[t] = tf_seg.node_first[node];
        tf_seg.node_first[node] = (int32_t)t;
        tf_seg.groups++;
    }
    return;
fail:
    fprintf(stderr, "tracefuse: no memory for the segment index: no segments\n");
    tf_seg.groups = 0;
    tf_seg.nodes = 0;
}

/* The instructions a segment's stencil is built on, for the stretch trace[pos, pos+len):
 * the stretch, each packed exit link renumbered to the stubs it reaches (placed after the
 * stretch in order of first use, jump link before error link, as the generator numbers
 * them), then those stubs. Returns how many instructions (0: a link does not go to a stub,
 * the stretch cannot be a segment). `stubs_from`: where the trace's stubs start. */
static size_t
tf_segment_local(const _PyUOpInstruction *trace, size_t length, size_t stubs_from, size_t pos,
                 size_t len, _PyUOpInstruction *out)
{
    uint16_t from[UOP_MAX_TRACE_LENGTH];
    size_t n = len;
    for (size_t i = 0; i < len; i++) {
        const _PyUOpInstruction *in = &trace[pos + i];
        out[i] = *in;
        uint16_t f = _PyUop_Flags[in->opcode];
        int has[2] = {(f & (HAS_EXIT_FLAG | HAS_DEOPT_FLAG)) != 0, (f & HAS_ERROR_FLAG) != 0};
        if (!has[0] && !has[1]) {
            continue;
        }
        if (in->format != UOP_FORMAT_JUMP) {
            return 0;
        }
        size_t to[2] = {in->jump_target, in->error_target}, local[2] = {0, 0};
        for (int h = 0; h < 2; h++) {
            if (!has[h]) {
                continue;
            }
            if (to[h] < stubs_from || to[h] >= length) {
                return 0;
            }
            size_t r = len;
            while (r < n && from[r] != to[h]) {
                r++;
            }
            if (r == n) {
                if (n >= UOP_MAX_TRACE_LENGTH) {
                    return 0;
                }
                from[n] = (uint16_t)to[h];
                out[n++] = trace[to[h]];
            }
            local[h] = r;
        }
        if (local[0] > 0xffff || local[1] > 0xffff) {
            return 0;
        }
        out[i].jump_target = (uint16_t)local[0];
        out[i].error_target = (uint16_t)local[1];
    }
    return n;
}

/* A segment placed in an executor: positions at .. at+len of its trace run fused group. */
typedef struct {
    uint16_t at, len;
    int32_t group;
} tf_piece;

/* Where the trace's stubs start: after the main trace's terminator (0: none found). */
static size_t
tf_stubs_from(const _PyUOpInstruction *trace, size_t length)
{
    for (size_t k = 0; k < length; k++) {
        if (tf_is_stub_uop(trace[k].opcode)) {
            return k + 1;
        }
    }
    return 0;
}

/* The segments for a trace, longest first at each position; returns how many. */
static size_t
tf_segment_plan(const _PyUOpInstruction *trace, size_t length, tf_piece *pieces)
{
    static _PyUOpInstruction local[UOP_MAX_TRACE_LENGTH];
    size_t stubs_from = tf_stubs_from(trace, length);
    if (tf_seg.groups == 0 || stubs_from < 2 || length > UOP_MAX_TRACE_LENGTH) {
        return 0;
    }
    /* Positions a jump goes to: a segment may only start there. */
    unsigned char entry[UOP_MAX_TRACE_LENGTH];
    memset(entry, 0, sizeof(entry));
    entry[0] = 1;
    for (size_t k = 0; k < stubs_from; k++) {
        if (trace[k].format == UOP_FORMAT_JUMP) {
            if (trace[k].jump_target < stubs_from) {
                entry[trace[k].jump_target] = 1;
            }
            if (trace[k].error_target < stubs_from) {
                entry[trace[k].error_target] = 1;
            }
        }
    }
    size_t np = 0, last = stubs_from - 1; /* the terminator stays stitched */
    for (size_t pos = 0; pos < last;) {
        size_t ends[TF_SEG_MAX_DEPTH];
        int32_t end_node[TF_SEG_MAX_DEPTH];
        size_t nends = 0;
        int32_t node = 0;
        for (size_t k = pos; k < last && k - pos < TF_SEG_MAX_DEPTH; k++) {
            if (k > pos && entry[k]) {
                break;
            }
            node = tf_seg_child(node, trace[k].opcode);
            if (node < 0) {
                break;
            }
            if (tf_seg.node_first[node] >= 0) {
                ends[nends] = k - pos + 1;
                end_node[nends++] = node;
            }
        }
        int32_t found = -1;
        size_t found_len = 0;
        for (size_t e = nends; e-- > 0 && found < 0;) {
            size_t n = tf_segment_local(trace, length, stubs_from, pos, ends[e], local);
            for (int32_t g = n ? tf_seg.node_first[end_node[e]] : -1; g >= 0; g = tf_seg.group_next[g]) {
                if (tf_fused_matches(&tf_fused_groups[g], local, n) && TF_FUSED_USABLE(g)) {
                    found = g;
                    found_len = ends[e];
                    break;
                }
            }
        }
        if (found < 0) {
            pos++;
            continue;
        }
        pieces[np].at = (uint16_t)pos;
        pieces[np].len = (uint16_t)found_len;
        pieces[np].group = found;
        np++;
        pos += found_len;
    }
    return np;
}

/* Adds what an executor ran to the totals (at its free, or at exit for live ones). In
 * counting mode a fused executor's entries are its first position's count: the uop every
 * entry runs first, from the shim and from a side exit alike. */
static void
tf_account(const tf_fused_executor *r, uint64_t *entered, uint64_t *entries, uint64_t *uops_fused,
           uint64_t *uops_stitched, uint64_t *segment_entries)
{
    uint64_t ran = 0, ran_fused = 0;
    for (size_t k = 0; r->counts != NULL && k < r->length; k++) {
        ran += r->counts[k];
        ran_fused += r->fused_at != NULL && r->fused_at[k] ? r->counts[k] : 0;
    }
    *segment_entries += r->segment_entries;
    uint64_t in = r->counts != NULL && r->length > 0 ? r->counts[0] : r->entries;
    if (r->fused_at != NULL) {
        /* Segmented: the positions fused code runs, and the rest stitched. */
        *uops_fused += ran_fused;
        *uops_stitched += ran - ran_fused;
    }
    else if (r->trace >= 0) {
        *entered += in > 0;
        *entries += in;
        *uops_fused += ran;
    }
    else {
        *uops_stitched += ran;
    }
}

static void
tf_report(void)
{
    uint64_t entered = tf_hook.entered, entries = tf_hook.entries;
    uint64_t uops_fused = tf_hook.uops_fused, uops_stitched = tf_hook.uops_stitched;
    uint64_t segment_entries = tf_hook.segment_entries;
    for (tf_fused_executor *r = tf_hook.live; r != NULL; r = r->next) {
        tf_account(r, &entered, &entries, &uops_fused, &uops_stitched, &segment_entries);
    }
    FILE *out = strcmp(tf_hook.stats, "-") == 0 ? stderr : fopen(tf_hook.stats, "a");
    if (out == NULL) {
        return;
    }
    fprintf(out,
            "tracefuse: pid=%ld fused=%llu stitched=%llu refused=%llu entered=%llu "
            "entries=%llu emit_ns=%llu warmed=%llu fused_code=%llu fused_memory=%llu "
            "stitched_code=%llu stitched_memory=%llu fused_traces=%d exits_warmed=%llu\n",
            (long)getpid(), (unsigned long long)tf_hook.fused,
            (unsigned long long)tf_hook.stitched, (unsigned long long)tf_hook.refused,
            (unsigned long long)entered, (unsigned long long)entries,
            (unsigned long long)tf_hook.emit_ns, (unsigned long long)tf_hook.warmed,
            (unsigned long long)tf_hook.fused_code, (unsigned long long)tf_hook.fused_memory,
            (unsigned long long)tf_hook.stitched_code,
            (unsigned long long)tf_hook.stitched_memory, (int)TF_FUSED_COUNT,
            (unsigned long long)tf_hook.exits_warmed);
    /* Segments: a line of its own, so that readers of the first line are unchanged. */
    fprintf(out,
            "tracefuse-segments: pid=%ld segmented=%llu segment_stencils=%llu segment_uops=%llu "
            "segment_entries=%llu segment_refused=%llu segment_emit_ns=%llu segment_code=%llu "
            "segment_memory=%llu segment_stitched_code=%llu segment_stitched_memory=%llu "
            "segments_loaded=%d\n",
            (long)getpid(), (unsigned long long)tf_hook.segmented,
            (unsigned long long)tf_hook.segment_stencils, (unsigned long long)tf_hook.segment_uops,
            (unsigned long long)segment_entries, (unsigned long long)tf_hook.segment_refused,
            (unsigned long long)tf_hook.segment_emit_ns, (unsigned long long)tf_hook.segment_code,
            (unsigned long long)tf_hook.segment_memory,
            (unsigned long long)tf_hook.segment_stitched_code,
            (unsigned long long)tf_hook.segment_stitched_memory, tf_seg.groups);
    if (tf_hook.counting) {
        /* One more line, so that a counting run's line is never mistaken for a normal one. */
        fprintf(out,
                "tracefuse-count: pid=%ld uops_fused=%llu uops_stitched=%llu uncounted=%llu\n",
                (long)getpid(), (unsigned long long)uops_fused, (unsigned long long)uops_stitched,
                (unsigned long long)tf_hook.uncounted);
    }
    if (out != stderr) {
        fclose(out);
    }
}

/* A forked child inherits its parent's counters and executors: it starts from zero, so
 * that its line says what it did itself and nothing is counted twice. */
static void
tf_forked(void)
{
    tf_hook.fused = tf_hook.stitched = tf_hook.refused = tf_hook.entered = tf_hook.entries = 0;
    tf_hook.emit_ns = tf_hook.warmed = tf_hook.exits_warmed = 0;
    tf_hook.fused_code = tf_hook.fused_memory = tf_hook.stitched_code = tf_hook.stitched_memory = 0;
    tf_hook.uops_fused = tf_hook.uops_stitched = tf_hook.uncounted = 0;
    tf_hook.segmented = tf_hook.segment_stencils = tf_hook.segment_uops = 0;
    tf_hook.segment_entries = tf_hook.segment_refused = tf_hook.segment_emit_ns = 0;
    tf_hook.segment_code = tf_hook.segment_memory = 0;
    tf_hook.segment_stitched_code = tf_hook.segment_stitched_memory = 0;
    for (tf_fused_executor *r = tf_hook.live; r != NULL; r = r->next) {
        r->entries = 0;
        r->segment_entries = 0;
        if (r->counts != NULL) {
            memset(r->counts, 0, r->length * sizeof(uint64_t));
        }
    }
}

/* The environment, at the first code object or executor (state 0 -> 2, or 3). The pack is
 * read later, when the first executor forms (tf_load): a run that forms none (most
 * start-ups at CPython's thresholds) never reads it — reading and checking it touches
 * every hole of every stencil, about a million instructions and the pages they are on. */
static void
tf_setup(void)
{
    const char *on = getenv("PYTHON_TRACEFUSE");
    tf_hook.state = (on != NULL && strcmp(on, "0") == 0) ? 2 : 3;
    const char *warm = getenv("TRACEFUSE_WARM");
    tf_hook.warm = tf_hook.state == 3 && !(warm != NULL && strcmp(warm, "0") == 0);
    const char *corrupt = getenv("TRACEFUSE_CORRUPT");
    if (corrupt != NULL && corrupt[0] != '\0' && strcmp(corrupt, "0") != 0) {
        tf_hook.corrupt = strcmp(corrupt, "1") == 0 ? "" : corrupt;
    }
    for (size_t k = 0; k < TF_WARM_COUNT; k++) {
        unsigned l = (unsigned)tf_warm_locations[k].first_line & 4095u;
        tf_hook.warm_lines[l >> 3] |= (uint8_t)(1u << (l & 7));
    }
    tf_hook.stats = getenv("TRACEFUSE_STATS");
    int stats = tf_hook.stats != NULL && tf_hook.stats[0] != '\0';
    const char *count = getenv("TRACEFUSE_COUNT");
    if (count != NULL && count[0] != '\0' && strcmp(count, "0") != 0) {
#if defined(__x86_64__)
        tf_hook.counting = stats;
        if (!stats) {
            fprintf(stderr, "tracefuse: TRACEFUSE_COUNT counts only with TRACEFUSE_STATS set\n");
        }
#else
        fprintf(stderr, "tracefuse: TRACEFUSE_COUNT counts on x86-64 only: not counting\n");
#endif
    }
    if (stats) {
        atexit(tf_report);
        pthread_atfork(NULL, NULL, tf_forked);
    }
}

/* The pack, when the first executor forms (state 3 -> 1, or 2 when it cannot be read:
 * then every trace is stitched; loops warmed before stay warmed, which only forms their
 * executors early). */
static void
tf_load(void)
{
    const char *why = tf_pack_load(tf_pack_blob, (size_t)(tf_pack_blob_end - tf_pack_blob));
    if (why != NULL) {
        fprintf(stderr, "tracefuse: %s: every trace is stitched\n", why);
        tf_hook.state = 2;
        tf_hook.warm = 0;
        return;
    }
    tf_hook.state = 1;
    tf_link_symbols(tf_hook.symbols);
    const char *segments = getenv("TRACEFUSE_SEGMENTS");
    tf_hook.segments_on = !(segments != NULL && strcmp(segments, "0") == 0);
    if (tf_hook.segments_on) {
        tf_seg_build();
    }
    tf_hook.executor_symbol = -1;
    for (int s = 0; s < TF_SYMBOL_COUNT; s++) {
        if (strcmp(tf_symbol_names[s], "_JIT_EXECUTOR") == 0) {
            tf_hook.executor_symbol = s;
        }
    }
}

static uint64_t
tf_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static size_t
tf_align(size_t n, size_t to)
{
    return (n + to - 1) & ~(to - 1);
}

/* Counting (TRACEFUSE_COUNT=1). Which uops a trace executes is a property of the trace,
 * not of the code that runs it: a fused stencil takes the same exits after the same uops
 * as CPython's stitching of the same trace (what the differential checks hold it to). So
 * the counting mode decides for every trace exactly what a normal run decides (the same
 * lookup; a fused trace is emitted, then thrown away, so that a stencil refusing its
 * values counts as stitched as it would run), and then runs every executor as CPython's
 * own stitching with one counter increment in front of each uop's code: every way into
 * uop k (falling through from k-1, a jump to k as a jump or error target, the back edge
 * of _JUMP_TO_TOP, the shim's call, a side exit's jump to the side entry) passes its
 * increment, so counts[k] is exactly how often uop k started. An executor's count is
 * added to uops_fused when a normal run would run its fused stencil, to uops_stitched
 * otherwise. The stencils are untouched: this mode runs no fused code, a normal run no
 * counters. */
#if defined(__x86_64__)
/* movabs rax, COUNTER; inc qword ptr [rax]. Between stencils only frame, stack pointer
 * and thread state are live (r12, r13, r14 in the stencils' calling convention): rax and
 * the flags are free. */
#define TF_COUNTER_SIZE 13

static void
tf_write_counter(unsigned char *at, uint64_t *counter)
{
    uint64_t address = (uint64_t)(uintptr_t)counter;
    at[0] = 0x48;
    at[1] = 0xb8;
    memcpy(at + 2, &address, sizeof(address));
    at[10] = 0x48;
    at[11] = 0xff;
    at[12] = 0x00;
}
#else
#define TF_COUNTER_SIZE 0

static void
tf_write_counter(unsigned char *at, uint64_t *counter)
{
    (void)at, (void)counter;
}
#endif

/* 1: not counted (CPython stitches it, uncounted); 0: installed with counters; -1: error.
 * `t`: the fused trace a normal run would use for this executor, or -1. */
static int
tf_count_compile(_PyExecutorObject *executor, const _PyUOpInstruction *trace, size_t length, int t,
                 unsigned char *fused_at)
{
    /* Every group's code is copied as CPython copies it; a group that needs trampolines
     * (none on x86-64) or has no emitter is left to CPython, and counted as uncounted. */
    size_t code_size = shim.code_size, data_size = shim.data_size;
    int plain = shim.emit != NULL && length <= UOP_MAX_TRACE_LENGTH;
    const StencilGroup *fatal = &stencil_groups[_FATAL_ERROR];
    for (size_t k = 0; k <= length && plain; k++) {
        const StencilGroup *g = k < length ? &stencil_groups[trace[k].opcode] : fatal;
        for (size_t w = 0; w < Py_ARRAY_LENGTH(g->trampoline_mask); w++) {
            plain &= g->trampoline_mask[w] == 0;
        }
        plain &= g->emit != NULL;
        code_size += g->code_size + (k < length ? TF_COUNTER_SIZE : 0);
        data_size += g->data_size;
    }
    if (!plain) {
        tf_hook.uncounted++;
        PyMem_RawFree(fused_at);
        return 1;
    }
    tf_fused_executor *rec = PyMem_RawCalloc(1, sizeof(*rec));
    uint64_t *counts = PyMem_RawCalloc(length > 0 ? length : 1, sizeof(uint64_t));
    if (rec == NULL || counts == NULL) {
        PyMem_RawFree(rec);
        PyMem_RawFree(counts);
        PyMem_RawFree(fused_at);
        PyErr_NoMemory();
        return -1;
    }
    size_t total = tf_align(code_size + data_size + 1, get_page_size());
    unsigned char *memory = jit_alloc(total);
    if (memory == NULL) {
        PyMem_RawFree(rec);
        PyMem_RawFree(counts);
        PyMem_RawFree(fused_at);
        return -1;
    }
    jit_state state;
    memset(&state, 0, sizeof(state));
    size_t at = shim.code_size;
    for (size_t k = 0; k < length; k++) {
        state.instruction_starts[k] = (uintptr_t)(memory + at);
        at += TF_COUNTER_SIZE + stencil_groups[trace[k].opcode].code_size;
    }
    unsigned char *code = memory, *data = memory + code_size;
    shim.emit(code, data, executor, NULL, &state);
    code += shim.code_size;
    data += shim.data_size;
    for (size_t k = 0; k < length; k++) {
        const StencilGroup *g = &stencil_groups[trace[k].opcode];
        tf_write_counter(code, &counts[k]);
        code += TF_COUNTER_SIZE;
        g->emit(code, data, executor, &trace[k], &state);
        code += g->code_size;
        data += g->data_size;
    }
    fatal->emit(code, data, executor, NULL, &state);
    if (mark_executable(memory, total)) {
        jit_free(memory, total);
        PyMem_RawFree(rec);
        PyMem_RawFree(counts);
        PyMem_RawFree(fused_at);
        return -1;
    }
    executor->jit_code = memory;
    executor->jit_side_entry = memory + shim.code_size;
    executor->jit_size = total;
    rec->executor = executor;
    rec->trace = t;
    rec->counts = counts;
    rec->fused_at = fused_at;
    rec->length = length;
    rec->next = tf_hook.live;
    tf_hook.live = rec;
    return 0;
}

/* Installs the trace with segments in place (pieces, from tf_segment_plan) and every other
 * position stitched from CPython's own stencils, in trace order: shim, positions 0 ..
 * length (a segment's code where it starts, nothing for the positions it covers), then
 * CPython's _FATAL_ERROR stencil, the segments' trampolines, then data (the shim's and
 * the stitched stencils' as CPython lays them, then each segment's aligned to 16). A
 * stitched stencil's jump and error targets are instruction_starts of the stubs, which
 * are stitched; a stub only segments jump to is left out (they run their own copies). A
 * position a segment covers is no jump's destination (tf_segment_plan); its start, and a
 * left-out stub's, is set to _FATAL_ERROR's code so that a wrong jump stops loudly. 1: not installed (stitch: a stitched stencil needs trampolines, or a
 * segment refused a value), 0: installed, -1: error. */
static int
tf_segmented_compile(_PyExecutorObject *executor, const _PyUOpInstruction *trace, size_t length,
                     const tf_piece *pieces, size_t np)
{
    static _PyUOpInstruction local[UOP_MAX_TRACE_LENGTH];
    static const uintptr_t no_exits[UOP_MAX_TRACE_LENGTH];
    uint64_t start = tf_now_ns();
    const StencilGroup *fatal = &stencil_groups[_FATAL_ERROR];
    size_t code_size = shim.code_size, data_size = shim.data_size, seg_data = 0, tramp = 0;
    int plain = 1;
    for (size_t w = 0; w < Py_ARRAY_LENGTH(shim.trampoline_mask); w++) {
        plain &= shim.trampoline_mask[w] == 0;
    }
    /* A stub only segments jump to (they run their own copies) is not laid out. */
    size_t stubs_from = tf_stubs_from(trace, length);
    unsigned char unused[UOP_MAX_TRACE_LENGTH];
    memset(unused, 0, sizeof(unused));
    if (stubs_from > 0 && length <= UOP_MAX_TRACE_LENGTH) {
        memset(unused + stubs_from, 1, length - stubs_from);
        size_t q = 0;
        for (size_t k = 0; k < stubs_from; k++) {
            if (q < np && pieces[q].at == k) {
                k += pieces[q].len - 1;
                q++;
                continue;
            }
            if (trace[k].format == UOP_FORMAT_JUMP) {
                if (trace[k].jump_target < length) {
                    unused[trace[k].jump_target] = 0;
                }
                if (trace[k].error_target < length) {
                    unused[trace[k].error_target] = 0;
                }
            }
        }
    }
    size_t p = 0, covered = 0;
    for (size_t k = 0; k <= length; k++) {
        if (k < length && unused[k]) {
            continue;
        }
        if (p < np && pieces[p].at == k) {
            const tf_stencil_group *g = &tf_fused_groups[pieces[p].group].group;
            code_size += g->code_size;
            seg_data = tf_align(seg_data, 16) + g->data_size;
            tramp += g->trampolines * TF_TRAMPOLINE_SIZE;
            covered += pieces[p].len;
            k += pieces[p].len - 1;
            p++;
            continue;
        }
        const StencilGroup *g = k < length ? &stencil_groups[trace[k].opcode] : fatal;
        for (size_t w = 0; w < Py_ARRAY_LENGTH(g->trampoline_mask); w++) {
            plain &= g->trampoline_mask[w] == 0;
        }
        plain &= g->emit != NULL;
        code_size += g->code_size;
        data_size += g->data_size;
    }
    if (!plain) {
        return 1;
    }
    size_t page = get_page_size();
    size_t data_at = tf_align(code_size + tramp, 16);
    size_t seg_data_at = tf_align(data_at + data_size, 16);
    size_t total = tf_align(seg_data_at + seg_data + 1, page);
    tf_fused_executor *rec = PyMem_RawCalloc(1, sizeof(*rec));
    if (rec == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    unsigned char *memory = jit_alloc(total);
    if (memory == NULL) {
        PyMem_RawFree(rec);
        return -1;
    }
    /* Where each position's code starts: the first pass again, with addresses. */
    jit_state state;
    memset(&state, 0, sizeof(state));
    uintptr_t fatal_at = (uintptr_t)memory + code_size - fatal->code_size;
    size_t at = shim.code_size;
    p = 0;
    for (size_t k = 0; k < length; k++) {
        state.instruction_starts[k] = (uintptr_t)memory + at;
        if (unused[k]) {
            state.instruction_starts[k] = fatal_at;
            continue;
        }
        if (p < np && pieces[p].at == k) {
            at += tf_fused_groups[pieces[p].group].group.code_size;
            for (size_t i = 1; i < pieces[p].len; i++) {
                state.instruction_starts[k + i] = fatal_at;
            }
            k += pieces[p].len - 1;
            p++;
            continue;
        }
        at += stencil_groups[trace[k].opcode].code_size;
    }
    uintptr_t symbols[TF_SYMBOL_COUNT + 1];
    memcpy(symbols, tf_hook.symbols, sizeof(symbols));
    if (tf_hook.executor_symbol >= 0) {
        symbols[tf_hook.executor_symbol] = (uintptr_t)executor;
    }
    unsigned char *code = memory, *data = memory + data_at, *sdata = memory + seg_data_at;
    unsigned char *tramps = memory + code_size;
    shim.emit(code, data, executor, NULL, &state);
    code += shim.code_size;
    data += shim.data_size;
    const char *refused = NULL;
    p = 0;
    for (size_t k = 0; k < length; k++) {
        if (unused[k]) {
            continue;
        }
        if (p < np && pieces[p].at == k) {
            const tf_fused_group *fg = &tf_fused_groups[pieces[p].group];
            size_t n = tf_segment_local(trace, length, stubs_from, k, pieces[p].len, local);
            if (tf_hook.corrupt != NULL && strstr(fg->trace, tf_hook.corrupt) != NULL) {
                for (size_t i = 0; i < n; i++) {
                    if (local[i].opcode == _LOAD_CONST_INLINE_BORROW) {
                        local[i].operand0 = (uint64_t)(uintptr_t)Py_None;
                        break;
                    }
                }
            }
            sdata = memory + tf_align((size_t)(sdata - memory), 16);
            tf_emit_ctx c;
            memset(&c, 0, sizeof(c));
            c.code = code;
            c.data = sdata;
            c.instructions = local;
            c.continue_to = (uintptr_t)code + fg->group.code_size;
            c.exit_targets = no_exits;
            c.symbols = symbols;
            c.entry_count = &rec->segment_entries;
            c.trampolines = c.trampolines_next = tramps;
            c.trampolines_end = tramps + fg->group.trampolines * TF_TRAMPOLINE_SIZE;
            tf_emit(&fg->group, &c);
            if (n == 0 || c.error != NULL) {
                refused = c.error != NULL ? c.error : "the stretch no longer renumbers";
                break;
            }
            code += fg->group.code_size;
            sdata += fg->group.data_size;
            tramps = c.trampolines_end;
            k += pieces[p].len - 1;
            p++;
            continue;
        }
        const StencilGroup *g = &stencil_groups[trace[k].opcode];
        g->emit(code, data, executor, &trace[k], &state);
        code += g->code_size;
        data += g->data_size;
    }
    if (refused == NULL) {
        fatal->emit(code, data, executor, NULL, &state);
    }
    if (refused != NULL) {
        /* A value that does not fit its field: stitch the whole trace instead. */
        jit_free(memory, total);
        PyMem_RawFree(rec);
        tf_hook.segment_refused++;
        return 1;
    }
    if (tf_hook.counting) {
        /* Emitted as a normal run would, to take the same decision; runs counted. */
        jit_free(memory, total);
        PyMem_RawFree(rec);
    }
    else if (mark_executable(memory, total)) {
        jit_free(memory, total);
        PyMem_RawFree(rec);
        return -1;
    }
    else {
        executor->jit_code = memory;
        executor->jit_side_entry = memory + shim.code_size;
        executor->jit_size = total;
        rec->executor = executor;
        rec->trace = -1;
        rec->segments = (int)np;
        rec->next = tf_hook.live;
        tf_hook.live = rec;
    }
    tf_hook.segmented++;
    tf_hook.segment_stencils += np;
    tf_hook.segment_uops += covered;
    tf_hook.segment_emit_ns += tf_now_ns() - start;
    size_t st_code = shim.code_size + fatal->code_size, st_data = shim.data_size + fatal->data_size;
    for (size_t k = 0; k < length; k++) {
        st_code += stencil_groups[trace[k].opcode].code_size;
        st_data += stencil_groups[trace[k].opcode].data_size;
    }
    tf_hook.segment_code += code_size;
    tf_hook.segment_memory += total;
    tf_hook.segment_stitched_code += st_code;
    tf_hook.segment_stitched_memory += tf_align(st_code + st_data + 1, page);
    return 0;
}

/* Counting mode, segmented: 1 at each position fused code runs (a segment's, and a stub
 * only the segments' instructions jump to), for tf_account. NULL: no memory. */
static unsigned char *
tf_fused_positions(const _PyUOpInstruction *trace, size_t length, const tf_piece *pieces, size_t np)
{
    unsigned char *at = PyMem_RawCalloc(length ? length : 1, 1);
    if (at == NULL) {
        return NULL;
    }
    for (size_t p = 0; p < np; p++) {
        memset(at + pieces[p].at, 1, pieces[p].len);
    }
    size_t stubs_from = tf_stubs_from(trace, length);
    unsigned char *stitched_use = PyMem_RawCalloc(length ? length : 1, 1);
    if (stitched_use == NULL) {
        PyMem_RawFree(at);
        return NULL;
    }
    for (size_t k = 0; k < stubs_from; k++) {
        if (!at[k] && trace[k].format == UOP_FORMAT_JUMP) {
            if (trace[k].jump_target < length) {
                stitched_use[trace[k].jump_target] = 1;
            }
            if (trace[k].error_target < length) {
                stitched_use[trace[k].error_target] = 1;
            }
        }
    }
    for (size_t k = stubs_from; k < length; k++) {
        int from_segment = 0;
        for (size_t j = 0; j < stubs_from && !from_segment; j++) {
            from_segment = at[j] && trace[j].format == UOP_FORMAT_JUMP &&
                           (trace[j].jump_target == k || trace[j].error_target == k);
        }
        at[k] = from_segment && !stitched_use[k];
    }
    PyMem_RawFree(stitched_use);
    return at;
}

/* The exits of `executor` (its trace, fused stencil t) behind which the training run
 * formed side executors (tf_jit_warm.h, by trace name) get the training build's side-exit
 * warm-up instead of CPython's 4,096 exits, so those side executors form (and run their
 * fused stencils) as early as in training. Only while loops are warmed; an exit is
 * touched only when the stub is an _EXIT_TRACE whose operand is one of this executor's
 * exits. */
static void
tf_warm_exits(_PyExecutorObject *executor, const _PyUOpInstruction *trace, size_t length, int t)
{
    if (!tf_hook.warm || TF_SIDE_WARM_COUNT == 0) {
        return;
    }
    const char *name = tf_fused_groups[t].trace;
    size_t lo = 0, hi = TF_SIDE_WARM_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(tf_side_warm_traces[mid].trace, name) < 0) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    if (lo == TF_SIDE_WARM_COUNT || strcmp(tf_side_warm_traces[lo].trace, name) != 0) {
        return;
    }
    const tf_side_warm *w = &tf_side_warm_traces[lo];
    for (int k = 0; k < w->count; k++) {
        int s = tf_side_warm_stubs[w->first + k];
        if (s < 0 || (size_t)s >= length || trace[s].opcode != _EXIT_TRACE) {
            continue;
        }
        _PyExitData *exit = (_PyExitData *)(uintptr_t)trace[s].operand0;
        if (exit < executor->exits || exit >= executor->exits + executor->exit_count) {
            continue;
        }
        exit->temperature = make_backoff_counter(TF_SIDE_WARM_VALUE, SIDE_EXIT_INITIAL_BACKOFF);
        tf_hook.exits_warmed++;
    }
}

/* 1: not fused here (stitch); 0: installed; -1: error (an exception is set). */
static int
tf_fused_compile(_PyExecutorObject *executor, const _PyUOpInstruction *trace, size_t length)
{
    if (tf_hook.state == 0) {
        tf_setup();
    }
    if (tf_hook.state == 3) {
        tf_load();
    }
    if (tf_hook.state != 1) {
        return tf_hook.counting ? tf_count_compile(executor, trace, length, -1, NULL) : 1;
    }
    int t = tf_lookup_fused(trace, length);
    /* The shim calls the code right after it: the stencil must start at its entry, and
     * the shim must need no trampoline (none of CPython's does). A trace tree's stencil
     * needs its member traces' instructions, which this hook does not keep: stitch. */
    int shim_trampolines = 0;
    for (size_t w = 0; w < Py_ARRAY_LENGTH(shim.trampoline_mask); w++) {
        shim_trampolines |= shim.trampoline_mask[w] != 0;
    }
    if (t >= 0 && tf_is_segment(t)) {
        t = -1; /* a segment is never a whole trace's stencil */
    }
    if (t < 0 || tf_fused_groups[t].group.entry != 0 || tf_fused_groups[t].nmembers != 0 ||
        shim_trampolines) {
        tf_hook.stitched++;
        static tf_piece pieces[UOP_MAX_TRACE_LENGTH];
        uint64_t looked = tf_now_ns();
        size_t np = tf_hook.segments_on && !shim_trampolines ? tf_segment_plan(trace, length, pieces) : 0;
        tf_hook.segment_emit_ns += tf_now_ns() - looked;
        if (np > 0) {
            int r = tf_segmented_compile(executor, trace, length, pieces, np);
            if (r <= 0 && !tf_hook.counting) {
                return r;
            }
            if (r < 0) {
                return r;
            }
            if (r == 0) {
                unsigned char *at = tf_fused_positions(trace, length, pieces, np);
                if (at == NULL) {
                    PyErr_NoMemory();
                    return -1;
                }
                return tf_count_compile(executor, trace, length, -1, at);
            }
        }
        return tf_hook.counting ? tf_count_compile(executor, trace, length, -1, NULL) : 1;
    }
    uint64_t start = tf_now_ns();
    const tf_stencil_group *g = &tf_fused_groups[t].group;
    size_t page = get_page_size();
    size_t code_size = shim.code_size + g->code_size;
    size_t tramp_size = g->trampolines * TF_TRAMPOLINE_SIZE;
    size_t data_at = tf_align(code_size + tramp_size, 16);
    size_t stencil_data_at = data_at + tf_align(shim.data_size, 16);
    size_t total = tf_align(stencil_data_at + g->data_size + 1, page);
    tf_fused_executor *rec = PyMem_RawCalloc(1, sizeof(*rec));
    if (rec == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    unsigned char *memory = jit_alloc(total);
    if (memory == NULL) {
        PyMem_RawFree(rec);
        return -1;
    }
    jit_state state;
    memset(&state, 0, sizeof(state));
    shim.emit(memory, memory + data_at, executor, NULL, &state);

    static _PyUOpInstruction corrupted[UOP_MAX_TRACE_LENGTH];
    const _PyUOpInstruction *insts = trace;
    if (tf_hook.corrupt != NULL && strstr(tf_fused_groups[t].trace, tf_hook.corrupt) != NULL &&
        length <= UOP_MAX_TRACE_LENGTH) {
        memcpy(corrupted, trace, length * sizeof(*trace));
        for (size_t k = 0; k < length; k++) {
            if (corrupted[k].opcode == _LOAD_CONST_INLINE_BORROW) {
                corrupted[k].operand0 = (uint64_t)(uintptr_t)Py_None;
                break;
            }
        }
        insts = corrupted;
    }
    static const uintptr_t no_exits[UOP_MAX_TRACE_LENGTH];
    uintptr_t symbols[TF_SYMBOL_COUNT + 1];
    memcpy(symbols, tf_hook.symbols, sizeof(symbols));
    if (tf_hook.executor_symbol >= 0) {
        symbols[tf_hook.executor_symbol] = (uintptr_t)executor;
    }
    tf_emit_ctx c;
    memset(&c, 0, sizeof(c));
    c.code = memory + shim.code_size;
    c.data = memory + stencil_data_at;
    c.instructions = insts;
    c.exit_targets = no_exits;
    c.symbols = symbols;
    c.entry_count = &rec->entries;
    c.trampolines = c.trampolines_next = memory + code_size;
    c.trampolines_end = memory + code_size + tramp_size;
    tf_emit(g, &c);
    if (c.error != NULL) {
        /* A value that does not fit its field: this stencil cannot hold this trace. */
        jit_free(memory, total);
        PyMem_RawFree(rec);
        tf_hook.refused++;
        return tf_hook.counting ? tf_count_compile(executor, trace, length, -1, NULL) : 1;
    }
    tf_warm_exits(executor, trace, length, t);
    if (tf_hook.counting) {
        /* Emitted as a normal run would, to take the same decision; runs counted. */
        jit_free(memory, total);
        PyMem_RawFree(rec);
    }
    else if (mark_executable(memory, total)) {
        jit_free(memory, total);
        PyMem_RawFree(rec);
        return -1;
    }
    else {
        executor->jit_code = memory;
        executor->jit_side_entry = memory + shim.code_size;
        executor->jit_size = total;
        rec->executor = executor;
        rec->trace = t;
        rec->next = tf_hook.live;
        tf_hook.live = rec;
    }
    tf_hook.fused++;
    tf_hook.emit_ns += tf_now_ns() - start;
    size_t st_code = shim.code_size + stencil_groups[_FATAL_ERROR].code_size;
    size_t st_data = shim.data_size + stencil_groups[_FATAL_ERROR].data_size;
    for (size_t k = 0; k < length; k++) {
        st_code += stencil_groups[trace[k].opcode].code_size;
        st_data += stencil_groups[trace[k].opcode].data_size;
    }
    tf_hook.fused_code += code_size;
    tf_hook.fused_memory += total;
    tf_hook.stitched_code += st_code;
    tf_hook.stitched_memory += tf_align(st_code + st_data + 1, page);
    return tf_hook.counting ? tf_count_compile(executor, trace, length, t, NULL) : 0;
}

static void
tf_fused_free(_PyExecutorObject *executor)
{
    for (tf_fused_executor **p = &tf_hook.live; *p != NULL; p = &(*p)->next) {
        tf_fused_executor *r = *p;
        if (r->executor == executor) {
            tf_account(r, &tf_hook.entered, &tf_hook.entries, &tf_hook.uops_fused,
                       &tf_hook.uops_stitched, &tf_hook.segment_entries);
            *p = r->next;
            PyMem_RawFree(r->counts);
            PyMem_RawFree(r->fused_at);
            PyMem_RawFree(r);
            return;
        }
    }
}

/* The training run's trace locations: a code object whose file (base name), qualified
 * name and first line match one gets the training build's JUMP_BACKWARD counter at the
 * recorded offset, so the loop forms its trace after as many iterations as it did there. */
void _PyTF_WarmCode(PyCodeObject *co);

void
_PyTF_WarmCode(PyCodeObject *co)
{
    if (TF_WARM_COUNT == 0) {
        return;
    }
    if (tf_hook.state == 0) {
        tf_setup();
    }
    int line = co->co_firstlineno;
    if (!tf_hook.warm || !(tf_hook.warm_lines[((unsigned)line & 4095u) >> 3] & (1u << (line & 7)))) {
        return;
    }
    size_t lo = 0, hi = TF_WARM_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tf_warm_locations[mid].first_line < line) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    const char *qualname = NULL, *file = NULL;
    for (; lo < TF_WARM_COUNT && tf_warm_locations[lo].first_line == line; lo++) {
        const tf_warm_location *w = &tf_warm_locations[lo];
        if (qualname == NULL) {
            qualname = PyUnicode_AsUTF8(co->co_qualname);
            const char *path = PyUnicode_AsUTF8(co->co_filename);
            if (qualname == NULL || path == NULL) {
                PyErr_Clear();
                return;
            }
            const char *slash = strrchr(path, '/');
            file = slash != NULL ? slash + 1 : path;
        }
        if (strcmp(w->qualname, qualname) != 0 || strcmp(w->file, file) != 0) {
            continue;
        }
        Py_ssize_t at = w->offset / (int)sizeof(_Py_CODEUNIT);
        if (at + 1 < Py_SIZE(co) && _PyCode_CODE(co)[at].op.code == JUMP_BACKWARD) {
            _PyCode_CODE(co)[at + 1].counter =
                make_backoff_counter(TF_WARM_VALUE, JUMP_BACKWARD_INITIAL_BACKOFF);
            tf_hook.warmed++;
        }
    }
}
