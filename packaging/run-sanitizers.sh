#!/usr/bin/env bash
# The whole ctest suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (-DJB_SANITIZE=ON).
# packaging/run-tests.sh runs it after the normal build, the suite and the fuzz targets when JB_SANITIZERS=1.
#
#   packaging/run-sanitizers.sh [BUILD]    the tree goes to BUILD-asan (default build-tests)
#
# The sanitized tree is built at -O1 with line tables only (-g1): the sanitizers need no more, and it builds in
# about the time of the normal tree (-O2 -g). The benchmarks are left out there as in the normal tree. Leaks count
# as findings; the only ones let through are third-party (tests/sanitizers/lsan.supp says which and why).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-tests}"
asan_dir="$build_dir-asan"
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
