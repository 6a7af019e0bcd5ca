/* tf_cpython_models.h: tracefuse's models of the CPython 3.14 runtime functions that the
 * int and float uops call, so that a fused trace sees what they do instead of calling
 * them. Written for tracefuse from CPython's documented behaviour and the tree's own
 * headers (the free-list and object-layout helpers used here are the tree's); the
 * import puts this text at the end of the prelude (tf_cpython.h), after every header a
 * case is compiled against. Each model does exactly what the function it stands for
 * does in this configuration, and calls that function for every case it does not take
 * itself; `crates/tracefuse-cpython/tests/models.c` checks each against the real one.
 *
 * What is modelled (what costs most per iteration in docs/cpython.md "Where the
 * instructions go"):
 * - deallocation of exact ints and floats reached through a generic decref
 *   (PyStackRef_CLOSE/XCLOSE -> _Py_Dealloc -> tp_dealloc): for these two types
 *   _Py_Dealloc's own work (its recursion-margin test and trashcan, which only GC types
 *   use) is nothing, so it is the ref tracer's event and the type's free-list push;
 * - the specialized closes of ints and floats (PyStackRef_CLOSE_SPECIALIZED with
 *   _PyLong_ExactDealloc / _PyFloat_ExactDealloc): the push inline;
 * - PyLong_FromLong, _PyLong_Add, _PyLong_Subtract, _PyLong_Multiply on compact ints
 *   whose result is compact: the small-int singleton, or an int from the free list;
 * - _PyLong_Add and _PyLong_Subtract on ints of at most two digits whose result has two
 *   or three: a new int of that many digits (a running total past 2**30);
 * - PyFloat_FromDouble and _PyFloat_FromDouble_ConsumeInputs: a float from the free
 *   list;
 * - _PyEval_FrameClearAndPop of a returning function's frame without a frame object:
 *   its locals closed inline and the data stack popped.
 * In every other case (an empty free list, a result or operand out of those ranges) the
 * real function runs.
 *
 * The models hold for the default build: GIL, 64-bit, no reference debugging or
 * tracing, no stack-ref debugging, no statistics. Any other configuration (or
 * TF_CPYTHON_NO_MODELS) leaves the bodies calling CPython's functions. */
#ifndef TF_CPYTHON_MODELS_H
#define TF_CPYTHON_MODELS_H

#if !defined(TF_CPYTHON_NO_MODELS) && !defined(Py_GIL_DISABLED) && !defined(Py_REF_DEBUG) && \
    !defined(Py_TRACE_REFS) && !defined(Py_STACKREF_DEBUG) && !defined(Py_STATS) && \
    SIZEOF_VOID_P == 8
#define TF_CPY_MODELS 1

#include "pycore_ceval.h"       /* _PyFloat_FromDouble_ConsumeInputs */
#include "pycore_floatobject.h" /* _PyFloat_ExactDealloc */
#include "pycore_freelist.h"    /* the free-list helpers */
#include "pycore_long.h"        /* compact ints, the small ints */

/* The reference count as tf_cpy_new_ref_cancellable writes it: the low 32 bits of the
 * object's first word (PyObject's ob_refcnt on a little-endian 64-bit build), reached
 * through a struct of tracefuse's own. CPython's code reaches the count through
 * PyObject's anonymous union, which clang's type-based alias information tags "may be
 * anything" (char); through this struct LLVM and the core's stage 5e can tell the count
 * from a float's value or a type pointer. CPython's own accesses stay "may be anything"
 * and still alias these. The contract (docs/cpython.md, "Counts that cancel"): nothing
 * reaches a count but through PyObject's union or this struct. */
struct tf_cpy_counted {
    uint32_t tf_count;
};
#define TF_CPY_COUNT(OP) (((struct tf_cpy_counted *)(OP))->tf_count)
_Static_assert(offsetof(PyObject, ob_refcnt) == 0 && sizeof(((PyObject *)0)->ob_refcnt) == 4,
               "tracefuse: the count is not the first 32-bit word");

