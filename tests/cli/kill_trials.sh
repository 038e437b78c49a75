#!/usr/bin/env bash
# Crash safety: kills `jobbridge-cli` with SIGKILL at a random moment, TRIALS times for each kind of work —
#   import:  a large worker list import;
#   restore: `restore FILE --from BACKUP` (the file is replaced by a bigger backup, which records the restore);
#   package: `package import` of three counties' packages into their city —
# and checks after each that the file opens (the dead process's lock is taken over), that SQLite's integrity_check
# is ok and that the work is fully in or fully out (the batch with all its workers or none; the old file or the
# backup, never a mix; every package's rows or none).
# Prints "K/TRIALS consistent (KIND ...)" per kind; exits 0 only when every trial was.
# Usage: kill_trials.sh CLI WORKDIR [TRIALS] [ROWS] [SEED] [KINDS]    (needs python3 and sqlite3)
#   KINDS: "import restore package" (default). The suite runs a few trials on a small list;
#   bench: kill_trials.sh BUILD/app/jobbridge-cli /tmp/kt 50 200000
set -uo pipefail
cli="$1"; work="$2"; trials="${3:-3}"; rows="${4:-20000}"; seed="${5:-$RANDOM}"; kinds="${6:-import restore package}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$work"; mkdir -p "$work"; cd "$work"
export JOBBRIDGE_BACKUP_DIR="$work/backups"
RANDOM=$seed
q() { sqlite3 "$1" "$2"; }

python3 "$here/../../bench/make_worker_csv.py" "$rows" workers.csv workers.utf8.csv 1 || exit 1
"$cli" init base.jobbridge --org 340122 >/dev/null || exit 1
before=$(q base.jobbridge "SELECT count(*) FROM workers")
# One uninterrupted import gives the "fully in" state (and the backup a restore puts back).
cp base.jobbridge full.jobbridge
"$cli" import full.jobbridge --kind workers workers.csv >/dev/null 2>&1
after=$(q full.jobbridge "SELECT count(*) FROM workers")
[[ "$after" -gt "$before" ]] || { echo "the uninterrupted import added no workers"; exit 1; }

# ---- the kinds: the work to kill, and what state it left ---------------------------------------------------------
setup_import() { :; }
run_import() { exec "$cli" import t.jobbridge --kind workers workers.csv; }
state_import() {
  local workers batches; workers=$(q t.jobbridge "SELECT count(*) FROM workers")
  batches=$(q t.jobbridge "SELECT count(*) FROM import_batches")
  if [[ "$workers" == "$before" && "$batches" == 0 ]]; then echo out
  elif [[ "$workers" == "$after" && "$batches" == 1 ]]; then echo in
  else echo "partial: $workers workers, $batches batches"; fi
}

setup_restore() { cp full.jobbridge restore-from.jobbridge; }
run_restore() { exec "$cli" restore t.jobbridge --from restore-from.jobbridge; }
state_restore() { # the old file, or the backup whole with the restore in its audit log
  local workers batches restores; workers=$(q t.jobbridge "SELECT count(*) FROM workers")
  batches=$(q t.jobbridge "SELECT count(*) FROM import_batches")
  restores=$(q t.jobbridge "SELECT count(*) FROM audit_log WHERE action = 'restore'")
  if [[ "$workers" == "$before" && "$batches" == 0 && "$restores" == 0 ]]; then echo out
  elif [[ "$workers" == "$after" && "$batches" == 1 && "$restores" == 1 ]]; then echo in
  else echo "partial: $workers workers, $batches batches, $restores restore entries"; fi
}

# One line per package received: the county, then how many sections, figures and fairs it brought.
package_rows="SELECT p.child_org_id || ':' || (SELECT count(*) FROM received_sections s WHERE s.package_id = p.id)
  || ':' || (SELECT count(*) FROM received_figures f JOIN received_sections s ON s.id = f.section_id
             WHERE s.package_id = p.id)
  || ':' || (SELECT count(*) FROM received_fairs r WHERE r.package_id = p.id)
  FROM received_packages p ORDER BY p.child_org_id"
