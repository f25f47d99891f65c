#include "core/base/quoted.hpp"

#include <cstdint>
#include <cstdio>

namespace fontshade {
namespace {

// The length of the valid UTF-8 sequence at s[i] (1 to 4) and its code point, or 0 when the bytes
// there are not one: a stray continuation byte, a truncated sequence, an overlong form, a surrogate,
// past U+10FFFF.
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::uint32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    code = b0;
    return 1;
  }
  std::size_t length = 0;
  std::uint32_t least = 0;
  if ((b0 & 0xE0) == 0xC0) length = 2, code = b0 & 0x1F, least = 0x80;
  else if ((b0 & 0xF0) == 0xE0) length = 3, code = b0 & 0x0F, least = 0x800;
  else if ((b0 & 0xF8) == 0xF0) length = 4, code = b0 & 0x07, least = 0x10000;
  else return 0;
  if (i + length > s.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

// Characters that change how the rest of a line is read: C1 controls (0x9B is a terminal's CSI) and
// the bidirectional embeddings, overrides and isolates.
bool invisible_control(std::uint32_t code) {
  return (code >= 0x80 && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

}  // namespace

std::string escaped(std::string_view s, std::size_t max_characters, bool in_quotes) {
  std::string out;
  std::size_t shown = 0;
  char buf[16];
  for (std::size_t i = 0; i < s.size();) {
    if (++shown > max_characters) {
      out += "...";
      break;
    }
    std::uint32_t code = 0;
    const std::size_t length = utf8_sequence(s, i, code);
    if (length == 0 || code < 0x20 || code == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[i]));
      out += buf;
      ++i;
      continue;
    }
    if (invisible_control(code)) {
      std::snprintf(buf, sizeof buf, "\\u{%04X}", static_cast<unsigned>(code));
      out += buf;
    } else {
      if (in_quotes && (code == '"' || code == '\\')) out += '\\';
      out.append(s.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string quoted(std::string_view s) { return "\"" + escaped(s, 24, true) + "\""; }

std::string printable(std::string_view s) { return escaped(s, 1000, false); }

}  // namespace fontshade
