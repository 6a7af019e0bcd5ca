/* models.c: tracefuse's models of CPython's int and float runtime functions
 * (src/tf_cpython_models.h) against the real functions, in a CPython 3.14 built tree.
 * Written for tracefuse. Built and run by `models::` in tests/cpython (TRACEFUSE_CPYTHON_BUILT=
 * a built tree): links the tree's libpython, starts an interpreter, and for every value
 * and operation compares what the model makes with what CPython's function makes — the
 * value, the type, the count, identity for the small ints, what it did to the free list,
 * and the reference tracer's events — and what each close does to the free list and the
 * tracer. Prints one line per disagreement and exits 1 if there was any. */

#define Py_BUILD_CORE 1
#include "Python.h"
#include "pycore_floatobject.h"
#include "pycore_freelist.h"
#include "pycore_interp.h"
#include "pycore_interpframe.h"
#include "pycore_long.h"
#include "pycore_object.h"
#include "pycore_pystate.h"
#include "pycore_stackref.h"

#define TF_CPYTHON_MODELS_UNUSED 1 /* the test calls both, by name */
#include "tf_cpython_models.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#ifndef TF_CPY_MODELS
#error "the models are off in this configuration: nothing to check"
#endif

static int failures;
static long creates, destroys;

static int
tracer(PyObject *obj, PyRefTracerEvent event, void *data)
{
    (void)obj, (void)data;
    if (event == PyRefTracer_CREATE) {
        creates++;
    }
    else {
        destroys++;
    }
    return 0;
}