/* PyStackRef_FromPyObjectNew (GIL build) for an inline constant (`_LOAD_CONST_INLINE`,
 * `_POP_TOP_LOAD_CONST_INLINE`: the import defines TF_CPY_NEW_REF to this in their bodies;
 * every other case keeps CPython's function). An immortal object's reference is tagged
 * and its count left alone; another object's count goes up by one. Two facts CPython
 * states only in asserts are given to the optimizer: an object's address has no tag bits
 * (the function asserts it), and an object someone holds a reference to has a count of at
 * least one. The tag is the immortality test's own value, not a choice between two
 * references: the close of the constant by the uop that uses it, later in the trace,
 * then tests the same condition and reaches the same address, and LLVM forwards the
 * count from the increment to the decrement, which the core's stage 5e (cancel.rs)
 * removes as a pair. It costs two instructions more than CPython's form when the pair is
 * not removed, which is why only inline constants (consumed a uop or two later) get it. */
static inline _PyStackRef
tf_cpy_new_ref_cancellable(PyObject *op)
{
    __builtin_assume(((uintptr_t)op & Py_TAG_BITS) == 0);
    uint32_t n = TF_CPY_COUNT(op);
    int immortal = (int32_t)n < 0;
    if (!immortal) {
        __builtin_assume(n >= 1);
        TF_CPY_COUNT(op) = n + 1;
    }
    return (_PyStackRef){.bits = (uintptr_t)op | (uintptr_t)(immortal ? Py_TAG_REFCNT : 0)};
}

/* The free lists of the running thread's interpreter (what _Py_freelists_GET finds
 * through the thread-local state; the bodies have the thread state in hand). */
static inline struct _Py_freelists *
tf_cpy_freelists(PyThreadState *ts)
{
    return &ts->interp->object_state.freelists;
}

/* What _Py_NewReference does to an object taken from a free list here: a count of one,
 * and the reference tracer's creation event. */
static inline void
tf_cpy_new_reference(PyObject *op)
{
    op->ob_refcnt_full = 1;
    _PyReftracerTrack(op, PyRefTracer_CREATE);
}

/* _PyLong_ExactDealloc: an int that is not compact goes to PyObject_Free, a compact int
 * that is not a small int to the free list (or to PyObject_Free when the list is full);
 * a small int to the real function. */
static inline void
tf_cpy_int_free(PyThreadState *ts, PyObject *op)
{
    PyLongObject *v = (PyLongObject *)op;
    if (!_PyLong_IsCompact(v)) {
        PyObject_Free(op);
    }
    else if (!_PyLong_IsSmallInt(v)) {
        _PyFreeList_Free(&tf_cpy_freelists(ts)->ints, op, Py_ints_MAXFREELIST, PyObject_Free);
    }
    else {
        _PyLong_ExactDealloc(op);
    }
}

/* What every close does with an exact float, or a compact int that is not a small int,
 * whose count reached zero: the ref tracer's event and the push onto the type's free list
 * `fl` (PyObject_Free when it holds `max`: _PyFloat_ExactDealloc and _PyLong_ExactDealloc
 * for these). The release of the box allocation sinking declares (the manifest's `sink`):
 * in fused traces that make floats the core keeps it out of line until the pass has run,
 * so a float the trace frees again is a call it can see; a generic close calls it once
 * for both types, so inlined it is one copy (weak: the bodies each define it, and linking
 * them keeps one). */
__attribute__((weak)) void
tf_cpy_number_release(PyObject *op, struct _Py_freelist *fl, Py_ssize_t max)
{
    _PyReftracerTrack(op, PyRefTracer_DESTROY);
    _PyFreeList_Free(fl, op, max, PyObject_Free);
}

/* _Py_Dealloc of an object whose count reached zero. For an exact int (tested first: the
 * commoner) or float it is the ref tracer's event and the type's own dealloc: for a
 * compact int that is not a small int, and for a float, tf_cpy_number_release with the
 * type's free list (one call, so one copy of that path at every close); the other ints
 * go to tf_cpy_int_free. Anything else goes to _Py_Dealloc. */
static inline void
tf_cpy_dealloc(PyThreadState *ts, PyObject *op)
{
    PyTypeObject *type = Py_TYPE(op);
    struct _Py_freelist *fl;
    Py_ssize_t max;
    if (type == &PyLong_Type) {
        if (!_PyLong_IsCompact((PyLongObject *)op) || _PyLong_IsSmallInt((PyLongObject *)op)) {
            _PyReftracerTrack(op, PyRefTracer_DESTROY);
            tf_cpy_int_free(ts, op);
            return;
        }
        fl = &tf_cpy_freelists(ts)->ints;
        max = Py_ints_MAXFREELIST;
    }
    else if (type == &PyFloat_Type) {
        fl = &tf_cpy_freelists(ts)->floats;
        max = Py_floats_MAXFREELIST;
    }
    else {
        _Py_Dealloc(op);
        return;
    }
    tf_cpy_number_release(op, fl, max);
}

