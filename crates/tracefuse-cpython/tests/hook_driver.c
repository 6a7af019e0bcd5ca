/* Runs tracefuse's hook inside the fixture's jit.c (compiled with it by tests/cpython/fuse.rs):
 * the runtime the fixture's headers declare, then main, which hands _PyJIT_Compile the
 * recorded trace the pack fuses, a trace only a segment of the pack serves, and traces
 * nothing serves, and checks what each left: the first two installed in read+execute
 * memory by the hook, the others stitched (nothing installed by the fixture's stitcher).
 * Prints one line per trace; exits non-zero on a wrong outcome. */
#include "Python.h"
#include "pycore_fixture.h"
#include "pycore_fixture_jit.h"
#define NEED_OPCODE_METADATA /* _PyUop_Flags, which the hook reads, is defined here */
#include "pycore_opcode_metadata.h"
#include "pycore_uop_metadata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int _PyJIT_Compile(_PyExecutorObject *executor, const _PyUOpInstruction trace[], size_t length);
void _PyJIT_Free(_PyExecutorObject *executor);
void fixture_init_code(PyCodeObject *co);

PyTypeObject PyLong_Type = {1};
PyObject _Py_NoneStruct = {1, NULL};

_Noreturn void
Py_FatalError(const char *message)
{
    fprintf(stderr, "fatal: %s\n", message);
    abort();
}

void *PyMem_RawCalloc(size_t count, size_t size) { return calloc(count, size); }
void PyMem_RawFree(void *p) { free(p); }
PyObject *PyErr_NoMemory(void) { return NULL; }
void PyErr_Clear(void) {}
/* A str: its UTF-8 text after the object header. */
typedef struct {
    PyObject base;
    const char *text;
} FixtureStr;
const char *PyUnicode_AsUTF8(PyObject *s) { return s != NULL ? ((FixtureStr *)s)->text : ""; }
PyObject *PyNumber_TrueDivide(PyObject *a, PyObject *b) { (void)a, (void)b; return NULL; }
void fixture_dealloc(PyObject *o) { (void)o; }
void _PyCode_Quicken(FixtureCodeUnit *instructions, Py_ssize_t size, int enable_counters)
{
    (void)instructions, (void)size, (void)enable_counters;
}

/* tests/cpython/fuse.rs's TRACE, as the optimizer hands it over: the trace, then its stubs. */
/* Fields: opcode, format (UOP_FORMAT_JUMP for the uops that jump to stubs), oparg, target
 * (jump stub | error stub << 16 for those), operand0, operand1. */
static const _PyUOpInstruction divide_locals[] = {
    {_RECORD_IP, 0, 0, {0}, 4096, 0},
    {_PUSH_LOCAL_0, 0, 0, {0}, 0, 0},
    {_GUARD_TOP_IS_SMALL, UOP_FORMAT_JUMP, 0, {6}, 0, 0},
    {_PUSH_LOCAL, 0, 1, {0}, 0, 0},
    {_DIVIDE, UOP_FORMAT_JUMP, 0, {458752}, 0, 0},
    {_EXIT_TRACE, 0, 0, {0}, 8192, 0},
    {_DEOPT, 0, 0, {17}, 0, 0},
    {_ERROR_POP_N, 0, 0, {0}, 12, 0},
};
#define LENGTH (sizeof(divide_locals) / sizeof(divide_locals[0]))

/* want_fused: 1 when the hook installs the trace (a fused stencil, or segments in place). */
static int
compile(const char *what, const _PyUOpInstruction *trace, int want_fused)
{
    _PyExecutorObject executor;
    memset(&executor, 0, sizeof(executor));
    if (_PyJIT_Compile(&executor, trace, LENGTH) != 0) {
        printf("%s: _PyJIT_Compile failed\n", what);
        return 1;
    }
    int fused = executor.jit_code != NULL;
    printf("%s: %s, %zu bytes mapped\n", what, fused ? "fused" : "stitched", executor.jit_size);
    int wrong = fused != want_fused;
    if (fused && (executor.jit_side_entry == NULL || executor.jit_size == 0)) {
        printf("%s: installed without an entry or a size\n", what);
        wrong = 1;
    }
    _PyJIT_Free(&executor);
    return wrong;
}

/* The recorded trace with its _EXIT_TRACE stub (5) naming the executor's exit 0, as CPython
 * hands it over: the warm table (tests/cpython/fuse.rs) says the training run formed a side
 * executor behind stub 5, so installing the fused stencil gives exit 0 the training
 * side-exit value. With `foreign`, the stub names memory that is not one of the executor's
 * exits: nothing is touched. */
