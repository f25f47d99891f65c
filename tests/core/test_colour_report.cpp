// One record for everything about a colour: the network's forward pass and the three rules.
#include "core/network/colour_report.hpp"
#include "core/colour/css_colours.hpp"
#include "fixtures.hpp"
#include "core/network/network.hpp"

using namespace fontshade;
using fontshade::test::close_to;

TEST_CASE("report_colour: the network's values for the fixture colour, and the rules' verdicts", "[colour][report]") {
  const ColourReport r = report_colour(test::example_parameters(), Activation::relu, Rgb{200, 100, 50});
  CHECK(r.colour == Rgb{200, 100, 50});
  // As in test_forward_backward.cpp (50-digit decimal arithmetic).
  REQUIRE(r.forward.Z1.size() == 3);
  CHECK(r.forward.Z1(0) == close_to(0.2372549019607843));
  CHECK(r.forward.A1(2) == 0.0);
  CHECK(r.forward.Z2 == close_to(0.027254901960784315));
  CHECK(r.forward.A2 == close_to(0.50681330373506428));
  CHECK(r.network_dark);  // A2 >= 0.5
  // Y = (299*200 + 587*100 + 114*50) / 1000 = 124.2 < 127.5: light text.
  CHECK(r.yiq.Y == 124.2);
  CHECK_FALSE(r.yiq.dark);
  CHECK(r.wcag2.contrast_black == wcag2_rule({200, 100, 50}).contrast_black);
  CHECK(r.wcag2.dark == wcag2_rule({200, 100, 50}).dark);
  CHECK(r.apca.Lc_white == apca_rule({200, 100, 50}).Lc_white);
  CHECK(r.apca.dark == apca_rule({200, 100, 50}).dark);
}

TEST_CASE("report_colour for aliceblue: every node on, every rule says dark text", "[colour][report]") {
  const ColourReport r = report_colour(test::example_parameters(), Activation::relu, *css_colour("aliceblue"));
  CHECK(r.colour == Rgb{0xf0, 0xf8, 0xff});
  // Worked out with 50-digit decimals: X = (240, 248, 255) / 255.
  CHECK(r.forward.Z1(0) == close_to(0.5992156862745098));
  CHECK(r.forward.Z1(1) == close_to(0.06784313725490196));
  CHECK(r.forward.Z1(2) == close_to(0.5133333333333333));
  CHECK(r.forward.A1(2) == close_to(0.5133333333333333));
  CHECK(r.forward.Z2 == close_to(0.5593725490196079));
  CHECK(r.forward.A2 == close_to(0.6363073478056189));
  CHECK(r.network_dark);
  CHECK(r.yiq.Y == 246.406);
  CHECK(r.yiq.dark);
  CHECK(r.wcag2.dark);
  CHECK(r.wcag2.contrast_black > 19);
  CHECK(r.apca.dark);
}

TEST_CASE("report_colour: network_dark follows A2 for another activation", "[colour][report]") {
  Parameters p = test::example_parameters();
  p.b_output = -5;  // pushes A2 well below 0.5
  const ColourReport r = report_colour(p, Activation::tanh, Rgb{200, 100, 50});
  CHECK(r.forward.A2 == forward(p, input_of({200, 100, 50}), Activation::tanh).A2);
  CHECK(r.forward.A2 < 0.5);
  CHECK_FALSE(r.network_dark);
}
