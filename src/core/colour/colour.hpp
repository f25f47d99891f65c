#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/linear_algebra.hpp"

namespace fontshade {

// A background colour, 8 bits a channel.
struct Rgb {
  int r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

// The network's input: X = (R, G, B) / 255.
Input input_of(Rgb c);
// "#2277d3"
std::string hex_of(Rgb c);
// Accepts "#rrggbb", "rrggbb", "R,G,B" (0-255 each, spaces allowed) or a CSS colour name in any case
// ("aliceblue", "AliceBlue"; see css_colours.hpp). On failure returns nullopt and says why in *why.
std::optional<Rgb> parse_colour(std::string_view text, std::string* why);

}  // namespace fontshade
