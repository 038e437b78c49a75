#!/usr/bin/env bash
# The second half of the test command (packaging/run-tests.sh runs it after the normal build and suite):
#  1. the whole ctest suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (-DJB_SANITIZE=ON);
#  2. each libFuzzer target (tests/fuzz/) for a short fixed time from its seed corpus.
#
#   packaging/run-sanitizers.sh [BUILD]    trees go to BUILD-asan and BUILD-fuzz (default build-tests)
#
# The sanitized tree is built at -O1 with line tables only (-g1): the sanitizers need no more, and it builds in
# about the time of the normal tree (-O2 -g). The benchmarks are left out there as in the normal tree. Leaks count
# as findings; the only ones let through are third-party (tests/sanitizers/lsan.supp says which and why).
# JB_FUZZ_SECONDS sets the time per fuzz target (default 30). The clang tree is built without -Werror: clang-14 warns
# where GCC does not (-Wstring-concatenation in core/storage/SchemaV7.cpp); the GCC trees keep warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-tests}"
asan_dir="$build_dir-asan"
fuzz_dir="$build_dir-fuzz"
jobs="$(nproc)"

# Exported before the build as well: catch_discover_tests runs each test binary when it is linked.
export ASAN_OPTIONS="detect_leaks=1:strict_init_order=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

start=$SECONDS
cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DJB_SANITIZE=ON \
  -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
cmake --build "$asan_dir" --parallel "$jobs"
echo "run-sanitizers: ASan + UBSan tree built in $((SECONDS - start)) s"
start=$SECONDS
ctest --test-dir "$asan_dir" --output-on-failure --parallel "$jobs"
echo "run-sanitizers: suite under ASan + UBSan in $((SECONDS - start)) s"

start=$SECONDS
cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
  -DCMAKE_CXX_COMPILER=clang++-14 -DJB_FUZZ=ON -DJB_BUILD_GUI=OFF ${JB_CMAKE_ARGS:-}
cmake --build "$fuzz_dir" --parallel "$jobs" --target fuzz_targets
echo "run-sanitizers: fuzz targets built in $((SECONDS - start)) s"
# The fuzzers report their own leaks and undefined behaviour; the suite's settings above are not theirs.
env -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS bash tests/fuzz/run.sh "$fuzz_dir" "${JB_FUZZ_SECONDS:-30}"
