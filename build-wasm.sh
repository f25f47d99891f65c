#!/usr/bin/env bash
# The README's build command: builds the web demo (dist/index.html, one self-contained file that
# works from disk) and the native app and CLI, installing whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")"
scripts/build.sh --no-browser-tests
echo
echo "Built:"
echo "  web demo     $(pwd)/dist/index.html   (open it in a browser: no server, no other file)"
echo "  desktop app  $(pwd)/build/native/fontshade"
echo "  CLI          $(pwd)/build/native/fontshade-cli   (node build/wasm/fontshade-cli.js in WebAssembly)"
