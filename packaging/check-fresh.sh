#!/usr/bin/env bash
# Runs one of the README's two commands on a brand-new minimal Debian 12 machine, from a clean clone of this
# checkout's committed HEAD. The machines CI and development run on have packages a real fresh machine lacks, so
# a missing line in packaging/install-deps.sh only shows up here (e.g. zlib1g-dev, which libxlsxwriter links with).
#
#   packaging/check-fresh.sh tests|demo [--keep] [WORKDIR]
#
#   tests   runs `bash packaging/run-tests.sh` (what CI runs through .ci/run)
#   demo    runs `bash packaging/run-demo.sh` with JB_DEMO_SCREENSHOTS set, so instead of opening a window the app
#           renders every page offscreen; the PNGs are copied out to WORKDIR for a person to look at
#   --keep  keep the root afterwards (a failed run's root is always kept, to look into)
#   WORKDIR where roots, logs and screenshots go (default /var/tmp/jobbridge-check-fresh)
#
# A manual check, not part of CI: it needs root (debootstrap, chroot, mount) and the apt mirror. The mirror is the
# one this machine's apt uses for bookworm (/etc/apt/sources.list.d/*.sources or /etc/apt/sources.list);
# JB_FRESH_MIRROR and JB_FRESH_SECURITY_MIRROR override it (JB_FRESH_SECURITY_MIRROR=none leaves security out).
#
# The minimal root (`debootstrap --variant=minbase bookworm`, plus git and ca-certificates, as a new user would
# have) is made once and kept in WORKDIR; each run works in its own copy. Downloaded .deb files are shared between
# runs (WORKDIR/debs is the root's /var/cache/apt/archives): that saves the download, but every package is still
# installed from scratch.
set -euo pipefail

usage() { sed -n '6,13p' "$0" | sed 's/^# \{0,1\}//'; }

mode="" keep=0 workdir=""
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --keep) keep=1 ;;
    -*) usage >&2; exit 1 ;;
    *) if [[ -z "$mode" ]]; then mode="$arg"; elif [[ -z "$workdir" ]]; then workdir="$arg"; else usage >&2; exit 1; fi ;;
  esac
done
case "$mode" in
  tests) command_line="bash packaging/run-tests.sh" ;;
  demo) command_line="bash packaging/run-demo.sh" ;;
  *) usage >&2; exit 1 ;;
esac

say() { echo "check-fresh: $*"; }
die() { echo "check-fresh: $*" >&2; exit 1; }
duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot and mount do); try: sudo $0 $*"
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
command -v debootstrap >/dev/null || die "debootstrap is missing; install it: apt-get install debootstrap"
command -v git >/dev/null || die "git is missing"

# The checkout to test: its committed HEAD, exactly what a clean clone gets. The command line's safe.directory
# lets root read a checkout owned by someone else (sudo).
repo_dir="$(cd "$(dirname "$0")/.." && pwd)"
git_() { git -c safe.directory='*' -C "$repo_dir" "$@"; }
commit="$(git_ rev-parse HEAD)"
if [[ -n "$(git_ status --porcelain --untracked-files=no)" ]]; then
  say "note: uncommitted changes in $repo_dir are not part of this check (it tests commit ${commit:0:12})"
fi

# The first URI this machine's apt uses for SUITE, from deb822 .sources files or the one-line sources.list.
host_mirror_for() {
  local suite="$1" file
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] || continue
    # One stanza per paragraph; comment lines skipped; "Enabled: no" stanzas ignored.
    awk -v suite="$suite" 'BEGIN { RS = ""; FS = "\n" }
      { types = ""; uris = ""; suites = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^#/) continue
          split($i, kv, ":"); key = tolower(kv[1]); value = substr($i, length(kv[1]) + 2); gsub(/^[ \t]+/, "", value)
          if (key == "types") types = value; else if (key == "uris") uris = value
          else if (key == "suites") suites = value; else if (key == "enabled") enabled = tolower(value)
        }
        if (enabled != "no" && (" " types " ") ~ / deb / && (" " suites " ") ~ (" " suite " ")) {
          split(uris, u, " "); print u[1]; exit
        } }' "$file"
  done
  if [[ -f /etc/apt/sources.list ]]; then
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' /etc/apt/sources.list | awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2 }'
  fi
}
mirror="${JB_FRESH_MIRROR:-$(host_mirror_for bookworm | head -n1)}"
security="${JB_FRESH_SECURITY_MIRROR:-$(host_mirror_for bookworm-security | head -n1)}"
[[ "$security" == none ]] && security=""
[[ -n "$mirror" ]] || die "found no apt source for bookworm on this machine; set JB_FRESH_MIRROR=http://…/debian"

