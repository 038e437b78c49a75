#!/usr/bin/env bash
# Installs what is missing, checks the layout (clang-format-14), builds everything with warnings as errors and runs
# every test with ctest. Then the same suite again built by clang with AddressSanitizer + UndefinedBehaviorSanitizer,
# and the libFuzzer targets from that tree, each run for 30 s (packaging/run-sanitizers.sh). CI runs all of it.
# JB_SANITIZERS=0 skips the sanitized suite (the fuzzers still run, from a tree of their own: packaging/run-fuzz.sh);
# JB_FUZZ_SECONDS sets the time per fuzz target (0 skips them); JB_SANITIZER_CXX=g++ builds the sanitized suite with
# GCC instead (its fuzzers then get a clang tree of their own).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh --tests
build_dir="${JB_BUILD_DIR:-build-tests}"
# Optimised as released, without debug info: -g cost a fifth of the compile time (measured on three files, 15.8 s
# against 12.3 s of CPU), and a failing check names its file and line without it. JB_CMAKE_ARGS may put -g back.
# Precompiled headers (cmake/PrecompiledHeaders.cmake) halve a fresh build; everyday builds leave them off.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG" \
  -DJB_PCH=ON -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
# The layout first: a file clang-format-14 would change fails here, before the long build.
cmake --build "$build_dir" --target format-check
cmake --build "$build_dir" --parallel "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
if [[ "${JB_SANITIZERS:-1}" != 0 ]]; then
  bash packaging/run-sanitizers.sh "$build_dir"
else
  bash packaging/run-fuzz.sh "$build_dir"
fi
