#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing, builds everything, then runs every
# suite and ends with one line "N passed, N failed" over all of them.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
book=$root/data/light_dark_font_training_set.csv
start=$(date +%s)

scripts/build.sh || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
echo "-- build: $(( $(date +%s) - start )) s"

passed=0 failed=0 failed_suites=()
# Runs a suite, shows its output, and adds its own "N passed, N failed" (or CTest's) to the totals.
suite() {
  local name=$1; shift
  echo
  echo "== $name"
  local log suite_start=$(date +%s)
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]}
  echo "-- $name: $(( $(date +%s) - suite_start )) s"
  local p f
  if line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1) && [ -n "$line" ]; then
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/')
    p=$(( $(echo "$line" | sed -E 's/.*out of ([0-9]+).*/\1/') - f ))
  elif line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1) && [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  else
    p=0 f=1
  fi
  # A suite that exits non-zero fails even if its counts say otherwise.
  if [ "$code" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" != 0 ] && failed_suites+=("$name")
  rm -f "$log"
}

# The two suites that build and run for minutes on every core (ASan, libFuzzer) start now, in the
# background and niced: the browser suite below mostly waits on the page's frames (measured: about a
# seventh of one core over its quarter of an hour), so they use what it leaves idle and yield the
# moment Chromium wants a core. Their output is shown, and counted, after the foreground suites.
bg_names=() bg_logs=() bg_pids=()
background_suite() {
  local name=$1; shift
  local log
  log=$(mktemp)
  ( bg_start=$(date +%s); nice -n 19 "$@" > "$log" 2>&1; echo $? > "$log.code"
    echo "(in the background: $(( $(date +%s) - bg_start )) s)" >> "$log" ) &
  bg_pids+=($!) bg_names+=("$name") bg_logs+=("$log")
}
background_suite "native tests under AddressSanitizer + UBSan" scripts/sanitize.sh
# Every parser of untrusted text, fuzzed for a minute each; FONTSHADE_FUZZ_SECONDS=0 replays the seeds only.
background_suite "fuzzing the parsers (libFuzzer, ${FONTSHADE_FUZZ_SECONDS:-60} s each)" scripts/fuzz.sh "${FONTSHADE_FUZZ_SECONDS:-60}"
# A background suite's output as if it ran here, and its exit status.
replay() { cat "$1"; return "$(cat "$1.code")"; }

suite "native: Catch2 core tests and the CLI contract" ctest --test-dir build/native --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
suite "WebAssembly under node: the same core tests and CLI contract" ctest --test-dir build/wasm --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
suite "native and WebAssembly print the same bytes" \
  tests/parity/native_wasm_parity.sh build/native/fontshade-cli build/wasm/fontshade-cli.js "$book"
suite "browser end to end (Chromium, file://)" node tests/browser/e2e.mjs "$root/dist/index.html" "$root/build/native/fontshade-cli"
suite "native app under Xvfb" tests/native/app_screenshot.sh "$root/build/native/fontshade" "$root/build/native/fontshade-cli"
for i in "${!bg_pids[@]}"; do
  wait "${bg_pids[$i]}"
  suite "${bg_names[$i]}" replay "${bg_logs[$i]}"
  rm -f "${bg_logs[$i]}" "${bg_logs[$i]}.code"
done

echo
echo "== summary ($(( $(date +%s) - start )) s)"
[ ${#failed_suites[@]} -gt 0 ] && printf 'failed: %s\n' "${failed_suites[@]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
