#!/usr/bin/env bash
# A full disk and a read-only disk, as an officer's USB stick or a full C: drive meets the CLI: every command that
# writes refuses with exit 2 and a message naming the cause, no half-written or empty file is left where the officer
# expects one, and the JobBridge file is byte-for-byte unchanged and opens again with every record once space is
# freed. Usage: cli_disk_trouble.sh CLI WORKDIR
#
# A full and a read-only disk are made with small tmpfs mounts, which needs root (CI and packaging/check-fresh.sh
# run as root). Without the right to mount, the test says so and is skipped (exit 77): chmod cannot stand in for a
# read-only disk for root, and nothing else fills a disk safely.
# The test disks of an earlier run are unmounted before the shared setup removes the work folder.
for m in "$2/full" "$2/ro"; do mountpoint -q "$m" 2>/dev/null && umount "$m"; done
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"
mounted=()
cleanup() { for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || umount -l "$m"; done; }
trap cleanup EXIT
absent() { # absent FILE DESCRIPTION: nothing (not even an empty file or a temporary one) where the output would go
  checks=$((checks + 1))
  local left; left=$(ls -A "$(dirname "$1")" | grep -F "$(basename "$1")")
  if [[ -n "$left" ]]; then echo "FAIL: $2: left $left"; failures=$((failures + 1)); fi
}
unchanged() { # unchanged FILE SHA DESCRIPTION
  checks=$((checks + 1))
  if [[ "$(sha256sum "$1" | cut -d' ' -f1)" != "$2" ]]; then echo "FAIL: $3: file changed"; failures=$((failures + 1)); fi
}

mkdir -p full ro
if ! mount -t tmpfs -o size=4m,mode=0755 tmpfs "$work/full" 2>/dev/null; then
  echo "SKIP: cannot mount a small tmpfs here (needs root); a full and a read-only disk are not tested"
  exit 77
fi
mounted+=("$work/full")
mount -t tmpfs -o size=4m,mode=0755 tmpfs "$work/ro"
mounted+=("$work/ro")

# The files: one on the ordinary disk to export from, one on each small disk.
expect 0 "demo" -- "$cli" demo d.jobbridge --seed 5 --workers 300 --enterprises 30 --today 2026-05-20
expect 0 "init on the small disk" -- "$cli" init full/f.jobbridge --org 340122
expect 0 "a first import there" -- "$cli" import full/f.jobbridge --kind workers "$data/workers_basic.csv"
expect 0 "stats before" -- "$cli" stats full/f.jobbridge --json; cp out.txt stats-before.json
cp full/f.jobbridge ro/r.jobbridge
sum_f=$(sha256sum full/f.jobbridge | cut -d' ' -f1)
sum_r=$(sha256sum ro/r.jobbridge | cut -d' ' -f1)
expect 0 "stats of the copy" -- "$cli" stats ro/r.jobbridge --json; cp out.txt stats-ro-before.json # names its path

# ---- A full disk ----------------------------------------------------------------------------------------------------
dd if=/dev/zero of=full/filler bs=4k 2>/dev/null # fills it: dd stops at "No space left on device"
expect 2 "CSV export onto a full disk" -- "$cli" export d.jobbridge --kind workers full/list.csv
contains err.txt "磁盘已满" "says the disk is full"; absent full/list.csv "CSV export"
expect 2 "XLSX export onto a full disk" -- "$cli" export d.jobbridge --kind enterprises full/list.xlsx
contains err.txt "磁盘已满" "says the disk is full (xlsx)"; absent full/list.xlsx "XLSX export"
expect 2 "package onto a full disk" -- "$cli" package export d.jobbridge --period 2026-04 --out full/p.jbpkg --today 2026-05-20
contains err.txt "磁盘已满" "says the disk is full (package)"; absent full/p.jbpkg "package export"
expect 2 "report onto a full disk" -- "$cli" report d.jobbridge --month 2026-04 --out full/r.csv --today 2026-05-20
contains err.txt "磁盘已满" "says the disk is full (report)"; absent full/r.csv "report"
# The import itself stands (here a dry run); only the error file could not be written, and stderr says why.
expect 0 "error file onto a full disk" -- "$cli" import d.jobbridge --kind workers "$data/workers_basic.csv" --dry-run --errors full/e.csv
contains err.txt "磁盘已满" "says the disk is full (error file)"; absent full/e.csv "error file"
expect 2 "import into a file on a full disk" -- "$cli" import full/f.jobbridge --kind workers "$data/workers_update.csv"
contains err.txt "磁盘" "names the disk"; unchanged full/f.jobbridge "$sum_f" "import on a full disk"
expect 2 "a new file on a full disk" -- "$cli" init full/n.jobbridge --org 340122
contains err.txt "磁盘" "names the disk (init)"; absent full/n.jobbridge "new file"
rm full/filler
expect 0 "space freed: the file opens" -- "$cli" stats full/f.jobbridge --json
checks=$((checks + 1)); cmp -s out.txt stats-before.json || { echo "FAIL: records changed on the full disk"; failures=$((failures + 1)); }
expect 0 "space freed: the import goes in" -- "$cli" import full/f.jobbridge --kind workers "$data/workers_update.csv"

# ---- A read-only disk -----------------------------------------------------------------------------------------------
mount -o remount,ro "$work/ro"
expect 2 "CSV export onto a read-only disk" -- "$cli" export d.jobbridge --kind workers ro/list.csv
contains err.txt "只读" "says the disk is read-only"; absent ro/list.csv "CSV export (read-only)"
expect 2 "XLSX export onto a read-only disk" -- "$cli" export d.jobbridge --kind enterprises ro/list.xlsx
contains err.txt "只读" "says the disk is read-only (xlsx)"; absent ro/list.xlsx "XLSX export (read-only)"
# The message names the file the officer chose, not the temporary file the export writes first.
checks=$((checks + 1)); ! grep -q '\.part' err.txt || { echo "FAIL: the message names the temporary file"; failures=$((failures + 1)); }
expect 2 "package onto a read-only disk" -- "$cli" package export d.jobbridge --period 2026-04 --out ro/p.jbpkg --today 2026-05-20
contains err.txt "只读" "says the disk is read-only (package)"
expect 2 "import into a file on a read-only disk" -- "$cli" import ro/r.jobbridge --kind workers "$data/workers_update.csv"
unchanged ro/r.jobbridge "$sum_r" "import on a read-only disk"
mount -o remount,rw "$work/ro"
expect 0 "writable again: the file opens" -- "$cli" stats ro/r.jobbridge --json
checks=$((checks + 1)); cmp -s out.txt stats-ro-before.json || { echo "FAIL: records changed on the read-only disk"; failures=$((failures + 1)); }

echo "$((checks - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
