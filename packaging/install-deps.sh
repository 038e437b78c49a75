#!/usr/bin/env bash
# Installs the Debian 12 packages JobBridge needs, only those missing. Runs apt as root, or through sudo.
#   packaging/install-deps.sh          build + run dependencies
#   packaging/install-deps.sh --tests  also the tools the tests and benchmarks use
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  catch2 libxlsxwriter-dev libsqlite3-dev libssl-dev fonts-noto-cjk
  # libxlsxwriter's pkg-config file links with -lz, but Debian's libxlsxwriter-dev does not depend on zlib1g-dev,
  # so without this a fresh machine fails to link ("cannot find -lz"). packaging/check-fresh.sh catches such gaps.
  zlib1g-dev
)
if [[ "${1:-}" == "--tests" ]]; then
  # clang-format-14: the layout check (cmake/Format.cmake) is pinned to this exact version.
  packages+=(sqlite3 poppler-utils time unzip clang-format-14)
  # The fuzz targets (tests/fuzz/run.sh) need clang with libFuzzer. libFuzzer and clang's sanitizer runtimes are in
  # libclang-rt-14-dev, which clang-14 only recommends: with --no-install-recommends it must be named.
  packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "install-deps: these packages are missing and I am neither root nor able to sudo:" >&2
  echo "  ${missing[*]}" >&2
  echo "Run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
