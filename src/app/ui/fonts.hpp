#pragma once
#include "imgui.h"

namespace fontshade::app {

// DejaVu Sans (text), DejaVu Sans Bold (headings, the preview sentence) and DejaVu Sans Mono
// (numbers, so columns line up), subset at build time to Latin-1 and a few symbols (− → ≤ ≥ ✓ …)
// and embedded: English and Spanish, no file to load.
struct Fonts {
  ImFont* text = nullptr;
  ImFont* bold = nullptr;
  ImFont* mono = nullptr;
  ImFont* preview = nullptr;  // large bold, for the preview card
};

// (Re)builds the atlas for a base size in pixels. The caller recreates the GL font texture.
Fonts load_fonts(float pixel_size);
// The fonts of ImGui's atlas, as load_fonts put them there (none before it).
Fonts fonts();

}  // namespace fontshade::app
