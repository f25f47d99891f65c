// Where the lesson mode's windows go (layout/lesson_arrangement) and the activation functions' plots
// (layout/activation_plot), without pixels: every scene of the chapter's lesson at every size, in both
// modes, has its lesson panel and a window for each part, none overlapping, all inside the width.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "app/layout/activation_plot.hpp"
#include "app/layout/lesson_arrangement.hpp"
#include "app/layout/ui_scale.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

bool windows_overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

}  // namespace

TEST_CASE("a scene's colour parts share one window and every other part has its own, in the scene's order", "[app][lesson]") {
  const auto windows = scene_windows({ScenePart::forward, ScenePart::preview, ScenePart::network, ScenePart::picker});
  REQUIRE(windows.size() == 3);
  CHECK(windows[0].name == "part_forward");
  CHECK(windows[1].name == "part_colour");
  CHECK(windows[1].parts == std::vector<ScenePart>{ScenePart::preview, ScenePart::picker});
  CHECK(windows[2].name == "part_network");
}

TEST_CASE("every scene of the chapter's lesson fits every screen: no window overlaps another, all inside the width", "[app][lesson]") {
  const float sizes[][2] = {{1280, 800}, {1024, 768}, {1920, 1080}, {768, 1024}, {1024, 1366}, {390, 844}, {640, 360}, {2560, 1440}};
  for (const auto& size : sizes)
    for (bool projector : {false, true})
      for (const LessonScene& scene : chapter_lesson().scenes) {
        std::vector<ScenePart> parts = scene.show;
        if (scene.question)
          for (ScenePart p : scene.question->show) parts.push_back(p);
        const float scale = ui_scale(size[0], size[1], 1, projector);
        const float top = 30 * scale;
        const LessonArrangement a = arrange_lesson(size[0], size[1], top, scale, projector, parts);
        INFO(size[0] << "x" << size[1] << (projector ? " projector " : " ") << a.name << ": " << scene.title.en);
        REQUIRE(a.windows.size() == scene_windows(parts).size() + 1);
        CHECK(a.windows[0].name == "lesson_panel");
        for (std::size_t i = 0; i < a.windows.size(); ++i) {
          const Rect& r = a.windows[i].rect;
          CHECK(r.w > 0);
          CHECK(r.h > 0);
          CHECK(r.x >= 0);
          CHECK(r.x + r.w <= size[0]);
          if (!a.page) CHECK(r.y + r.h <= size[1]);
          for (std::size_t j = i + 1; j < a.windows.size(); ++j) CHECK_FALSE(windows_overlap(r, a.windows[j].rect));
        }
        // The lesson's panel gets a readable share: a third of a wide screen, more in projector mode.
        if (a.name == "lesson_wide") CHECK(a.windows[0].rect.w >= size[0] * (projector ? 0.4f : 0.3f));
      }
  CHECK(arrange_lesson(1280, 800, 30, 1, false, {ScenePart::picker}).name == "lesson_wide");
  CHECK(arrange_lesson(1024, 768, 48, ui_scale(1024, 768, 1, true), true, {ScenePart::picker}).name == "lesson_wide");
  CHECK(arrange_lesson(768, 1024, 30, ui_scale(768, 1024, 1, false), false, {ScenePart::picker}).name == "lesson_tall");
  CHECK(arrange_lesson(390, 844, 30, 1, false, {ScenePart::picker}).name == "lesson_page");
}

TEST_CASE("an activation's plot: the function and its slope sampled, and the hidden nodes' Z1 marked on it", "[app][lesson]") {
  const ActivationInfo& relu = chapter_activations()[3];
  const ActivationPlot p = activation_plot(relu, 81, {1.25, -0.5, 6.2});
  CHECK(p.function.size() == 81);
  CHECK(p.x_min == -4);
  CHECK(p.x_max == 8);  // widened to hold Z1 = 6.2
  REQUIRE(p.marks.size() == 3);
  CHECK(p.marks[0].y == 1.25);
  CHECK(p.marks[1].y == 0);
  CHECK(p.function.front().y == 0);
  CHECK(p.slope.back().y == 1);
  CHECK(p.y_max >= 8);  // holds the function at the right edge
  CHECK(p.y_min < 0);   // a margin below the slope's 0
  // A non-finite Z1 (a diverged run) is not drawn.
  CHECK(activation_plot(relu, 11, {std::nan("")}).marks.empty());
}
