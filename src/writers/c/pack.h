
/* Reading a stencil pack (docs/formats.md, "Stencil pack"): call tf_pack_load() once with
 * the pack's bytes (16-byte aligned, kept alive); it checks them and builds the tables
 * jit_stencils.h has (tf_fused_groups, tf_uop_group(), tf_lookup_fused(), the end group),
 * which then work the same. tf_emit() copies a group's bytes and patches its holes.
 * A fused group's holes are checked when it is first wanted (TF_FUSED_USABLE, which
 * tf_lookup_fused() asks): a pack of thousands of traces is not walked hole by hole at
 * load, and a damaged fused group is never used while the rest of the pack is.
 * TF_PACK_CALLOC and TF_PACK_FREE (default calloc and free) allocate the tables. */
#include <stdlib.h>
#ifndef TF_PACK_CALLOC
#define TF_PACK_CALLOC(n, size) calloc((n), (size))
#define TF_PACK_FREE(p) free(p)
#endif

typedef struct {
    uint32_t name, nholes, first_hole, pad;
    uint64_t code, code_size, data, data_size, entry, trampolines, continue_jump;
} tf_pack_group;

typedef struct {
    uint32_t trace, group;
    uint64_t hash;
    uint32_t length, nassumptions, nexits, nmembers, uops, assumptions, exits, members;
} tf_pack_fused;

typedef struct {
    uint64_t hash;
    int32_t trace;
    uint32_t pad;
} tf_pack_by_hash;

typedef struct {
    char magic[8];
    uint32_t version, arch, triple, nsymbols, ngroups, nfused, uop_table_size, nholes;
    uint64_t strings, symbols, groups, holes, bytes, fused, words, assumptions, exits, by_hash,
        uop_table, size;
} tf_pack_file;

/* What tf_pack_load() built. */
static struct {
    size_t nfused, uop_table_size;
    tf_stencil_group *groups;     /* all groups: the end stub, per-uop, fused */
    tf_fused_group *fused;
    const tf_pack_by_hash *by_hash;
    const tf_stencil_group **uop_groups, **uop_groups_exit_to;
    /* For checking fused groups when first wanted (tf_pack_fused_usable). */
    const tf_pack_fused *pf;
    const tf_pack_group *pg;
    const tf_pack_hole *holes;
    const uint32_t *words;
    uint32_t nsymbols;
    unsigned char *checked; /* per fused group: 0 not yet, 1 usable, 2 not */
} tf_pack_state;

/* The names jit_stencils.h gives its tables. */
#define tf_fused_groups (tf_pack_state.fused)
#define tf_fused_by_hash (tf_pack_state.by_hash)
#define TF_UOP_TABLE_SIZE (tf_pack_state.uop_table_size)
#define tf_uop_groups (tf_pack_state.uop_groups)
#define tf_uop_groups_exit_to (tf_pack_state.uop_groups_exit_to)
#define tf_end_group (tf_pack_state.groups[0])

/* Whether [at, at + n * size) lies inside a pack of `size_` bytes. */
static inline int
tf_pack_within(uint64_t at, uint64_t n, uint64_t size, uint64_t size_)
{
    return at <= size_ && (size == 0 || n <= (size_ - at) / size);
}

/* NULL when the holes of group g patch only inside it and read only what the VM passes:
 * instruction [0] of a per-uop group (p NULL), or of fused group p an instruction of its
 * trace or of one of its members (pf: the pack's nfused fused groups); else what is wrong. */
