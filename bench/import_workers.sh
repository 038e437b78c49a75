#!/usr/bin/env bash
# Benchmark: importing a worker list exported from Excel, against sqlite3 loading the same rows without validation.
# Run by hand:  bench/import_workers.sh [BUILD_DIR] [ROWS]     (defaults: build, 1000000; needs python3 and sqlite3)
# Goal (import issue): jobbridge-cli import of the GB18030 file into a fresh file ≤ 0.8 × the time of
# `sqlite3 .import` of the UTF-8 rows into a plain table; peak memory ≤ 100 MiB; re-importing the same file into
# the filled file (every row matches, nothing changes) also ≤ 0.8 ×.
set -euo pipefail
build="${1:-build}"; rows="${2:-1000000}"
cli="$build/app/jobbridge-cli"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

measure() { # measure command... → prints "seconds peak_kib user_s sys_s"; the import's phases go to phases.txt
  JB_IMPORT_TIMING=1 /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >"$work/out.txt" 2>>"$work/phases.txt"
  cat "$work/time.txt"
}
field() { # field NAME: an integer field of the last --json output
  sed -n "s/^    \"$1\": \([0-9]*\),\?$/\1/p" "$work/out.txt"
}

echo "Generating $rows rows (12 columns, ~1% line breaks inside cells) as GB18030 and UTF-8 ..." >&2
python3 "$here/make_worker_csv.py" "$rows" "$work/workers.gbk.csv" "$work/workers.utf8.csv" 1
gbk_mib=$(awk "BEGIN{printf \"%.0f\", $(stat -c %s "$work/workers.gbk.csv")/1048576}")

# Baseline: the sqlite3 shell loading the UTF-8 rows into a plain table (created from the header, no checks).
read -r base_s base_kib base_u base_sy < <(measure sqlite3 "$work/plain.db" ".mode csv" ".import $work/workers.utf8.csv workers")
loaded=$(sqlite3 "$work/plain.db" "SELECT COUNT(*) FROM workers")

# Ours: the GB18030 file into a fresh file, then the same file again into the filled one.
"$cli" init "$work/county.jobbridge" --org 340122 >/dev/null
echo "-- fresh file" >>"$work/phases.txt"
read -r ours_s ours_kib ours_u ours_sy < <(measure "$cli" import "$work/county.jobbridge" --kind workers "$work/workers.gbk.csv" --json)
inserted=$(field inserted); rejected=$(field rejected)
echo "-- filled file" >>"$work/phases.txt"
read -r again_s again_kib again_u again_sy < <(measure "$cli" import "$work/county.jobbridge" --kind workers "$work/workers.gbk.csv" --json)
unchanged=$(field unchanged); updated=$(field updated)

# The floor under any importer of these rows into a county file: sqlite3 copying the rows our import wrote
# (already read, checked and converted) into the same two tables of a fresh file, in its WAL mode, with their
# indexes, triggers, foreign keys and the name search left out. A fresh import cannot beat this.
"$cli" init "$work/floor.jobbridge" --org 340122 >/dev/null
drops=$(sqlite3 "$work/floor.jobbridge" "SELECT 'DROP ' || type || ' \"' || name || '\";' FROM sqlite_master
  WHERE tbl_name IN ('workers', 'worker_key_groups') AND type IN ('index', 'trigger') AND sql IS NOT NULL")
sqlite3 "$work/floor.jobbridge" "$drops"
read -r floor_s floor_kib floor_u floor_sy < <(measure sqlite3 "$work/floor.jobbridge" "PRAGMA synchronous = NORMAL" \
  "ATTACH '$work/county.jobbridge' AS src" "BEGIN" "INSERT INTO main.workers SELECT * FROM src.workers" \
  "INSERT INTO main.worker_key_groups SELECT * FROM src.worker_key_groups" "COMMIT")
# …and the one index no import can do without: ID numbers unique (the upsert's key).
read -r unique_s unique_kib unique_u unique_sy < <(measure sqlite3 "$work/floor.jobbridge" \
  "CREATE UNIQUE INDEX floor_id_number ON workers(id_number)")

mib() { awk "BEGIN{printf \"%.1f\", $1/1024}"; }
cpu() { awk "BEGIN{printf \"%.2f\", $1+$2}"; }
ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
verdict() { awk "BEGIN{print ($1 <= 0.8 * $2) ? \"met\" : \"NOT met\"}"; }

printf '\nImport benchmark: %s worker rows, GB18030 file %s MiB (load average %s)\n' "$rows" "$gbk_mib" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-46s %9s %9s %10s\n' "" "seconds" "CPU s" "peak MiB"
printf '%-46s %9s %9s %10s\n' "sqlite3 .import, UTF-8 into a plain table" "$base_s" "$(cpu "$base_u" "$base_sy")" "$(mib "$base_kib")"
printf '%-46s %9s %9s %10s\n' "jobbridge-cli import, GB18030, fresh file" "$ours_s" "$(cpu "$ours_u" "$ours_sy")" "$(mib "$ours_kib")"
printf '%-46s %9s %9s %10s\n' "jobbridge-cli import again, filled file" "$again_s" "$(cpu "$again_u" "$again_sy")" "$(mib "$again_kib")"
printf '%-46s %9s %9s %10s\n' "floor: sqlite3 copying our rows, no index" "$floor_s" "$(cpu "$floor_u" "$floor_sy")" "$(mib "$floor_kib")"
printf '\nrows: sqlite3 loaded %s; ours inserted %s (rejected %s); again unchanged %s (updated %s)\n' \
  "$loaded" "$inserted" "$rejected" "$unchanged" "$updated"
printf 'ratio fresh/sqlite3:    %s (goal <= 0.80: %s)\n' "$(ratio "$ours_s" "$base_s")" "$(verdict "$ours_s" "$base_s")"
printf 'ratio re-import/sqlite3: %s (goal <= 0.80: %s)\n' "$(ratio "$again_s" "$base_s")" "$(verdict "$again_s" "$base_s")"
printf 'ratio floor/sqlite3:     %s (the least a fresh import of these rows into this schema can take;\n' \
  "$(ratio "$floor_s" "$base_s")"
printf '                         %s with the unique ID index, before reading a byte of the file)\n' \
  "$(awk "BEGIN{printf \"%.2f\", ($floor_s + $unique_s) / $base_s}")"
printf 'peak memory: %s / %s MiB (goal <= 100)\n' "$(mib "$ours_kib")" "$(mib "$again_kib")"
printf '\nWhere the time goes (wall seconds per phase, peak memory so far):\n'
sed 's/^import timing: /  /' "$work/phases.txt"