workdir="$(realpath -m "${workdir:-/var/tmp/jobbridge-check-fresh}")"
mkdir -p "$workdir/debs"
stamp="$(date +%Y%m%d-%H%M%S)"
run_root="$workdir/$mode-$stamp"
log="$workdir/$mode-$stamp.log"
say "$mode: commit ${commit:0:12} of $repo_dir, mirror $mirror${security:+, security $security}"
say "root $run_root, log $log"

# --- Clean-up, whatever happens: stop what still runs in the root, unmount, then remove the root. -------------
mounts=()
result="FAIL"
cleanup() {
  local status=$? pid i
  set +e
  if [[ -d "$run_root" ]]; then
    # Processes the command left behind (a daemon, or an interrupted build) would keep the mounts busy.
    for pid in /proc/[0-9]*; do
      [[ "$(readlink "$pid/root" 2>/dev/null)" == "$run_root" ]] && kill -KILL "${pid#/proc/}" 2>/dev/null
    done
  fi
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount -R "${mounts[i]}" 2>/dev/null || umount -R -l "${mounts[i]}" || echo "check-fresh: could not unmount ${mounts[i]}" >&2
  done
  if [[ -d "$run_root" ]]; then
    if [[ $keep -eq 0 && "$result" == PASS ]]; then
      remove_tree "$run_root"
    else
      say "the root is kept: $run_root (remove it with: rm -rf --one-file-system $run_root)"
    fi
  fi
  exit "$status"
}
# rm -rf must never walk into a bound /dev or /sys: refuse while anything is mounted below DIR, and stay on its
# file system in any case.
remove_tree() {
  if awk -v dir="$1/" 'index($2 "/", dir) == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
    echo "check-fresh: something is still mounted under $1; not removing it" >&2
    return 1
  fi
  rm -rf --one-file-system "$1"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# --- The pristine minimal root, made once. ----------------------------------------------------------------------
pristine="$workdir/pristine-bookworm-minbase"
exec 9>"$workdir/pristine.lock"
flock 9 # two checks started together make it once
if [[ -f "$pristine.ok" && "$(cat "$pristine.ok")" == "$mirror $security" ]]; then
  debootstrap_time="reused the pristine root made $(date -r "$pristine.ok" '+%Y-%m-%d %H:%M')"
  say "debootstrap: $debootstrap_time"
else
  [[ -e "$pristine" ]] && remove_tree "$pristine"
  [[ -e "$pristine.tmp" ]] && remove_tree "$pristine.tmp"
  rm -f "$pristine.ok"
  say "debootstrap: making a minimal Debian 12 root (output in $workdir/debootstrap.log)"
  start=$SECONDS
  if ! debootstrap --variant=minbase --include=git,ca-certificates bookworm "$pristine.tmp" "$mirror" \
    >"$workdir/debootstrap.log" 2>&1; then
    tail -n 20 "$workdir/debootstrap.log" >&2
    die "debootstrap failed; see $workdir/debootstrap.log"
  fi
  # apt's sources as the Debian 12 installer writes them: the release, its updates and security.
  {
    echo "deb $mirror bookworm main"
    echo "deb $mirror bookworm-updates main"
    [[ -z "$security" ]] || echo "deb $security bookworm-security main"
  } >"$pristine.tmp/etc/apt/sources.list"
  # Package scripts must not start daemons in a chroot: they would outlive the run and keep its mounts busy.
  printf '#!/bin/sh\nexit 101\n' >"$pristine.tmp/usr/sbin/policy-rc.d"
  chmod 755 "$pristine.tmp/usr/sbin/policy-rc.d"
  mv "$pristine.tmp" "$pristine"
  echo "$mirror $security" >"$pristine.ok"
  debootstrap_time="$(duration $((SECONDS - start)))"
  say "debootstrap: $debootstrap_time"
fi
exec 9>&-

# --- This run's root: a copy, a clean clone, the mounts. ----------------------------------------------------------
start=$SECONDS
cp -a "$pristine" "$run_root"
copy_time="$(duration $((SECONDS - start)))"

start=$SECONDS
src=/root/src/jobbridge
git -c safe.directory='*' clone --quiet --no-hardlinks "$repo_dir" "$run_root$src"
git -C "$run_root$src" checkout --quiet --detach "$commit"
clone_time="$(duration $((SECONDS - start)))"
say "copied the root in $copy_time, cloned ${commit:0:12} in $clone_time"

cp -L /etc/resolv.conf "$run_root/etc/resolv.conf"
mount -t proc proc "$run_root/proc"
mounts+=("$run_root/proc")
mount -t sysfs sysfs "$run_root/sys"
mounts+=("$run_root/sys")
# rbind brings /dev/pts and /dev/shm; rslave keeps the unmount from reaching the host's /dev.
mount --rbind /dev "$run_root/dev"
mounts+=("$run_root/dev")
mount --make-rslave "$run_root/dev"
mount --bind "$workdir/debs" "$run_root/var/cache/apt/archives"
mounts+=("$run_root/var/cache/apt/archives")

# --- The README command, as root, in a clean environment. --------------------------------------------------------
# C.UTF-8 is built into every Debian 12, so Chinese output is not mangled; nothing else of this machine's
# environment goes in.
env_vars=(HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 TERM=dumb
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
shots=/root/jobbridge-screenshots
extra=()
[[ "$mode" == demo ]] && extra=(QT_QPA_PLATFORM=offscreen "JB_DEMO_SCREENSHOTS=$shots")
say "running in $src: ${extra[*]}${extra[*]:+ }$command_line"
start=$SECONDS
# Shown as it runs; the log gets each line with the time since the start, to see where the time goes. In the
# background, so that a TERM to this script is handled at once (bash runs traps only between foreground commands).
(
  chroot "$run_root" /usr/bin/env -i "${env_vars[@]}" "${extra[@]}" /bin/bash -c "cd $src && $command_line" \
    </dev/null 2>&1 |
    while IFS= read -r line || [[ -n "$line" ]]; do
      printf '%s\n' "$line"
      printf '[%4ds] %s\n' $((SECONDS - start)) "$line" >>"$log"
    done
  exit "${PIPESTATUS[0]}"
) &
command_status=0
wait $! || command_status=$?
command_time="$(duration $((SECONDS - start)))"

# --- What the command should have left. ----------------------------------------------------------------------------
problems=()
[[ $command_status -eq 0 ]] || problems+=("the command exited with status $command_status")
if [[ "$mode" == tests ]]; then
  summary="$(grep -E 'tests passed|tests failed' "$log" | tail -n1 | sed 's/^\[ *[0-9]*s\] //')" || true
  [[ -n "$summary" ]] || problems+=("found no ctest summary in the log")
else
  demo_file="$run_root/root/JobBridge/demo-feidong.jobbridge"
  if [[ ! -s "$demo_file" ]]; then
    problems+=("no demo file at ~/JobBridge/demo-feidong.jobbridge")
  elif [[ "$(head -c 15 "$demo_file")" != "SQLite format 3" ]]; then
    problems+=("the demo file is not an SQLite file")
  fi
  out="$workdir/$mode-$stamp-screenshots"
  mkdir -p "$out"
  pngs=0
  for png in "$run_root$shots"/*.png; do
    [[ -f "$png" ]] || continue
    pngs=$((pngs + 1))
    cp "$png" "$out/"
    [[ -s "$png" && "$(head -c 4 "$png" | tail -c 3)" == PNG ]] || problems+=("$(basename "$png") is empty or not a PNG")
  done
  [[ $pngs -gt 0 ]] || problems+=("no screenshots in $shots")
  summary="demo file $( (du -h "$demo_file" 2>/dev/null || echo "-") | cut -f1), $pngs screenshots copied to $out"
fi

echo
say "$mode, commit ${commit:0:12}"
say "  debootstrap  $debootstrap_time"
say "  copy root    $copy_time"
say "  clone        $clone_time"
say "  command      $command_time  ($command_line)"
say "  $summary"
for p in "${problems[@]}"; do say "  problem: $p"; done
if [[ ${#problems[@]} -eq 0 ]]; then
  result="PASS"
  say "PASS"
else
  say "FAIL (log: $log)"
  exit 1
fi
