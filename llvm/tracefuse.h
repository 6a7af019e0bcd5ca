/* tracefuse.h — the contract between a uop body and the code around it.
 *
 * A uop library's bodies are compiled against this header (after the library's own
 * prelude header, which defines the VM's types `TfFrame`, `TfThread` and `TfValue`).
 * The same compiled body is used three ways:
 *   - by a reference interpreter (a C loop over an instruction array),
 *   - by tracefuse's per-uop stencils (one instruction, fields are holes),
 *   - by tracefuse's fused stencils (whole trace, build-time fields are constants).
 *
 * A body is a function that runs one instruction and says how it ended by returning a
 * status (TF_NEXT, TF_DEOPT, ...). It never jumps anywhere itself: the code around it
 * (interpreter loop or generated IR) turns the status into control flow. After inlining
 * at -O3 the status disappears into direct branches.
 *
 * Per-instruction fields arrive as arguments: oparg, operand0, operand1, target. Use the
 * OPARG / OPERAND0 / OPERAND1 / TARGET macros. The stack pointer and the frame are passed
 * by address so that PUSH/POP can move the one and a call or return can switch the
 * other; after inlining both live in registers.
 *
 * Bodies are compiled with strict aliasing (type-based alias analysis lets LLVM keep VM
 * pointers in registers across stores of values): reach objects only through their own
 * struct types, and the common header through the first member.
 *
 * Which exits a body may take is declared in the library manifest (uops.yaml). The
 * generator compiles each body with -DTF_MAY_<EXIT>=0/1 so that using an undeclared exit
 * is a compile error naming the uop.
 */
#ifndef TRACEFUSE_H
#define TRACEFUSE_H

#include <stdint.h>
#include <stddef.h>

/* How a body ended. Stable numbers: the IR builder and interpreters rely on them. */
enum {
    TF_NEXT = 0,      /* fall through to the next instruction */
    TF_DEOPT = 1,     /* guard failed: leave to the interpreter at this instruction's target */
    TF_SIDE_EXIT = 2, /* side exit: to the interpreter at target, or to another trace */
    TF_ERROR = 3,     /* an error was raised (the body set the VM's error slot) */
    TF_JUMP_TOP = 4,  /* jump back to the first instruction of the trace (loops) */
    TF_RETURN = 5,    /* leave the stencil returning the value the body stored in
                         *tf_result (a VM whose stencils return a pointer: CPython's
                         GOTO_TIER_ONE) */
    TF_TAIL_CALL = 6, /* leave by tail-calling, with (frame, sp, tstate), the stencil-
                         convention function whose address the body stored in
                         *tf_result (CPython's GOTO_TIER_TWO) */
};

/* Exit kinds passed to the library's exit function (see uops.yaml `exit_function`). */
enum {
    TF_EXIT_END = 0,       /* the trace ran off its end (stencil CONTINUE) */
    TF_EXIT_DEOPT = 1,
    TF_EXIT_SIDE_EXIT = 2,
    TF_EXIT_ERROR = 3,
};

#ifndef TF_MAY_DEOPT
#define TF_MAY_DEOPT 1
#endif
#ifndef TF_MAY_SIDE_EXIT
#define TF_MAY_SIDE_EXIT 1
#endif
#ifndef TF_MAY_ERROR
#define TF_MAY_ERROR 1
#endif
#ifndef TF_MAY_JUMP_TOP
#define TF_MAY_JUMP_TOP 1
#endif
#ifndef TF_MAY_RETURN
#define TF_MAY_RETURN 1
#endif
#ifndef TF_MAY_TAIL_CALL
#define TF_MAY_TAIL_CALL 1
#endif

/* Bodies are external so they survive into bitcode; the generator internalizes and
 * always-inlines them. */
#define TF_BODY_ATTRS __attribute__((used, nothrow))

