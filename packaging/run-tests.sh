#!/usr/bin/env bash
# Installs what is missing, checks the layout (clang-format-14), builds everything with warnings as errors, and runs
# every test with ctest. With JB_SANITIZERS=1, then the same suite again built with AddressSanitizer +
# UndefinedBehaviorSanitizer, and each libFuzzer target for a short fixed time (packaging/run-sanitizers.sh). Off by
# default, CI included, until the sanitized suite has had a complete run and its time is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests
build_dir="${JB_BUILD_DIR:-build-tests}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
# The layout first: a file clang-format-14 would change fails here, before the long build.
cmake --build "$build_dir" --target format-check
cmake --build "$build_dir" --parallel "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
if [[ "${JB_SANITIZERS:-0}" != 0 ]]; then
  bash packaging/run-sanitizers.sh "$build_dir"
fi