/* PyStackRef_CLOSE and PyStackRef_XCLOSE: a reference that owns a count (a null or
 * borrowed one does not) drops it. */
static inline void
tf_cpy_close(PyThreadState *ts, _PyStackRef ref)
{
    if (PyStackRef_RefcountOnObject(ref)) {
        PyObject *op = BITS_TO_PTR(ref);
        __builtin_assume(op->ob_refcnt >= 1);
        if (--op->ob_refcnt == 0) {
            tf_cpy_dealloc(ts, op);
        }
    }
}

/* PyStackRef_CLOSE_SPECIALIZED: the destructor the case names is a constant, so the
 * comparisons fold and each close is one of the three branches. */
static inline void
tf_cpy_close_specialized(PyThreadState *ts, _PyStackRef ref, destructor destruct)
{
    if (PyStackRef_RefcountOnObject(ref)) {
        /* Bit 0 is clear here. For a float, masking it again lets LLVM see the address
         * a new reference to an inline constant wrote its increment to
         * (tf_cpy_new_ref_cancellable; float constants are mortal). Elsewhere the mask
         * would cost an instruction where nothing cancels. */
        PyObject *op = destruct == _PyFloat_ExactDealloc ? BITS_TO_PTR_MASKED(ref) : BITS_TO_PTR(ref);
        __builtin_assume(op->ob_refcnt >= 1);
        if (--op->ob_refcnt == 0) {
            if (destruct == _PyFloat_ExactDealloc) {
                tf_cpy_number_release(op, &tf_cpy_freelists(ts)->floats, Py_floats_MAXFREELIST);
                return;
            }
            _PyReftracerTrack(op, PyRefTracer_DESTROY);
            if (destruct == _PyLong_ExactDealloc) {
                tf_cpy_int_free(ts, op);
            }
            else {
                destruct(op);
            }
        }
    }
}

/* Whether v is a one-digit int's value (CPython's "medium" ints, |v| < 2**30). */
static inline int
tf_cpy_is_medium(stwodigits v)
{
    return v >= -(stwodigits)PyLong_MASK && v <= (stwodigits)PyLong_MASK;
}

/* The int object for a medium value v: the small-int singleton, or an int from the free
 * list set to v; NULL when the list is empty (the caller runs the real function). */
static inline PyObject *
tf_cpy_medium_int(PyThreadState *ts, stwodigits v)
{
    if (_PY_IS_SMALL_INT(v)) {
        return (PyObject *)&_PyLong_SMALL_INTS[_PY_NSMALLNEGINTS + v];
    }
    PyLongObject *o = (PyLongObject *)_PyFreeList_PopNoStats(&tf_cpy_freelists(ts)->ints);
    if (o == NULL) {
        return NULL;
    }
    tf_cpy_new_reference((PyObject *)o);
    _PyLong_SetSignAndDigitCount(o, v < 0 ? -1 : 1, 1);
    o->long_value.ob_digit[0] = (digit)(v < 0 ? -v : v);
    return (PyObject *)o;
}

/* PyLong_FromLong. */
static inline PyObject *
tf_cpy_long_from_long(PyThreadState *ts, long v)
{
    if (tf_cpy_is_medium(v)) {
        PyObject *o = tf_cpy_medium_int(ts, v);
        if (o != NULL) {
            return o;
        }
    }
    return PyLong_FromLong(v);
}

/* Whether `a` has at most two digits (|a| < 2**60), and its value in `*v` if so. */
static inline int
tf_cpy_two_digit_value(const PyLongObject *a, stwodigits *v)
{
    uintptr_t tag = a->long_value.lv_tag;
    if (tag >= ((uintptr_t)3 << NON_SIZE_BITS)) {
        return 0;
    }
    twodigits m = a->long_value.ob_digit[0];
    if ((tag >> NON_SIZE_BITS) == 2) {
        m |= (twodigits)a->long_value.ob_digit[1] << PyLong_SHIFT;
    }
    *v = (tag & SIGN_MASK) == SIGN_NEGATIVE ? -(stwodigits)m : (stwodigits)m;
    return 1;
}

/* The int object for a value v that is not medium but below 2**61 in magnitude, two or
 * three digits: what long_alloc makes for that many digits (PyObject_Malloc, then
 * _PyObject_Init with the static int type), set to v; NULL when memory runs out (the
 * caller runs the real function, which raises). */