#define CHECK(COND, ...) \
    do { \
        if (!(COND)) { \
            failures++; \
            printf("MISMATCH %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__); \
            printf("\n"); \
        } \
    } while (0)

static struct _Py_freelists *
lists(void)
{
    return tf_cpy_freelists(PyThreadState_Get());
}

/* Objects taken off the free lists, to put back when a list must grow. */
static PyObject *pool[2][512];
static int pooled[2];

/* Brings a free list (0: ints, 1: floats) to `size` entries, so that the model and the
 * real function start from the same state: empty (the allocator path), part full, or
 * full (a freed object goes to PyObject_Free). */
static void
normalize(int kind, Py_ssize_t size)
{
    struct _Py_freelist *fl = kind == 0 ? &lists()->ints : &lists()->floats;
    /* Enough objects in hand to fill the list (taking them may empty it). */
    while (pooled[kind] < 2 * Py_ints_MAXFREELIST + 50) {
        pool[kind][pooled[kind]++] = kind == 0 ? PyLong_FromLong(100000) : PyFloat_FromDouble(0.25);
    }
    /* Not too many (freeing them fills the list, then goes to PyObject_Free). */
    while (pooled[kind] > 4 * Py_ints_MAXFREELIST) {
        Py_DECREF(pool[kind][--pooled[kind]]);
    }
    while (fl->size > size && pooled[kind] < 512) {
        pool[kind][pooled[kind]++] = kind == 0 ? PyLong_FromLong(100000) : PyFloat_FromDouble(0.25);
    }
    while (fl->size < size && pooled[kind] > 0) {
        Py_DECREF(pool[kind][--pooled[kind]]);
    }
    CHECK(fl->size == size, "free list %d: %zd entries, not %zd", kind, fl->size, size);
}

static Py_ssize_t target_size;

/* What one side of a comparison did: its result and the free list's and the tracer's
 * changes. */
typedef struct {
    PyObject *result;
    Py_ssize_t list_delta;
    long creates, destroys;
} effect;

typedef PyObject *(*maker)(void *);

static effect
observe(maker make, void *arg, struct _Py_freelist *fl)
{
    normalize(fl == &lists()->ints ? 0 : 1, target_size);
    Py_ssize_t size = fl->size;
    long c = creates, d = destroys;
    effect e;
    e.result = make(arg);
    e.list_delta = fl->size - size;
    e.creates = creates - c;
    e.destroys = destroys - d;
    return e;
}

/* Both results equal, same type and count, same identity when one is a singleton, same
 * effects. */
static void
compare(const char *what, effect m, effect r)
{
    CHECK(m.result != NULL && r.result != NULL, "%s: NULL result", what);
    if (m.result == NULL || r.result == NULL) {
        PyErr_Clear();
        return;
    }
    CHECK(Py_TYPE(m.result) == Py_TYPE(r.result), "%s: type %s vs %s", what, Py_TYPE(m.result)->tp_name,
          Py_TYPE(r.result)->tp_name);
    if (PyFloat_CheckExact(r.result)) {
        double a = PyFloat_AS_DOUBLE(m.result), b = PyFloat_AS_DOUBLE(r.result);
        CHECK(memcmp(&a, &b, sizeof a) == 0, "%s: %g vs %g", what, a, b);
    }
    else {
        CHECK(PyObject_RichCompareBool(m.result, r.result, Py_EQ) == 1, "%s: values differ", what);
    }
    CHECK(_Py_IsImmortal(m.result) == _Py_IsImmortal(r.result), "%s: immortality differs", what);
    if (_Py_IsImmortal(r.result)) {
        CHECK(m.result == r.result, "%s: not the same singleton", what);
    }
    else {
        CHECK(Py_REFCNT(m.result) == 1 && Py_REFCNT(r.result) == 1, "%s: counts %zd vs %zd", what,
              Py_REFCNT(m.result), Py_REFCNT(r.result));
        CHECK(m.result->ob_flags == r.result->ob_flags, "%s: flags %d vs %d", what, m.result->ob_flags,
              r.result->ob_flags);
    }
    CHECK(m.list_delta == r.list_delta, "%s: free list %+zd vs %+zd", what, m.list_delta, r.list_delta);
    CHECK(m.creates == r.creates && m.destroys == r.destroys, "%s: tracer events %ld/%ld vs %ld/%ld", what,
          m.creates, m.destroys, r.creates, r.destroys);
}

/* Closing the two results: the model's close on the model's, CPython's on CPython's,
 * each from the same free-list state. */
static void
compare_close_as(const char *what, PyObject *m, PyObject *r, struct _Py_freelist *fl, int specialized)
{
    int kind = fl == &lists()->ints ? 0 : 1;
    Py_ssize_t delta[2];
    long events[2][2];
    for (int side = 0; side < 2; side++) {
        normalize(kind, target_size);
        Py_ssize_t size = fl->size;
        long c = creates, d = destroys;
        destructor dtor = kind == 0 ? _PyLong_ExactDealloc : _PyFloat_ExactDealloc;
        if (side == 0 && specialized) {
            tf_cpy_close_specialized(PyThreadState_Get(), PyStackRef_FromPyObjectSteal(m), dtor);
        }
        else if (side == 0) {
            tf_cpy_close(PyThreadState_Get(), PyStackRef_FromPyObjectSteal(m));
        }
        else if (specialized) {
            PyStackRef_CLOSE_SPECIALIZED(PyStackRef_FromPyObjectSteal(r), dtor);
        }
        else {
            PyStackRef_CLOSE(PyStackRef_FromPyObjectSteal(r));
        }
        delta[side] = fl->size - size;
        events[side][0] = creates - c;
        events[side][1] = destroys - d;
    }
    const char *how = specialized ? "specialized close" : "close";
    CHECK(delta[0] == delta[1], "%s %s: free list %+zd vs %+zd", what, how, delta[0], delta[1]);
    CHECK(events[0][0] == events[1][0] && events[0][1] == events[1][1],
          "%s %s: tracer events %ld/%ld vs %ld/%ld", what, how, events[0][0], events[0][1], events[1][0],
          events[1][1]);
}

/* The generic close of both results; then both made again and closed specialized, as
 * the int and float uops close their operands. */
static void
compare_close(const char *what, PyObject *m, PyObject *r, struct _Py_freelist *fl, maker mm, maker rm,
              void *arg)
{
    compare_close_as(what, m, r, fl, 0);
    PyObject *m2 = mm(arg), *r2 = rm(arg);
    if (m2 == NULL || r2 == NULL) {
        CHECK(0, "%s: NULL result the second time", what);
        PyErr_Clear();
        Py_XDECREF(m2);
        Py_XDECREF(r2);
        return;
    }
    compare_close_as(what, m2, r2, fl, 1);
}

static PyObject *model_from_long(void *a) { return tf_cpy_long_from_long(PyThreadState_Get(), *(long *)a); }
static PyObject *real_from_long(void *a) { return PyLong_FromLong(*(long *)a); }

typedef struct {
    PyLongObject *a, *b;
    int op;
} binop;

static PyObject *
model_binop(void *p)
{
    binop *o = p;
    PyThreadState *ts = PyThreadState_Get();
    switch (o->op) {
    case 0: return tf_cpy_long_add(ts, o->a, o->b);
    case 1: return tf_cpy_long_subtract(ts, o->a, o->b);
    default: return tf_cpy_long_multiply(ts, o->a, o->b);
    }
}

static PyObject *
real_binop(void *p)
{
    binop *o = p;
    switch (o->op) {
    case 0: return _PyLong_Add(o->a, o->b);
    case 1: return _PyLong_Subtract(o->a, o->b);
    default: return _PyLong_Multiply(o->a, o->b);
    }
}

static PyObject *model_from_double(void *a) { return tf_cpy_float_from_double(PyThreadState_Get(), *(double *)a); }
static PyObject *real_from_double(void *a) { return PyFloat_FromDouble(*(double *)a); }

typedef struct {
    double l, r, value;
    int borrow_left;
} consume;

/* _PyFloat_FromDouble_ConsumeInputs on two fresh floats (the left one borrowed or
 * owned), by the model or by CPython; the effects are the call's own. */
static effect
consume_with(consume *c, int model)
{
    PyObject *l = PyFloat_FromDouble(c->l), *r = PyFloat_FromDouble(c->r);
    _PyStackRef left = c->borrow_left ? PyStackRef_FromPyObjectBorrow(l) : PyStackRef_FromPyObjectSteal(l);
    _PyStackRef right = PyStackRef_FromPyObjectSteal(r);
    struct _Py_freelist *fl = &lists()->floats;
    normalize(1, target_size);
    Py_ssize_t size = fl->size;
    long cr = creates, de = destroys;
    _PyStackRef res = model ? tf_cpy_float_consume_inputs(PyThreadState_Get(), left, right, c->value)
                            : _PyFloat_FromDouble_ConsumeInputs(left, right, c->value);
    effect e = {PyStackRef_AsPyObjectSteal(res), fl->size - size, creates - cr, destroys - de};
    if (c->borrow_left) {
        Py_DECREF(l);
    }
    return e;
}

/* _PyEval_FrameClearAndPop on a pushed frame of `fn` (its code has at least 3 locals),
 * by the model or by CPython: local 0 holds an int and local 2 a float (the frame's
 * references, stolen), local 1 is empty, `extra` more references to them lie on the stack
 * above the locals, a frame object when asked. What it did: the data stack's top, the
 * function's and the code's counts, the free lists and the tracer. */
typedef struct {
    Py_ssize_t top_delta, fn_refs, code_refs, int_delta, float_delta;
    long creates, destroys;
} frame_effect;

static frame_effect
frame_clear_with(PyObject *fn, PyObject *i, PyObject *f, int extra, int with_frame_object, int model)
{
    PyThreadState *ts = PyThreadState_Get();
    PyCodeObject *code = (PyCodeObject *)((PyFunctionObject *)fn)->func_code;
    PyObject **top = ts->datastack_top;
    _PyInterpreterFrame *frame = _PyThreadState_PushFrame(ts, code->co_framesize);
    _PyFrame_Initialize(ts, frame, PyStackRef_FromPyObjectNew(fn), NULL, code, 0, NULL);
    for (int k = 0; k < code->co_nlocalsplus; k++) {
        frame->localsplus[k] = PyStackRef_NULL;
    }
    frame->localsplus[0] = PyStackRef_FromPyObjectSteal(i);
    frame->localsplus[2] = PyStackRef_FromPyObjectSteal(f);
    for (int k = 0; k < extra; k++) {
        frame->stackpointer[0] = PyStackRef_FromPyObjectNew(k % 2 ? f : i);
        frame->stackpointer++;
    }
    if (with_frame_object) {
        CHECK(_PyFrame_GetFrameObject(frame) != NULL, "no frame object");
    }
    normalize(0, target_size);
    normalize(1, target_size);
    Py_ssize_t ints = lists()->ints.size, floats = lists()->floats.size;
    long c = creates, d = destroys;
    if (model) {
        tf_cpy_frame_clear_and_pop(ts, frame);
    }
    else {
        _PyEval_FrameClearAndPop(ts, frame);
    }
    frame_effect e = {ts->datastack_top - top, Py_REFCNT(fn), Py_REFCNT((PyObject *)code),
                      lists()->ints.size - ints, lists()->floats.size - floats, creates - c, destroys - d};
    return e;
}

/* The model against CPython on the same frame; with `keep`, the float outlives the frame. */
static void
compare_frame_clear(const char *what, PyObject *fn, int extra, int with_frame_object, int keep)
{
    frame_effect e[2];
    for (int model = 0; model < 2; model++) {
        PyObject *i = PyLong_FromLong(123456 + extra), *f = PyFloat_FromDouble(1.5 + extra);
        if (keep) {
            Py_INCREF(f);
        }
        e[model] = frame_clear_with(fn, i, f, extra, with_frame_object, model);
        if (keep) {
            CHECK(Py_REFCNT(f) == 1, "%s: the float kept has %zd references", what, Py_REFCNT(f));
            Py_DECREF(f);
        }
    }
    CHECK(memcmp(&e[0], &e[1], sizeof e[0]) == 0,
          "%s: model/CPython top %+zd/%+zd, function %zd/%zd, code %zd/%zd, ints %+zd/%+zd, "
          "floats %+zd/%+zd, tracer %ld/%ld vs %ld/%ld",
          what, e[1].top_delta, e[0].top_delta, e[1].fn_refs, e[0].fn_refs, e[1].code_refs, e[0].code_refs,
          e[1].int_delta, e[0].int_delta, e[1].float_delta, e[0].float_delta, e[1].creates, e[1].destroys,
          e[0].creates, e[0].destroys);
}

int
main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: models LIB_DIR (the tree's Lib/)\n");
        return 2;
    }
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.module_search_paths_set = 1;
    wchar_t *lib = Py_DecodeLocale(argv[1], NULL);
    PyWideStringList_Append(&config.module_search_paths, lib);
    config.site_import = 0;
    PyStatus st = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(st)) {
        Py_ExitStatusException(st);
    }
    PyRefTracer_SetTracer(tracer, NULL);

    struct _Py_freelist *ints = &lists()->ints, *floats = &lists()->floats;
    long values[] = {0, 1, -1, -5, -6, 255, 256, 257, 1000, -1000, 12345678, (1L << 30) - 1, -((1L << 30) - 1),
                     1L << 30, -(1L << 30), (1L << 30) + 1, 1L << 40, -(1L << 40), (1L << 59) + 12345,
                     -(1L << 59) - 7, (1L << 60) - 1, -((1L << 60) - 1), 1L << 60, LONG_MAX, LONG_MIN};
    size_t nv = sizeof values / sizeof values[0];
    char what[160];
    int checked = 0;

    /* Each comparison runs from three free-list states: empty (the allocator path),
     * part full, and full (a freed object goes to PyObject_Free). */
    Py_ssize_t sizes[3] = {0, Py_ints_MAXFREELIST / 2, Py_ints_MAXFREELIST};
    for (int pass = 0; pass < 3; pass++) {
        target_size = sizes[pass];
        for (size_t i = 0; i < nv; i++) {
            long v = values[i];
            snprintf(what, sizeof what, "PyLong_FromLong(%ld) pass %d", v, pass);
            effect m = observe(model_from_long, &v, ints);
            effect r = observe(real_from_long, &v, ints);
            compare(what, m, r);
            compare_close(what, m.result, r.result, ints, model_from_long, real_from_long, &v);
            checked++;
        }
        for (size_t i = 0; i < nv; i++) {
            for (size_t j = 0; j < nv; j++) {
                for (int op = 0; op < 3; op++) {
                    PyObject *a = PyLong_FromLong(values[i]), *b = PyLong_FromLong(values[j]);
                    binop o = {(PyLongObject *)a, (PyLongObject *)b, op};
                    snprintf(what, sizeof what, "%ld %c %ld pass %d", values[i], "+-*"[op], values[j], pass);
                    effect m = observe(model_binop, &o, ints);
                    effect r = observe(real_binop, &o, ints);
                    compare(what, m, r);
                    compare_close(what, m.result, r.result, ints, model_binop, real_binop, &o);
                    Py_DECREF(a);
                    Py_DECREF(b);
                    checked++;
                }
            }
        }
        double doubles[] = {0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, INFINITY, -INFINITY, NAN};
        for (size_t i = 0; i < sizeof doubles / sizeof doubles[0]; i++) {
            double d = doubles[i];
            snprintf(what, sizeof what, "PyFloat_FromDouble(%g) pass %d", d, pass);
            effect m = observe(model_from_double, &d, floats);
            effect r = observe(real_from_double, &d, floats);
            compare(what, m, r);
            compare_close(what, m.result, r.result, floats, model_from_double, real_from_double, &d);
            checked++;
        }
        for (int borrow = 0; borrow < 2; borrow++) {
            consume c = {1.5, 2.5, 3.75, borrow};
            snprintf(what, sizeof what, "_PyFloat_FromDouble_ConsumeInputs borrow=%d pass %d", borrow, pass);
            effect m = consume_with(&c, 1);
            effect r = consume_with(&c, 0);
            compare(what, m, r);
            Py_XDECREF(m.result);
            Py_XDECREF(r.result);
            checked++;
        }
        /* A returning frame: its locals and stack closed, the data stack popped; with a
         * frame object, the real function's path. */
        {
            PyObject *g = PyDict_New();
            PyObject *fn = PyRun_String("lambda a, b, c: a", Py_eval_input, g, g);
            CHECK(fn != NULL, "no function to push a frame of");
            if (fn != NULL) {
                for (int extra = 0; extra < 3; extra++) {
                    for (int fo = 0; fo < 2; fo++) {
                        for (int keep = 0; keep < 2; keep++) {
                            snprintf(what, sizeof what, "frame clear extra=%d frame_object=%d keep=%d pass %d",
                                     extra, fo, keep, pass);
                            compare_frame_clear(what, fn, extra, fo, keep);
                            checked++;
                        }
                    }
                }
                Py_DECREF(fn);
            }
            Py_DECREF(g);
        }
        /* A generic close of another type goes to _Py_Dealloc: a list is freed. */
        {
            PyObject *l = PyList_New(0), *t = PyList_New(0);
            snprintf(what, sizeof what, "close of a list pass %d", pass);
            long d0 = destroys;
            tf_cpy_close(PyThreadState_Get(), PyStackRef_FromPyObjectSteal(l));
            long m_d = destroys - d0;
            d0 = destroys;
            PyStackRef_CLOSE(PyStackRef_FromPyObjectSteal(t));
            CHECK(m_d == destroys - d0 && m_d == 1, "%s: destroy events %ld vs %ld", what, m_d, destroys - d0);
            checked++;
        }
        /* A new reference to an inline constant: the same bits and the same count as
         * CPython's, for mortal objects and immortal ones. */
        {
            PyObject *objs[] = {PyFloat_FromDouble(2.5), PyList_New(0), Py_None, PyLong_FromLong(7),
                                PyLong_FromLong(1L << 40)};
            size_t n = sizeof objs / sizeof objs[0];
            for (size_t i = 0; i < n; i++) {
                PyObject *o = objs[i];
                snprintf(what, sizeof what, "new reference to a %s (%s) pass %d", Py_TYPE(o)->tp_name,
                         _Py_IsImmortal(o) ? "immortal" : "mortal", pass);
                Py_ssize_t before = Py_REFCNT(o);
                _PyStackRef m = tf_cpy_new_ref_cancellable(o);
                Py_ssize_t mid = Py_REFCNT(o);
                _PyStackRef r = PyStackRef_FromPyObjectNew(o);
                Py_ssize_t after = Py_REFCNT(o);
                CHECK(m.bits == r.bits, "%s: bits %#lx vs %#lx", what, (unsigned long)m.bits, (unsigned long)r.bits);
                CHECK(mid - before == after - mid, "%s: count %+zd vs %+zd", what, mid - before, after - mid);
                PyStackRef_CLOSE(m);
                PyStackRef_CLOSE(r);
                CHECK(Py_REFCNT(o) == before, "%s: closing both left the count at %zd, not %zd", what,
                      Py_REFCNT(o), before);
                checked++;
            }
            Py_DECREF(objs[0]);
            Py_DECREF(objs[1]);
            Py_DECREF(objs[4]);
        }
    }
    PyRefTracer_SetTracer(NULL, NULL);
    printf("models: %d comparisons, %d mismatches\n", checked, failures);
    if (Py_FinalizeEx() < 0) {
        return 3;
    }
    return failures ? 1 : 0;
}
