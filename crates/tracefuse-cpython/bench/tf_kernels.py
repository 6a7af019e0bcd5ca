"""Hot loop kernels for `cargo xtask cpython bench` (written for tracefuse).

    python tf_kernels.py [--repeat N] [--scale S] [KERNEL ...]
    python tf_kernels.py --sizes [--scale S]

runs each kernel once to warm up (so the JIT forms its traces), then N timed runs,
and prints one JSON object: kernel -> list of seconds. `--sizes` prints kernel ->
iterations at that scale instead (what a per-iteration count divides by). Imported by the recorder
(`record.py --workload tf_kernels`), `tracefuse_workload()` runs every kernel a little,
so a training build forms the same traces.
"""

import json
import sys
import time


def sum_range(n):
    total = 0
    for i in range(n):
        total += i
    return total


def float_arith(n):
    x = 0.0
    y = 1.0
    for _ in range(n):
        x = x * 0.999 + y * 0.5
        y = y - x * 0.001
    return x + y


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


POINTS = [Point(i, i + 1) for i in range(100)]


def attr_loads(n):
    total = 0
    for _ in range(n // 100):
        for p in POINTS:
            total += p.x + p.y
    return total


def list_build(n):
    out = []
    for i in range(n):
        out.append(i * 2)
    return len(out)


def gen_pipeline(n):
    return sum(x * x for x in (i for i in range(n) if i % 3))


def add(a, b):
    return a + b


def call_heavy(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t


KERNELS = {
    "sum_range": (sum_range, 3_000_000),
    "float_arith": (float_arith, 2_000_000),
    "attr_loads": (attr_loads, 2_000_000),
    "list_build": (list_build, 2_000_000),
    "gen_pipeline": (gen_pipeline, 1_000_000),
    "call_heavy": (call_heavy, 2_000_000),
}


def tracefuse_workload(snapshot):
    """What the recorder runs: every kernel, long enough for its traces to form, each
    followed by a snapshot of the executors."""
    for name, (fn, n) in KERNELS.items():
        fn(n // 100)
        snapshot(name)


def main(argv):
    repeat, scale, names, sizes = 5, 1.0, [], False
    it = iter(argv)
    for a in it:
        if a == "--sizes":
            sizes = True
        elif a == "--repeat":
            repeat = int(next(it))
        elif a == "--scale":
            scale = float(next(it))
        else:
            names.append(a)
    out = {}
    for name in names or list(KERNELS):
        fn, n = KERNELS[name]
        n = max(100, int(n * scale))
        if sizes:
            out[name] = n
            continue
        expect = fn(n)  # warm-up: traces form here
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            got = fn(n)
            times.append(time.perf_counter() - t0)
            if got != expect:
                raise SystemExit(f"{name}: {got!r} != {expect!r}")
        out[name] = times
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
