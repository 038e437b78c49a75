#!/usr/bin/env bash
# Benchmark: the Enterprises page's questions on a 100k-enterprise demo (first window, searches by name and by
# credit code, a sort by each column — the figures per enterprise computed in SQL —, filters, the last window), each
# as count + one window of 200 rows, and sqlite3 running the very same statements in the same run.
# Run by hand:  bench/enterprises_list.sh [BUILD_DIR] [FILE]   (BUILD_DIR: a Release build, default build-rel;
#               FILE: an existing demo file (copied first), else one is generated: 1,000,000 workers, 100,000 enterprises,
#               300,000 vacancies, ~70 s)
# Goals (issues 6 and 17): first window ≤ 100 ms; a name or credit-code search ≤ 100 ms; any window (first, middle,
# last) of a sort by any column ≤ 300 ms. Each case is printed against its goal (wall time, the medians of count +
# window) with the processor time beside it (the machine may be shared).
set -euo pipefail
build="${1:-build-rel}"; file="${2:-}"
[[ -d "$build/bench" ]] || { echo "$0: $build has no benchmarks; configure it with -DJB_BUILD_BENCH=ON" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [[ -z "$file" ]]; then
  file="$work/demo-1m.jobbridge"
  /usr/bin/time -f "demo generation: %e s, peak %M KiB" \
    "$build/app/jobbridge-cli" demo "$file" --workers 1000000 --enterprises 100000 --vacancies 300000 \
      --seed 1 --today 2026-11-23 >/dev/null
else
  # Copied first, never changed: opening an older file upgrades it.
  cp "$file" "$work/copy.jobbridge"; file="$work/copy.jobbridge"
fi
mkdir -p "$work/sql"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/jb_bench_enterprises_list" "$file" --runs 5 --sql-dir "$work/sql"

echo
echo "sqlite3 on the same statements (count, then window; 'real' seconds of the second of two runs):"
for f in "$work"/sql/*.sql; do
  name=$(head -1 "$f" | sed 's/^-- //')
  times=$( { echo ".timer on"; tail -n +2 "$f"; tail -n +2 "$f"; } | sqlite3 "$file" 2>&1 | grep -o 'real [0-9.]*' | awk '{print $2}' | tail -2 | tr '\n' ' ')
  printf '  %-32s count %s s, window %s s\n' "$name" $(echo $times)
done
