// A copy of the page that opens at a lesson: the lesson goes into the head as a meta, replaces an
// earlier one, is escaped for an attribute and reads back the same.
#include "fixtures.hpp"
#include "core/files/lesson_link.hpp"
#include "core/files/lesson_page.hpp"

using namespace fontshade;

namespace {

// The page as a browser serialises it (document.documentElement.outerHTML): no doctype.
const std::string kPage =
    "<html lang=\"en\"><head>\n<meta charset=\"utf-8\">\n<title>fontshade</title>\n</head>\n"
    "<body><header>x</header><canvas id=\"canvas\"></canvas><script>var a = \"<head>\";</script></body></html>";

}  // namespace

TEST_CASE("the lesson goes first into the page's head, escaped, after a doctype", "[lesson page]") {
  const auto page = page_with_lesson(kPage, "#v=1&step=40&phase=Z2&color=fafad2&lang=es");
  REQUIRE(page);
  CHECK(*page ==
        "<!doctype html>\n<html lang=\"en\"><head><meta name=\"fontshade-lesson\" content=\"v=1&amp;step=40&amp;phase=Z2&amp;color=fafad2&amp;lang=es\">\n"
        "<meta charset=\"utf-8\">\n<title>fontshade</title>\n</head>\n"
        "<body><header>x</header><canvas id=\"canvas\"></canvas><script>var a = \"<head>\";</script></body></html>");
  CHECK(lesson_of_page(*page) == "v=1&step=40&phase=Z2&color=fafad2&lang=es");
}

TEST_CASE("a page saved from a lesson page holds only the new lesson", "[lesson page]") {
  const auto first = page_with_lesson(kPage, "v=1&step=40");
  REQUIRE(first);
  const auto second = page_with_lesson(*first, "v=1&step=7&lang=es");
  REQUIRE(second);
  CHECK(lesson_of_page(*second) == "v=1&step=7&lang=es");
  std::size_t metas = 0;
  for (std::size_t at = second->find("fontshade-lesson"); at != std::string::npos; at = second->find("fontshade-lesson", at + 1)) ++metas;
  CHECK(metas == 1);
  CHECK(second->rfind("<!doctype html>", 0) == 0);
  CHECK(second->find("<!doctype html>", 1) == std::string::npos);
  // Nothing else of the page changed.
  CHECK(*page_with_lesson(*second, "v=1&step=40") == *first);
}

TEST_CASE("a lesson's every character survives the attribute, and a lesson link reads it", "[lesson page]") {
  Lesson l;
  l.step = 12;
  l.picked = Rgb{250, 250, 210};
  l.language = "es";
  l.phase = Phase::dC_dW1;
  const std::string fragment = lesson_fragment(l);
  const auto page = page_with_lesson(kPage, fragment);
  REQUIRE(page);
  CHECK(std::get<Lesson>(parse_lesson(lesson_of_page(*page))) == l);
  // Quotes and angle brackets cannot close the attribute or the tag.
  const auto odd = page_with_lesson(kPage, "v=1&x=\"><script>");
  REQUIRE(odd);
  CHECK(odd->find("content=\"v=1&amp;x=&quot;&gt;&lt;script&gt;\">") != std::string::npos);
  CHECK(lesson_of_page(*odd) == "v=1&x=\"><script>");
}

TEST_CASE("a text without a head is not a page, and a page without a lesson holds none", "[lesson page]") {
  CHECK_FALSE(page_with_lesson("<html><header></header><body></body></html>", "v=1"));
  CHECK_FALSE(page_with_lesson("", "v=1"));
  CHECK(lesson_of_page(kPage).empty());
  // A HEAD in capitals and a doctype already there.
  const auto page = page_with_lesson("<!DOCTYPE html><HTML><HEAD></HEAD><BODY></BODY></HTML>", "v=1&step=3");
  REQUIRE(page);
  CHECK(*page == "<!DOCTYPE html><HTML><HEAD><meta name=\"fontshade-lesson\" content=\"v=1&amp;step=3\"></HEAD><BODY></BODY></HTML>");
}
