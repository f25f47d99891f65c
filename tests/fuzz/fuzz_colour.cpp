// Fuzzes parse_colour: any text gives either a colour with every channel 0-255, which reads back the
// same from its #rrggbb and its R,G,B forms, or a reason; and the answer does not depend on whether
// the caller asks for the reason.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/colour/colour.hpp"
#include "invariant.hpp"

using namespace fontshade;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(bytes), size);
  std::string why;
  const std::optional<Rgb> colour = parse_colour(text, &why);
  const std::optional<Rgb> without_why = parse_colour(text, nullptr);
  FUZZ_INVARIANT(colour == without_why);
  if (!colour) {
    FUZZ_INVARIANT(!why.empty());
    return 0;
  }
  FUZZ_INVARIANT(why.empty());
  const Rgb c = *colour;
  FUZZ_INVARIANT(c.r >= 0 && c.r <= 255 && c.g >= 0 && c.g <= 255 && c.b >= 0 && c.b <= 255);
  FUZZ_INVARIANT(parse_colour(hex_of(c), nullptr) == c);
  const std::string triple = std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b);
  FUZZ_INVARIANT(parse_colour(triple, nullptr) == c);
  return 0;
}
