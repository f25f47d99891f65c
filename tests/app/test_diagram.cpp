// The network diagram's numbers (issue 15), without pixels: in every phase, at 1024x768, 1280x800 and
// 1920x1080, in normal and projector mode, in English and Spanish, for 1 to 16 hidden nodes, no number
// covers another number, a node, a node's name or an edge it does not belong to (but a faint one, which
// the phase does not light), and every number stays inside the diagram; a negative number shows a real minus sign; where there is room, every
// number shows (and the numbers read as they should). The text widths are the fonts' own
// advances (DejaVu Sans Mono 0.602 em, ImGui's em being 1/1.164 of the type's height, rounded to
// whole pixels; DejaVu Sans about 0.65 em): the browser check measures the real ones on the page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

#include "app/layout/arrangement.hpp"
#include "app/layout/diagram_layout.hpp"
#include "app/layout/text_wrap.hpp"
#include "app/layout/ui_scale.hpp"
#include "app/state/app_state.hpp"
#include "app/text/strings.hpp"
#include "core/network/network.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

const std::string kMinus = "\xE2\x88\x92";

float code_points(std::string_view s) {
  return static_cast<float>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The diagram's room in the network panel as ImGui lays it out at this scale (ImGui's default style
// scaled: 8 px window padding, 3 px frame padding, 4 px item spacing): the panel's title bar, the
// "numbers" box and the caption wrapped in the language beside it, then the diagram.
DiagramFrame frame_for(const Rect& panel, float scale, const Run& run, const View& view) {
  DiagramFrame f;
  f.line = font_pixels(scale);
  const float line = f.line;
  f.mono = [line](std::string_view s) { return code_points(s) * std::round(0.517f * line); };
  f.text = [line](std::string_view s) { return code_points(s) * 0.56f * line; };
  const float pad = 8 * scale, frame_height = line + 6 * scale;
  const float content_x = panel.x + pad, content_w = panel.w - 2 * pad, content_y = panel.y + frame_height + pad;
  const float box_width = frame_height + 4 * scale + f.text(tr("numbers")) + 8 * scale;
  const std::string caption = wrap_text(tr(diagram_caption(run, view).english), content_w - box_width, f.text);
  const float lines = 1 + static_cast<float>(std::count(caption.begin(), caption.end(), '\n'));
  const float top = content_y + std::max(frame_height, lines * line) + 4 * scale;
  f.box = Rect{content_x, top, content_w, panel.y + panel.h - pad - top};
  return f;
}

bool overlaps(const Rect& a, const Rect& b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }

// Whether the line a-b, `width` thick, touches r: 400 points along it, each a disc of half the width.
bool touches(Point a, Point b, float width, const Rect& r) {
  for (int k = 0; k <= 400; ++k) {
    const float t = static_cast<float>(k) / 400.0f;
    const float x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t;
    const float dx = std::max({r.x - x, 0.0f, x - (r.x + r.w)}), dy = std::max({r.y - y, 0.0f, y - (r.y + r.h)});
    if (dx * dx + dy * dy < width * width / 4) return true;
  }
  return false;
}

std::string rect_text(const Rect& r) {
  std::ostringstream s;
  s << "{" << r.x << ", " << r.y << ", " << r.w << " x " << r.h << "}";
  return s.str();
}

// Every way a placed number can collide, as sentences (empty: none).
std::vector<std::string> collisions(const DiagramLayout& d) {
  std::vector<std::string> found;
  if (!d.hint.empty()) {  // "4 more on hover" covers nothing either
    for (const DiagramLabel& l : d.labels)
      if (l.placed && overlaps(d.hint_rect, l.rect)) found.push_back("the hint covers " + l.name);
    for (const DiagramNode& n : d.nodes)
      if (overlaps(d.hint_rect, n.bounds())) found.push_back("the hint covers a node");
  }
  for (std::size_t k = 0; k < d.labels.size(); ++k) {
    const DiagramLabel& a = d.labels[k];
    if (!a.placed) continue;
    const Rect& r = a.rect;
    if (r.x < d.box.x || r.y < d.box.y || r.x + r.w > d.box.x + d.box.w || r.y + r.h > d.box.y + d.box.h)
      found.push_back(a.name + " " + rect_text(r) + " leaves the diagram " + rect_text(d.box));
    for (std::size_t m = 0; m < k; ++m)
      if (d.labels[m].placed && overlaps(r, d.labels[m].rect))
        found.push_back(a.name + " " + a.text + " covers " + d.labels[m].name + " " + d.labels[m].text);
    for (const DiagramNode& n : d.nodes) {
      if (overlaps(r, n.bounds())) found.push_back(a.name + " " + a.text + " covers a node at " + rect_text(n.bounds()));
      if (n.name.w > 0 && overlaps(r, n.name)) found.push_back(a.name + " " + a.text + " covers a node's name");
    }
    for (int e = 0; e < static_cast<int>(d.edges.size()); ++e) {
      const DiagramEdge& edge = d.edges[static_cast<std::size_t>(e)];
      // A faint edge (one the phase does not light, or a dead node's) may pass behind a number.
      if (e != a.edge && edge.lit && !edge.dead && touches(d.nodes[static_cast<std::size_t>(edge.from)].centre, d.nodes[static_cast<std::size_t>(edge.to)].centre,
                                 edge.thickness, r))
        found.push_back(a.name + " " + a.text + " covers the edge of w" + std::to_string(edge.hidden) + "," + std::to_string(edge.input));
    }
  }
  return found;
}

struct Case {
  const char* what;
  unsigned long long seed;
  long long steps;
};
const Case kRuns[] = {{"seed 1 before the first step", 1, 0}, {"seed 1, step 1 (the issue's)", 1, 1}, {"seed 3, step 2000", 3, 2000}};
const float kSizes[][2] = {{1024, 768}, {1280, 800}, {1920, 1080}};

DiagramLayout diagram_at(const AppState& s, float w, float h, bool projector) {
  const float scale = ui_scale(w, h, 1, projector);
  const Arrangement a = arrange(w, h, 31 * scale, scale, projector, 300);
  const auto network = std::find_if(a.panels.begin(), a.panels.end(), [](const Placement& p) { return p.id == PanelId::network; });
  REQUIRE(network != a.panels.end());
  return layout_diagram(s.run, s.view, frame_for(network->rect, scale, s.run, s.view));
}

}  // namespace

