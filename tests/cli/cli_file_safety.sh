#!/usr/bin/env bash
# The file-safety promises as an officer's script meets them: `check`, `backup`, `backups`, `restore`; a damaged
# file refused by every command and left byte-for-byte unchanged, offering its newest good backup; one writer at a
# time (a writing command refuses with exit 2, a reading one works read-only); files readable by the owner only.
# Usage: cli_file_safety.sh CLI WORKDIR
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"
check() { # check DESCRIPTION -- command... (a test command that must succeed)
  local what="$1"; shift 2
  checks=$((checks + 1))
  "$@" || { echo "FAIL: $what"; failures=$((failures + 1)); }
}
count_backups() { "$cli" backups f.jobbridge --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["backups"]))'; }
newest_backup() { "$cli" backups f.jobbridge --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["backups"][0]["path"])'; }
# Overwrites 8 KiB in the middle of a file, as a failing disk would.
damage() { python3 -c '
import sys
p = sys.argv[1]
with open(p, "r+b") as f:
    f.seek(0, 2); middle = (f.tell() // 2) & ~4095
    f.seek(middle); f.write(bytes((i * 131 + 17) % 256 for i in range(8192)))' "$1"; }

expect 0 "demo" -- "$cli" demo f.jobbridge --seed 3 --workers 1500 --enterprises 60 --today 2026-03-10
check "a new file is readable by its owner only" -- test "$(stat -c %a f.jobbridge)" = 600
expect 0 "check a sound file" -- "$cli" check f.jobbridge;     contains out.txt "文件完好" "says the file is sound"
expect 0 "check in English" -- "$cli" check f.jobbridge --lang en; contains out.txt "The file is sound" "English"
expect 2 "check a file that is not ours" -- "$cli" check out.txt
expect 1 "check without a file" -- "$cli" check

# Backups: one on the first opening of the day, not on the second; by hand at any time; private.
check "no backup before the file was opened" -- test "$(count_backups)" = 0
expect 0 "stats" -- "$cli" stats f.jobbridge
check "the first opening of the day backs up" -- test "$(count_backups)" = 1
expect 0 "stats again" -- "$cli" stats f.jobbridge
check "the second opening does not" -- test "$(count_backups)" = 1
expect 0 "back up now" -- "$cli" backup f.jobbridge;          contains out.txt "备份" "says where the backup went"
check "a backup by hand" -- test "$(count_backups)" = 2
check "backups are readable by their owner only" -- test "$(stat -c %a "$(newest_backup)")" = 600
expect 0 "backups as text" -- "$cli" backups f.jobbridge;      contains out.txt "$(newest_backup)" "lists the newest"
expect 0 "backups --json" -- "$cli" backups f.jobbridge --json
contains out.txt '"taken"' "JSON gives the time"; contains out.txt '"bytes"' "JSON gives the size"
expect 0 "backup --out" -- "$cli" backup f.jobbridge --out copy.jobbridge
check "the copy is private" -- test "$(stat -c %a copy.jobbridge)" = 600
expect 0 "the copy is sound" -- "$cli" check copy.jobbridge
expect 2 "backup --out refuses an existing file" -- "$cli" backup f.jobbridge --out copy.jobbridge
good=$(newest_backup)
# Lists and error files name people: private too.
expect 0 "unmasked CSV export" -- "$cli" export f.jobbridge --kind workers list.csv --unmasked
check "an unmasked CSV list is private" -- test "$(stat -c %a list.csv)" = 600
expect 0 "unmasked XLSX export" -- "$cli" export f.jobbridge --kind workers list.xlsx --unmasked
check "an unmasked XLSX list is private" -- test "$(stat -c %a list.xlsx)" = 600
"$cli" init errors.jobbridge --org 340122 >/dev/null 2>&1
expect 0 "an import with an error file" -- "$cli" import errors.jobbridge --kind workers "$data/workers_basic.csv" --errors errors.csv
check "the error file is private" -- test "$(stat -c %a errors.csv)" = 600

# A damaged file: refused by every command, never written to, offering the newest good backup.
damage f.jobbridge
sum=$(sha256sum f.jobbridge | cut -d' ' -f1)
expect 2 "stats on a damaged file" -- "$cli" stats f.jobbridge
contains err.txt "文件已损坏" "says the file is damaged"; contains err.txt "$good" "offers the newest good backup"
contains err.txt "jobbridge-cli restore" "says how to restore"
expect 2 "metrics on a damaged file" -- "$cli" metrics f.jobbridge --period 2026 --today 2026-03-10
expect 2 "a writing command on a damaged file" -- "$cli" vacancy close f.jobbridge --id 1
expect 2 "check a damaged file" -- "$cli" check f.jobbridge
contains err.txt "integrity_check" "names SQLite's finding"; contains err.txt "$good" "check offers the backup"
expect 2 "a damaged file in English" -- "$cli" stats f.jobbridge --lang en; contains err.txt "The file is damaged" "English"
check "the damaged file is unchanged" -- test "$(sha256sum f.jobbridge | cut -d' ' -f1)" = "$sum"
check "no -wal beside the damaged file" -- test ! -e f.jobbridge-wal
check "no lock left beside the damaged file" -- test ! -e f.jobbridge.lock
cp "$good" bad-backup.jobbridge; damage bad-backup.jobbridge
expect 2 "a damaged backup is not restored" -- "$cli" restore f.jobbridge --from bad-backup.jobbridge
contains err.txt "备份已损坏" "says the backup is damaged"
check "a refused restore changes nothing" -- test "$(sha256sum f.jobbridge | cut -d' ' -f1)" = "$sum"
expect 1 "restore without --from" -- "$cli" restore f.jobbridge
expect 0 "restore the newest good backup" -- "$cli" restore f.jobbridge --from "$good"
contains out.txt "损坏的文件保留为" "says where the damaged file is kept"
kept=$(ls f.jobbridge.damaged-* 2>/dev/null | grep -v -- '-wal$\|-shm$' | head -1)
check "the damaged file is kept beside, unchanged" -- test "$(sha256sum "$kept" | cut -d' ' -f1)" = "$sum"
expect 0 "the restored file is sound" -- "$cli" check f.jobbridge
check "the restored file is private" -- test "$(stat -c %a f.jobbridge)" = 600
expect 0 "restore over a sound file" -- "$cli" restore f.jobbridge --from "$good"
contains out.txt "替换前的文件已备份到" "the sound file is backed up first"

# One writer at a time. A live process on this machine holds the lock (this shell).
vac=$(sqlite3 f.jobbridge "SELECT id FROM vacancies WHERE status = 'open' ORDER BY id LIMIT 1")
printf 'user=li\nmachine=%s\npid=%s\nsince=2026-03-10T08:00:00Z\n' "$(hostname)" "$$" > f.jobbridge.lock
sum=$(sha256sum f.jobbridge | cut -d' ' -f1)
expect 2 "a writing command refuses a file another has open" -- "$cli" vacancy close f.jobbridge --id "$vac"
contains err.txt "只读" "says read-only"; contains err.txt "li" "names who has it"; contains err.txt "$$" "names the process"
expect 2 "an import refuses too" -- "$cli" import-undo f.jobbridge --batch 1
expect 2 "a restore refuses too" -- "$cli" restore f.jobbridge --from "$good"
expect 2 "fair add refuses too" -- "$cli" fair add f.jobbridge --name "春风行动专场招聘会" --date 2026-03-01 --organiser 340122 --form offline --kind group
contains err.txt "只读" "fair add says read-only"
expect 2 "an import into a fair refuses too" -- "$cli" import f.jobbridge --kind fair --fair 1 "$data/fair/fair.gbk.csv"
contains err.txt "只读" "import --kind fair says read-only"
expect 0 "a reading command works read-only" -- "$cli" stats f.jobbridge
expect 0 "the fairs list works read-only" -- "$cli" fairs f.jobbridge --json
# Every command that only reads works while someone else has the file open.
expect 0 "the audit log reads while the file is open elsewhere" -- "$cli" audit f.jobbridge --json
for command in warnings followups promise settings; do
  expect 0 "$command reads while the file is open elsewhere" -- "$cli" $command f.jobbridge --json
done
expect 0 "match reads while the file is open elsewhere" -- "$cli" match f.jobbridge --vacancy "$vac" --json
expect 2 "settings --set refuses" -- "$cli" settings f.jobbridge --set stale_days=20
contains err.txt "只读" "settings --set says read-only"
check "nothing was written" -- test "$(sha256sum f.jobbridge | cut -d' ' -f1)" = "$sum"
check "the other's lock is left alone" -- grep -q "user=li" f.jobbridge.lock
# The holder's process is gone (a crash): the lock is stale and taken over.
sleep 0 & dead=$!; wait "$dead"
printf 'user=li\nmachine=%s\npid=%s\nsince=2026-03-10T08:00:00Z\n' "$(hostname)" "$dead" > f.jobbridge.lock
expect 0 "a stale lock is taken over" -- "$cli" vacancy close f.jobbridge --id "$vac" --today 2026-03-11
check "the lock is released afterwards" -- test ! -e f.jobbridge.lock
# Another machine's lock is never taken over.
printf 'user=li\nmachine=other-pc\npid=%s\nsince=2026-03-10T08:00:00Z\n' "$dead" > f.jobbridge.lock
expect 2 "another machine's lock is respected" -- "$cli" vacancy reopen f.jobbridge --id "$vac"
contains err.txt "other-pc" "names the other machine"
rm -f f.jobbridge.lock

echo "$((checks - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
