#!/usr/bin/env bash
# Part of the test command when the sanitized suite is built by GCC (JB_SANITIZER_CXX=g++) or skipped
# (JB_SANITIZERS=0); CI's default builds the fuzz targets in the sanitized clang tree instead
# (packaging/run-sanitizers.sh). Builds the libFuzzer targets (tests/fuzz/) with clang-14 and runs each for a short
# fixed time from its seed corpus. Either way every submission proves that core builds with clang, which GCC alone
# does not (a declaration GCC reads as a variable and clang as a function once broke this tree unnoticed).
#
#   packaging/run-fuzz.sh [BUILD]    the tree goes to BUILD-fuzz (default build-tests)
#
# JB_FUZZ_SECONDS sets the time per target (default 30; 0 skips this part). The long run that counts executions is
# `tests/fuzz/run.sh BUILD-fuzz --runs 10000000`. Warnings are errors here as in the GCC trees (clang-14's
# -Wstring-concatenation in the schema steps is answered in the code).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-tests}"
fuzz_dir="$build_dir-fuzz"
seconds="${JB_FUZZ_SECONDS:-30}"
[[ "$seconds" != 0 ]] || exit 0

start=$SECONDS
cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
  -DCMAKE_CXX_COMPILER=clang++-14 -DJB_FUZZ=ON -DJB_BUILD_GUI=OFF -DJB_PCH=ON -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
cmake --build "$fuzz_dir" --parallel "$(nproc)" --target fuzz_targets
echo "run-fuzz: fuzz targets built in $((SECONDS - start)) s"
# The fuzzers report their own leaks and undefined behaviour; a sanitized suite's settings are not theirs.
env -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS bash tests/fuzz/run.sh "$fuzz_dir" "$seconds"
