#!/usr/bin/env bash
# Fuzzes the parsers that read untrusted text (tests/fuzz: the CSV reader, the model reader, the colour
# parser, the lesson-link reader, the lesson reader) with libFuzzer, under AddressSanitizer and UBSan, SECONDS seconds each (0: replay the seed
# corpus only). Builds into build/fuzz (clang 14 + libc++, the "fuzz" preset); each harness works on a
# fresh copy of its committed seed corpus there, never on tests/fuzz/corpus itself.
# Prints per harness the executions, the time and whether it crashed (with the reproducer and its
# bytes), then "N passed, N failed"; exits non-zero when a harness crashed.
# Usage: scripts/fuzz.sh SECONDS
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-}
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh SECONDS   (seconds per harness; 0 replays the seed corpus only)" >&2
  exit 2
fi
harnesses=(fuzz_csv fuzz_model fuzz_colour fuzz_link fuzz_lesson)
build=build/fuzz
jobs=$(nproc 2>/dev/null || echo 2)

echo "== building the fuzz harnesses ($build: clang 14, libc++, -fsanitize=fuzzer,address,undefined -O1 -g)"
mkdir -p build
cmake --preset fuzz > build/fuzz-configure.log 2>&1 || { cat build/fuzz-configure.log; echo "0 passed, ${#harnesses[@]} failed"; exit 1; }
cmake --build --preset fuzz -j "$jobs" --target "${harnesses[@]}" > build/fuzz-build.log 2>&1 ||
  { tail -40 build/fuzz-build.log; echo "0 passed, ${#harnesses[@]} failed"; exit 1; }

# The crashing input, printable ASCII as it is and every other byte as \xNN (at most 2,048 bytes shown).
show_bytes() {
  python3 - "$1" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
shown = "".join(chr(b) if 32 <= b < 127 and b != 0x5C else "\\x%02x" % b for b in data[:2048])
print(f"  input ({len(data)} bytes): \"{shown}\"" + (" ..." if len(data) > 2048 else ""))
EOF
}

# One harness on a fresh copy of its corpus; prints its report, and "ok" or "crashed" last.
fuzz_one() {
  local h=$1 name=${1#fuzz_}
  local corpus=$build/corpus/$name crashes=$build/crashes/$name log=$build/logs/$1.log
  rm -rf "$corpus" "$crashes"
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  cp tests/fuzz/corpus/"$name"/* "$corpus"/
  local args=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/")
  [ -f "tests/fuzz/$h.dict" ] && args+=(-dict="tests/fuzz/$h.dict")
  if [ "$seconds" = 0 ]; then args+=(-runs=0); else args+=(-max_total_time="$seconds"); fi
  local start code elapsed runs reproducer summary
  start=$(date +%s.%N)
  "$build/$h" "${args[@]}" "$corpus" > "$log" 2>&1
  code=$?
  elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  reproducer=$(find "$crashes" -type f | head -1)
  summary=$(printf '%s: %s executions in %.1f s' "$h" "${runs:-?}" "$elapsed")
  if [ "$code" = 0 ] && [ -z "$reproducer" ]; then
    echo "$summary, no crash"
    echo ok
  else
    echo "$summary, CRASHED (exit status $code; full log: $log)"
    grep -E '^(invariant violated|==[0-9]+==ERROR|SUMMARY:)|runtime error:' "$log" | head -5 | sed 's/^/  /'
    if [ -n "$reproducer" ]; then
      echo "  reproducer: $reproducer   (replay: $build/$h $reproducer)"
      show_bytes "$reproducer"
    fi
    echo crashed
  fi
}

# As many harnesses at once as there are cores: each still gets SECONDS of its own.
mkdir -p "$build/logs"
running=0
for h in "${harnesses[@]}"; do
  fuzz_one "$h" > "$build/logs/$h.report" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

passed=0 failed=0
for h in "${harnesses[@]}"; do
  sed '$d' "$build/logs/$h.report"
  if [ "$(tail -1 "$build/logs/$h.report")" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