static int
warm_exit(const char *what, int foreign)
{
    static _PyExecutorObject executor;
    static _PyExitData elsewhere;
    const uint16_t sentinel = 0xfff1;
    memset(&executor, 0, sizeof(executor));
    executor.exit_count = 1;
    executor.exits[0].temperature.value_and_backoff = sentinel;
    elsewhere.temperature.value_and_backoff = sentinel;
    _PyUOpInstruction trace[LENGTH];
    memcpy(trace, divide_locals, sizeof(trace));
    trace[5].operand0 = (uint64_t)(uintptr_t)(foreign ? &elsewhere : &executor.exits[0]);
    if (_PyJIT_Compile(&executor, trace, LENGTH) != 0 || executor.jit_code == NULL) {
        printf("%s: not fused\n", what);
        return 1;
    }
    uint16_t want = make_backoff_counter(63, SIDE_EXIT_INITIAL_BACKOFF).value_and_backoff;
    uint16_t got = executor.exits[0].temperature.value_and_backoff;
    int wrong = foreign ? (got != sentinel || elsewhere.temperature.value_and_backoff != sentinel)
                        : got != want;
    printf("%s: fused, temperature %s\n", what,
           got == want ? "63 << 4 | 12" : got == sentinel ? "untouched" : "wrong");
    _PyJIT_Free(&executor);
    return wrong;
}

/* A new code object of `units` code units with a JUMP_BACKWARD at byte offset 40, made
 * (fixture_init_code, where the hook warms); its counter after that. The warm table
 * (tests/cpython/fuse.rs) holds the fixture recording's loop: divide_all, first line 3,
 * invented.py, offset 40, warmed to 15. */
static uint16_t
made_counter(int first_line, const char *qualname, const char *file)
{
    enum { UNITS = 24 };
    static FixtureStr names[2];
    names[0].text = qualname;
    names[1].text = file;
    PyCodeObject *co = calloc(1, sizeof(PyCodeObject) + UNITS * sizeof(FixtureCodeUnit));
    if (co == NULL) {
        return 0;
    }
    co->size = UNITS;
    co->co_firstlineno = first_line;
    co->co_qualname = &names[0].base;
    co->co_filename = &names[1].base;
    co->co_code[20].op.code = JUMP_BACKWARD;
    co->co_code[21].counter.value_and_backoff = 0xfff1;
    fixture_init_code(co);
    uint16_t got = co->co_code[21].counter.value_and_backoff;
    free(co);
    return got;
}

/* The recorded loop is warmed; one on another first line in the same bit of the hook's
 * line filter (3 + 4096), of another name or file is not. */
static int
warm_loops(void)
{
    uint16_t want = make_backoff_counter(15, JUMP_BACKWARD_INITIAL_BACKOFF).value_and_backoff;
    struct {
        const char *what;
        int line;
        const char *qualname, *file;
        int warmed;
    } cases[] = {
        {"recorded loop", 3, "divide_all", "/somewhere/invented.py", 1},
        {"same filter bit", 3 + 4096, "divide_all", "invented.py", 0},
        {"other name", 3, "divide_some", "invented.py", 0},
        {"other file", 3, "divide_all", "other.py", 0},
    };
    int wrong = 0;
    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        uint16_t got = made_counter(cases[k].line, cases[k].qualname, cases[k].file);
        int warmed = got == want;
        printf("%s: %s\n", cases[k].what, warmed ? "warmed" : got == 0xfff1 ? "cold" : "wrong");
        wrong |= warmed != cases[k].warmed || (!warmed && got != 0xfff1);
    }
    return wrong;
}

int
main(void)
{
    int wrong = compile("divide_locals", divide_locals, 1);
    wrong |= warm_exit("warmed exit", 0);
    wrong |= warm_exit("foreign exit", 1);
    /* Another local: a build-time field the fused stencil folded, so it cannot serve. */
    _PyUOpInstruction other[LENGTH];
    memcpy(other, divide_locals, sizeof(other));
    other[3].oparg = 0;
    /* The segment seg00000_4 (instructions 1..5 with the stubs they reach, the local a
     * hole) serves it: installed with the segment in place of those four uops. */
    wrong |= compile("other_local", other, 1);
    /* The guard deopts through the error stub's position: the stretch's stub structure is
     * not the segment's, so no segment; nothing else serves it: stitched. */
    _PyUOpInstruction moved[LENGTH];
    memcpy(moved, other, sizeof(moved));
    moved[2].target = 7;
    moved[6] = moved[7];
    wrong |= compile("other_stubs", moved, 0);
    /* Another uop where the segment has _PUSH_LOCAL_0: stitched. */
    memcpy(other, divide_locals, sizeof(other));
    other[1].opcode = _PUSH_LOCAL;
    wrong |= compile("other_uop", other, 0);
    wrong |= warm_loops();
    return wrong;
}
