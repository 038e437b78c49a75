#!/usr/bin/env bash
# Benchmark: the services list the 服务 page shows (issue 14: ≤ 100 ms for any filter) on the 1M demo file
# (522k services): for each filter the count and a first and a middle window of 100 rows, each against the goal,
# and the per-kind totals with distinct people for 2026 (goal ≤ 300 ms), wall and CPU (median of --runs); then
# sqlite3 running each filter's count and first window, and the totals, on the same file.
# Run by hand:  bench/services_list.sh [BUILD_DIR] [FILE]
#   (a build configured with -DJB_BUILD_BENCH=ON; default build-rel; FILE default /work/data/demo1m-v12.jobbridge,
#    copied first: opening upgrades it to the current schema, v15 with the count summaries)
# Figures: docs/performance.md ("The services list and the per-kind totals").
set -euo pipefail
build="${1:-build-rel}"
source_file="${2:-/work/data/demo1m-v12.jobbridge}"
[[ -x "$build/bench/jb_bench_services_list" ]] || { echo "$0: build jb_bench_services_list in $build first" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/services-bench.XXXXXX")"; trap 'rm -rf "$work"' EXIT
file="$work/services.jobbridge"
cp "$source_file" "$file"
export JOBBRIDGE_BACKUP_DIR="$work/backups"
"$build/bench/jb_bench_services_list" "$file" --runs 5 --sql "$work/cases.sql"
echo
echo "sqlite3 on the same file, each filter's count and first window ('real' seconds, second of two runs):"
name=""
while IFS= read -r line; do
  if [[ "$line" == --* ]]; then name="${line#-- }"; continue; fi
  [[ -z "$line" ]] && continue
  printf '  %-44s ' "$name"
  { echo ".output /dev/null"; echo "$line"; echo ".timer on"; echo "$line"; } | sqlite3 "$file" 2>&1 | grep -o 'real [0-9.]*' | tail -1
done < "$work/cases.sql"
