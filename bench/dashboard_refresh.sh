#!/usr/bin/env bash
# Benchmark: a full dashboard refresh on the 1M-worker demo county, against sqlite3 answering one of its questions
# (contracts per sub-unit for the year) straight from the records, in the same run.
# Run by hand:  bench/dashboard_refresh.sh [BUILD_DIR] [FILE]   (BUILD_DIR: a Release build, default build-rel;
#               FILE: an existing 1M demo file, else one is generated into a temporary folder, ~45 s)
# Goal (quotas issue): a full refresh (all metrics, all series, one organisation and period) ≤ 50 ms.
set -euo pipefail
build="${1:-build-rel}"; file="${2:-}"
[[ -d "$build/bench" ]] || { echo "$0: $build has no benchmarks; configure it with -DJB_BUILD_BENCH=ON" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [[ -z "$file" ]]; then
  file="$work/demo-1m.jobbridge"
  /usr/bin/time -f "demo generation: %e s, peak %M KiB" \
    "$build/app/jobbridge-cli" demo "$file" --workers 1000000 --seed 1 --today 2026-11-23 >/dev/null
fi
"$build/bench/jb_bench_dashboard" "$file" --today 2026-11-23

echo "sqlite3, the same figure counted from the records (contracts per sub-unit, 2026):"
cat > "$work/naive.sql" <<'SQL'
.timer on
SELECT count(*) FROM (
  SELECT w.org_id, count(*) FROM referral_stages s JOIN referrals r ON r.id = s.referral_id
  JOIN workers w ON w.id = r.worker_id
  WHERE s.stage = 'contract' AND s.occurred_on BETWEEN '2026-01-01' AND '2026-11-23' GROUP BY w.org_id);
SQL
sqlite3 "$file" < "$work/naive.sql" | grep -i 'run time'
echo "sqlite3, the same figure read from the activity summary:"
cat > "$work/summary.sql" <<'SQL'
.timer on
SELECT count(*) FROM (SELECT org_id, sum(n) FROM activity_daily WHERE metric = 'contract' AND key_group_id = 0
  AND org_id IN (SELECT id FROM organisations WHERE parent_id = (SELECT id FROM organisations WHERE is_home = 1))
  AND day BETWEEN '2026-01-01' AND '2026-11-23' GROUP BY org_id);
SQL
sqlite3 "$file" < "$work/summary.sql" | grep -i 'run time'
