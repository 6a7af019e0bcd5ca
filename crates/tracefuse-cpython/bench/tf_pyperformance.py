"""pyperformance benchmarks as a recorder workload (written for tracefuse).

    TF_PYPERFORMANCE=DIR TF_PYPERFORMANCE_BENCHES=nbody,richards,... \
        record.py --workload tf_pyperformance --no-loops -o recording.json

DIR is pyperformance's `data-files/benchmarks` folder (from the pyperformance wheel) and
pyperf must be importable. `tracefuse_workload()` runs each benchmark's script in this
process as a pyperf worker computing one value (`--worker --debug-single-value`), keeping the
script's globals alive so the recorder finds the executors its code formed: the
training run of the "PGO" flow, on the benchmarks themselves.
"""

import os
import runpy
import sys

KEPT = []


def tracefuse_workload(snapshot):
    root = os.environ.get("TF_PYPERFORMANCE")
    if not root or not os.path.isdir(root):
        raise RuntimeError("TF_PYPERFORMANCE must name pyperformance's data-files/benchmarks "
                           "folder (`cargo xtask cpython-record --workload tf_pyperformance` "
                           "fetches it)")
    names = [n for n in os.environ.get("TF_PYPERFORMANCE_BENCHES", "").split(",") if n]
    for name in names:
        script = os.path.join(root, "bm_" + name, "run_benchmark.py")
        argv = sys.argv
        sys.argv = [script, "--worker", "--debug-single-value"]
        # pyperf allows one Runner per process (it is one benchmark per process there).
        runner_cls = getattr(sys.modules.get("pyperf"), "Runner", None)
        if runner_cls is not None and isinstance(getattr(runner_cls, "_created", None), set):
            runner_cls._created.clear()
        try:
            KEPT.append(runpy.run_path(script, run_name="__main__"))
        except SystemExit:
            pass
        except Exception as e:  # one benchmark must not lose the others
            print(f"tf_pyperformance: {name}: {e!r}", file=sys.stderr)
        finally:
            sys.argv = argv
        snapshot(name)