/* The body signature. Fields are 64-bit; the manifest says which ones a uop reads (most
 * bodies read few of them, hence `unused`). `tf_result` is where a body that returns
 * TF_RETURN or TF_TAIL_CALL leaves the value or function.
 *
 * The frame is passed by address, like the stack pointer, so that a body may switch
 * frames (a call inlined into the trace pushes the callee's frame, a return pops it):
 * the instructions after it then run on the frame it stored in *tf_framep. TF_UOP gives
 * the body `frame`, the frame the instruction starts on; a body that switches stores the
 * new one with SET_FRAME(f) and points stack_pointer into it. After inlining the frame
 * lives in a register, as the stack pointer does.
 *
 * TF_UOP(NAME) defines tf_uop_NAME (the contract's function) and opens the body of an
 * inline function it calls with `frame` read from *tf_framep. */
#define TF_UNUSED __attribute__((unused))
#define TF_UOP_PARAMS                                                                     \
    TfFrame **tf_framep TF_UNUSED, TfValue **tf_spp TF_UNUSED, TfThread *tstate TF_UNUSED,  \
        uint64_t tf_oparg TF_UNUSED, uint64_t tf_operand0 TF_UNUSED,                      \
        uint64_t tf_operand1 TF_UNUSED, uint64_t tf_target TF_UNUSED,                     \
        void **tf_result TF_UNUSED
#define TF_UOP(NAME)                                                                      \
    static inline int tf_body_##NAME(TfFrame *frame, TF_UOP_PARAMS);                      \
    TF_BODY_ATTRS int tf_uop_##NAME(TF_UOP_PARAMS) {                                      \
        return tf_body_##NAME(*tf_framep, tf_framep, tf_spp, tstate, tf_oparg, tf_operand0, \
                              tf_operand1, tf_target, tf_result);                         \
    }                                                                                     \
    static inline int tf_body_##NAME(TfFrame *frame TF_UNUSED, TF_UOP_PARAMS)

/* Prototype form, for the interpreter's dispatch table. */
#define TF_UOP_DECL(NAME) TF_BODY_ATTRS int tf_uop_##NAME(TF_UOP_PARAMS);

typedef int (*TfBodyFn)(TfFrame **, TfValue **, TfThread *, uint64_t, uint64_t, uint64_t,
                        uint64_t, void **);

/* The library's exit function: records how a trace ended and returns the value the
 * stencil returns to its caller. Every exit path of every stencil calls it. */
typedef int (*TfExitFn)(TfFrame *frame, TfValue *sp, TfThread *tstate, int kind,
                        uint64_t index, uint64_t target);

/* The copy-and-patch entry: every stencil has this signature and calling convention;
 * control moves between stencils by tail calls. */
#define TF_STENCIL_CC __attribute__((preserve_none))
typedef int(TF_STENCIL_CC *TfStencilFn)(TfFrame *frame, TfValue *sp, TfThread *tstate);

/* --- shadow frame (optional) ----------------------------------------------------------
 * A library may let fused loops keep the frame's locals and stack slots in registers: the
 * trace runs on a private copy of the slots (an array LLVM promotes to SSA values, since
 * every access is at a constant slot) and writes back, on the way out, only the slots
 * whose value differs from what the frame held at entry. It names a support file in
 * uops.yaml (`shadow: shadow.c`) that defines, with these signatures:
 *   TF_SHADOW_ENTER: fills the frame copy `shadow` (at most TF_SHADOW_FRAME_BYTES bytes)
 *     so that bodies given `shadow` find their slots in `slots` (locals, then stack);
 *     in a trace tree, also called with one trace's frame copy as `frame` to fill the
 *     next trace's copy (the generated code then copies the slots over itself);
 *   TF_SHADOW_LOAD: the value of slot `slot` of the real frame (the generated code copies
 *     the locals and the entry stack in with it, one constant slot at a time);
 *   TF_SHADOW_STORE: writes `value` into slot `slot` of the real frame (the generated
 *     code calls it, with a constant slot, for each live slot that differs on the way out);
 *   TF_SHADOW_LEAVE: returns the real frame's stack pointer at slot `sp_slot` (and copies
 *     back whatever else of `shadow` the library lets bodies change).
 * Every hook is inlined. While the trace runs its slots live only in the copy: no runtime
 * function the bodies call may read or write the frame's slots. */
