#include "app/layout/ui_scale.hpp"

#include <algorithm>
#include <cmath>

namespace fontshade::app {
namespace {

constexpr float kDesignWidth = 1280, kDesignHeight = 800;
constexpr float kProjectorLines = 32;  // projector mode: type about a 32nd of the screen's shorter side
// The smallest scale: 13 px type (kBaseFontPixels x 0.875 = 13.1), readable at 1024 x 768 from the back
// of a classroom; a smaller window gets a page that scrolls rather than smaller type.
constexpr float kMinScale = 0.875f;

}  // namespace

float ui_scale(float width, float height, float content_scale, bool projector) {
  float scale = std::fmin(width / kDesignWidth, height / kDesignHeight);
  scale = std::fmax(scale, 0.8f * content_scale);
  scale = std::fmax(kMinScale, std::fmin(scale, 4.0f));
  if (projector) {
    const float wanted = std::fmin(width, height) / kProjectorLines;
    scale *= std::clamp(wanted / (kBaseFontPixels * scale), 1.5f, 2.5f);
  }
  return std::round(scale * 8.0f) / 8.0f;
}

float font_pixels(float scale) { return std::round(kBaseFontPixels * scale); }

}  // namespace fontshade::app