TEST_CASE("the diagram's numbers never cover each other, a node or another edge: every phase, size, mode, language, hidden size",
          "[app][diagram]") {
  int layouts = 0, numbers = 0, shown = 0;
  for (int hidden = 1; hidden <= 16; ++hidden)
    for (const Case& run : kRuns) {
      AppState s;
      Options o = s.run.options();
      o.hidden = hidden;
      REQUIRE(s.set_options(o).empty());
      s.reset(run.seed);
      s.step(run.steps);
      for (int p = -1; p < kPhaseCount; ++p) {
        if (p >= 0 && run.steps == 0) continue;  // phase mode needs a step
        if (p < 0) s.set_phase_mode(false);
        else s.set_phase(static_cast<Phase>(p));
        for (Language language : {Language::en, Language::es}) {
          Settings settings;
          settings.language = language;
          UseSettings use(settings);
          for (const auto& size : kSizes)
            for (bool projector : {false, true}) {
              const DiagramLayout d = diagram_at(s, size[0], size[1], projector);
              INFO(run.what << ", " << hidden << " hidden, phase " << (p < 0 ? "none" : std::string(info_of(static_cast<Phase>(p)).name))
                            << ", " << size[0] << "x" << size[1] << (projector ? " projector" : "") << (language == Language::es ? " es" : " en"));
              const std::vector<std::string> found = collisions(d);
              for (const std::string& f : found) UNSCOPED_INFO(f);
              CHECK(found.empty());
              for (const DiagramLabel& label : d.labels) {
                ++numbers;
                shown += label.placed;
                CHECK(label.text.find('-') == std::string::npos);
                if (label.value < 0) CHECK(label.text.rfind(kMinus, 0) == 0);
              }
              ++layouts;
            }
        }
      }
    }
  INFO(layouts << " layouts, " << numbers << " numbers, " << shown << " shown");
  CHECK(layouts == 16 * (1 + 2 * 14) * 2 * 3 * 2);
  CHECK(shown > numbers / 2);
}

