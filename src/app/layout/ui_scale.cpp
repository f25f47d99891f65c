#include "app/layout/ui_scale.hpp"

#include <algorithm>
#include <cmath>

namespace fontshade::app {
namespace {

constexpr float kDesignWidth = 1280, kDesignHeight = 800;
constexpr float kProjectorLines = 32;  // projector mode: type about a 32nd of the screen's shorter side

}  // namespace

float ui_scale(float width, float height, float content_scale, bool projector) {
  float scale = std::fmin(width / kDesignWidth, height / kDesignHeight);
  scale = std::fmax(scale, 0.8f * content_scale);
  scale = std::fmax(0.75f, std::fmin(scale, 4.0f));
  if (projector) {
    const float wanted = std::fmin(width, height) / kProjectorLines;
    scale *= std::clamp(wanted / (kBaseFontPixels * scale), 1.5f, 2.5f);
  }
  return std::round(scale * 8.0f) / 8.0f;
}

float font_pixels(float scale) { return std::round(kBaseFontPixels * scale); }

}  // namespace fontshade::app
