/* Using this header
 *
 * Define TF_INSTRUCTION as the VM's recorded instruction type before including it. Its
 * fields are read through TF_INST_UOP / TF_INST_OPARG / TF_INST_OPERAND0 /
 * TF_INST_OPERAND1 / TF_INST_TARGET (default: the members uop, oparg, operand0,
 * operand1, target) and TF_INST_EXIT (default: member exit_trace), the fused trace
 * (index in tf_fused_groups) its side exit is linked to, or -1.
 *
 * To install a trace: find a fused group with tf_lookup_fused(); on a miss stitch one
 * per-uop group per instruction (tf_uop_group()). A fused group with nmembers > 0 is a
 * trace tree: it also runs the traces listed in its members, so use it only when each
 * of them was recorded and hits its own group, and pass them in tf_emit_ctx.members
 * (else stitch). Reserve code_size bytes of code (at
 * TF_CODE_ALIGNMENT), data_size bytes of data (aligned to 16, within +-2 GiB of the
 * code) and trampolines * TF_TRAMPOLINE_SIZE bytes of trampoline area within +-128 MiB
 * of the code, all in memory that is writable but not executable; fill a tf_emit_ctx and call tf_emit(group, &ctx); check
 * c.error (a value that does not fit its field: nothing may run); then make code and
 * trampolines read+execute and data read-only, and flush the instruction cache where
 * the architecture needs it. Enter a stencil at code + entry with the stencil calling
 * convention (preserve_none: frame, stack pointer, thread state).
 *
 * A stitcher that lays a per-uop stencil directly after the previous one may start it
 * continue_jump bytes early: that many bytes at the end are a jump to _JIT_CONTINUE.
 * Emit in order, so the later stencil overwrites the dropped jump.
 */
#ifndef TF_INSTRUCTION
#error "define TF_INSTRUCTION as the VM's instruction type before including this header"
#endif
#ifndef TF_INST_UOP
#define TF_INST_UOP(i) ((i)->uop)
#endif
#ifndef TF_INST_OPARG
#define TF_INST_OPARG(i) ((i)->oparg)
#endif
#ifndef TF_INST_OPERAND0
#define TF_INST_OPERAND0(i) ((i)->operand0)
#endif
#ifndef TF_INST_OPERAND1
#define TF_INST_OPERAND1(i) ((i)->operand1)
#endif
#ifndef TF_INST_TARGET
#define TF_INST_TARGET(i) ((i)->target)
#endif
#ifndef TF_INST_EXIT
#define TF_INST_EXIT(i) ((i)->exit_trace)
#endif

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A trace after the root of a trace tree's fused stencil, as the VM recorded it. */
typedef struct {
    const TF_INSTRUCTION *instructions; /* the trace's instructions */
    const uintptr_t *exit_targets;      /* its side-exit entries, per instruction */
    uint64_t index;                     /* its _JIT_INDEX: the VM's number of its instruction 0 */
} tf_tree_member;

typedef struct {
    unsigned char *code;           /* where the group's code goes */
    unsigned char *data;           /* where its data goes */
    const TF_INSTRUCTION *instructions; /* fused: the whole trace; per-uop: its instruction */
    uintptr_t continue_to;         /* _JIT_CONTINUE: the next stencil, or the VM's end */
    uintptr_t jump_target;         /* _JIT_JUMP_TARGET: the first stencil of the trace (or,
                                      with exit routing, the stub a guard jumps to) */
    uintptr_t error_target;        /* _JIT_ERROR_TARGET: the stub an error jumps to (exit
                                      routing only) */
    uint64_t index;                /* _JIT_INDEX: the VM's number of the (first) instruction;
                                      a fused stencil adds the exiting instruction to it */
    const uintptr_t *exit_targets; /* side-exit entries: fused, per instruction; per-uop, [0] */
    const tf_tree_member *members; /* a trace tree's fused stencil: one per member trace after
                                      the root, in tf_fused_group.members order */
    const uintptr_t *symbols;      /* TF_SYMBOL_COUNT runtime addresses (tf_symbol_names) */
    uint64_t *entry_count;         /* _JIT_ENTRY_COUNT: the counter a fused stencil of a
                                      library with count_entries increments on entry */
    unsigned char *trampolines, *trampolines_next, *trampolines_end; /* trampoline area */
    const char *error;             /* set when a value does not fit its field */
    size_t relaxed;                /* GOT loads turned into immediates or direct addresses */
} tf_emit_ctx;

/* A hole as a stencil pack stores it (tf_stencils_pack.h): where it is, the patch helper,
 * what its value is (see tf_pack_value: of which trace of a tree, which instruction or symbol,
 * which field) and its addends (the second: a relaxed GOT load's slot). */
typedef struct {
    uint32_t offset;
    uint8_t patch, value, field, in_data;
    uint32_t member, arg;
    int64_t addend, addend2;
} tf_pack_hole;

typedef struct {
    const char *name;
    void (*emit)(tf_emit_ctx *c); /* jit_stencils.h; a pack's groups have none */
    size_t code_size, data_size, entry;
    size_t trampolines;   /* at most this many trampoline slots */
    size_t continue_jump; /* bytes of a final jump to _JIT_CONTINUE a stitcher may drop */
    /* A stencil pack's group: its bytes and holes, which tf_emit() copies and patches. */
    const unsigned char *code_bytes, *data_bytes;
    const tf_pack_hole *holes;
    size_t nholes;
} tf_stencil_group;

typedef struct {
    uint32_t instruction;
    uint32_t field; /* 0 oparg, 1 operand0, 2 operand1, 3 target */
    uint64_t value;
} tf_assumption;

typedef struct {
    uint32_t instruction;
    int32_t trace;  /* index in tf_fused_groups */
} tf_linked_exit;

typedef struct {
    const char *trace;
    tf_stencil_group group;
    uint64_t hash;
    size_t length;
    const uint32_t *uops;
    const tf_assumption *assumptions;
    size_t nassumptions;
    const tf_linked_exit *exits;
    size_t nexits;
    const int32_t *members; /* a trace tree: the traces it holds after this one (indices in
                               tf_fused_groups: those its exits link to, and theirs, in
                               order), whose instructions the VM passes in
                               tf_emit_ctx.members; each must be recorded and hit its own
                               group on lookup */
    size_t nmembers;
} tf_fused_group;