static inline PyObject *
tf_cpy_large_int(stwodigits v)
{
    twodigits m = v < 0 ? 0U - (twodigits)v : (twodigits)v;
    Py_ssize_t n = (m >> (2 * PyLong_SHIFT)) != 0 ? 3 : 2;
    PyLongObject *o = PyObject_Malloc(offsetof(PyLongObject, long_value.ob_digit) + n * sizeof(digit));
    if (o == NULL) {
        return NULL;
    }
    Py_SET_TYPE((PyObject *)o, &PyLong_Type);
    tf_cpy_new_reference((PyObject *)o);
    _PyLong_SetSignAndDigitCount(o, v < 0 ? -1 : 1, n);
    o->long_value.ob_digit[0] = (digit)(m & PyLong_MASK);
    o->long_value.ob_digit[1] = (digit)((m >> PyLong_SHIFT) & PyLong_MASK);
    if (n == 3) {
        o->long_value.ob_digit[2] = (digit)(m >> (2 * PyLong_SHIFT));
    }
    return (PyObject *)o;
}

/* _PyLong_Add, _PyLong_Subtract and _PyLong_Multiply. Both operands compact: the exact
 * result (a product of two compact values fits 62 bits) when it is compact again. For
 * add and subtract (WIDE), also operands of at most two digits, not both compact, when
 * the result has two or three digits: what x_add/x_sub make for it (a new int of that
 * many digits; the real functions allocate one digit more and normalize, which no
 * caller can see). A one-digit result of such operands goes to the real function: x_sub
 * makes it in memory of its own and frees it to the free list when it is a small int,
 * and the model does not repeat that. */
#define TF_CPY_LONG_BINARY(NAME, REAL, OP, WIDE) \
    static inline PyObject *NAME(PyThreadState *ts, PyLongObject *a, PyLongObject *b) \
    { \
        if (_PyLong_BothAreCompact(a, b)) { \
            stwodigits z = _PyLong_CompactValue(a) OP _PyLong_CompactValue(b); \
            if (tf_cpy_is_medium(z)) { \
                PyObject *o = tf_cpy_medium_int(ts, z); \
                if (o != NULL) { \
                    return o; \
                } \
            } \
        } \
        else if (WIDE) { \
            stwodigits x, y; \
            if (tf_cpy_two_digit_value(a, &x) && tf_cpy_two_digit_value(b, &y)) { \
                stwodigits z = x OP y; \
                if (!tf_cpy_is_medium(z)) { \
                    PyObject *o = tf_cpy_large_int(z); \
                    if (o != NULL) { \
                        return o; \
                    } \
                } \
            } \
        } \
        return REAL(a, b); \
    }
TF_CPY_LONG_BINARY(tf_cpy_long_add, _PyLong_Add, +, 1)
TF_CPY_LONG_BINARY(tf_cpy_long_subtract, _PyLong_Subtract, -, 1)
TF_CPY_LONG_BINARY(tf_cpy_long_multiply, _PyLong_Multiply, *, 0)
#undef TF_CPY_LONG_BINARY

/* PyFloat_FromDouble. */
static inline PyObject *
tf_cpy_float_from_double(PyThreadState *ts, double d)
{
    PyFloatObject *o = (PyFloatObject *)_PyFreeList_PopNoStats(&tf_cpy_freelists(ts)->floats);
    if (o == NULL) {
        return PyFloat_FromDouble(d);
    }
    tf_cpy_new_reference((PyObject *)o);
    o->ob_fval = d;
    return (PyObject *)o;
}

/* The box constructor allocation sinking declares (the manifest's `sink`; out of line in
 * fused traces until the pass has run, like tf_cpy_number_release): a new float's stack
 * reference, untagged (a fresh float has a count of one and no flags, so
 * PyStackRef_FromPyObjectSteal would not tag it), or PyStackRef_NULL's bits when memory
 * runs out (MemoryError set). The manifest's offsets are these: */
_Static_assert(offsetof(PyObject, ob_refcnt) == 0, "tracefuse: the count is not at offset 0");
_Static_assert(offsetof(PyObject, ob_type) == 8, "tracefuse: the type is not at offset 8");
_Static_assert(offsetof(PyFloatObject, ob_fval) == 16, "tracefuse: ob_fval is not at offset 16");
_Static_assert(PyStackRef_NULL_BITS < 8, "tracefuse: PyStackRef_NULL is not below the alignment");
__attribute__((weak)) uintptr_t
tf_cpy_float_new(PyThreadState *ts, double d)
{
    PyObject *o = tf_cpy_float_from_double(ts, d);
    return o == NULL ? PyStackRef_NULL_BITS : (uintptr_t)o;
}

