#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace fontshade {

// A copy of the web page that opens at a lesson: one HTML file to send or put on a USB stick, which
// opens at that lesson from any folder (a file:// link opens only on the computer that made it). The
// lesson is a link's part after '#' (lesson_link.hpp), kept in the page's head as
//   <meta name="fontshade-lesson" content="v=1&amp;step=40&amp;...">
// and opened by the page when its address has no '#' of its own.
constexpr std::string_view kLessonMetaName = "fontshade-lesson";

// `page_html` (the page as the browser serialises it: its <html> element, with or without a doctype)
// with `fragment` as its lesson: the meta put first in its <head>, replacing one there before, the
// fragment escaped for an attribute, and "<!doctype html>" in front when the text lacks one. nullopt
// when the text has no <head> element (not a page).
std::optional<std::string> page_with_lesson(std::string_view page_html, std::string_view fragment);

// The lesson a page holds (the meta's content, unescaped), or "" when it holds none.
std::string lesson_of_page(std::string_view page_html);

}  // namespace fontshade
