#include "core/colour/colour_rules.hpp"

#include <cmath>

#include "core/base/portable_math.hpp"

namespace fontshade {
namespace pm = portable;
namespace {

const Rgb kBlack{0, 0, 0};
const Rgb kWhite{255, 255, 255};

double wcag_linear(int channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : pm::pow((c + 0.055) / 1.055, 2.4);
}

// APCA's screen luminance: a plain 2.4 power, no linear toe.
double apca_luminance(Rgb c) {
  const auto lin = [](int v) { return pm::pow(v / 255.0, 2.4); };
  return 0.2126729 * lin(c.r) + 0.7151522 * lin(c.g) + 0.0721750 * lin(c.b);
}

double apca_soft_clamp_black(double Y) {
  constexpr double kBlackThreshold = 0.022;
  constexpr double kBlackClamp = 1.414;
  return Y >= kBlackThreshold ? Y : Y + pm::pow(kBlackThreshold - Y, kBlackClamp);
}

}  // namespace

YiqVerdict yiq_rule(Rgb c) {
  const int sum = 299 * c.r + 587 * c.g + 114 * c.b;
  return {sum / 1000.0, sum >= 127500};
}

double luma_boundary_green(double red, double blue) { return (127500.0 - 299.0 * red - 114.0 * blue) / 587.0; }

int luma_label(Rgb c) { return yiq_rule(c).dark ? 1 : 0; }

double wcag2_relative_luminance(Rgb c) {
  return 0.2126 * wcag_linear(c.r) + 0.7152 * wcag_linear(c.g) + 0.0722 * wcag_linear(c.b);
}

double wcag2_contrast(Rgb a, Rgb b) {
  const double la = wcag2_relative_luminance(a);
  const double lb = wcag2_relative_luminance(b);
  const double hi = la > lb ? la : lb;
  const double lo = la > lb ? lb : la;
  return (hi + 0.05) / (lo + 0.05);
}

WcagVerdict wcag2_rule(Rgb background) {
  WcagVerdict v;
  v.luminance = wcag2_relative_luminance(background);
  v.contrast_black = wcag2_contrast(kBlack, background);
  v.contrast_white = wcag2_contrast(kWhite, background);
  v.dark = v.contrast_black > v.contrast_white;
  return v;
}

double apca_contrast(Rgb text, Rgb background) {
  const double y_text = apca_soft_clamp_black(apca_luminance(text));
  const double y_back = apca_soft_clamp_black(apca_luminance(background));
  if (std::fabs(y_back - y_text) < 0.0005) return 0;
  double out;
  if (y_back > y_text) {  // dark text on a light background
    const double sapc = (pm::pow(y_back, 0.56) - pm::pow(y_text, 0.57)) * 1.14;
    out = sapc < 0.1 ? 0 : sapc - 0.027;
  } else {  // light text on a dark background
    const double sapc = (pm::pow(y_back, 0.65) - pm::pow(y_text, 0.62)) * 1.14;
    out = sapc > -0.1 ? 0 : sapc + 0.027;
  }
  return out * 100;
}

ApcaVerdict apca_rule(Rgb background) {
  ApcaVerdict v;
  v.Lc_black = apca_contrast(kBlack, background);
  v.Lc_white = apca_contrast(kWhite, background);
  v.dark = std::fabs(v.Lc_black) > std::fabs(v.Lc_white);
  return v;
}

}  // namespace fontshade