setup_package() {
  local c
  for c in 340121 340122 340123; do
    "$cli" demo "pk-$c.jobbridge" --org $c --seed "${c: -1}" --workers 2000 --enterprises 60 --today 2026-11-23 >/dev/null || return 1
    "$cli" package export "pk-$c.jobbridge" --period 2026 --out "pk-$c.jbpkg" --today 2026-11-23 >/dev/null || return 1
  done
  "$cli" init city.jobbridge --org 340100 >/dev/null || return 1
  cp city.jobbridge city-full.jobbridge
  "$cli" package import city-full.jobbridge pk-340121.jbpkg pk-340122.jbpkg pk-340123.jbpkg >/dev/null || return 1
  package_full=$(q city-full.jobbridge "$package_rows")
  [[ $(wc -l <<<"$package_full") -eq 3 ]] || { echo "the uninterrupted package import did not bring 3 packages"; return 1; }
}
run_package() { exec "$cli" package import t.jobbridge pk-340121.jbpkg pk-340122.jbpkg pk-340123.jbpkg; }
state_package() { # none, all, or some packages each whole (every package is received in one transaction)
  local got line; got=$(q t.jobbridge "$package_rows")
  if [[ -z "$got" ]]; then echo out; return; fi
  if [[ "$got" == "$package_full" ]]; then echo in; return; fi
  while read -r line; do
    grep -qxF -- "$line" <<<"$package_full" || { echo "partial: a package holds $line"; return; }
  done <<<"$got"
  echo "in part: $(wc -l <<<"$got") of 3 packages, each whole"
}
start_file() { case "$1" in package) echo city.jobbridge ;; *) echo base.jobbridge ;; esac; }

# ---- the trials ---------------------------------------------------------------------------------------------------
all_consistent=1
for kind in $kinds; do
  "setup_$kind" || { echo "setting up $kind failed"; exit 1; }
  # One uninterrupted run: how long the work takes here.
  rm -f t.jobbridge t.jobbridge-wal t.jobbridge-shm t.jobbridge.lock
  cp "$(start_file "$kind")" t.jobbridge
  start=$(date +%s%N); ("run_$kind") >/dev/null 2>&1; elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ "$("state_$kind")" == in ]] || { echo "$kind: the uninterrupted run did not finish: $("state_$kind")"; exit 1; }
  consistent=0
  for ((t = 1; t <= trials; t++)); do
    rm -f t.jobbridge t.jobbridge-wal t.jobbridge-shm t.jobbridge.lock
    cp "$(start_file "$kind")" t.jobbridge
    delay_ms=$(( RANDOM % (elapsed_ms * 11 / 10 + 1) ))  # some land after the commit
    "run_$kind" >/dev/null 2>&1 &  # run_ execs the CLI: $! is its pid
    pid=$!
    sleep "$(awk "BEGIN{print $delay_ms/1000}")"
    kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    problems=()
    "$cli" check t.jobbridge >/dev/null 2>&1 || problems+=("check failed")
    [[ "$(q t.jobbridge "PRAGMA integrity_check")" == ok ]] || problems+=("integrity_check not ok")
    "$cli" stats t.jobbridge >/dev/null 2>&1 || problems+=("the file does not open")
    [[ -e t.jobbridge.lock ]] && problems+=("the dead process's lock was not taken over")
    state=$("state_$kind")
    [[ "$state" == partial* ]] && problems+=("$state")
    if [[ ${#problems[@]} -eq 0 ]]; then
      consistent=$((consistent + 1))
    else
      echo "$kind trial $t (killed after ${delay_ms} ms): ${problems[*]}"
    fi
    echo "$kind trial $t: killed after ${delay_ms} of ~${elapsed_ms} ms, $state" >>trials.log
  done
  echo "$consistent/$trials consistent ($kind; uninterrupted ~${elapsed_ms} ms; $rows rows; seed $seed)"
  [[ $consistent -eq $trials ]] || all_consistent=0
done
[[ $all_consistent -eq 1 ]]
