#pragma once
#include "core/colour/colour.hpp"

namespace fontshade {

// The rules a designer would use instead of a network. Each gives its verdict (dark text or light
// text) and the figure it decided on.

// YIQ luma: Y = (299 R + 587 G + 114 B) / 1000 on 0..255; dark text when Y >= 127.5. The book's labels
// are exactly this rule.
struct YiqVerdict {
  double Y = 0;
  bool dark = false;
};
YiqVerdict yiq_rule(Rgb background);
// The luma rule's boundary in the R x G plane at a given B (channels 0..255): the G at which
// 299 R + 587 G + 114 B = 127500. May lie outside 0..255.
double luma_boundary_green(double red, double blue);
// The book's label for a colour: 1 (dark text) when 299 R + 587 G + 114 B >= 127500, in integers.
int luma_label(Rgb background);

// WCAG 2: relative luminance (sRGB, 0.04045 threshold) and the contrast ratio (L1 + 0.05) / (L2 + 0.05)
// of black and of white text; dark text when black's contrast beats white's.
struct WcagVerdict {
  double luminance = 0;
  double contrast_black = 0;
  double contrast_white = 0;
  bool dark = false;
};
WcagVerdict wcag2_rule(Rgb background);
double wcag2_relative_luminance(Rgb c);
double wcag2_contrast(Rgb a, Rgb b);

// APCA 0.0.98G-4g: lightness contrast Lc of black text and of white text on the background; the
// larger |Lc| wins.
struct ApcaVerdict {
  double Lc_black = 0;  // positive: dark text on a lighter background
  double Lc_white = 0;  // negative: light text on a darker background
  bool dark = false;
};
ApcaVerdict apca_rule(Rgb background);
double apca_contrast(Rgb text, Rgb background);

}  // namespace fontshade
