#!/usr/bin/env bash
# Benchmark: the Workers page's questions on a 1M-worker demo — first window, searches of each kind and length,
# every column sorted both ways with no filter, a key-group filter, the hardship filter and a search (count + first
# window of 200 rows), and the middle and last windows of every sort — then sqlite3 running the very same
# statements in the same run. The machine may be shared: the load average is printed, CPU time beside wall time,
# and cases whose runs spread widely are repeated (marked *).
# Run by hand:  bench/workers_list.sh [BUILD_DIR] [FILE] [ONLY]
#   BUILD_DIR: a Release build, default build-rel; FILE: an existing demo file (it is copied first, never changed),
#   else one is generated: 1,000,000 workers, 100,000 enterprises, 300,000 vacancies, ~70 s; ONLY: run the cases
#   whose name contains this text.
# Goals (issues 6 and 17): first window ≤ 100 ms after opening; any search ≤ 100 ms; any window (first, middle,
# last) of a sort by any column, with or without a search or filter, ≤ 300 ms. Each case is printed against its goal.
set -euo pipefail
build="${1:-build-rel}"; file="${2:-}"; only="${3:-}"
[[ -d "$build/bench" ]] || { echo "$0: $build has no benchmarks; configure it with -DJB_BUILD_BENCH=ON" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [[ -z "$file" ]]; then
  file="$work/demo-1m.jobbridge"
  /usr/bin/time -f "demo generation: %e s, peak %M KiB" \
    "$build/app/jobbridge-cli" demo "$file" --workers 1000000 --enterprises 100000 --vacancies 300000 \
      --seed 1 --today 2026-11-23 >/dev/null
else
  cp "$file" "$work/copy.jobbridge"; file="$work/copy.jobbridge"
fi
mkdir -p "$work/sql"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/jb_bench_workers_list" "$file" --today 2026-11-23 --runs 3 --sql-dir "$work/sql" ${only:+--only "$only"}

echo
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1) on the same statements (all of a case: count, part sizes, windows),"
echo "second of two passes; load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  %-38s %9s %9s\n' "case" "wall ms" "cpu ms"
for f in "$work"/sql/*.sql; do
  name=$(head -1 "$f" | sed 's/^-- //')
  n=$(grep -c ';$' "$f" || true)
  # Both passes print one "Run Time" line per statement; sum the second pass's.
  { echo ".timer on"; echo ".output /dev/null"; tail -n +2 "$f"; tail -n +2 "$f"; } | sqlite3 "$file" 2>&1 |
    grep -o 'real [0-9.]* user [0-9.]* sys [0-9.]*' | tail -n "$n" |
    awk -v name="$name" '{ wall += $2; cpu += $4 + $6 } END { printf "  %-38s %9.1f %9.1f\n", name, wall * 1000, cpu * 1000 }'
done
