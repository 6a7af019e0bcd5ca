#!/bin/sh
# Turn a CPython 3.14 source tree into a *training* build: loops and side exits
# warm up after a handful of iterations instead of thousands, so a short workload
# leaves many executors behind for the recorder (record.py) to read.
#
#   training-build.sh SRC DEST [--no-build]
#
# SRC: an extracted CPython 3.14 tree (configured or not). DEST: where the
# training tree goes (copied; SRC is left untouched). Needs clang-19 and a
# python3 >= 3.11 (for the JIT's stencil build and regen).
set -eu
src=${1:?usage: training-build.sh SRC DEST [--no-build]}
dest=${2:?usage: training-build.sh SRC DEST [--no-build]}
regen=${PYTHON_FOR_REGEN:-python3}
jobs=${JOBS:-2}

if [ ! -e "$dest/Include/internal/pycore_backoff.h" ]; then
    mkdir -p "$dest"
    cp -a "$src/." "$dest/"
fi
h="$dest/Include/internal/pycore_backoff.h"
# The two warm-up thresholds (4095 in a stock build).
set_define() {
    name=$1 value=$2
    grep -Eq "^#define $name [0-9]+\$" "$h" || {
        echo "training-build.sh: no '#define $name <int>' in $h" >&2
        exit 1
    }
    sed -i -E "s/^#define $name [0-9]+\$/#define $name $value/" "$h"
}
set_define JUMP_BACKWARD_INITIAL_VALUE 15
set_define SIDE_EXIT_INITIAL_VALUE 63
grep -E '^#define (JUMP_BACKWARD|SIDE_EXIT)_INITIAL_VALUE' "$h"

[ "${3:-}" = --no-build ] && exit 0
cd "$dest"
./configure --enable-experimental-jit=yes-off CC=clang-19 PYTHON_FOR_REGEN="$regen" >configure.log 2>&1
make -j"$jobs" PYTHON_FOR_REGEN="$regen" >make.log 2>&1
./python -c 'import sys; print(sys.version)'
