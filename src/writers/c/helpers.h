
/* A trampoline slot that jumps to `target`: reused when one already does, else taken
 * from the caller's trampoline area; 0 (and c->error set) when the area is full. */
static inline uintptr_t
tf_trampoline(tf_emit_ctx *c, uint64_t target)
{
    for (unsigned char *p = c->trampolines; p < c->trampolines_next; p += TF_TRAMPOLINE_SIZE) {
        uint64_t t;
        memcpy(&t, p + 8, 8);
        if (t == target) {
            return (uintptr_t)p;
        }
    }
    if (c->trampolines_next + TF_TRAMPOLINE_SIZE > c->trampolines_end) {
        c->error = "a branch is out of range and the trampoline area is full";
        return 0;
    }
    unsigned char *p = c->trampolines_next;
    memset(p, 0, TF_TRAMPOLINE_SIZE);
    memcpy(p, tf_trampoline_code, sizeof(tf_trampoline_code));
    memcpy(p + 8, &target, 8);
    c->trampolines_next += TF_TRAMPOLINE_SIZE;
    return (uintptr_t)p;
}

static inline uint32_t tf_read32(const unsigned char *at) { uint32_t w; memcpy(&w, at, 4); return w; }
static inline void tf_write32(unsigned char *at, uint32_t w) { memcpy(at, &w, 4); }

static inline void
tf_patch_abs64(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    (void)c;
    uint64_t v = value + (uint64_t)addend;
    memcpy(at, &v, 8);
}

static inline void
tf_patch_abs32(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    uint64_t v = value + (uint64_t)addend;
    if (v > UINT32_MAX) { c->error = "a 32-bit absolute hole's value does not fit"; return; }
    tf_write32(at, (uint32_t)v);
}

static inline void
tf_patch_abs32s(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t v = (int64_t)(value + (uint64_t)addend);
    if (v < INT32_MIN || v > INT32_MAX) { c->error = "a signed 32-bit hole's value does not fit"; return; }
    tf_write32(at, (uint32_t)(int32_t)v);
}

