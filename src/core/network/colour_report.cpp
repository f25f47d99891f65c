#include "core/network/colour_report.hpp"

#include "core/network/network.hpp"

namespace fontshade {

ColourReport report_colour(const Parameters& p, Activation a, Rgb colour) {
  ColourReport r;
  r.colour = colour;
  r.forward = forward(p, input_of(colour), a);
  r.network_dark = is_dark(r.forward.A2);
  r.yiq = yiq_rule(colour);
  r.wcag2 = wcag2_rule(colour);
  r.apca = apca_rule(colour);
  return r;
}

}  // namespace fontshade