static inline const char *
tf_pack_check_holes(const tf_pack_group *g, const tf_pack_hole *holes, uint32_t nsymbols,
                    const tf_pack_fused *p, const tf_pack_fused *pf, size_t nfused, const uint32_t *words)
{
    for (uint32_t k = 0; k < g->nholes; k++) {
        const tf_pack_hole *h = &holes[g->first_hole + k];
        uint64_t limit = h->in_data ? g->data_size : g->code_size;
        if ((uint64_t)h->offset >= limit || h->value > 10 || (h->value == 10 && h->arg >= nsymbols)) {
            return "a stencil pack hole lies outside its group";
        }
        /* Values 7-9 read an instruction: a tree member's index, a field, an exit entry. */
        if (h->value < 7 || h->value > 9) {
            continue;
        }
        if (p == NULL) {
            if (h->member != 0 || h->arg != 0 || h->value == 7) {
                return "a stencil pack hole of a per-uop group names another instruction";
            }
            continue;
        }
        uint64_t length = p->length;
        if (h->member > p->nmembers || (h->value == 7 && h->member == 0)) {
            return "a stencil pack hole names a tree member its trace does not have";
        }
        if (h->member > 0) {
            uint32_t m = words[p->members + h->member - 1];
            length = m < nfused ? pf[m].length : 0;
        }
        if (h->value != 7 && h->arg >= length) {
            return "a stencil pack hole names an instruction past its trace";
        }
    }
    return NULL;
}

/* Whether fused group t may be used: its holes checked (tf_pack_check_holes) the first
 * time it is asked, the answer kept. */
static inline int
tf_pack_fused_usable(size_t t)
{
    if (t >= tf_pack_state.nfused) {
        return 0;
    }
    if (tf_pack_state.checked[t] == 0) {
        const tf_pack_fused *p = &tf_pack_state.pf[t];
        const char *why = tf_pack_check_holes(&tf_pack_state.pg[p->group], tf_pack_state.holes,
                                              tf_pack_state.nsymbols, p, tf_pack_state.pf,
                                              tf_pack_state.nfused, tf_pack_state.words);
        tf_pack_state.checked[t] = why == NULL ? 1 : 2;
    }
    return tf_pack_state.checked[t] == 1;
}
#define TF_FUSED_USABLE(t) tf_pack_fused_usable(t)

/* Checks `blob` (`size` bytes) and builds the tables; NULL when it can be used, else why
 * not. A pack for another target, format or set of runtime symbols is refused. */
