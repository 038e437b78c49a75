#!/usr/bin/env bash
# Benchmark: importing a fair organiser's sheet (issue 12: a 5,000-row sheet imports in ≤ 1 s), against sqlite3
# loading the same rows into a plain table in the same run.
# Run by hand:  bench/import_fair_sheet.sh [BUILD_DIR] [ROWS]     (defaults: build, 5000; needs python3 and sqlite3)
# The file holds 200 enterprises with three vacancies each and the fair; the sheet names people (a tenth twice),
# intentions with those enterprises (a few by credit code, a few unknown) and their posts (a few new).
set -euo pipefail
build="${1:-build}"; rows="${2:-5000}"
cli="$build/app/jobbridge-cli"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

measure() { # measure command... → prints "seconds peak_kib"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt"
  cat "$work/time.txt"
}
field() { sed -n "s/^    \"$1\": \([0-9]*\),\?$/\1/p" "$work/out.txt"; }

python3 "$here/make_fair_csv.py" "$rows" "$work/fair.gbk.csv" "$work/fair.utf8.csv" "$work/enterprises.sql"
"$cli" init "$work/county.jobbridge" --org 340122 >/dev/null
sqlite3 "$work/county.jobbridge" < "$work/enterprises.sql"
fair=$("$cli" fair add "$work/county.jobbridge" --name "2024年春风行动专场招聘会" --date 2024-03-08 --organiser 340122 \
  --form offline --kind group --today 2024-12-31)

read -r base_s base_kib < <(measure sqlite3 "$work/plain.db" ".mode csv" ".import $work/fair.utf8.csv sheet")
read -r dry_s dry_kib < <(measure "$cli" import "$work/county.jobbridge" --kind fair --fair "$fair" "$work/fair.gbk.csv" --dry-run --json)
read -r ours_s ours_kib < <(measure "$cli" import "$work/county.jobbridge" --kind fair --fair "$fair" "$work/fair.gbk.csv" --json)
summary="rows_read $(field rows_read), inserted $(field inserted), unchanged $(field unchanged), rejected $(field rejected), warnings $(field warnings); people added $(field people_added), linked $(field people_linked); intentions $(field intentions), contracts $(field contracts)"

printf '\nFair sheet import: %s rows, GB18030 (load average %s)\n' "$rows" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %9s %10s\n' "" "seconds" "peak MiB"
printf '%-52s %9s %10.1f\n' "sqlite3 .import, UTF-8 into a plain table" "$base_s" "$(awk "BEGIN{print $base_kib/1024}")"
printf '%-52s %9s %10.1f\n' "jobbridge-cli import --kind fair --dry-run" "$dry_s" "$(awk "BEGIN{print $dry_kib/1024}")"
printf '%-52s %9s %10.1f\n' "jobbridge-cli import --kind fair (whole process)" "$ours_s" "$(awk "BEGIN{print $ours_kib/1024}")"
printf '%s\n' "$summary"
printf 'goal: <= 1 s: %s\n' "$(awk "BEGIN{print ($ours_s <= 1.0) ? \"met\" : \"NOT met\"}")"
