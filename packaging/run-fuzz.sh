#!/usr/bin/env bash
# Part of the test command (packaging/run-tests.sh runs it after the normal build and suite, CI included): builds
# the libFuzzer targets (tests/fuzz/) with clang-14 and runs each for a short fixed time from its seed corpus. It
# also proves on every submission that core builds with clang, which GCC alone does not (a declaration GCC reads
# as a variable and clang as a function once broke this tree unnoticed).
#
#   packaging/run-fuzz.sh [BUILD]    the tree goes to BUILD-fuzz (default build-tests)
#
# JB_FUZZ_SECONDS sets the time per target (default 30; 0 skips this part). The long run that counts executions is
# `tests/fuzz/run.sh BUILD-fuzz --runs 10000000`. The clang tree is built without -Werror: clang-14 warns where GCC
# does not (-Wstring-concatenation in core/storage/SchemaV7.cpp); the GCC trees keep warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-tests}"
fuzz_dir="$build_dir-fuzz"
seconds="${JB_FUZZ_SECONDS:-30}"
[[ "$seconds" != 0 ]] || exit 0

start=$SECONDS
cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
  -DCMAKE_CXX_COMPILER=clang++-14 -DJB_FUZZ=ON -DJB_BUILD_GUI=OFF ${JB_CMAKE_ARGS:-}
cmake --build "$fuzz_dir" --parallel "$(nproc)" --target fuzz_targets
echo "run-fuzz: fuzz targets built in $((SECONDS - start)) s"
# The fuzzers report their own leaks and undefined behaviour; a sanitized suite's settings are not theirs.
env -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS bash tests/fuzz/run.sh "$fuzz_dir" "$seconds"
