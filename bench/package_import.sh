#!/usr/bin/env bash
# Benchmark: a province file imports the packages of all 104 county-level divisions of Anhui, against sqlite3
# inserting the same number of figure rows in the same run.
# Run by hand:  bench/package_import.sh [BUILD_DIR] [WORKERS]   (BUILD_DIR: a Release build, default build-rel;
#               WORKERS: per template county, default 2000)
# The 104 packages are three demo counties' November packages (the month and the year to date, 9 to 20 sub-units
# each) relabelled for every county code under the 16 cities (bench/package_relabel.cpp).
# Goal (monthly reports issue): importing 104 county packages into a province file ≤ 10 s.
set -euo pipefail
exec 2>&1
build="${1:-build-rel}"; workers="${2:-2000}"
[[ -d "$build/bench" ]] || { echo "$0: $build has no benchmarks; configure it with -DJB_BUILD_BENCH=ON" >&2; exit 1; }
cli="$build/app/jobbridge-cli"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/packages"
for c in 340121 340122 340123; do
  "$cli" demo "$work/$c.jobbridge" --org $c --seed ${c: -1} --workers "$workers" --today 2026-11-23 >/dev/null
  "$cli" package export "$work/$c.jobbridge" --period 2026-11 --today 2026-11-23 --out "$work/$c.jbpkg" >/dev/null
done
"$build/bench/jb_bench_packages" "$work/packages" "$work"/3401*.jbpkg
du -sh "$work/packages" | awk '{print "packages on disk: " $1}'
"$cli" init "$work/province.jobbridge" --org 340000 >/dev/null

/usr/bin/time -f "jobbridge-cli package import, 104 packages: %e s wall, %U s user, peak %M KiB" \
  "$cli" package import "$work/province.jobbridge" "$work"/packages/*.jbpkg > "$work/import.txt"
grep -c '^已导入' "$work/import.txt" | awk '{print "imported: " $1 " packages"}'
rows=$(sqlite3 "$work/province.jobbridge" "SELECT count(*) FROM received_figures")
sqlite3 "$work/province.jobbridge" "SELECT count(*) || ' sections, ' || (SELECT count(DISTINCT org_id) FROM received_figures) || ' organisations, $rows figure rows' FROM received_sections"
/usr/bin/time -f "the same 104 again (each already imported, nothing written): %e s wall" \
  "$cli" package import "$work/province.jobbridge" "$work"/packages/*.jbpkg > /dev/null

echo "sqlite3, inserting $rows rows of the same shape in one transaction:"
cat > "$work/insert.sql" <<SQL
CREATE TABLE f (section_id INTEGER NOT NULL, org_id INTEGER NOT NULL, key_group_id INTEGER NOT NULL,
  metric TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (section_id, org_id, key_group_id, metric)) WITHOUT ROWID;
.timer on
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $rows)
INSERT INTO f SELECT i / 1000, (i / 50) % 20, (i / 10) % 5, 'metric_' || (i % 50), i FROM n;
SQL
sqlite3 "$work/raw.db" < "$work/insert.sql" | grep -i 'run time'