static inline const char *
tf_pack_load(const unsigned char *blob, size_t size)
{
    tf_pack_file f;
    if (size < sizeof(f)) {
        return "the stencil pack is truncated";
    }
    memcpy(&f, blob, sizeof(f));
    if (memcmp(f.magic, "tfpack\0\0", 8) != 0) {
        return "not a stencil pack";
    }
    if (f.version != TF_PACK_VERSION || f.arch != TF_PACK_ARCH) {
        return "the stencil pack is of another format version or architecture than this reader";
    }
    if (f.size != size || ((uintptr_t)blob & 15) != 0) {
        return "the stencil pack is truncated or not 16-byte aligned";
    }
    if (!tf_pack_within(f.symbols, f.nsymbols, 4, size) ||
        !tf_pack_within(f.groups, f.ngroups, sizeof(tf_pack_group), size) ||
        !tf_pack_within(f.holes, f.nholes, sizeof(tf_pack_hole), size) ||
        !tf_pack_within(f.fused, f.nfused, sizeof(tf_pack_fused), size) ||
        !tf_pack_within(f.by_hash, f.nfused, sizeof(tf_pack_by_hash), size) ||
        !tf_pack_within(f.uop_table, 2 * (uint64_t)(f.uop_table_size ? f.uop_table_size : 1), 4, size) ||
        f.strings >= f.symbols || f.triple >= f.symbols - f.strings || f.ngroups == 0) {
        return "the stencil pack's tables lie outside it";
    }
    /* Sections in file order; the string table ends in a NUL, so every string does. */
    const uint64_t order[12] = {f.strings, f.symbols, f.groups, f.holes, f.bytes, f.fused,
                                f.words, f.assumptions, f.exits, f.by_hash, f.uop_table, size};
    for (int k = 0; k < 11; k++) {
        if (order[k] > order[k + 1]) {
            return "the stencil pack's sections are out of order";
        }
    }
    if (f.symbols == f.strings || blob[f.symbols - 1] != 0) {
        return "the stencil pack's string table is not terminated";
    }
    const char *strings = (const char *)blob + f.strings;
    if (strcmp(strings + f.triple, TF_STENCILS_TARGET) != 0 || f.nsymbols != TF_SYMBOL_COUNT) {
        return "the stencil pack is for another target or runtime than this reader";
    }
    const uint32_t *symbol_names = (const uint32_t *)(blob + f.symbols);
    for (uint32_t s = 0; s < f.nsymbols; s++) {
        if (symbol_names[s] >= f.symbols - f.strings ||
            strcmp(strings + symbol_names[s], tf_symbol_names[s]) != 0) {
            return "the stencil pack's runtime symbols are not this reader's";
        }
    }
    const tf_pack_group *pg = (const tf_pack_group *)(blob + f.groups);
    const tf_pack_hole *holes = (const tf_pack_hole *)(blob + f.holes);
    tf_stencil_group *groups = TF_PACK_CALLOC(f.ngroups, sizeof(*groups));
    tf_fused_group *fused = TF_PACK_CALLOC(f.nfused ? f.nfused : 1, sizeof(*fused));
    size_t table = f.uop_table_size ? f.uop_table_size : 1;
    const tf_stencil_group **uop_groups = TF_PACK_CALLOC(2 * table, sizeof(*uop_groups));
    if (groups == NULL || fused == NULL || uop_groups == NULL) {
        TF_PACK_FREE(groups), TF_PACK_FREE(fused), TF_PACK_FREE((void *)uop_groups);
        return "out of memory reading the stencil pack";
    }
    const char *bad = NULL;
    for (uint32_t g = 0; g < f.ngroups && bad == NULL; g++) {
        const tf_pack_group *p = &pg[g];
        if (p->name >= f.symbols - f.strings || p->code > size || p->data > size ||
            !tf_pack_within(f.bytes + p->code, p->code_size, 1, f.fused) ||
            !tf_pack_within(f.bytes + p->data, p->data_size, 1, f.fused) || p->first_hole > f.nholes ||
            p->nholes > f.nholes - p->first_hole) {
            bad = "a stencil pack group lies outside it";
            break;
        }
        groups[g] = (tf_stencil_group){
            strings + p->name, NULL, p->code_size, p->data_size, p->entry, p->trampolines,
            p->continue_jump, blob + f.bytes + p->code, blob + f.bytes + p->data,
            holes + p->first_hole, p->nholes};
    }
    const tf_pack_fused *pf = (const tf_pack_fused *)(blob + f.fused);
    const uint32_t *words = (const uint32_t *)(blob + f.words);
    uint64_t nwords = (f.assumptions - f.words) / 4;
    for (uint32_t t = 0; t < f.nfused && bad == NULL; t++) {
        const tf_pack_fused *p = &pf[t];
        if (p->group >= f.ngroups || p->trace >= f.symbols - f.strings ||
            !tf_pack_within(p->uops, p->length, 1, nwords) ||
            !tf_pack_within(p->members, p->nmembers, 1, nwords) ||
            !tf_pack_within(f.assumptions + 16 * (uint64_t)p->assumptions, p->nassumptions, 16, size) ||
            !tf_pack_within(f.exits + 8 * (uint64_t)p->exits, p->nexits, 8, size)) {
            bad = "a stencil pack fused group lies outside it";
            break;
        }
        fused[t] = (tf_fused_group){
            strings + p->trace, groups[p->group], p->hash, p->length, words + p->uops,
            (const tf_assumption *)(blob + f.assumptions) + p->assumptions, p->nassumptions,
            (const tf_linked_exit *)(blob + f.exits) + p->exits, p->nexits,
            (const int32_t *)(words + p->members), p->nmembers};
    }
    /* The holes of every group no fused group is (the end stub and the per-uop groups,
     * few and small) are checked now; fused groups' when first wanted. */
    unsigned char *is_fused = TF_PACK_CALLOC(f.ngroups, 1);
    unsigned char *checked = TF_PACK_CALLOC(f.nfused ? f.nfused : 1, 1);
    if ((is_fused == NULL || checked == NULL) && bad == NULL) {
        bad = "out of memory reading the stencil pack";
    }
    for (uint32_t t = 0; t < f.nfused && bad == NULL; t++) {
        is_fused[pf[t].group] = 1;
    }
    for (uint32_t g = 0; g < f.ngroups && bad == NULL; g++) {
        if (!is_fused[g]) {
            bad = tf_pack_check_holes(&pg[g], holes, f.nsymbols, NULL, pf, f.nfused, words);
        }
    }
    TF_PACK_FREE(is_fused);
    const uint32_t *row = (const uint32_t *)(blob + f.uop_table);
    for (size_t u = 0; u < 2 * table && bad == NULL; u++) {
        if (row[u] >= f.ngroups) {
            bad = "a stencil pack uop table names no group";
        }
        uop_groups[u] = row[u] ? &groups[row[u]] : NULL;
    }
    if (bad != NULL) {
        TF_PACK_FREE(groups), TF_PACK_FREE(fused), TF_PACK_FREE((void *)uop_groups);
        TF_PACK_FREE(checked);
        return bad;
    }
    tf_pack_state.nfused = f.nfused;
    tf_pack_state.uop_table_size = f.uop_table_size;
    tf_pack_state.groups = groups;
    tf_pack_state.fused = fused;
    tf_pack_state.by_hash = (const tf_pack_by_hash *)(blob + f.by_hash);
    tf_pack_state.uop_groups = uop_groups;
    tf_pack_state.uop_groups_exit_to = uop_groups + table;
    tf_pack_state.pf = pf;
    tf_pack_state.pg = pg;
    tf_pack_state.holes = holes;
    tf_pack_state.words = words;
    tf_pack_state.nsymbols = f.nsymbols;
    tf_pack_state.checked = checked;
    return NULL;
}

