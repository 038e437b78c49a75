#!/usr/bin/env bash
# Benchmark: early warning's counts on the 1M-worker demo (issue 14: the page's counts ≤ 200 ms in all), each section
# against its share and all seven together. Opening upgrades a file to schema v11 in place (the handled marks and
# the indexes of the counts), so this runs on a copy.
# Run by hand:  bench/warnings.sh [BUILD_DIR] [FILE] [TODAY]   (a build with -DJB_BUILD_BENCH=ON; default
# build-rel, /work/data/demo1m-v9.jobbridge and 2026-12-07)
set -euo pipefail
build="${1:-build-rel}"
source="${2:-/work/data/demo1m-v9.jobbridge}"
today="${3:-2026-12-07}"
[[ -x "$build/bench/jb_bench_warnings" ]] || { echo "$0: build jb_bench_warnings in $build first" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp "$source" "$work/copy.jobbridge"
"$build/bench/jb_bench_warnings" "$work/copy.jobbridge" --runs 7 --today "$today"
