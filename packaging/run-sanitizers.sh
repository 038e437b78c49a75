#!/usr/bin/env bash
# The whole ctest suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (-DJB_SANITIZE=ON), then the
# libFuzzer targets (tests/fuzz/), each for a short fixed time. packaging/run-tests.sh runs it after the normal build
# and suite (CI included; JB_SANITIZERS=0 skips it).
#
#   packaging/run-sanitizers.sh [BUILD]    the tree goes to BUILD-asan (default build-tests)
#
# JB_SANITIZER_CXX picks the compiler of the sanitized tree: clang++-14 (the default) or g++. With clang the fuzz
# targets are built in the same tree (-DJB_FUZZ=ON; libFuzzer is clang's), which saves building a second tree for
# them; with GCC they get a clang tree of their own (packaging/run-fuzz.sh). On a quiet 2-core machine the clang tree
# built in 491 s with precompiled headers (952 s without) and its suite ran in 387 s, every test clean.
# JB_FUZZ_SECONDS sets the time per fuzz target (default 30; 0 skips them).
# The tree is built at -O1 with line tables only (-g1): the sanitizers need no more. Warnings are errors here too.
# The GUI app and the benchmarks are left out (no test runs them); every library the tests link is in. Leaks count
# as findings; the only ones let through are third-party (tests/sanitizers/lsan.supp says which and why).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-tests}"
asan_dir="$build_dir-asan"
jobs="$(nproc)"
seconds="${JB_FUZZ_SECONDS:-30}"
cxx="${JB_SANITIZER_CXX:-clang++-14}"
fuzz_here=OFF
[[ "$cxx" == *clang* && "$seconds" != 0 ]] && fuzz_here=ON

# Exported before the build as well: catch_discover_tests runs each test binary when it is linked.
#   detect_leaks=1                 a leak is a finding.
#   quarantine_size_mb=16          a freed block stays poisoned (a use after free is caught) until 16 MB more has
#                                  been freed, not ASan's 256 MB: every test case is a new process, and with the
#                                  big quarantine nearly every allocation takes a fresh page, each page fault dear
#                                  on a VM (a core test 3.0 s instead of 1.3). A test's use after free comes within
#                                  far fewer than 16 MB of frees; the fuzzers keep the full quarantine.
#   strict_init_order, check_initialization_order   the static-initialisation order fiasco is a finding.
# The malloc fill (a new block filled with 0xbe, to make a read before a write show) is kept: it costs no time here.
export ASAN_OPTIONS="detect_leaks=1:quarantine_size_mb=16:strict_init_order=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

start=$SECONDS
cmake -S . -B "$asan_dir" -G Ninja "-DCMAKE_CXX_COMPILER=$cxx" -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DJB_SANITIZE=ON "-DJB_FUZZ=$fuzz_here" -DJB_PCH=ON -DJB_WARNINGS_AS_ERRORS=ON ${JB_CMAKE_ARGS:-}
targets=(jb_core_tests jb_layering_tests jobbridge-cli)
[[ $fuzz_here == ON ]] && targets+=(fuzz_targets)
grep -q '^JB_BUILD_GUI:BOOL=ON' "$asan_dir/CMakeCache.txt" && targets+=(jb_ui_tests)
cmake --build "$asan_dir" --parallel "$jobs" --target "${targets[@]}"
echo "run-sanitizers: ASan + UBSan tree built in $((SECONDS - start)) s"
start=$SECONDS
ctest --test-dir "$asan_dir" --output-on-failure --parallel "$jobs"
echo "run-sanitizers: suite under ASan + UBSan in $((SECONDS - start)) s"

# The fuzzers report their own leaks and undefined behaviour with their own settings (tests/fuzz/run.sh).
if [[ $fuzz_here == ON ]]; then
  env -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS bash tests/fuzz/run.sh "$asan_dir" "$seconds"
else
  env -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS bash packaging/run-fuzz.sh "$build_dir"
fi
