// The designer's rules on known values.
#include "core/colour/colour_rules.hpp"
#include "fixtures.hpp"

using namespace fontshade;

TEST_CASE("WCAG 2: white on black has contrast 21, and grey values match the standard", "[colour]") {
  CHECK(wcag2_contrast({255, 255, 255}, {0, 0, 0}) == Approx(21.0).epsilon(1e-12));
  CHECK(wcag2_contrast({0, 0, 0}, {0, 0, 0}) == Approx(1.0).epsilon(1e-15));
  CHECK(wcag2_relative_luminance({255, 255, 255}) == Approx(1.0).epsilon(1e-12));
  // #777777 on white is the well-known 4.48:1 just short of AA.
  CHECK(wcag2_contrast({0x77, 0x77, 0x77}, {255, 255, 255}) == Approx(4.4784).epsilon(1e-4));
  // Below the 0.04045 threshold the curve is linear: 10/255/12.92.
  CHECK(wcag2_relative_luminance({10, 10, 10}) == Approx(10 / 255.0 / 12.92).epsilon(1e-12));
}

TEST_CASE("#2277d3 gets black text by WCAG 2 but white by APCA and YIQ", "[colour]") {
  const Rgb blue{0x22, 0x77, 0xd3};
  const WcagVerdict w = wcag2_rule(blue);
  CHECK(w.dark);
  CHECK(w.contrast_black == Approx(4.647).epsilon(1e-3));
  CHECK(w.contrast_white == Approx(4.519).epsilon(1e-3));
  const ApcaVerdict a = apca_rule(blue);
  CHECK_FALSE(a.dark);
  CHECK(a.Lc_black == Approx(33.2).margin(0.1));
  CHECK(a.Lc_white == Approx(-76.3).margin(0.1));
  const YiqVerdict y = yiq_rule(blue);
  CHECK_FALSE(y.dark);
  CHECK(y.Y == Approx(104.073).epsilon(1e-12));
}

TEST_CASE("APCA 0.0.98G-4g reference contrasts", "[colour]") {
  // Published reference values: black on white Lc 106.04, white on black Lc -107.88.
  CHECK(apca_contrast({0, 0, 0}, {255, 255, 255}) == Approx(106.04).margin(0.01));
  CHECK(apca_contrast({255, 255, 255}, {0, 0, 0}) == Approx(-107.88).margin(0.01));
  // #888 text on white is Lc 63.06; white text on #888 is Lc -68.54.
  CHECK(apca_contrast({0x88, 0x88, 0x88}, {255, 255, 255}) == Approx(63.06).margin(0.01));
  CHECK(apca_contrast({255, 255, 255}, {0x88, 0x88, 0x88}) == Approx(-68.54).margin(0.01));
  CHECK(apca_contrast({0x80, 0x80, 0x80}, {0x80, 0x80, 0x80}) == 0.0);
}

TEST_CASE("YIQ luma: the threshold 127500 in integers", "[colour]") {
  CHECK(luma_label({0, 0, 0}) == 0);
  CHECK(luma_label({255, 255, 255}) == 1);
  // 299*255 + 587*0 + 114*0 = 76245: red is light text.
  CHECK(luma_label({255, 0, 0}) == 0);
  // 587*255 = 149685: green is dark text.
  CHECK(luma_label({0, 255, 0}) == 1);
  // On the boundary: 587*204 + 114*68 == 127500 exactly -> dark; one step of blue less -> light.
  CHECK(yiq_rule({0, 204, 68}).Y == 127.5);
  CHECK(luma_label({0, 204, 68}) == 1);
  CHECK(luma_label({0, 204, 67}) == 0);
}

TEST_CASE("every label in the book's CSV is the luma rule", "[colour][book]") {
  const DataSet book = test::book_data();
  for (const Sample& s : book.samples) {
    INFO(hex_of(s.colour));
    CHECK(luma_label(s.colour) == s.label);
  }
}

TEST_CASE("colours parse as #rrggbb, rrggbb and R,G,B", "[colour]") {
  std::string why;
  CHECK(parse_colour("#2277d3", &why) == Rgb{0x22, 0x77, 0xd3});
  CHECK(parse_colour("2277D3", &why) == Rgb{0x22, 0x77, 0xd3});
  CHECK(parse_colour(" 34, 119 ,211 ", &why) == Rgb{34, 119, 211});
  CHECK(hex_of({0x22, 0x77, 0xd3}) == "#2277d3");
  CHECK_FALSE(parse_colour("#2277d", &why));
  CHECK(why == "expected a colour as #rrggbb, rrggbb or R,G,B, not \"#2277d\"");
  CHECK_FALSE(parse_colour("#2277g3", &why));
  CHECK(why == "expected six hexadecimal digits in #rrggbb, not \"#2277g3\"");
  CHECK_FALSE(parse_colour("1,2,256", &why));
  CHECK(why == "expected each of R,G,B to be an integer from 0 to 255, not \"1,2,256\"");
  CHECK_FALSE(parse_colour("1,2", &why));
  CHECK(why == "expected a colour as R,G,B with three numbers, not \"1,2\"");
}
