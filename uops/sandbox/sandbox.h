/* sandbox.h — the sandbox VM: values, objects, frames, thread state, runtime API.
 *
 * The sandbox is tracefuse's own tier-2 style VM. Its uop bodies (bodies/NAME.c), its
 * reference interpreter (interp.c) and its runtime (runtime.c) all include this header.
 * The runtime is linked into the tracefuse binary; stencils reach its functions and
 * singletons through holes patched with their addresses.
 *
 * Values: a TfValue is a tagged word. Low bit 1: a small int (value << 1 | 1, 63 bits).
 * Low bit 0: a pointer to a refcounted TfObject. None/True/False are immortal statics.
 * Every heap object is on its thread's heap list (allocation order, unique ids), so the
 * state after a run — every live object and its refcount — can be compared exactly.
 */
#ifndef TF_SANDBOX_H
#define TF_SANDBOX_H

#include <stdint.h>
#include <stddef.h>

typedef uintptr_t TfValue;
typedef struct TfObject TfObject;
typedef struct TfFrame TfFrame;
typedef struct TfThread TfThread;

#include "tracefuse.h"

/* Object kinds. Stable numbers: the Rust side mirrors them (src/sandbox.rs). */
enum {
    TF_KIND_NONE = 0,
    TF_KIND_BOOL = 1,
    TF_KIND_FLOAT = 2,
    TF_KIND_LIST = 3,
    TF_KIND_RANGE_ITER = 4,
    TF_KIND_LIST_ITER = 5,
    TF_KIND_CLASS = 6,
    TF_KIND_INSTANCE = 7,
    TF_KIND_BUILTIN = 8,
};

/* Error codes stored in TfThread.error. Stable numbers. */
enum {
    TF_ERR_NONE = 0,
    TF_ERR_ZERO_DIVISION = 1,
    TF_ERR_TYPE = 2,
    TF_ERR_INDEX = 3,
    TF_ERR_MEMORY = 4,
    TF_ERR_VALUE = 5,
    TF_ERR_RAISED = 6, /* _ERROR_POP_N: an error raised by the trace itself */
};

#define TF_IMMORTAL_REFCNT (INT64_C(1) << 60)

struct TfObject {
    int64_t refcnt;
    uint32_t kind;
    uint32_t _pad;
    uint64_t id;               /* allocation number on its thread; 0 for immortals */
    TfObject *heap_prev, *heap_next;
    TfThread *owner;           /* the thread whose heap holds it; NULL for immortals */
};

typedef struct { TfObject ob; double value; } TfFloat;
typedef struct { TfObject ob; int64_t len, cap; TfValue *items; } TfList;
typedef struct { TfObject ob; int64_t next, stop, step; } TfRangeIter;
typedef struct { TfObject ob; TfList *list; int64_t index; } TfListIter;
typedef struct { TfObject ob; uint64_t version; int64_t nslots; } TfClass;
typedef struct { TfObject ob; TfClass *cls; int64_t nslots; TfValue slots[]; } TfInstance;
/* A builtin: returns a new reference, or 0 with tstate->error set. Borrows its args. */
typedef TfValue (*TfBuiltinFn)(TfThread *tstate, TfValue *args, int64_t nargs);
typedef struct { TfObject ob; const char *name; TfBuiltinFn fn; } TfBuiltin;

struct TfFrame {
    TfValue *sp;          /* saved stack pointer (valid after a trace exits) */
    int64_t nlocals;
    int64_t stack_size;
    TfValue *locals;      /* nlocals values, then stack_size stack slots */
};

struct TfThread {
    int64_t eval_breaker;   /* nonzero: _CHECK_EVAL_BREAKER and back edges exit */
    int64_t ticks;          /* back edges taken so far */
    int64_t tick_limit;     /* when ticks reaches it, eval_breaker is set (a timer) */
    int64_t error;          /* TF_ERR_*, TF_ERR_NONE when no error is pending */
    /* How the last trace ended, written by tf_sandbox_exit. */
    int64_t exit_kind;      /* TF_EXIT_* */
    uint64_t exit_index;    /* instruction that left */
    uint64_t exit_target;   /* its target */
    uint64_t next_id;       /* next object id */
    int64_t live;           /* live heap objects */
    TfObject heap;          /* sentinel of the circular heap list */
};

/* Immortal singletons. */
extern TfObject tf_None, tf_True, tf_False;

