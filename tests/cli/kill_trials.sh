#!/usr/bin/env bash
# Crash safety: kills `jobbridge-cli import` with SIGKILL at a random moment during a large import, TRIALS times,
# and checks after each that the file opens (the dead process's lock is taken over), that SQLite's integrity_check
# is ok and that the batch is fully in or fully out (no workers of a batch without its batch row, nor the reverse).
# Prints "K/TRIALS consistent"; exits 0 only when every trial was.
# Usage: kill_trials.sh CLI WORKDIR [TRIALS] [ROWS] [SEED]    (needs python3 and sqlite3)
#   The suite runs a few trials on a small list; bench: kill_trials.sh BUILD/app/jobbridge-cli /tmp/kt 50 200000
set -uo pipefail
cli="$1"; work="$2"; trials="${3:-3}"; rows="${4:-20000}"; seed="${5:-$RANDOM}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$work"; mkdir -p "$work"; cd "$work"
export JOBBRIDGE_BACKUP_DIR="$work/backups"
RANDOM=$seed

python3 "$here/../../bench/make_worker_csv.py" "$rows" workers.csv workers.utf8.csv 1 || exit 1
"$cli" init base.jobbridge --org 340122 >/dev/null || exit 1
before=$(sqlite3 base.jobbridge "SELECT count(*) FROM workers")
# One uninterrupted import gives the "fully in" state and how long an import takes here.
cp base.jobbridge full.jobbridge
start=$(date +%s%N)
"$cli" import full.jobbridge --kind workers workers.csv >/dev/null 2>&1
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
after=$(sqlite3 full.jobbridge "SELECT count(*) FROM workers")
[[ "$after" -gt "$before" ]] || { echo "the uninterrupted import added no workers"; exit 1; }

consistent=0
for ((t = 1; t <= trials; t++)); do
  rm -f t.jobbridge t.jobbridge-wal t.jobbridge-shm t.jobbridge.lock
  cp base.jobbridge t.jobbridge
  delay_ms=$(( RANDOM % (elapsed_ms * 11 / 10 + 1) ))  # some land after the commit
  "$cli" import t.jobbridge --kind workers workers.csv >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk "BEGIN{print $delay_ms/1000}")"
  kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  problems=()
  "$cli" check t.jobbridge >/dev/null 2>&1 || problems+=("check failed")
  [[ "$(sqlite3 t.jobbridge "PRAGMA integrity_check")" == ok ]] || problems+=("integrity_check not ok")
  "$cli" stats t.jobbridge >/dev/null 2>&1 || problems+=("the file does not open")
  [[ -e t.jobbridge.lock ]] && problems+=("the dead import's lock was not taken over")
  workers=$(sqlite3 t.jobbridge "SELECT count(*) FROM workers")
  batches=$(sqlite3 t.jobbridge "SELECT count(*) FROM import_batches")
  if [[ "$workers" == "$before" && "$batches" == 0 ]]; then state="out"
  elif [[ "$workers" == "$after" && "$batches" == 1 ]]; then state="in"
  else state="partial"; problems+=("batch partly in: $workers workers, $batches batches"); fi
  if [[ ${#problems[@]} -eq 0 ]]; then
    consistent=$((consistent + 1))
  else
    echo "trial $t (killed after ${delay_ms} ms): ${problems[*]}"
  fi
  echo "trial $t: killed after ${delay_ms} of ~${elapsed_ms} ms, batch $state" >>trials.log
done
echo "$consistent/$trials consistent (import of $rows rows ~${elapsed_ms} ms; seed $seed)"
[[ $consistent -eq $trials ]]
