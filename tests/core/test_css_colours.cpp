// The CSS named colours: the table against the spec's values, lookups in any case, and parse_colour
// accepting a name.
#include <algorithm>
#include <set>
#include <string>

#include "core/colour/colour.hpp"
#include "core/colour/css_colours.hpp"
#include "fixtures.hpp"

using namespace fontshade;

TEST_CASE("CSS names give the spec's values", "[colour][css]") {
  struct Known {
    const char* name;
    Rgb colour;
  };
  const Known known[] = {
      {"aliceblue", {0xf0, 0xf8, 0xff}},    {"antiquewhite", {0xfa, 0xeb, 0xd7}},
      {"aqua", {0x00, 0xff, 0xff}},         {"aquamarine", {0x7f, 0xff, 0xd4}},
      {"black", {0, 0, 0}},                 {"brown", {0xa5, 0x2a, 0x2a}},
      {"chocolate", {0xd2, 0x69, 0x1e}},    {"cadetblue", {0x5f, 0x9e, 0xa0}},
      {"crimson", {0xdc, 0x14, 0x3c}},      {"darkcyan", {0x00, 0x8b, 0x8b}},
      {"darkgoldenrod", {0xb8, 0x86, 0x0b}}, {"rebeccapurple", {0x66, 0x33, 0x99}},
      // CSS's grey is #808080 (X11's is #bebebe), and both spellings exist.
      {"gray", {0x80, 0x80, 0x80}},         {"grey", {0x80, 0x80, 0x80}},
      {"darkslategrey", {0x2f, 0x4f, 0x4f}}, {"white", {0xff, 0xff, 0xff}},
  };
  for (const Known& k : known) {
    INFO(k.name);
    const auto c = css_colour(k.name);
    REQUIRE(c.has_value());
    CHECK(*c == k.colour);
  }
}

TEST_CASE("the CSS table has 148 lowercase names, each once", "[colour][css]") {
  const auto& table = css_colours();
  CHECK(table.size() == 148);
  CHECK(static_cast<int>(table.size()) == kCssColourCount);
  std::set<std::string> seen;
  for (const CssColour& c : table) {
    INFO(c.name);
    CHECK(std::all_of(c.name.begin(), c.name.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }));
    CHECK(seen.insert(std::string(c.name)).second);
    CHECK(css_colour(c.name) == c.colour);
  }
  CHECK(std::is_sorted(table.begin(), table.end(), [](const CssColour& a, const CssColour& b) { return a.name < b.name; }));
  // 7 greys are spelt both ways, so 141 distinct names once gray -> grey.
  std::set<std::string> folded;
  for (const CssColour& c : table) {
    std::string n(c.name);
    const auto at = n.find("gray");
    if (at != std::string::npos) n.replace(at, 4, "grey");
    folded.insert(n);
  }
  CHECK(folded.size() == 141);
}

TEST_CASE("CSS names are looked up in any case, other words are not colours", "[colour][css]") {
  CHECK(css_colour("AliceBlue") == Rgb{0xf0, 0xf8, 0xff});
  CHECK(css_colour("CRIMSON") == Rgb{0xdc, 0x14, 0x3c});
  CHECK_FALSE(css_colour("reddish"));
  CHECK_FALSE(css_colour(""));
  CHECK_FALSE(css_colour("alice blue"));
  CHECK_FALSE(css_colour("aliceblu"));
}

TEST_CASE("the chapter's colours, in the chapter's order, are all CSS names", "[colour][css]") {
  const std::vector<std::string_view> chapter(std::begin(kChapterColourNames), std::end(kChapterColourNames));
  const std::vector<std::string_view> expected = {"aliceblue", "antiquewhite", "aqua", "aquamarine",
                                                  "black", "brown", "chocolate", "cadetblue",
                                                  "crimson", "darkcyan", "darkgoldenrod"};
  CHECK(chapter == expected);
  for (std::string_view name : chapter) {
    INFO(name);
    CHECK(css_colour(name).has_value());
  }
}

TEST_CASE("parse_colour accepts CSS names and keeps its other formats", "[colour][css]") {
  std::string why;
  CHECK(parse_colour("aliceblue", &why) == Rgb{0xf0, 0xf8, 0xff});
  CHECK(parse_colour("  DarkGoldenrod ", &why) == Rgb{0xb8, 0x86, 0x0b});
  CHECK(parse_colour("red", &why) == Rgb{255, 0, 0});
  // Six hexadecimal digits that spell a word are still hexadecimal.
  CHECK(parse_colour("facade", &why) == Rgb{0xfa, 0xca, 0xde});
  CHECK(parse_colour("#2277d3", &why) == Rgb{0x22, 0x77, 0xd3});
  CHECK(parse_colour("1,2,3", &why) == Rgb{1, 2, 3});

  CHECK_FALSE(parse_colour("reddish", &why));
  CHECK(why == "expected a colour as #rrggbb, rrggbb, R,G,B or a CSS colour name such as aliceblue, not \"reddish\"");
  CHECK_FALSE(parse_colour("gray50", &why));
  CHECK(why == "expected a colour as #rrggbb, rrggbb, R,G,B or a CSS colour name such as aliceblue, not \"gray50\"");
  // The hexadecimal messages are unchanged.
  CHECK_FALSE(parse_colour("#reddish", &why));
  CHECK(why == "expected a colour as #rrggbb, rrggbb or R,G,B, not \"#reddish\"");
  CHECK_FALSE(parse_colour("12345g", &why));
  CHECK(why == "expected six hexadecimal digits in #rrggbb, not \"12345g\"");
}

TEST_CASE("a bad colour's message quotes it shortened and with control bytes shown, on one line", "[colour]") {
  std::string why;
  CHECK_FALSE(parse_colour("\x1b[31mred\x1b[0m", &why).has_value());
  CHECK(why.find('\x1b') == std::string::npos);
  CHECK(why.find("\\x1B[31mred\\x1B[0m") != std::string::npos);
  CHECK_FALSE(parse_colour(std::string(300, 'z'), &why).has_value());
  CHECK(why == "expected a colour as #rrggbb, rrggbb, R,G,B or a CSS colour name such as aliceblue, not "
               "\"zzzzzzzzzzzzzzzzzzzzzzzz...\"");
}
