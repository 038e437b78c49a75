#!/usr/bin/env bash
# Runs every libFuzzer target for a fixed time (CI) or a fixed number of executions (the long run), one after the
# other, each from its seed corpus tests/fuzz/corpus_<target>/ (never written to: new inputs go to a scratch copy).
#
#   tests/fuzz/run.sh BUILD SECONDS [TARGET...]      e.g. tests/fuzz/run.sh build-fuzz 30
#   tests/fuzz/run.sh BUILD --runs N [TARGET...]     e.g. tests/fuzz/run.sh build-fuzz --runs 10000000
#
# BUILD is a tree configured with -DCMAKE_CXX_COMPILER=clang++ -DJB_FUZZ=ON (see tests/CMakeLists.txt). TARGET
# defaults to all four: csv_reader cell_parsers package_reader header_mapping. Prints one line per target with its
# execution count; a crash, a broken promise, a leak or a hang (one input taking over JB_FUZZ_TIMEOUT s) fails the run, and the input that
# caused it is kept in BUILD/fuzz-artifacts/ (add it to the target's corpus with the fix, as a regression seed).
# JB_FUZZ_WORK overrides where the scratch corpora go (default BUILD/fuzz-work); JB_FUZZ_TIMEOUT the seconds one
# input may take before it counts as a hang (default 10; raise it on a machine shared by many builds).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() { sed -n '5,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 1; }
[[ $# -ge 2 ]] || usage
build="$(cd "$1" && pwd)"
shift
if [[ "$1" == --runs ]]; then
  [[ $# -ge 2 ]] || usage
  limit=(-runs="$2") what="$2 executions"
  shift 2
else
  limit=(-max_total_time="$1") what="$1 s"
  shift
fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(csv_reader cell_parsers package_reader header_mapping)

work="${JB_FUZZ_WORK:-$build/fuzz-work}"
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
# Leaks and undefined behaviour count as findings; symbolised reports name the line.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz_$target"
  seeds="$here/corpus_$target"
  [[ -x "$binary" ]] || { echo "run.sh: $binary is missing; build the fuzz_targets target in $build" >&2; exit 1; }
  [[ -d "$seeds" ]] || { echo "run.sh: no seed corpus $seeds" >&2; exit 1; }
  mkdir -p "$work/$target"
  log="$build/fuzz-$target.log"
  status=0
  "$binary" "${limit[@]}" -timeout="${JB_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" "$work/$target" "$seeds" >"$log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)"
  if [[ $status -eq 0 ]]; then
    echo "fuzz_$target: ${runs:-?} executions ($what), no crash"
  else
    failed=1
    echo "fuzz_$target: FAILED after ${runs:-?} executions (exit $status); log $log, inputs in $artifacts" >&2
    grep -m5 -E 'ERROR|broken promise|runtime error|SUMMARY' "$log" >&2 || tail -n 20 "$log" >&2
  fi
done
exit $failed
