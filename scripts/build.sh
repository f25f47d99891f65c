#!/usr/bin/env bash
# Builds everything: natively (fontshade-cli, the desktop app fontshade, the tests) into build/native,
# and with Emscripten (fontshade-cli.js, the tests under node, the web app) into build/wasm, then
# copies the web app's single file to dist/index.html. Installs what is missing first.
# Usage: scripts/build.sh [--no-browser-tests]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh "$@"
export NODE_PATH=/usr/share/nodejs  # Node 20 does not search Debian's node modules (emcc needs acorn)
jobs=$(nproc 2>/dev/null || echo 2)

echo "== native build (build/native)"
mkdir -p build
cmake --preset native > build/native-configure.log 2>&1 || { cat build/native-configure.log; exit 1; }
cmake --build --preset native -j "$jobs"
echo "== WebAssembly build (build/wasm)"
cmake --preset wasm > build/wasm-configure.log 2>&1 || { cat build/wasm-configure.log; exit 1; }
cmake --build --preset wasm -j "$jobs"

if [ -f build/wasm/index.html ]; then
  mkdir -p dist
  cp build/wasm/index.html dist/index.html
fi
