#!/usr/bin/env bash
# Installs what is missing, checks the layout (clang-format-14), builds everything with warnings as errors, runs
# every test with ctest, then builds the libFuzzer targets with clang and runs each for 30 s
# (packaging/run-fuzz.sh; JB_FUZZ_SECONDS=0 skips them). With JB_SANITIZERS=1, then the same suite again built with
# AddressSanitizer + UndefinedBehaviorSanitizer (packaging/run-sanitizers.sh). That part is off by default, CI
# included: its first complete run passed, but its build and 15-minute suite would take CI past 45 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests
build_dir="${JB_BUILD_DIR:-build-tests}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
# The layout first: a file clang-format-14 would change fails here, before the long build.
cmake --build "$build_dir" --target format-check
cmake --build "$build_dir" --parallel "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
bash packaging/run-fuzz.sh "$build_dir"
if [[ "${JB_SANITIZERS:-0}" != 0 ]]; then
  bash packaging/run-sanitizers.sh "$build_dir"
fi
