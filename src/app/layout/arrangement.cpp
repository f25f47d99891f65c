#include "app/layout/arrangement.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace fontshade::app {
namespace {

// The design's smallest comfortable sizes, in design units (pixels at scale 1).
constexpr float kWideMinWidth = 960, kWideMinHeight = 560;
constexpr float kTallMinHeight = 860;          // portrait: the four rows' minimums
constexpr float kProjectorMinWidth = 560, kProjectorMinHeight = 420;
constexpr float kPageTwoColumns = 600;          // a page narrower than this stacks one panel a row

float round(float v) { return std::round(v); }

struct Builder {
  Arrangement a;
  // Edges rounded, not sizes: neighbours share an edge exactly, with no gap and no overlap.
  void add(PanelId id, float x, float y, float w, float h) {
    const float left = round(x), top = round(y);
    a.panels.push_back({id, Rect{left, top, round(x + w) - left, round(y + h) - top}});
  }
};

Arrangement wide(float w, float h, float top, float steps_content, bool cube_open) {
  Builder b;
  b.a.name = "wide";
  const float left = round(w * 0.27f), middle = round(w * 0.40f), right = w - left - middle;
  const float controls = round(std::clamp(steps_content, h * 0.28f, h * 0.55f));
  const float diagram = round(h * (cube_open ? 0.25f : 0.34f)), surface = round(h * (cube_open ? 0.48f : 0.29f));
  b.add(PanelId::colour, 0, top, left, h);
  b.add(PanelId::steps, left, top, middle, controls);
  b.add(PanelId::passes, left, top + controls, middle, h - controls);
  b.add(PanelId::network, left + middle, top, right, diagram);
  b.add(PanelId::surface, left + middle, top + diagram, right, surface);
  b.add(PanelId::tabs, left + middle, top + diagram + surface, right, h - diagram - surface);
  return b.a;
}

Arrangement portrait(float w, float h, float top, float steps_content, bool cube_open) {
  Builder b;
  b.a.name = "portrait";
  const float first = round(std::clamp(steps_content, h * 0.26f, h * 0.40f));
  const float passes = round(h * (cube_open ? 0.22f : 0.27f)), pictures = round(h * (cube_open ? 0.28f : 0.20f));
  const float rest = h - first - passes - pictures;
  const float left = round(w * 0.42f);
  b.add(PanelId::colour, 0, top, left, first);
  b.add(PanelId::steps, left, top, w - left, first);
  b.add(PanelId::passes, 0, top + first, w, passes);
  b.add(PanelId::network, 0, top + first + passes, round(w * 0.5f), pictures);
  b.add(PanelId::surface, round(w * 0.5f), top + first + passes, w - round(w * 0.5f), pictures);
  b.add(PanelId::tabs, 0, top + first + passes + pictures, w, rest);
  return b.a;
}

// The lesson's four panels in two columns: the step panel over the formulas, the colour's preview
// over the diagram.
Arrangement projector(float w, float h, float top, float steps_content) {
  Builder b;
  b.a.name = "projector";
  // The step panel at most a little over half the height (it scrolls past that): the formulas below it
  // need the lines for a whole phase's block (dC_dW1 and dC_dB1 at 1024 x 768).
  const float upper = round(std::clamp(steps_content, h * 0.35f, h * 0.55f));
  const float left = round(w * 0.66f), preview = round(h * 0.5f);
  b.add(PanelId::steps, 0, top, left, upper);
  b.add(PanelId::passes, 0, top + upper, left, h - upper);
  b.add(PanelId::colour, left, top, w - left, preview);
  b.add(PanelId::network, left, top + preview, w - left, h - preview);
  return b.a;
}

Arrangement projector_portrait(float w, float h, float top, float steps_content) {
  Builder b;
  b.a.name = "projector_portrait";
  const float upper = round(std::clamp(steps_content, h * 0.25f, h * 0.40f));
  const float middle = round(h * 0.32f);
  b.add(PanelId::steps, 0, top, w, upper);
  b.add(PanelId::colour, 0, top + upper, round(w * 0.45f), middle);
  b.add(PanelId::network, round(w * 0.45f), top + upper, w - round(w * 0.45f), middle);
  b.add(PanelId::passes, 0, top + upper + middle, w, h - upper - middle);
  return b.a;
}

// Rows of panels, each row a screen tall (the step panel as tall as its content), on a page that
// scrolls. Two panels side by side where the page is wide enough, else one.
Arrangement page(float w, float view, float scale, bool projector_mode, float steps_content) {
  Builder b;
  b.a.name = projector_mode ? "projector_page" : "page";
  b.a.page = true;
  const bool two = w / scale >= kPageTwoColumns;
  float y = 0;
  const auto row = [&](float height, PanelId first, std::optional<PanelId> second, float split) {
    height = round(height);
    if (second && two) {
      b.add(first, 0, y, round(w * split), height);
      b.add(*second, round(w * split), y, w - round(w * split), height);
    } else {
      b.add(first, 0, y, w, height);
      if (second) {
        y += height;
        b.add(*second, 0, y, w, height);
      }
    }
    y += height;
  };
  row(std::clamp(steps_content, view * 0.5f, view), PanelId::steps, std::nullopt, 1);
  row(view, PanelId::colour, PanelId::network, 0.45f);
  row(view, PanelId::passes, std::nullopt, 1);
  if (!projector_mode) row(view, PanelId::surface, PanelId::tabs, 0.45f);
  b.a.page_height = y;
  return b.a;
}

}  // namespace

std::string_view panel_name(PanelId id) {
  switch (id) {
    case PanelId::colour: return "panel_colour";
    case PanelId::steps: return "panel_steps";
    case PanelId::passes: return "panel_passes";
    case PanelId::network: return "panel_network";
    case PanelId::surface: return "panel_surface";
    case PanelId::tabs: return "panel_tabs";
  }
  return "panel";
}

Arrangement arrange(float width, float height, float top, float scale, bool projector_mode, float steps_content, bool cube_open) {
  const float w = width, h = height - top;
  const float units_w = w / scale, units_h = h / scale;
  const bool tall = height > width;
  if (projector_mode) {
    if (!tall && units_w >= kProjectorMinWidth && units_h >= kProjectorMinHeight) return projector(w, h, top, steps_content);
    if (tall && units_w >= kProjectorMinHeight && units_h >= kProjectorMinWidth) return projector_portrait(w, h, top, steps_content);
    return page(w, h, scale, true, steps_content);
  }
  if (tall && units_w >= kWideMinHeight && units_h >= kTallMinHeight) return portrait(w, h, top, steps_content, cube_open);
  if (!tall && units_w >= kWideMinWidth && units_h >= kWideMinHeight) return wide(w, h, top, steps_content, cube_open);
  return page(w, h, scale, false, steps_content);
}

}  // namespace fontshade::app