/* A pack hole's value (before its addend). */
static inline uint64_t
tf_pack_value(tf_emit_ctx *c, const tf_pack_hole *h)
{
    const TF_INSTRUCTION *insts = h->member ? c->members[h->member - 1].instructions : c->instructions;
    const uintptr_t *exits = h->member ? c->members[h->member - 1].exit_targets : c->exit_targets;
    switch (h->value) {
    case 0: return (uintptr_t)c->code;
    case 1: return (uintptr_t)c->data;
    case 2: return c->continue_to;
    case 3: return c->jump_target;
    case 4: return c->error_target;
    case 5: return c->index;
    case 6: return (uintptr_t)c->entry_count;
    case 7: return c->members[h->member - 1].index;
    case 8:
        switch (h->field) {
        case 0: return (uint64_t)TF_INST_OPARG(&insts[h->arg]);
        case 1: return (uint64_t)TF_INST_OPERAND0(&insts[h->arg]);
        case 2: return (uint64_t)TF_INST_OPERAND1(&insts[h->arg]);
        default: return (uint64_t)TF_INST_TARGET(&insts[h->arg]);
        }
    case 9: return exits[h->arg];
    case 10: return c->symbols[h->arg];
    default: c->error = "a stencil pack hole has an unknown value"; return 0;
    }
}

/* Emits group g into c: its bytes, then every hole patched, in the order jit_stencils.h's
 * emit function patches them. */
static inline void
tf_emit(const tf_stencil_group *g, tf_emit_ctx *c)
{
    if (g->emit != NULL) {
        g->emit(c);
        return;
    }
    if (g->code_size) {
        memcpy(c->code, g->code_bytes, g->code_size);
    }
    if (g->data_size) {
        memcpy(c->data, g->data_bytes, g->data_size);
    }
    for (size_t k = 0; k < g->nholes; k++) {
        const tf_pack_hole *h = &g->holes[k];
        tf_pack_patch(c, (h->in_data ? c->data : c->code) + h->offset, h, tf_pack_value(c, h));
    }
}
