
/* Whether fused group t may be used: always for jit_stencils.h; a pack's reader checks a
 * fused group's holes when first asked. */
#ifndef TF_FUSED_USABLE
#define TF_FUSED_USABLE(t) 1
#endif

/* FNV-1a (64-bit) over the trace length and each uop id, as little-endian u32s. */
static inline uint64_t
tf_shape_hash(const TF_INSTRUCTION *insts, size_t n)
{
    uint64_t h = UINT64_C(0xcbf29ce484222325);
    uint32_t words = (uint32_t)n;
    for (size_t k = 0; k <= n; k++) {
        uint32_t w = k == 0 ? words : (uint32_t)TF_INST_UOP(&insts[k - 1]);
        for (int b = 0; b < 4; b++) {
            h ^= (w >> (8 * b)) & 0xff;
            h *= UINT64_C(0x100000001b3);
        }
    }
    return h;
}

static inline uint64_t
tf_inst_field(const TF_INSTRUCTION *i, uint32_t field)
{
    switch (field) {
    case 0: return (uint64_t)TF_INST_OPARG(i);
    case 1: return (uint64_t)TF_INST_OPERAND0(i);
    case 2: return (uint64_t)TF_INST_OPERAND1(i);
    default: return (uint64_t)TF_INST_TARGET(i);
    }
}

/* Whether the recorded trace is what fused group g was built for: same uops, every
 * build-time field equal, the same side exits linked to the same traces. */
static inline int
tf_fused_matches(const tf_fused_group *g, const TF_INSTRUCTION *insts, size_t n)
{
    if (n != g->length) {
        return 0;
    }
    for (size_t k = 0; k < n; k++) {
        if ((uint32_t)TF_INST_UOP(&insts[k]) != g->uops[k]) {
            return 0;
        }
    }
    for (size_t a = 0; a < g->nassumptions; a++) {
        const tf_assumption *x = &g->assumptions[a];
        if (tf_inst_field(&insts[x->instruction], x->field) != x->value) {
            return 0;
        }
    }
    size_t e = 0;
    for (size_t k = 0; k < n; k++) {
        int64_t linked = (int64_t)TF_INST_EXIT(&insts[k]);
        int64_t want = -1;
        if (e < g->nexits && g->exits[e].instruction == k) {
            want = g->exits[e++].trace;
        }
        if (linked != want) {
            return 0;
        }
    }
    return 1;
}

/* The index in tf_fused_groups of the fused stencil for a recorded trace, or -1: stitch. */
static inline int
tf_lookup_fused(const TF_INSTRUCTION *insts, size_t n)
{
    uint64_t h = tf_shape_hash(insts, n);
    size_t lo = 0, hi = TF_FUSED_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tf_fused_by_hash[mid].hash < h) lo = mid + 1; else hi = mid;
    }
    for (; lo < TF_FUSED_COUNT && tf_fused_by_hash[lo].hash == h; lo++) {
        int t = tf_fused_by_hash[lo].trace;
        if (tf_fused_matches(&tf_fused_groups[t], insts, n) && TF_FUSED_USABLE(t)) {
            return t;
        }
    }
    return -1;
}

/* The per-uop group instruction `inst` is stitched from, or NULL. */
static inline const tf_stencil_group *
tf_uop_group(const TF_INSTRUCTION *inst)
{
    uint32_t id = (uint32_t)TF_INST_UOP(inst);
    if (id >= TF_UOP_TABLE_SIZE) {
        return NULL;
    }
    const tf_stencil_group *g = TF_INST_EXIT(inst) >= 0 ? tf_uop_groups_exit_to[id] : tf_uop_groups[id];
    return g;
}
