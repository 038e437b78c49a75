#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests
build_dir="${JB_BUILD_DIR:-build-tests}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
cmake --build "$build_dir" --parallel "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
