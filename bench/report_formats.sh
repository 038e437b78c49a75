#!/usr/bin/env bash
# Benchmark: `jobbridge-cli report` writing the monthly report as PDF and XLSX (and CSV) for the 1M-worker demo
# county, against sqlite3 writing the month's raw rows (referral stages with their workers, services, fairs) with
# .output in the same run: the report reads far fewer rows than that, through the activity summary.
# Run by hand:  bench/report_formats.sh [BUILD_DIR] [FILE] [MONTH]   (BUILD_DIR: a Release build, default
#               build-rel; FILE: an existing 1M demo file, else one is generated, ~45 s; MONTH default 2026-03)
# The file is copied first: opening it may upgrade an older file, and a benchmark leaves its input alone.
# Goal (monthly reports issue): PDF and XLSX ≤ 2 s each.
set -euo pipefail
build="${1:-build-rel}"; file="${2:-}"; month="${3:-2026-03}"
cli="$build/app/jobbridge-cli"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [[ -z "$file" ]]; then
  file="$work/demo-1m.jobbridge"
  /usr/bin/time -f "demo generation: %e s, peak %M KiB" \
    "$cli" demo "$file" --workers 1000000 --seed 1 --today 2026-11-23 >/dev/null
else
  cp "$file" "$work/demo-1m.jobbridge"; file="$work/demo-1m.jobbridge"
fi
# One run to upgrade the copy if it needs it and to warm the page cache, as an officer's second export would be.
"$cli" report "$file" --month "$month" --today 2026-11-23 --out "$work/warm.csv" >/dev/null 2>&1

for format in pdf xlsx csv; do
  for run in 1 2 3; do
    /usr/bin/time -f "report $format (run $run): %e s, peak %M KiB" \
      "$cli" report "$file" --month "$month" --today 2026-11-23 --out "$work/report.$format" >/dev/null 2>"$work/time.txt" \
      || { cat "$work/time.txt"; exit 1; }
    grep '^report' "$work/time.txt"
  done
  echo "  $(stat -c %s "$work/report.$format") bytes"
done
if command -v pdfinfo >/dev/null; then pdfinfo "$work/report.pdf" | grep -E '^(Pages|Page size)'; fi

start="$month-01"; end="$(date -d "$start +1 month -1 day" +%F)"
echo "sqlite3, the month's raw rows ($start … $end) written with .output:"
cat > "$work/rows.sql" <<SQL
.timer on
.output $work/rows.txt
SELECT s.stage, s.occurred_on, w.org_id, w.registered_on FROM referral_stages s
  JOIN referrals r ON r.id = s.referral_id JOIN workers w ON w.id = r.worker_id
  WHERE s.occurred_on BETWEEN '$start' AND '$end';
SELECT org_id, service_type_id, provided_on, project_status FROM services WHERE provided_on BETWEEN '$start' AND '$end';
SELECT name, held_on, organiser_level, enterprises_count, jobs_offered, attendees, intentions, contracts
  FROM job_fairs WHERE held_on BETWEEN '$start' AND '$end';
SQL
/usr/bin/time -f "sqlite3 month rows: %e s, peak %M KiB" sqlite3 "$file" < "$work/rows.sql" 2>&1 | grep -iE 'run time|sqlite3 month'
echo "  $(wc -l < "$work/rows.txt") rows"
