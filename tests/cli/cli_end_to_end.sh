#!/usr/bin/env bash
# Runs jobbridge-cli as an officer's script would and checks exit codes, output and untouched files.
# Usage: cli_end_to_end.sh CLI WORKDIR
set -uo pipefail
cli="$1"; work="$2"
rm -rf "$work"; mkdir -p "$work"; cd "$work"
failures=0; checks=0

expect() { # expect CODE DESCRIPTION -- command...
  local want="$1" what="$2"; shift 3
  "$@" >out.txt 2>err.txt; local got=$?
  checks=$((checks + 1))
  if [[ "$got" != "$want" ]]; then
    echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  stdout: /' out.txt; sed 's/^/  stderr: /' err.txt
    failures=$((failures + 1))
  fi
}
contains() { # contains FILE TEXT DESCRIPTION
  checks=$((checks + 1))
  if ! grep -qF -- "$2" "$1"; then
    echo "FAIL: $3: '$2' not in $1:"; sed 's/^/  /' "$1"; failures=$((failures + 1))
  fi
}
same() { # same FILE SHA DESCRIPTION
  checks=$((checks + 1))
  if [[ "$(sha256sum "$1" | cut -d' ' -f1)" != "$2" ]]; then echo "FAIL: $3: file changed"; failures=$((failures + 1)); fi
  for s in -wal -shm -journal; do
    if [[ -e "$1$s" ]]; then echo "FAIL: $3: $1$s created"; failures=$((failures + 1)); fi
  done
}

expect 0 "version" -- "$cli" --version;            contains out.txt "jobbridge-cli" "version text"
expect 0 "help" -- "$cli" --help;                  contains out.txt "init DB --org CODE" "help lists init"
expect 1 "no arguments" -- "$cli"
expect 1 "unknown command" -- "$cli" frobnicate;   contains err.txt "frobnicate" "names the unknown command"
expect 1 "init without --org" -- "$cli" init a.jobbridge
expect 1 "unknown option" -- "$cli" stats --bogus x.db
expect 1 "bad --workers" -- "$cli" demo d.jobbridge --workers many
expect 2 "unknown division" -- "$cli" init u.jobbridge --org 999999
contains err.txt "999999" "names the bad code"
[[ -e u.jobbridge ]] && { echo "FAIL: a file was left for an unknown division"; failures=$((failures + 1)); }

expect 0 "init" -- "$cli" init a.jobbridge --org 340122; contains out.txt "肥东县" "init names the organisation"
sum_a=$(sha256sum a.jobbridge | cut -d' ' -f1)
expect 2 "init over an existing file" -- "$cli" init a.jobbridge --org 340122
contains err.txt "已存在" "says the file exists"
same a.jobbridge "$sum_a" "init refused"

expect 0 "demo" -- "$cli" demo d.jobbridge --seed 7 --workers 400 --enterprises 40 --today 2026-11-23
expect 0 "stats json" -- "$cli" stats d.jobbridge --json
contains out.txt '"workers": 400' "400 workers counted"
contains out.txt '"enterprises": 40' "40 enterprises counted"
contains out.txt '"code": "340122"' "home code"
contains out.txt '"name_zh": "农民工"' "key groups listed"
cp out.txt stats-first.json
expect 2 "demo into a filled file" -- "$cli" demo d.jobbridge --seed 8
expect 0 "stats again" -- "$cli" stats d.jobbridge --json
checks=$((checks + 1)); cmp -s out.txt stats-first.json || { echo "FAIL: refused demo changed the counts"; failures=$((failures + 1)); }
expect 0 "stats text" -- "$cli" stats d.jobbridge; contains out.txt "重点群体" "text output in Chinese"

head -c 8192 /dev/urandom > random.db; sum_r=$(sha256sum random.db | cut -d' ' -f1)
expect 2 "random file as a database" -- "$cli" stats random.db
contains err.txt "不是 JobBridge" "explains the refusal"; same random.db "$sum_r" "random file"
expect 2 "demo into a random file" -- "$cli" demo random.db; same random.db "$sum_r" "random file (demo)"
expect 2 "missing file" -- "$cli" stats missing.jobbridge; contains err.txt "不存在" "says it is missing"

echo "$((checks - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]
