#include "app/layout/text_wrap.hpp"

namespace fontshade::app {
namespace {

// One paragraph (no '\n'), greedily: each piece is a gap of spaces and the word after it; a piece
// that does not fit starts a new line, and the gap before it is dropped. Lines break only at spaces
// (ASCII; a no-break space is not one): Dear ImGui's own wrapping also breaks after . and , which
// split "0.4235" into "0." and "4235". A word wider than the line stays whole and overflows it.
void wrap_paragraph(std::string_view text, float max_width, const TextWidth& width, std::string& out) {
  std::string line;
  std::size_t at = 0;
  bool first = true;
  while (at < text.size()) {
    std::size_t word = at;
    while (word < text.size() && text[word] == ' ') ++word;
    std::size_t end = word;
    while (end < text.size() && text[end] != ' ') ++end;
    const std::string_view gap = text.substr(at, word - at), piece = text.substr(word, end - word);
    if (first || piece.empty() || width(line + std::string(gap) + std::string(piece)) <= max_width) {
      line += gap;
      line += piece;
    } else {
      out += line;
      out += '\n';
      line = piece;
    }
    first = false;
    at = end;
  }
  out += line;
}

}  // namespace

std::string wrap_text(std::string_view text, float max_width, const TextWidth& width) {
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    wrap_paragraph(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start), max_width, width, out);
    if (end == std::string_view::npos) break;
    out += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace fontshade::app
