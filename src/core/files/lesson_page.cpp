#include "core/files/lesson_page.hpp"

#include <cctype>

namespace fontshade {
namespace {

// Case-insensitive search for an ASCII tag name, as HTML's are.
std::size_t find_ascii(std::string_view text, std::string_view what, std::size_t from = 0) {
  if (what.empty() || text.size() < what.size()) return std::string_view::npos;
  for (std::size_t i = from; i + what.size() <= text.size(); ++i) {
    std::size_t k = 0;
    while (k < what.size() && std::tolower(static_cast<unsigned char>(text[i + k])) == what[k]) ++k;
    if (k == what.size()) return i;
  }
  return std::string_view::npos;
}

// "<head" followed by '>' or an attribute, not "<header".
std::size_t find_head(std::string_view html) {
  for (std::size_t at = find_ascii(html, "<head"); at != std::string_view::npos; at = find_ascii(html, "<head", at + 1)) {
    const char next = at + 5 < html.size() ? html[at + 5] : '\0';
    if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '/') return at;
  }
  return std::string_view::npos;
}

std::string attribute_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string attribute_unescaped(std::string_view text) {
  static constexpr std::pair<std::string_view, char> kEntities[] = {{"&amp;", '&'}, {"&quot;", '"'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&#39;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities)
      if (text.substr(i, entity.size()) == entity) {
        out += c;
        i += entity.size();
        replaced = true;
        break;
      }
    if (!replaced) out += text[i++];
  }
  return out;
}

// The meta this file writes, as a browser serialises it back: <meta name="fontshade-lesson"
// content="..."> (the same attributes in the same order; the content has no raw '"').
struct MetaSpan {
  std::size_t begin = std::string_view::npos, end = 0;  // the whole tag
  std::size_t content_begin = 0, content_end = 0;
};
MetaSpan find_meta(std::string_view html) {
  MetaSpan m;
  const std::string opening = "<meta name=\"" + std::string(kLessonMetaName) + "\" content=\"";
  const std::size_t at = find_ascii(html, opening);
  if (at == std::string_view::npos) return m;
  const std::size_t quote = html.find('"', at + opening.size());
  const std::size_t close = quote == std::string_view::npos ? quote : html.find('>', quote);
  if (close == std::string_view::npos) return m;
  m.begin = at;
  m.end = close + 1;
  m.content_begin = at + opening.size();
  m.content_end = quote;
  return m;
}

}  // namespace

std::optional<std::string> page_with_lesson(std::string_view page_html, std::string_view fragment) {
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  std::string html;
  if (find_ascii(page_html.substr(0, 64), "<!doctype") == std::string_view::npos) html = "<!doctype html>\n";
  // An earlier lesson's meta goes; the new one goes first in the head.
  const MetaSpan old = find_meta(page_html);
  if (old.begin != std::string_view::npos) {
    html += page_html.substr(0, old.begin);
    html += page_html.substr(old.end);
  } else {
    html += page_html;
  }
  const std::size_t head = find_head(html);
  if (head == std::string_view::npos) return std::nullopt;
  const std::size_t after = html.find('>', head);
  if (after == std::string::npos) return std::nullopt;
  html.insert(after + 1, "<meta name=\"" + std::string(kLessonMetaName) + "\" content=\"" + attribute_escaped(fragment) + "\">");
  return html;
}

std::string lesson_of_page(std::string_view page_html) {
  const MetaSpan m = find_meta(page_html);
  if (m.begin == std::string_view::npos) return {};
  return attribute_unescaped(page_html.substr(m.content_begin, m.content_end - m.content_begin));
}

}  // namespace fontshade
