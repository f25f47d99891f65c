#include "app/ui/fonts.hpp"

#include <cstddef>

extern const unsigned char fontshade_font_sans[];
extern const std::size_t fontshade_font_sans_size;
extern const unsigned char fontshade_font_bold[];
extern const std::size_t fontshade_font_bold_size;
extern const unsigned char fontshade_font_mono[];
extern const std::size_t fontshade_font_mono_size;

namespace fontshade::app {
namespace {

// Latin-1 (English, Spanish) and the symbols the formulas and buttons use: the list the build
// subsets the fonts to (src/app/CMakeLists.txt), as ImGui's pairs of first and last.
const ImWchar kGlyphs[] = {FONTSHADE_GLYPH_RANGES 0};

ImFont* add(const unsigned char* data, std::size_t size, float pixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // static data: the atlas must not free it
  config.OversampleH = 2;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                                   pixels, &config, kGlyphs);
}

}  // namespace

Fonts load_fonts(float pixel_size) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  // In Fonts' order: fonts() finds them in the atlas by their places.
  add(fontshade_font_sans, fontshade_font_sans_size, pixel_size);
  add(fontshade_font_bold, fontshade_font_bold_size, pixel_size);
  add(fontshade_font_mono, fontshade_font_mono_size, pixel_size);
  add(fontshade_font_bold, fontshade_font_bold_size, pixel_size * 1.6f);
  atlas->Build();
  return fonts();
}

Fonts fonts() {
  const ImVector<ImFont*>& f = ImGui::GetIO().Fonts->Fonts;
  if (f.Size < 4) return {};
  return {f[0], f[1], f[2], f[3]};
}

}  // namespace fontshade::app
