#!/usr/bin/env bash
# Benchmark: matching both ways and the one-week promise list on the 1M-worker demo (issue 13: ≤ 20 ms, ≤ 100 ms,
# ≤ 100 ms). Opening upgrades a file to schema v8 in place, so this runs on a copy.
# Run by hand:  bench/placement.sh [BUILD_DIR] [FILE]   (a Release build with -DJB_BUILD_BENCH=ON; default build-rel
# and /work/data/demo1m-v9.jobbridge). Each case prints the median wall time and the median processor time of the
# thread: on a shared machine the wall time also counts other processes. Figures: docs/placement-speed.md.
set -euo pipefail
build="${1:-build-rel}"
source="${2:-/work/data/demo1m-v9.jobbridge}"
[[ -x "$build/bench/jb_bench_placement" ]] || { echo "$0: build jb_bench_placement in $build first" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp "$source" "$work/copy.jobbridge"
"$build/bench/jb_bench_placement" "$work/copy.jobbridge" --runs 7
