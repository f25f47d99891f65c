#!/usr/bin/env bash
# Native and WebAssembly builds of fontshade-cli must print the same bytes for the same run: the
# same seed is the same run on the desktop and in the browser.
# Usage: native_wasm_parity.sh NATIVE_CLI WASM_CLI_JS BOOK_CSV
set -u
native=$1 wasm=$2 book=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0 failed=0
check() {
  local name=$1; shift
  "$native" "$@" > "$out/native.txt" 2> "$out/native.err"; local native_code=$?
  node "$wasm" "$@" > "$out/wasm.txt" 2> "$out/wasm.err"; local wasm_code=$?
  if [ "$native_code" = "$wasm_code" ] && cmp -s "$out/native.txt" "$out/wasm.txt" && cmp -s "$out/native.err" "$out/wasm.err" \
     && [ -s "$out/native.txt" -o -s "$out/native.err" ]; then
    echo "PASS parity: $name ($(wc -c < "$out/native.txt") bytes, exit $native_code)"
    passed=$((passed + 1))
  else
    echo "FAIL parity: $name (exit native $native_code, wasm $wasm_code)"
    diff <(head -c 2000 "$out/native.txt") <(head -c 2000 "$out/wasm.txt") | head -5
    failed=$((failed + 1))
  fi
}
check "trace --data book --seed 99 --steps 1000" trace --data "$book" --seed 99 --steps 1000
check "trace, default data (the book, built in), seed 7, 500 steps" trace --seed 7 --steps 500
check "trace --data synthetic, seed 7, 500 steps" trace --data synthetic --seed 7 --steps 500
check "trace --from 4000 of 4100 steps, seed 11" trace --seed 11 --steps 4100 --from 4000
check "trace, tuned preset with tanh and 16 hidden nodes" trace --preset tuned --activation tanh --hidden 16 --steps 300
check "trace, logistic + cross-entropy + he init" trace --activation logistic --cost cross_entropy --init he --steps 300
check "train --json on the book, seed preset" train --json --data "$book"
check "train --json on the book, tuned preset" train --json --data "$book" --preset tuned --seed 3
check "sweep --json, 5 seeds on the book" sweep --json --seeds 5 --data "$book"
check "predict --json #2277d3" predict --json '#2277d3'
check "L = 50: the same dead-network step" train --lr 50 --seed 2 --json
check "L = 1e300: the same divergence step" train --lr 1e300 --seed 1 --json
check "trace --rng numpy --gradient chapter, seed 4294967295, 2000 steps" trace --rng numpy --gradient chapter --seed 4294967295 --steps 2000
check "train --rng numpy --json, 20000 steps, seed 3, tanh" train --rng numpy --json --steps 20000 --seed 3 --activation tanh
check "mlp --json, the chapter's cell, seed 1" mlp --json
check "mlp --json, 5 tanh nodes, L 0.2, seed 8" mlp --json --hidden 5 --activation tanh --lr 0.2 --seed 8
check "mlp --json, 2 logistic nodes on the synthetic data" mlp --json --hidden 2 --activation logistic --data synthetic
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
