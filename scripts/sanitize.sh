#!/usr/bin/env bash
# The native test suite under AddressSanitizer + UBSan (GCC, -O1 -g, any undefined behaviour aborts):
# builds fontshade_tests and fontshade-cli into build/asan (the "asan" preset; no window, so no GL: the
# tests use the app's pixel-free logic) and runs its CTest: the Catch2 cases, the CLI contract against
# the sanitized CLI, and the translations check. Ends with CTest's summary line.
# Usage: scripts/sanitize.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)

echo "== sanitizer build (build/asan: GCC, -fsanitize=address,undefined -fno-sanitize-recover=undefined -O1 -g)"
mkdir -p build
cmake --preset asan > build/asan-configure.log 2>&1 || { cat build/asan-configure.log; exit 1; }
cmake --build --preset asan -j "$jobs" --target fontshade_tests fontshade-cli > build/asan-build.log 2>&1 ||
  { tail -40 build/asan-build.log; exit 1; }
echo "built in $(( $(date +%s) - start )) s"

# A sanitizer report fails the test it happens in: ASan stops at the first error, UBSan (no recovery)
# aborts, and leaks are reported at exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build/asan --output-on-failure -j "$jobs"
