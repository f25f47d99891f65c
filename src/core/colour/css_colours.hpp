#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/colour/colour.hpp"

namespace fontshade {

// The named colours of CSS Color Module Level 4 (section 6.1): 148 names, among them both spellings
// of every grey (gray/grey, darkgray/darkgrey, ...) and rebeccapurple. A student can type a colour the
// way a web page names it.
struct CssColour {
  std::string_view name;  // lowercase, as the spec writes it
  Rgb colour;
};

// All 148, in the spec's (alphabetical) order.
const std::vector<CssColour>& css_colours();
constexpr int kCssColourCount = 148;

// The colour of a CSS name, ignoring ASCII case ("AliceBlue" = "aliceblue"); nullopt for any other word.
std::optional<Rgb> css_colour(std::string_view name);

// The colours the chapter tries its network on, in the chapter's order.
constexpr std::string_view kChapterColourNames[] = {
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "black", "brown",
    "chocolate", "cadetblue", "crimson", "darkcyan", "darkgoldenrod",
};

}  // namespace fontshade
