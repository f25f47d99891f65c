#!/usr/bin/env bash
# Installs what the build and the tests need and is missing: Debian packages, Dear ImGui 1.86's
# sources (from Debian's source package, into the ignored folder third_party/), and playwright-core.
# Idempotent: a second run only checks. Usage: scripts/setup.sh [--no-browser-tests]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want_browser=1
[ "${1:-}" = "--no-browser-tests" ] && want_browser=0

# Tools some machines have from elsewhere than Debian's packages (a newer node, say) count as present.
tools=(cmake make g++ nodejs npm)
# Without their recommends (apt-get's --no-install-recommends below): these are what the build and
# the tests use, and the recommends were three packages in four (277 instead of 90 on a fresh machine:
# ghostscript, sympy's shell, perl's web modules, printing, fonts) and a quarter of the download.
packages=(emscripten libeigen3-dev nlohmann-json3-dev libglfw3-dev catch2 chromium xvfb xauth fonttools fonts-dejavu-core libgl-dev
          zopfli  # the page's WebAssembly compressed (cmake/make_page.cmake)
          libgl1-mesa-dri dpkg-dev libstb-dev python3-numpy python3-pandas python3-sklearn
          libblas3  # the chapter's two programs as test references (libblas3: see README)
          clang-14 libc++-14-dev libc++abi-14-dev libclang-rt-14-dev)  # the last four: scripts/fuzz.sh
missing=()
for p in "${tools[@]}"; do
  command -v "${p%js}" >/dev/null 2>&1 || missing+=("$p")
done
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: run this as root, then run this command again:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

imgui="$root/third_party/imgui"
if [ ! -f "$imgui/imgui.cpp" ]; then
  echo "setup: fetching Dear ImGui 1.86 sources from Debian's source package"
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -p "$scratch/lists/partial"
  # The deb-src list is derived from this machine's own apt configuration, not typed in here.
  sources=/etc/apt/sources.list.d/debian.sources
  if [ -f "$sources" ]; then
    awk 'BEGIN{RS="";ORS="\n\n"} /Types: deb/ && /Suites:/ {sub(/Types: deb/,"Types: deb-src"); print}' \
      "$sources" | grep -v '^#' > "$scratch/src.sources"
  else
    grep -h '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > "$scratch/src.list"
  fi
  opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$scratch"
        -o "Dir::State::Lists=$scratch/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -q >/dev/null
  (cd "$scratch" && apt-get "${opts[@]}" source --download-only imgui=1.86+ds-1 >/dev/null)
  rm -rf "$imgui"
  mkdir -p "$root/third_party"
  (cd "$scratch" && dpkg-source --no-check -x imgui_1.86+ds-1.dsc "$imgui" >/dev/null)
fi
[ -f "$imgui/imgui.cpp" ] && [ -f "$imgui/backends/imgui_impl_glfw.cpp" ] || {
  echo "setup: Dear ImGui sources are not in $imgui" >&2; exit 1; }

if [ "$want_browser" = 1 ] && [ ! -f "$root/tests/browser/node_modules/playwright-core/package.json" ]; then
  echo "setup: installing playwright-core (no browser download: Debian's chromium is used)"
  (cd "$root/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: ready"