#define TF_SHADOW_FRAME_BYTES 64
#define TF_SHADOW_ENTER                                                                   \
    TF_BODY_ATTRS void tf_shadow_enter(TfFrame *frame, TfFrame *shadow, TfValue *slots)
#define TF_SHADOW_LOAD TF_BODY_ATTRS TfValue tf_shadow_load(TfFrame *frame, uint64_t slot)
#define TF_SHADOW_STORE                                                                   \
    TF_BODY_ATTRS void tf_shadow_store(TfFrame *frame, uint64_t slot, TfValue value)
#define TF_SHADOW_LEAVE                                                                   \
    TF_BODY_ATTRS TfValue *tf_shadow_leave(TfFrame *frame, TfFrame *shadow, uint64_t sp_slot)

/* --- frame slots (optional) --------------------------------------------------------------
 * A library whose frames keep their slots (locals, then the operand stack) in an array at
 * a fixed offset, and whose runtime functions may read the frame, declares the layout once
 * in its prelude; fused traces then keep the slots of the frame they entered with in SSA
 * values, writing them to the frame before anything that may read them (src/slots.rs):
 *   TF_FRAME_SLOTS(FRAME_TYPES, BLIND_CALLS, SLOTS, STACK_POINTER, FIELDS...)
 *   FRAME_TYPES: a string of struct tags, separated by spaces, naming every struct with a
 *     field that may point into a frame: first the frame itself, then the thread state, ...;
 *   BLIND_CALLS: a string of functions that never read or write any frame's slots;
 *   SLOTS: the offset of the slot array in the frame;
 *   STACK_POINTER: the offset of the frame's saved stack pointer, which only the frame's
 *     own code sets (a runtime function never changes it);
 *   FIELDS: pairs (index of a struct in FRAME_TYPES, offset of one of its pointer fields
 *     that never points into a frame).
 * The contract: inline code reaches the slots of the frame a trace entered with only from
 * the frame and stack pointer a body is given, or through a pointer read from a (tagged)
 * field of a FRAME_TYPES struct; slots hold values that never point into a frame; no
 * pointer a non-blind function returns does; a runtime function may change the frame's
 * locals (slots the bodies reach from the frame) but never its operand stack (reached
 * from the stack pointer). Read from the bodies' bitcode by tracefuse and removed from it:
 * it never reaches a stencil. */
#define TF_FRAME_SLOTS(FRAME_TYPES, BLIND_CALLS, SLOTS, STACK_POINTER, ...)                  \
    __attribute__((used)) static const long long tf_frame_slots_layout[] = {             \
        (long long)(SLOTS), (long long)(STACK_POINTER), __VA_ARGS__};                    \
    __attribute__((used)) static const char tf_frame_slots_names[] = FRAME_TYPES "|" BLIND_CALLS;

/* Header words a fused loop keeps with the slots (optional, beside TF_FRAME_SLOTS):
 *   TF_FRAME_KEPT(OFFSET, ...)
 *   OFFSET: a plain 8-byte field of the frame's header (before SLOTS) that only the frame's
 *     own code writes and no blind call reads: the saved stack pointer, the instruction
 *     pointer. A fused loop keeps each in an SSA value and writes it to the frame where it
 *     writes the slots (before a call that is not blind, an access through an unknown
 *     pointer, every way out), and never reads it again after a call. */
#define TF_FRAME_KEPT(...) \
    __attribute__((used)) static const long long tf_frame_kept_fields[] = {__VA_ARGS__};

