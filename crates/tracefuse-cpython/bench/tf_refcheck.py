"""What the hot-loop kernels leave behind, for `cargo xtask cpython test` (written for
tracefuse, #24 item 3).

    python tf_refcheck.py [--scale S]

Runs each kernel of tf_kernels.py at S times its bench size (default 0.05: long past
CPython's warm-up, so the loop forms its executor and runs in it) and prints one JSON
object: kernel -> {"result": repr of what it returned, "counts": the change of the
reference count of each constant of the kernel's code (and of the code its loop calls)
over the run}. A count the fused code takes and does not give back, or gives back once
too often, shows in "counts" (an elided pair done wrong); a box made wrong shows in
"result". The caller compares the output with the same run of the same binary without
fused code, which must be identical. Constants are named by position, so the output does
not depend on object addresses.
"""

import json
import sys

import tf_kernels


def constants(fn):
    """The constants of fn's code and of the Python functions it calls by global name."""
    code = fn.__code__
    found = [("%s[%d]" % (code.co_name, i), c) for i, c in enumerate(code.co_consts)]
    for name in code.co_names:
        callee = getattr(tf_kernels, name, None)
        if callee is not None and hasattr(callee, "__code__") and callee is not fn:
            found += [("%s[%d]" % (callee.__code__.co_name, i), c) for i, c in enumerate(callee.__code__.co_consts)]
    return found


def main(argv):
    scale = 0.05
    if len(argv) >= 2 and argv[0] == "--scale":
        scale = float(argv[1])
    out = {}
    for name, (fn, n) in tf_kernels.KERNELS.items():
        consts = constants(fn)
        before = [sys.getrefcount(c) for _, c in consts]
        result = fn(max(1, int(n * scale)))
        after = [sys.getrefcount(c) for _, c in consts]
        out[name] = {
            "result": repr(result),
            "counts": {label: a - b for (label, _), a, b in zip(consts, after, before) if a != b},
        }
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
