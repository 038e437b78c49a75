#!/usr/bin/env bash
# Benchmark: early warning's counts on the 1M-worker demo (issue 14: the page's counts ≤ 200 ms in all), each section
# against its share and all seven together (wall and CPU, median of --runs); then sqlite3 on the same file counting
# the stale enterprises and the growing gaps from their summary (schema v15) and from the records, as before it.
# Opening upgrades a file to the current schema in place (v15: the count summaries), so this runs on a copy.
# Run by hand:  bench/warnings.sh [BUILD_DIR] [FILE] [TODAY]   (a build with -DJB_BUILD_BENCH=ON; default
# build-rel, /work/data/demo1m-v12.jobbridge and 2026-12-07)
#
# Figures (1M demo, 2026-12-07, Release; wall / CPU ms, median of 7 within a run, median of 3 runs):
#   before v15 (load ~1.7): counts 361 in all; gap_growing 104, stale_enterprises 90, promise 61
#   with v15: see docs/performance.md ("Early warning's counts")
set -euo pipefail
build="${1:-build-rel}"
source="${2:-/work/data/demo1m-v12.jobbridge}"
today="${3:-2026-12-07}"
[[ -x "$build/bench/jb_bench_warnings" ]] || { echo "$0: build jb_bench_warnings in $build first" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp "$source" "$work/copy.jobbridge"
export JOBBRIDGE_BACKUP_DIR="$work/backups"
"$build/bench/jb_bench_warnings" "$work/copy.jobbridge" --runs 7 --today "$today"
cut="$(date -d "$today - 90 days" +%F)"
echo
echo "sqlite3 on the same file (stale_enterprise_days 90, the default: cut $cut; 'real' seconds, second of two runs):"
while IFS='|' read -r name sql; do
  printf '  %-52s ' "$name"
  { echo ".output /dev/null"; echo "$sql;"; echo ".timer on"; echo "$sql;"; } | sqlite3 "$work/copy.jobbridge" 2>&1 \
    | grep -o 'real [0-9.]*' | tail -1
done <<SQL
stale_enterprises from enterprise_demand|SELECT count(*) FROM enterprise_demand WHERE open_posts > 0 AND last_seen_on <= '$cut'
stale_enterprises from the records|SELECT count(*) FROM enterprises e WHERE EXISTS (SELECT 1 FROM vacancies v WHERE v.enterprise_id = e.id AND v.status = 'open') AND coalesce((SELECT max(s.recorded_on) FROM demand_snapshots s WHERE s.enterprise_id = e.id), substr(e.created_at, 1, 10)) <= '$cut'
gap_growing from enterprise_demand|SELECT count(*) FROM enterprise_demand d WHERE d.last_gap > d.prev_gap
gap_growing from the records|SELECT count(*) FROM (SELECT (SELECT s.gap FROM demand_snapshots s WHERE s.enterprise_id = e.id AND s.recorded_on <= '$today' ORDER BY s.recorded_on DESC, s.id DESC LIMIT 1) AS a, (SELECT s.gap FROM demand_snapshots s WHERE s.enterprise_id = e.id AND s.recorded_on <= '$today' ORDER BY s.recorded_on DESC, s.id DESC LIMIT 1 OFFSET 1) AS b FROM enterprises e) WHERE a > b
SQL