/* --- values ------------------------------------------------------------------------ */
#define TF_INT_MAX (INT64_MAX >> 1)
#define TF_INT_MIN (INT64_MIN >> 1)
static inline int tf_is_int(TfValue v) { return (v & 1) != 0; }
static inline int64_t tf_int_value(TfValue v) { return (int64_t)v >> 1; }
static inline TfValue tf_int(int64_t i) { return ((uint64_t)i << 1) | 1; }
static inline TfObject *tf_obj(TfValue v) { return (TfObject *)v; }
static inline TfValue tf_val(void *o) { return (TfValue)o; }
static inline int tf_has_kind(TfValue v, uint32_t kind) {
    return !tf_is_int(v) && tf_obj(v)->kind == kind;
}
static inline TfValue tf_bool(int b) { return tf_val(b ? &tf_True : &tf_False); }

void tf_dealloc(TfObject *o);

/* The comparison of _COMPARE_OP_INT / _COMPARE_OP_FLOAT: oparg 0 <, 1 <=, 2 ==, 3 !=,
 * 4 >, 5 >=. */
#define TF_COMPARE(op, a, b)                                                           \
    ((op) == 0 ? (a) < (b) : (op) == 1 ? (a) <= (b) : (op) == 2 ? (a) == (b)          \
     : (op) == 3 ? (a) != (b) : (op) == 4 ? (a) > (b) : (a) >= (b))

/* A value being increfed is held by its caller, so its count is at least 1: told to the
 * compiler, an incref and a decref of one value on one path cancel (the decref cannot
 * reach 0). */
static inline void tf_incref(TfValue v) {
    if (!tf_is_int(v)) {
        int64_t count = tf_obj(v)->refcnt;
        __builtin_assume(count > 0);
        tf_obj(v)->refcnt = count + 1;
    }
}
static inline void tf_decref(TfValue v) {
    if (!tf_is_int(v) && --tf_obj(v)->refcnt == 0) tf_dealloc(tf_obj(v));
}

/* --- runtime API (runtime.c) ------------------------------------------------------------
 * Constructors return a new reference, or 0 with tstate->error = TF_ERR_MEMORY
 * (tf_range_iter_new: TF_ERR_VALUE when step is 0 or next/stop/step is not a small int,
 * so the values a range yields and next + step always fit). */
TfThread *tf_thread_new(void);
void tf_thread_free(TfThread *tstate); /* frees every object still on its heap */
TfFrame *tf_frame_new(int64_t nlocals, int64_t stack_size); /* locals start as None */
void tf_frame_free(TfFrame *frame);                         /* releases locals and stack */
TfValue tf_float_new(TfThread *tstate, double v);
TfValue tf_list_new(TfThread *tstate, int64_t cap);
int tf_list_append(TfThread *tstate, TfValue list, TfValue item); /* steals item; 0 ok */
TfValue tf_range_iter_new(TfThread *tstate, int64_t start, int64_t stop, int64_t step);
TfValue tf_list_iter_new(TfThread *tstate, TfValue list);
TfValue tf_class_new(TfThread *tstate, uint64_t version, int64_t nslots);
TfValue tf_instance_new(TfThread *tstate, TfValue cls); /* slots start as None */
TfValue tf_builtin_new(TfThread *tstate, const char *name); /* 0 if the name is unknown */

/* The exit function named in uops.yaml: records how the trace ended (kind, index,
 * target), saves sp into frame->sp, and returns kind. */
int tf_sandbox_exit(TfFrame *frame, TfValue *sp, TfThread *tstate, int kind, uint64_t index,
                    uint64_t target);

/* --- reference interpreter (interp.c) ---------------------------------------------------- */
typedef struct {
    uint32_t uop;        /* uop id from uops.yaml */
    uint32_t _pad;
    uint64_t oparg, operand0, operand1, target;
    int64_t exit_trace;  /* side exits go to this trace (index in the set), or -1 */
} TfInst;

typedef struct {
    const TfInst *insts;
    int64_t len;
} TfTraceCode;

/* Runs traces[start] on frame/tstate from frame->sp; follows side exits into other
 * traces of the set. Returns the exit kind; tstate->exit_* say where it left. */
int tf_interpret(TfFrame *frame, TfThread *tstate, const TfTraceCode *traces, int64_t ntraces,
                 int64_t start);

#endif /* TF_SANDBOX_H */