/* --- memory only calls write (optional) ---------------------------------------------------
 * A library declares in its prelude the memory that no inline code ever writes (no body, no
 * model, no code of the core's), only the runtime functions the bodies call; fused traces
 * then read it once on entry and again only after calls (a read after inline stores is the
 * value read before them; src/call_written.rs):
 *   TF_CALL_WRITTEN(SYMBOL, OFFSET, SIZE, QUIET_CALLS)
 *   SYMBOL: a hole or global the bodies reach the memory through, at a constant offset;
 *   OFFSET, SIZE: the bytes of SYMBOL's object that only calls write;
 *   QUIET_CALLS: a string of functions, separated by spaces, that never write them either
 *     (nor run anything that does): the memory is not read again after their calls.
 * One declaration per symbol. The contract: while a trace runs, nothing else changes those
 * bytes between two of its calls (no other thread, no signal handler). Read from the
 * bodies' bitcode by tracefuse and removed from it: it never reaches a stencil. */
#define TF_CALL_WRITTEN(SYMBOL, OFFSET, SIZE, QUIET_CALLS)                                     \
    __attribute__((used)) static const long long tf_call_written_##SYMBOL[] = {              \
        (long long)(OFFSET), (long long)(SIZE)};                                            \
    __attribute__((used)) static const char tf_call_quiet_##SYMBOL[] = QUIET_CALLS;

/* --- per-instruction fields ------------------------------------------------------- */
#define OPARG ((uint64_t)tf_oparg)
#define OPERAND0 ((uint64_t)tf_operand0)
#define OPERAND1 ((uint64_t)tf_operand1)
#define TARGET ((uint64_t)tf_target)

/* --- the value stack ----------------------------------------------------------------- */
#define stack_pointer (*tf_spp)
#define PUSH(v) (*(*tf_spp)++ = (v))
#define POP() (*--(*tf_spp))
#define PEEK(n) ((*tf_spp)[-(ptrdiff_t)(n)]) /* PEEK(1) is the top of stack */
#define POKE(n, v) ((*tf_spp)[-(ptrdiff_t)(n)] = (v))
#define STACK_SHRINK(n) ((*tf_spp) -= (n))
#define STACK_GROW(n) ((*tf_spp) += (n))

/* --- the frame --------------------------------------------------------------------------
 * `frame` (a TF_UOP parameter) is the frame the instruction starts on. A body that
 * switches frames (a manifest `frame: push` or `frame: pop` uop) stores the frame the
 * next instructions run on, and sets stack_pointer to that frame's stack. */
#define SET_FRAME(f) (*tf_framep = (f))

/* --- ways out ---------------------------------------------------------------------- */
#define TF_UNLIKELY(c) __builtin_expect(!!(c), 0)

#define DEOPT_IF(cond)                                                                   \
    do {                                                                                 \
        _Static_assert(TF_MAY_DEOPT, "DEOPT_IF used but uops.yaml does not list deopt"); \
        if (TF_UNLIKELY(cond)) return TF_DEOPT;                                          \
    } while (0)
#define EXIT_IF(cond)                                                                    \
    do {                                                                                 \
        _Static_assert(TF_MAY_SIDE_EXIT,                                                 \
                       "EXIT_IF used but uops.yaml does not list side_exit");            \
        if (TF_UNLIKELY(cond)) return TF_SIDE_EXIT;                                      \
    } while (0)
/* The body must already have popped and released its inputs when it raises. */
#define ERROR_IF(cond)                                                                   \
    do {                                                                                 \
        _Static_assert(TF_MAY_ERROR, "ERROR_IF used but uops.yaml does not list error"); \
        if (TF_UNLIKELY(cond)) return TF_ERROR;                                          \
    } while (0)
#define JUMP_TO_TOP()                                                                    \
    do {                                                                                 \
        _Static_assert(TF_MAY_JUMP_TOP,                                                  \
                       "JUMP_TO_TOP used but uops.yaml does not list jump_to_top");      \
        return TF_JUMP_TOP;                                                              \
    } while (0)
#define NEXT() return TF_NEXT

#endif /* TRACEFUSE_H */
