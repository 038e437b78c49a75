#!/usr/bin/env bash
# Sourced by the CLI scripts (cli_end_to_end.sh, cli_casework.sh, cli_file_safety.sh, cli_disk_trouble.sh) with their
# arguments CLI WORKDIR: a fresh work folder, the Chinese wording, backups beside the test, and the checks expect /
# contains / same, counted. (cli_disk_trouble.sh unmounts its test disks before sourcing it, which removes the
# folder.)
set -uo pipefail
cli="$1"; work="$2"
# The CLI speaks the language chosen; these checks read its Chinese (the officer's) wording unless they say --lang en.
export JOBBRIDGE_LANG=zh_CN
data="$(cd "$(dirname "${BASH_SOURCE[0]}")/../data/import" && pwd)"
rm -rf "$work"; mkdir -p "$work"; cd "$work"
# The daily backup on opening goes beside the test, not into the user's settings folder.
export JOBBRIDGE_BACKUP_DIR="$work/backups"
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
