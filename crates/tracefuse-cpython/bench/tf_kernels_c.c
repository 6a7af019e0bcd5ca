/* The hot loops of tf_kernels.py written in C (for tracefuse, docs/cpython.md "Where an
   iteration goes"), with Python's int semantics kept to the minimum: 64-bit ints that stop
   the program on overflow where CPython would go on with a bigger int. Instructions per
   iteration: build with `clang-19 -O2 -fno-vectorize -fno-unroll-loops -o /tmp/tf_kernels_c
   tf_kernels_c.c` (no vectorizing or unrolling: one iteration is one trip round the loop;
   the empty asm keeps LLVM from replacing a sum by its closed form), run `valgrind
   --tool=callgrind --callgrind-out-file=/dev/null /tmp/tf_kernels_c KERNEL N` at N = 100000
   and 300000 and divide the difference of the totals by 200000. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define NOINLINE __attribute__((noinline))
#define CHECK(x) do { if (__builtin_expect(x, 0)) abort(); } while (0)

NOINLINE long sum_range(long n) {
    long total = 0;
    for (long i = 0; i < n; i++) { CHECK(__builtin_add_overflow(total, i, &total)); __asm__ volatile("" : "+r"(total)); }
    return total;
}
NOINLINE double float_arith(long n) {
    double x = 0.0, y = 1.0;
    for (long k = 0; k < n; k++) { x = x * 0.999 + y * 0.5; y = y - x * 0.001; }
    return x + y;
}
struct point { long x, y; };
struct point POINTS[100];
NOINLINE long attr_loads(long n) {
    long total = 0;
    for (long k = 0; k < n / 100; k++)
        for (int j = 0; j < 100; j++) {
            long s; CHECK(__builtin_add_overflow(POINTS[j].x, POINTS[j].y, &s));
            CHECK(__builtin_add_overflow(total, s, &total)); __asm__ volatile("" : "+r"(total));
        }
    return total;
}
struct list { long *items; long size, cap; };
NOINLINE void grow(struct list *l) { l->cap = l->cap ? 2 * l->cap : 8; l->items = realloc(l->items, l->cap * sizeof(long)); }
NOINLINE long list_build(long n) {
    struct list l = {0, 0, 0};
    for (long i = 0; i < n; i++) {
        long v; CHECK(__builtin_mul_overflow(i, 2, &v));
        if (l.size == l.cap) grow(&l);
        l.items[l.size++] = v;
        __asm__ volatile("" ::: "memory");
    }
    free(l.items);
    return l.size;
}
NOINLINE long add(long a, long b) { long s; CHECK(__builtin_add_overflow(a, b, &s)); return s; }
NOINLINE long call_heavy(long n) {
    long t = 0;
    for (long i = 0; i < n; i++) t = add(t, i);
    return t;
}
static inline long add_inl(long a, long b) { long s; CHECK(__builtin_add_overflow(a, b, &s)); return s; }
NOINLINE long call_heavy_inlined(long n) {
    long t = 0;
    for (long i = 0; i < n; i++) { t = add_inl(t, i); __asm__ volatile("" : "+r"(t)); }
    return t;
}
int main(int argc, char **argv) {
    long n = atol(argv[2]);
    for (int j = 0; j < 100; j++) { POINTS[j].x = j; POINTS[j].y = j + 1; }
    const char *k = argv[1];
    double r = 0;
    if (!strcmp(k, "sum_range")) r = sum_range(n);
    else if (!strcmp(k, "float_arith")) r = float_arith(n);
    else if (!strcmp(k, "attr_loads")) r = attr_loads(n);
    else if (!strcmp(k, "list_build")) r = list_build(n);
    else if (!strcmp(k, "call_heavy")) r = call_heavy(n);
    else if (!strcmp(k, "call_heavy_inlined")) r = call_heavy_inlined(n);
    printf("%g\n", r);
    return 0;
}