TEST_CASE("the issue's diagram: where there is room every number shows, whole, with its sign", "[app][diagram]") {
  AppState s;
  s.reset(1);
  s.step(1);
  const auto placed = [](const DiagramLayout& d) {
    return std::count_if(d.labels.begin(), d.labels.end(), [](const DiagramLabel& l) { return l.placed; });
  };
  // At rest at 1280x800 and 1920x1080: all twelve weights, with the same digits (two: 0.98, 0.93 and
  // 0.62 used to cross), apart.
  for (const auto& size : {kSizes[1], kSizes[2]}) {
    const DiagramLayout d = diagram_at(s, size[0], size[1], false);
    REQUIRE(d.labels.size() == 12);
    CHECK(placed(d) == 12);
    for (const DiagramLabel& label : d.labels) CHECK((label.text == label_text(label.value, 3) || label.text == label_text(label.value, 2)));
    CHECK(d.hint.empty());
  }
  // dC_dA1 (→ nine times after "Phase by phase"): the hidden node 0 -> A2 edge reads −0.002, its
  // minus sign clear of the nodes' dC_dA1; all six show, in English and in Spanish.
  s.set_phase(Phase::dC_dA1);
  for (Language language : {Language::en, Language::es}) {
    Settings settings;
    settings.language = language;
    UseSettings use(settings);
    const DiagramLayout d = diagram_at(s, 1280, 800, false);
    REQUIRE(d.labels.size() == 6);
    CHECK(placed(d) == 6);
    const auto w = std::find_if(d.labels.begin(), d.labels.end(), [&](const DiagramLabel& l) { return l.name == "w_output_0"; });
    REQUIRE(w != d.labels.end());
    CHECK(w->value == Approx(-0.001997).epsilon(1e-3));
    CHECK(w->text == kMinus + "0.002");
  }
  // dC_dW1: nine long gradients on nine crossing edges have no room at any size: those that find none
  // show on hover, and the diagram says how many.
  s.set_phase(Phase::dC_dW1);
  for (const auto& size : kSizes)
    for (bool projector : {false, true}) {
      const DiagramLayout d = diagram_at(s, size[0], size[1], projector);
      INFO(size[0] << (projector ? " projector" : ""));
      REQUIRE(d.labels.size() == 9);
      CHECK(collisions(d).empty());
      if (!projector) CHECK(placed(d) >= 2);
      if (!d.hint.empty()) CHECK(d.hint == std::to_string(9 - placed(d)) + " more on hover");
    }
  // Projector mode at 1024x768, where the diagram shares the right column with the preview (half the
  // height since issue 15 stacked its shades) in type twice as large: at rest and at dC_dA1 numbers
  // still show (the diagram says how many more are on hover where it finds room for the hint).
  s.set_phase_mode(false);
  const DiagramLayout rest = diagram_at(s, 1024, 768, true);
  CHECK(placed(rest) >= 3);
  if (!rest.hint.empty()) CHECK(rest.hint == std::to_string(12 - placed(rest)) + " more on hover");
  s.set_phase(Phase::dC_dA1);
  const DiagramLayout gradients = diagram_at(s, 1024, 768, true);
  CHECK(placed(gradients) >= 4);
  if (!gradients.hint.empty()) CHECK(gradients.hint == std::to_string(6 - placed(gradients)) + " more on hover");
}

TEST_CASE("the diagram's numbers: a real minus sign, and fewer digits when shortened", "[app][diagram]") {
  CHECK(label_text(-0.001997, 3) == kMinus + "0.002");
  CHECK(label_text(-0.000968, 2) == kMinus + "0.00097");
  CHECK(label_text(-0.000968, 1) == kMinus + "0.001");
  CHECK(label_text(0.981, 3) == "0.981");
  CHECK(label_text(-1.234e-7, 3) == kMinus + "1.23e" + kMinus + "07");
}

TEST_CASE("the diagram's hit test: a node before the edges that end in it, else the nearest edge", "[app][diagram]") {
  AppState s;
  s.reset(1);
  s.step(1);
  const DiagramLayout d = diagram_at(s, 1280, 800, false);
  const DiagramNode& out = d.output();
  CHECK(hit_test(d, out.centre, 10).node == static_cast<int>(d.nodes.size()) - 1);
  const DiagramEdge& e = d.edges[5];  // hidden node 1 from G
  const Point a = d.nodes[static_cast<std::size_t>(e.from)].centre, b = d.nodes[static_cast<std::size_t>(e.to)].centre;
  const DiagramHit mid = hit_test(d, Point{a.x + (b.x - a.x) * 0.3f, a.y + (b.y - a.y) * 0.3f}, 10);
  CHECK(mid.node == -1);
  CHECK(mid.edge == 5);
  CHECK(hit_test(d, Point{d.box.x + 1, d.box.y + 1}, 10).edge == -1);
}
