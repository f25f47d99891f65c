#pragma once
#include <string_view>
#include <vector>

#include "app/layout/rect.hpp"
#include "core/files/lesson_file.hpp"

namespace fontshade::app {

// Where the lesson mode's windows go (issue 17), without pixels: the lesson's own panel (the scene's
// text, its question, Back and Next) and a window for each part the scene shows, the colour's parts
// (picker, swatch, preview, rules) together in one, as on the workbench. Tested for every size and
// mode: no two windows overlap, all fit the width.
struct SceneWindow {
  std::vector<ScenePart> parts;  // empty: the lesson's panel
  std::string_view name;         // layout()'s name: "lesson_panel", "part_colour", "part_forward", ...
  Rect rect;                     // window pixels; with a page, from the page's top (it scrolls)
};

struct LessonArrangement {
  std::string_view name;  // "lesson_wide", "lesson_tall", "lesson_page"
  std::vector<SceneWindow> windows;  // the lesson's panel first
  bool page = false;                 // taller than the window: one page that scrolls
  float page_height = 0;
};

// The colour's parts (picker, swatch, preview, rules): they share one window.
bool colour_part(ScenePart part);
// The scene's parts grouped into windows, in the scene's order (the colour's group where its first
// part is).
std::vector<SceneWindow> scene_windows(const std::vector<ScenePart>& parts);
// The window (width x height pixels, the menu bar `top` pixels tall), the interface's scale, projector
// mode (a wider lesson panel: its type is larger), and the scene's parts.
// - lesson_wide: the lesson's panel on the left, the parts in a grid on the right;
// - lesson_tall (taller than wide): the lesson's panel above, the parts below;
// - lesson_page: too small in design units (a phone, a zoomed page): the panel, then every window a
//   screen tall, on a page that scrolls.
LessonArrangement arrange_lesson(float width, float height, float top, float scale, bool projector,
                                 const std::vector<ScenePart>& parts);

}  // namespace fontshade::app
