"""An import-heavy script for `cargo xtask cpython startup` (written for tracefuse): the
recorder's default start-up workload without the recording — import twelve common
stdlib modules and use each a little (record.py's `exercise`) — so the loops a
start-up training run formed traces at are the ones this script runs."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "recorder"))

import importlib  # noqa: E402

from record import DEFAULT_MODULES, exercise  # noqa: E402

for name in DEFAULT_MODULES:
    exercise(name, importlib.import_module(name))
