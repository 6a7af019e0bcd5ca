/* Emits every stencil group of a set into fixed addresses with made-up instruction
 * fields, exit targets and symbols, and prints each group's patched bytes in hex: built
 * once with the set's jit_stencils.h and once with its stencil pack (-DTF_FORM_PACK), the
 * two outputs must be identical (tests/core/pack.rs). Patched bytes depend on where the
 * code, data and trampolines are, so both builds map them at the same addresses. */
#define _GNU_SOURCE 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

typedef struct {
    uint32_t uop, oparg;
    uint64_t operand0, operand1;
    uint32_t target;
    int32_t exit_trace;
} Inst;
#define TF_INSTRUCTION Inst

#ifdef TF_FORM_PACK
#include "tf_stencils_pack.h"
#else
#include "jit_stencils.h"
#endif

#define NINST 4096
#define SPACE (UINT64_C(1) << 24)
static Inst insts[NINST];
static uintptr_t exits[NINST];

static unsigned char *
map_at(uintptr_t at, size_t size)
{
    void *p = mmap((void *)at, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || (uintptr_t)p != at) {
        perror("mmap");
        exit(2);
    }
    return p;
}

static void
emit(const tf_stencil_group *g, unsigned char *code, unsigned char *data, unsigned char *tramps,
     size_t nmembers)
{
    static tf_tree_member members[64];
    uintptr_t symbols[TF_SYMBOL_COUNT + 1];
    for (int s = 0; s <= TF_SYMBOL_COUNT; s++) {
        symbols[s] = UINT64_C(0x7f0000001000) + (uintptr_t)s * 0x40; /* far: trampolines */
    }
    for (size_t k = 0; k < 64; k++) {
        members[k] = (tf_tree_member){insts + 8 * (k + 1), exits + 8 * (k + 1), 1000 + k};
    }
    (void)nmembers;
    uint64_t counter = 0;
    tf_emit_ctx c;
    memset(&c, 0, sizeof(c));
    memset(code, 0xcc, g->code_size + 64);
    memset(data, 0xdd, g->data_size + 64);
    memset(tramps, 0, 64 * TF_TRAMPOLINE_SIZE);
    c.code = code;
    c.data = data;
    c.instructions = insts;
    c.continue_to = (uintptr_t)code + 0x100000;
    c.jump_target = (uintptr_t)code + 0x200;
    c.error_target = (uintptr_t)code + 0x300;
    c.index = 77;
    c.exit_targets = exits;
    c.members = members;
    c.symbols = symbols;
    c.entry_count = &counter;
    c.trampolines = c.trampolines_next = tramps;
    c.trampolines_end = tramps + 64 * TF_TRAMPOLINE_SIZE;
    tf_emit(g, &c);
    printf("%s %s relaxed=%zu code=", g->name, c.error ? c.error : "ok", c.relaxed);
    for (size_t k = 0; k < g->code_size; k++) printf("%02x", code[k]);
    printf(" data=");
    for (size_t k = 0; k < g->data_size; k++) printf("%02x", data[k]);
    printf(" tramps=");
    for (unsigned char *p = tramps; p < c.trampolines_next; p++) printf("%02x", *p);
    printf("\n");
}

int
main(int argc, char **argv)
{
    for (size_t k = 0; k < NINST; k++) {
        insts[k] = (Inst){(uint32_t)k, (uint32_t)(k % 7), UINT64_C(0x1000) * k + 5,
                          UINT64_C(0x7f0011220000) + k, (uint32_t)(k * 3) | ((uint32_t)k << 16), -1};
        exits[k] = UINT64_C(0x600000000) + 16 * k;
    }
    unsigned char *code = map_at(UINT64_C(0x500000000), SPACE);
    unsigned char *data = map_at(UINT64_C(0x500000000) + SPACE, SPACE);
    unsigned char *tramps = map_at(UINT64_C(0x500000000) + 2 * SPACE, 1 << 16);
#ifdef TF_FORM_PACK
    if (argc < 2) {
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *blob = aligned_alloc(16, ((size_t)n + 15) & ~(size_t)15);
    if (blob == NULL || fread(blob, 1, (size_t)n, f) != (size_t)n) {
        return 2;
    }
    fclose(f);
    const char *why = tf_pack_load(blob, (size_t)n);
    if (why != NULL) {
        printf("load: %s\n", why);
        return 1;
    }
#else
    (void)argc, (void)argv;
#endif
    emit(&tf_end_group, code, data, tramps, 0);
    for (size_t id = 0; id < TF_UOP_TABLE_SIZE; id++) {
        if (tf_uop_groups[id]) emit(tf_uop_groups[id], code, data, tramps, 0);
        if (tf_uop_groups_exit_to[id]) emit(tf_uop_groups_exit_to[id], code, data, tramps, 0);
    }
    for (size_t t = 0; t < TF_FUSED_COUNT; t++) {
        /* A pack's damaged fused group is never emitted, and the lookup never finds it. */
        if (TF_FUSED_USABLE(t)) {
            emit(&tf_fused_groups[t].group, code, data, tramps, tf_fused_groups[t].nmembers);
        } else {
            printf("unusable %s\n", tf_fused_groups[t].trace);
        }
        /* The lookup finds each trace from a recording of it: its uops, the fields it
         * assumes, its linked exits. */
        const tf_fused_group *g = &tf_fused_groups[t];
        static Inst rec[NINST];
        for (size_t k = 0; k < g->length && k < NINST; k++) {
            rec[k] = (Inst){g->uops[k], 0, 0, 0, 0, -1};
        }
        for (size_t a = 0; a < g->nassumptions; a++) {
            Inst *i = &rec[g->assumptions[a].instruction];
            uint64_t v = g->assumptions[a].value;
            switch (g->assumptions[a].field) {
            case 0: i->oparg = (uint32_t)v; break;
            case 1: i->operand0 = v; break;
            case 2: i->operand1 = v; break;
            default: i->target = (uint32_t)v; break;
            }
        }
        for (size_t e = 0; e < g->nexits; e++) {
            rec[g->exits[e].instruction].exit_trace = g->exits[e].trace;
        }
        int found = tf_lookup_fused(rec, g->length);
        printf("lookup %s: %zu uops -> %s\n", g->trace, g->length, found >= 0 ? tf_fused_groups[found].trace : "none");
    }
    return 0;
}
