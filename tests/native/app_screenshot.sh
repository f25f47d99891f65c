#!/usr/bin/env bash
# The native app under Xvfb: scripted runs write their own last frame, state and layout; the pixels are
# checked against what the app says it drew, and the state against the CLI's trace.
# Usage: app_screenshot.sh APP CLI
set -u
app=$1 cli=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/tests/native/output"
mkdir -p "$out"
passed=0 failed=0
run_case() {
  local name=$1 seed=$2 steps=$3 colour=$4 lang=$5
  local base="$out/$name"
  echo "-- $name: seed $seed, $steps steps, colour $colour, language $lang"
  if ! xvfb-run -a -s "-screen 0 1280x800x24" "$app" --seed "$seed" --steps "$steps" --color "$colour" --lang "$lang" \
       --frames 3 --screenshot "$base.png" --state "$base.state.json" --layout "$base.layout.json" --timing; then
    echo "FAIL $name: the app did not run"
    failed=$((failed + 1))
    return
  fi
  "$cli" trace --seed "$seed" --steps "$steps" | tail -n 1 > "$base.trace.json"
  local result
  result=$(/usr/bin/python3 "$root/tests/native/check_screenshot.py" "$base.png" "$base.layout.json" "$base.state.json" \
           "$colour" "$base.trace.json")
  echo "$result" | grep -v '^[0-9]* passed'
  passed=$((passed + $(echo "$result" | tail -1 | sed -E 's/^([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$result" | tail -1 | sed -E 's/.* ([0-9]+) failed/\1/')))
}
run_case trained-light-background 3 100000 '#fafad2' en
run_case trained-blue-background 1 100000 '#2277d3' es
run_case early-dark-background 7 25 '#202020' en

# Every phase of step 5 (seed 1), looked at and checked: what the formulas and the diagram light.
for phase in sample Z1 A1 Z2 A2 C dC_dA2 dA2_dZ2 dC_dW2 dC_dA1 dA1_dZ1 dC_dW1 update; do
  base="$out/phase-$phase"
  if ! xvfb-run -a -s "-screen 0 1280x800x24" "$app" --seed 1 --steps 5 --phase "$phase" --frames 4 \
       --screenshot "$base.png" --state "$base.state.json" --layout "$base.layout.json" > /dev/null; then
    echo "FAIL phase $phase: the app did not run"
    failed=$((failed + 1))
    continue
  fi
  result=$(cd "$root/tests/native" && /usr/bin/python3 check_phase.py "$base.png" "$base.layout.json" "$base.state.json" "$phase")
  echo "$result" | grep -v '^[0-9]* passed'
  passed=$((passed + $(echo "$result" | tail -1 | sed -E 's/^([0-9]+) passed.*/\1/')))
  failed=$((failed + $(echo "$result" | tail -1 | sed -E 's/.* ([0-9]+) failed/\1/')))
done
# The chapter's gradient at dC_dW1, opened from a lesson link: the true and the chapter's side by side.
base="$out/phase-dC_dW1-chapter"
if xvfb-run -a -s "-screen 0 1280x800x24" "$app" --lesson "v=1&gradient=chapter&step=5&phase=dC_dW1" --frames 4 \
     --screenshot "$base.png" --state "$base.state.json" --layout "$base.layout.json" > /dev/null &&
   /usr/bin/python3 -c 'import json, sys; l = json.load(open(sys.argv[1])); s = json.load(open(sys.argv[2]))
r = l.get("both_gradients"); rows = s["dC_dW1"]
sys.exit(0 if r and r["w"] > 100 and all(row == rows[0] for row in rows) and s["phase"] == "dC_dW1" else 1)' \
     "$base.layout.json" "$base.state.json"; then
  echo "PASS chapter's gradient at dC_dW1: both gradients side by side, every dC_dW1 row the same (phase-dC_dW1-chapter.png)"
  passed=$((passed + 1))
else
  echo "FAIL chapter's gradient at dC_dW1: no side-by-side box, or dC_dW1 rows differ"
  failed=$((failed + 1))
fi
# The teacher's tabs (issue 7): --data and a file dropped on the window, a bad file's message in
# Spanish, L = 50 crossing out the nodes, 16 hidden nodes at 1024x768, the Options and Data tabs.
result=$(cd "$root/tests/native" && /usr/bin/python3 check_teacher.py "$app" "$cli" "$out")
echo "$result" | grep -v '^[0-9]* passed'
passed=$((passed + $(echo "$result" | tail -1 | sed -E 's/^([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$result" | tail -1 | sed -E 's/.* ([0-9]+) failed/\1/')))
# The guided lesson (issue 17): every scene of the built-in lesson, both languages, projector mode, a teacher's file.
result=$(cd "$root/tests/native" && /usr/bin/python3 check_lesson.py "$app" "$cli" "$out")
echo "$result" | grep -v '^[0-9]* passed'
passed=$((passed + $(echo "$result" | tail -1 | sed -E 's/^([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$result" | tail -1 | sed -E 's/.* ([0-9]+) failed/\1/')))
# Keeping and sharing, projector mode, the sweep and the labels (issues 7 and 8).
result=$(cd "$root/tests/native" && /usr/bin/python3 check_keeping.py "$app" "$cli" "$out")
echo "$result" | grep -v '^[0-9]* passed'
passed=$((passed + $(echo "$result" | tail -1 | sed -E 's/^([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$result" | tail -1 | sed -E 's/.* ([0-9]+) failed/\1/')))
# The 3-D view (issue 18): known pixels, a real drag, the planes moving, the cube and the hidden space.
result=$(cd "$root/tests/native" && /usr/bin/python3 check_view3d.py "$app" "$out")
echo "$result" | grep -v '^[0-9]* passed'
passed=$((passed + $(echo "$result" | tail -1 | sed -E 's/^([0-9]+) passed.*/\1/')))
failed=$((failed + $(echo "$result" | tail -1 | sed -E 's/.* ([0-9]+) failed/\1/')))
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