static inline void
tf_patch_rel32(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t d = (int64_t)(value + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    if (d < INT32_MIN || d > INT32_MAX) { c->error = "a 32-bit PC-relative hole is out of range"; return; }
    tf_write32(at, (uint32_t)(int32_t)d);
}

/* call/jmp/jcc rel32: through a trampoline when the target is out of range. */
static inline void
tf_patch_x86_64_branch32(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t d = (int64_t)(value + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    if (d < INT32_MIN || d > INT32_MAX) {
        uintptr_t t = tf_trampoline(c, value);
        if (!t) { return; }
        value = t;
    }
    tf_patch_rel32(c, at, value, addend);
}

/* b/bl imm26: through a trampoline when the target is out of the +-128 MiB range. */
static inline void
tf_patch_aarch64_branch26(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    int64_t d = (int64_t)(value + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    if (d < -(INT64_C(1) << 27) || d >= (INT64_C(1) << 27)) {
        uintptr_t t = tf_trampoline(c, value);
        if (!t) { return; }
        d = (int64_t)(t + (uint64_t)addend - (uint64_t)(uintptr_t)at);
    }
    if (d & 3) { c->error = "a branch target is not 4-byte aligned"; return; }
    tf_write32(at, (tf_read32(at) & 0xfc000000u) | ((uint32_t)(d >> 2) & 0x03ffffffu));
}

static inline void
tf_patch_aarch64_page21(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend)
{
    uint64_t v = value + (uint64_t)addend;
    int64_t pages = ((int64_t)(v & ~UINT64_C(0xfff)) - (int64_t)((uintptr_t)at & ~(uintptr_t)0xfff)) >> 12;
    if (pages < -(INT64_C(1) << 20) || pages >= (INT64_C(1) << 20)) {
        c->error = "an adrp hole is out of the +-4 GiB range"; return;
    }
    uint32_t lo = (uint32_t)pages & 3, hi = ((uint32_t)pages >> 2) & 0x7ffff;
    tf_write32(at, (tf_read32(at) & 0x9f00001fu) | (lo << 29) | (hi << 5));
}

static inline void
tf_patch_aarch64_lo12(tf_emit_ctx *c, unsigned char *at, uint64_t value, int64_t addend, int shift)
{
    uint32_t lo12 = (uint32_t)((value + (uint64_t)addend) & 0xfff);
    if (lo12 & ((1u << shift) - 1)) { c->error = "a lo12 hole is not aligned to its access"; return; }
    tf_write32(at, (tf_read32(at) & ~(0xfffu << 10)) | ((lo12 >> shift) << 10));
}
#define TF_LO12(n) static inline void tf_patch_aarch64_lo12_##n(tf_emit_ctx *c, unsigned char *at, \
    uint64_t value, int64_t addend) { tf_patch_aarch64_lo12(c, at, value, addend, n); }
TF_LO12(0) TF_LO12(1) TF_LO12(2) TF_LO12(3) TF_LO12(4)
#undef TF_LO12

static inline void
tf_patch_aarch64_movw(unsigned char *at, uint64_t value, int64_t addend, int shift)
{
    uint32_t imm = (uint32_t)(((value + (uint64_t)addend) >> shift) & 0xffff);
    tf_write32(at, (tf_read32(at) & ~(0xffffu << 5)) | (imm << 5));
}
#define TF_MOVW(n) static inline void tf_patch_aarch64_movw_##n(tf_emit_ctx *c, unsigned char *at, \
    uint64_t value, int64_t addend) { (void)c; tf_patch_aarch64_movw(at, value, addend, n); }
TF_MOVW(0) TF_MOVW(16) TF_MOVW(32) TF_MOVW(48)
#undef TF_MOVW

/* x86-64 `mov r64, [rip + GOT slot]`, relaxed once the value is known: to
 * `mov r64, imm32` (sign-extended) when it fits, else to `lea r64, [rip + value]` when in
 * range, else left loading from the slot. */
static inline void
tf_patch_x86_64_got_load(tf_emit_ctx *c, unsigned char *at, uint64_t slot, int64_t addend, uint64_t value)
{
    int64_t v = (int64_t)value;
    if (v >= INT32_MIN && v <= INT32_MAX) {
        at[-3] = (unsigned char)(0x48 | ((at[-3] >> 2) & 1)); /* REX.R becomes REX.B */
        at[-2] = 0xc7;
        at[-1] = (unsigned char)(0xc0 | ((at[-1] >> 3) & 7));
        tf_write32(at, (uint32_t)(int32_t)v);
        c->relaxed++;
        return;
    }
    int64_t d = (int64_t)(value - ((uint64_t)(uintptr_t)at + 4));
    if (d >= INT32_MIN && d <= INT32_MAX) {
        at[-2] = 0x8d;
        tf_write32(at, (uint32_t)(int32_t)d);
        c->relaxed++;
        return;
    }
    tf_patch_rel32(c, at, slot, addend);
}

/* AArch64 `ldr Xt, [Xn, #lo12(GOT slot)]`, relaxed once the value is known: to
 * `movz Xt, #value` when it fits 16 bits, else to `adr Xt, value` within +-1 MiB, else
 * left loading from the slot (its adrp is patched as usual either way). */
static inline void
tf_patch_aarch64_got_ldr(tf_emit_ctx *c, unsigned char *at, uint64_t slot, int64_t addend, uint64_t value)
{
    uint32_t rt = tf_read32(at) & 0x1f;
    if (value < 0x10000) {
        tf_write32(at, 0xd2800000u | ((uint32_t)value << 5) | rt);
        c->relaxed++;
        return;
    }
    int64_t d = (int64_t)(value - (uint64_t)(uintptr_t)at);
    if (d >= -(INT64_C(1) << 20) && d < (INT64_C(1) << 20)) {
        uint32_t u = (uint32_t)d;
        tf_write32(at, 0x10000000u | ((u & 3) << 29) | (((u >> 2) & 0x7ffff) << 5) | rt);
        c->relaxed++;
        return;
    }
    tf_patch_aarch64_lo12(c, at, slot, addend, 3);
}
