// The page without ImGui's built-in font. ImFontAtlas::Build() adds ImGui's own font (ProggyClean: 12 KB
// of data and the code that decodes it) when no font was added, so the linker keeps it although the
// app always adds its own first (ui/fonts.cpp). The page links with --wrap for AddFontDefault
// (src/app/CMakeLists.txt): every call to it reaches this instead, and ImGui's font is left out
// (10 KB of the page gzipped). Reaching it means fonts.cpp added no font: a bug, so it stops.
#include <cstdio>
#include <cstdlib>

struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

// ImFontAtlas::AddFontDefault(const ImFontConfig*), by its mangled name (what --wrap renames).
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
  std::fputs("fontshade: ImGui's default font was asked for, but the page leaves it out (no font was added)\n", stderr);
  std::abort();
}