/* _PyFloat_FromDouble_ConsumeInputs: both operands closed as floats, then a new float. */
static inline _PyStackRef
tf_cpy_float_consume_inputs(PyThreadState *ts, _PyStackRef left, _PyStackRef right, double d)
{
    tf_cpy_close_specialized(ts, left, _PyFloat_ExactDealloc);
    tf_cpy_close_specialized(ts, right, _PyFloat_ExactDealloc);
    return (_PyStackRef){.bits = tf_cpy_float_new(ts, d)};
}

/* _PyEval_FrameClearAndPop (a Python call's return, `_RETURN_VALUE`) of a frame the thread
 * owns and no frame object shows: what _PyFrame_ClearExceptCode does then (the frame's
 * stack pointer set to its locals, each local and stack value closed from the top, the
 * locals dict and the function cleared), the code cleared, and the data stack popped
 * (_PyThreadState_PopFrame: its top back to the frame, or the real function when the
 * frame opens its chunk). A generator's frame or one with a frame object goes to the real
 * function. Each close is the models' (a local int or float is freed inline). */
static inline void
tf_cpy_frame_clear_and_pop(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    if (frame->owner != FRAME_OWNED_BY_THREAD || frame->frame_obj != NULL) {
        _PyEval_FrameClearAndPop(ts, frame);
        return;
    }
    _PyStackRef *sp = frame->stackpointer;
    _PyStackRef *locals = frame->localsplus;
    frame->stackpointer = locals;
    while (sp > locals) {
        sp--;
        tf_cpy_close(ts, *sp);
    }
    Py_CLEAR(frame->f_locals);
    _PyStackRef func = frame->f_funcobj;
    frame->f_funcobj = PyStackRef_NULL;
    tf_cpy_close(ts, func);
    _PyStackRef code = frame->f_executable;
    frame->f_executable = PyStackRef_NULL;
    tf_cpy_close(ts, code);
    if ((PyObject **)frame == &ts->datastack_chunk->data[0]) {
        _PyThreadState_PopFrame(ts, frame);
    }
    else {
        ts->datastack_top = (PyObject **)frame;
    }
}

/* The case text calls the models from here on (every body has `tstate`). */
#ifndef TF_CPYTHON_MODELS_UNUSED
#undef PyStackRef_CLOSE
#define PyStackRef_CLOSE(REF) tf_cpy_close(tstate, (REF))
#undef PyStackRef_XCLOSE
#define PyStackRef_XCLOSE(REF) tf_cpy_close(tstate, (REF))
#undef PyStackRef_CLOSE_SPECIALIZED
#define PyStackRef_CLOSE_SPECIALIZED(REF, D) tf_cpy_close_specialized(tstate, (REF), (D))
#undef PyStackRef_FromPyObjectNew
#define PyStackRef_FromPyObjectNew(OBJ) TF_CPY_NEW_REF(_PyObject_CAST(OBJ))
#define TF_CPY_NEW_REF _PyStackRef_FromPyObjectNew
#undef PyLong_FromLong
#define PyLong_FromLong(V) tf_cpy_long_from_long(tstate, (V))
#undef _PyLong_Add
#define _PyLong_Add(A, B) tf_cpy_long_add(tstate, (A), (B))
#undef _PyLong_Subtract
#define _PyLong_Subtract(A, B) tf_cpy_long_subtract(tstate, (A), (B))
#undef _PyLong_Multiply
#define _PyLong_Multiply(A, B) tf_cpy_long_multiply(tstate, (A), (B))
#undef PyFloat_FromDouble
#define PyFloat_FromDouble(D) tf_cpy_float_from_double(tstate, (D))
#undef _PyFloat_FromDouble_ConsumeInputs
#define _PyFloat_FromDouble_ConsumeInputs(L, R, D) tf_cpy_float_consume_inputs(tstate, (L), (R), (D))
#undef _PyEval_FrameClearAndPop
#define _PyEval_FrameClearAndPop(TS, F) tf_cpy_frame_clear_and_pop((TS), (F))
#endif

#endif /* the default build */
#endif /* TF_CPYTHON_MODELS_H */
