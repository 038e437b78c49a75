#!/usr/bin/env bash
# Benchmark: the 推荐就业 page's referral list on the 1M-worker demo (589k referrals): every column sorted both ways,
# every stage filter, enterprise, key group, officer, date range, follow-up due, stale, some filters with a sort, and
# the last window (count + a window of 200 rows each), printed against the goal of issue 13 (first window, any
# filter and any sort, ≤ 100 ms); then sqlite3 running the very same statements in the same run. The machine may be
# shared: the load average is printed, CPU time beside wall time.
# Run by hand:  bench/referral_list.sh [BUILD_DIR] FILE [ONLY]
#   BUILD_DIR: a build configured with -DJB_BUILD_BENCH=ON (default build-rel); FILE: a demo file (copied first,
#   never changed); ONLY: run the cases whose name contains this text.
set -euo pipefail
build="${1:-build-rel}"; file="${2:?a demo file, e.g. demo1m-v9.jobbridge}"; only="${3:-}"
[[ -x "$build/bench/jb_bench_referral_list" ]] || { echo "$0: build jb_bench_referral_list in $build first" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/referral-list.XXXXXX")"; trap 'rm -rf "$work"' EXIT
cp "$file" "$work/copy.jobbridge"; file="$work/copy.jobbridge"
mkdir -p "$work/sql"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/jb_bench_referral_list" "$file" --runs 3 --sql-dir "$work/sql" ${only:+--only "$only"}

echo
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1) on the same statements (count + window), second of two passes;"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  %-44s %9s %9s\n' "case" "wall ms" "cpu ms"
for f in "$work"/sql/*.sql; do
  name=$(head -1 "$f" | sed 's/^-- //')
  n=$(grep -c ';$' "$f" || true)
  { echo ".timer on"; echo ".output /dev/null"; tail -n +2 "$f"; tail -n +2 "$f"; } | sqlite3 "$file" 2>&1 |
    grep -o 'real [0-9.]* user [0-9.]* sys [0-9.]*' | tail -n "$n" |
    awk -v name="$name" '{ wall += $2; cpu += $4 + $6 } END { printf "  %-44s %9.1f %9.1f\n", name, wall * 1000, cpu * 1000 }'
done
