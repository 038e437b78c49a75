#!/usr/bin/env bash
# Installs what is missing, builds JobBridge, creates the demo county file (肥东县) if it is not there yet,
# and launches the app on it.
#   JB_DEMO_SCREENSHOTS=DIR  instead of opening a window, render every page offscreen to DIR/*.png and exit
#                            (packaging/check-fresh.sh uses this to run this very command on a machine without a display)
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
build_dir="${JB_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJB_BUILD_TESTS=OFF -DJB_PCH=ON
cmake --build "$build_dir" --parallel "$(nproc)"
demo="${JOBBRIDGE_DEMO:-$HOME/JobBridge/demo-feidong.jobbridge}"
mkdir -p "$(dirname "$demo")"
if [[ ! -f "$demo" ]]; then
  "$build_dir/app/jobbridge-cli" demo "$demo"
fi
if [[ -n "${JB_DEMO_SCREENSHOTS:-}" ]]; then
  exec "$build_dir/app/jobbridge" --db "$demo" --screenshots "$JB_DEMO_SCREENSHOTS"
fi
exec "$build_dir/app/jobbridge" --db "$demo"
