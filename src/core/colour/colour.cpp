#include "core/colour/colour.hpp"

#include <cctype>
#include <cstdio>

#include "core/colour/css_colours.hpp"
#include "core/base/quoted.hpp"

namespace fontshade {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool all_hex(std::string_view s) {
  for (char c : s)
    if (hex_digit(c) < 0) return false;
  return true;
}

// Text meant as a colour name rather than digits: a letter first, then letters or digits ("reddish",
// "gray50"), and not six hexadecimal digits (which "facade" is).
bool looks_like_a_name(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s.front()))) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return !(s.size() == 6 && all_hex(s));
}

std::optional<int> channel(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 3) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v > 255) return std::nullopt;
  return v;
}

}  // namespace

Input input_of(Rgb c) { return Input(c.r / 255.0, c.g / 255.0, c.b / 255.0); }

std::string hex_of(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::optional<Rgb> parse_colour(std::string_view text, std::string* why) {
  const std::string_view s = trim(text);
  const auto fail = [&](const char* message) -> std::optional<Rgb> {
    if (why) *why = std::string(message) + ", not " + quoted(s);
    return std::nullopt;
  };
  if (s.find(',') != std::string_view::npos) {
    Rgb c;
    int* parts[3] = {&c.r, &c.g, &c.b};
    std::string_view rest = s;
    for (int i = 0; i < 3; ++i) {
      const auto comma = rest.find(',');
      if ((i < 2) != (comma != std::string_view::npos)) return fail("expected a colour as R,G,B with three numbers");
      const auto v = channel(rest.substr(0, comma));
      if (!v) return fail("expected each of R,G,B to be an integer from 0 to 255");
      *parts[i] = *v;
      rest = i < 2 ? rest.substr(comma + 1) : std::string_view{};
    }
    return c;
  }
  if (auto named = css_colour(s)) return named;
  std::string_view hex = s;
  if (!hex.empty() && hex.front() == '#') hex.remove_prefix(1);
  if (looks_like_a_name(s))
    return fail("expected a colour as #rrggbb, rrggbb, R,G,B or a CSS colour name such as aliceblue");
  if (hex.size() != 6) return fail("expected a colour as #rrggbb, rrggbb or R,G,B");
  if (!all_hex(hex)) return fail("expected six hexadecimal digits in #rrggbb");
  int v[6];
  for (int i = 0; i < 6; ++i) v[i] = hex_digit(hex[i]);
  return Rgb{v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5]};
}

}  // namespace fontshade
