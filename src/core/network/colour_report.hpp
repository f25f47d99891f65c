#pragma once
#include "core/colour/colour.hpp"
#include "core/colour/colour_rules.hpp"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"
#include "core/network/records.hpp"

namespace fontshade {

// Everything about one background colour in one record: what the network computes for it and what the
// three designers' rules say. The CLI's predict and the app's colour panels show this.
struct ColourReport {
  Rgb colour;
  ForwardRecord forward;      // Z1, A1, Z2, A2 of the network for X = colour / 255
  bool network_dark = false;  // A2 >= 0.5
  YiqVerdict yiq;
  WcagVerdict wcag2;
  ApcaVerdict apca;
};

ColourReport report_colour(const Parameters& p, Activation a, Rgb colour);

}  // namespace fontshade
