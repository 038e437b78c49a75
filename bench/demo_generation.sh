#!/usr/bin/env bash
# Benchmark: the demo generator at benchmark scale, against sqlite3 writing the same number of worker rows.
# Run by hand:  bench/demo_generation.sh [BUILD_DIR] [WORKERS]     (defaults: build, 1000000)
# Goal (foundation issue): --workers 1000000 in at most 30 s.
set -euo pipefail
build="${1:-build}"; workers="${2:-1000000}"
cli="$build/app/jobbridge-cli"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

measure() { # measure LABEL command... → prints "seconds peak_kib"
  shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null
  cat "$work/time.txt"
}

read -r ours_s ours_kib < <(measure ours "$cli" demo "$work/demo.jobbridge" --workers "$workers" --seed 1 --today 2026-11-23)
counts=$(sqlite3 "$work/demo.jobbridge" "SELECT (SELECT COUNT(*) FROM workers), (SELECT COUNT(*) FROM worker_key_groups), (SELECT COUNT(*) FROM worker_service_needs)")
IFS='|' read -r n_workers n_groups n_needs <<<"$counts"

# Baseline: sqlite3 alone inserting as many rows into the same schema (random names and IDs, no validation).
"$cli" init "$work/base.jobbridge" --org 340122 >/dev/null
cat > "$work/base.sql" <<SQL
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO workers (id, org_id, name, gender, id_number, birth_date, phone, registered_on, created_at, updated_at)
  SELECT value, 1, '张' || char(19968 + abs(random()) % 20000) || char(19968 + abs(random()) % 20000),
         CASE value % 2 WHEN 0 THEN 'F' ELSE 'M' END,
         printf('3401221%010dX', value),
         printf('%04d-%02d-%02d', 1966 + value % 40, 1 + value % 12, 1 + value % 28),
         printf('13%09d', value), '2026-03-01', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z'
  FROM generate_series(1, $n_workers);
INSERT INTO worker_key_groups SELECT value % $n_workers + 1, (SELECT MIN(id) FROM reference_items WHERE list = 'key_group') + (value / $n_workers)
  FROM generate_series(0, $n_groups - 1);
INSERT INTO worker_service_needs SELECT value % $n_workers + 1, (SELECT MIN(id) FROM reference_items WHERE list = 'service_type') + (value / $n_workers)
  FROM generate_series(0, $n_needs - 1);
COMMIT;
SQL
read -r base_s base_kib < <(measure sqlite3 sqlite3 "$work/base.jobbridge" ".read $work/base.sql")

printf '\nDemo generation, %s workers (%s key-group links, %s service needs), 300 enterprises\n' "$n_workers" "$n_groups" "$n_needs"
printf '%-34s %10s %14s\n' "" "seconds" "peak MiB"
printf '%-34s %10s %14.1f\n' "jobbridge-cli demo (full county)" "$ours_s" "$(awk "BEGIN{print $ours_kib/1024}")"
printf '%-34s %10s %14.1f\n' "sqlite3, same worker rows only" "$base_s" "$(awk "BEGIN{print $base_kib/1024}")"
printf 'ratio ours/sqlite3: %.2f   goal: ours <= 30 s\n' "$(awk "BEGIN{print $ours_s/$base_s}")"
