#include "app/layout/lesson_arrangement.hpp"

#include <algorithm>
#include <cmath>

namespace fontshade::app {

bool colour_part(ScenePart p) {
  return p == ScenePart::picker || p == ScenePart::swatch || p == ScenePart::preview || p == ScenePart::rules;
}

namespace {

// The smallest comfortable sizes, in design units (pixels at scale 1).
constexpr float kWideMinWidth = 600, kWideMinHeight = 400;
constexpr float kTallMinWidth = 400, kTallMinHeight = 640;

// Edges rounded, not sizes: neighbours share an edge exactly.
Rect edges(float x, float y, float w, float h) {
  const float left = std::round(x), top = std::round(y);
  return Rect{left, top, std::round(x + w) - left, std::round(y + h) - top};
}

// n windows in the area: one; two side by side (or stacked where the area is tall); three as one tall
// column and two stacked (where tall: one across the top, two below); four and more in two columns
// (three past six).
void grid(std::vector<SceneWindow>& windows, std::size_t first, Rect area) {
  const std::size_t n = windows.size() - first;
  if (n == 0) return;
  const auto at = [&](std::size_t i) -> Rect& { return windows[first + i].rect; };
  const bool wide = area.w >= area.h * 1.1f;
  if (n == 1) {
    at(0) = edges(area.x, area.y, area.w, area.h);
  } else if (n == 2) {
    if (wide) {
      at(0) = edges(area.x, area.y, area.w * 0.5f, area.h);
      at(1) = edges(area.x + area.w * 0.5f, area.y, area.w * 0.5f, area.h);
    } else {
      at(0) = edges(area.x, area.y, area.w, area.h * 0.5f);
      at(1) = edges(area.x, area.y + area.h * 0.5f, area.w, area.h * 0.5f);
    }
  } else if (n == 3 && wide) {
    at(0) = edges(area.x, area.y, area.w * 0.5f, area.h);
    at(1) = edges(area.x + area.w * 0.5f, area.y, area.w * 0.5f, area.h * 0.5f);
    at(2) = edges(area.x + area.w * 0.5f, area.y + area.h * 0.5f, area.w * 0.5f, area.h * 0.5f);
  } else if (n == 3) {  // tall: the first across the top half, the other two side by side below
    at(0) = edges(area.x, area.y, area.w, area.h * 0.5f);
    at(1) = edges(area.x, area.y + area.h * 0.5f, area.w * 0.5f, area.h * 0.5f);
    at(2) = edges(area.x + area.w * 0.5f, area.y + area.h * 0.5f, area.w * 0.5f, area.h * 0.5f);
  } else {
    const std::size_t columns = n > 6 ? 3 : 2;
    const std::size_t rows = (n + columns - 1) / columns;
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t c = i % columns, r = i / columns;
      // The last row's windows share its width.
      const std::size_t in_row = r + 1 == rows ? n - r * columns : columns;
      const float cw = area.w / static_cast<float>(in_row), rh = area.h / static_cast<float>(rows);
      at(i) = edges(area.x + cw * static_cast<float>(c), area.y + rh * static_cast<float>(r), cw, rh);
    }
  }
}

}  // namespace

std::vector<SceneWindow> scene_windows(const std::vector<ScenePart>& parts) {
  std::vector<SceneWindow> out;
  bool colour_placed = false;
  std::vector<ScenePart> colour;
  for (ScenePart p : parts)
    if (colour_part(p)) colour.push_back(p);
  for (ScenePart p : parts) {
    if (colour_part(p)) {
      if (colour_placed) continue;
      colour_placed = true;
      out.push_back({colour, "part_colour", {}});
      continue;
    }
    out.push_back({{p}, {}, {}});
  }
  // Names live in the table of parts (static storage): "part_" + name, kept as views of literals.
  for (SceneWindow& w : out) {
    if (!w.name.empty()) continue;
    switch (w.parts.front()) {
      case ScenePart::data: w.name = "part_data"; break;
      case ScenePart::weights: w.name = "part_weights"; break;
      case ScenePart::activations: w.name = "part_activations"; break;
      case ScenePart::network: w.name = "part_network"; break;
      case ScenePart::forward: w.name = "part_forward"; break;
      case ScenePart::backward: w.name = "part_backward"; break;
      case ScenePart::steps: w.name = "part_steps"; break;
      case ScenePart::training: w.name = "part_training"; break;
      case ScenePart::surface: w.name = "part_surface"; break;
      case ScenePart::chapter_colours: w.name = "part_chapter_colours"; break;
      case ScenePart::check: w.name = "part_check"; break;
      case ScenePart::options: w.name = "part_options"; break;
      case ScenePart::labels: w.name = "part_labels"; break;
      case ScenePart::seeds: w.name = "part_seeds"; break;
      default: w.name = "part_colour"; break;
    }
  }
  return out;
}

LessonArrangement arrange_lesson(float width, float height, float top, float scale, bool projector,
                                 const std::vector<ScenePart>& parts) {
  LessonArrangement a;
  a.windows.push_back({{}, "lesson_panel", {}});
  for (SceneWindow& w : scene_windows(parts)) a.windows.push_back(std::move(w));
  const float w = width, h = height - top;
  const float units_w = w / scale, units_h = h / scale;
  const bool tall = height > width;
  if (!tall && units_w >= kWideMinWidth && units_h >= kWideMinHeight) {
    a.name = "lesson_wide";
    const float panel = std::round(w * (projector ? 0.42f : 0.32f));
    a.windows[0].rect = edges(0, top, panel, h);
    grid(a.windows, 1, Rect{panel, top, w - panel, h});
    return a;
  }
  if (tall && units_w >= kTallMinWidth && units_h >= kTallMinHeight) {
    a.name = "lesson_tall";
    const float panel = std::round(h * (projector ? 0.42f : 0.34f));
    a.windows[0].rect = edges(0, top, w, panel);
    grid(a.windows, 1, Rect{0, top + panel, w, h - panel});
    return a;
  }
  // One column on a page that scrolls: the lesson's panel, then each window a screen tall.
  a.name = "lesson_page";
  a.page = true;
  float y = 0;
  for (SceneWindow& window : a.windows) {
    window.rect = edges(0, y, w, h);
    y += window.rect.h;
  }
  a.page_height = y;
  return a;
}

}  // namespace fontshade::app
