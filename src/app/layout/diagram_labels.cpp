// Where the diagram's numbers stand: each edge's number at the first free place among a few along its
// edge (edges cross, so one fixed place would pile them up), free of the nodes (and the place under
// each node where its own number goes) and of the numbers placed before it; a node's number under it.
#include "app/layout/diagram_layout.hpp"

#include <algorithm>
#include <initializer_list>

#include "core/base/number_text.hpp"

namespace fontshade::app {
namespace {

bool overlaps(const Rect& a, const Rect& b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
Rect centred(Point c, float w, float h) { return Rect{c.x - w * 0.5f - 2, c.y - h * 0.5f, w + 4, h}; }

}  // namespace

void place_labels(DiagramLayout& d, const DiagramFrame& frame) {
  const float line = frame.line;
  const float below = d.phased ? line * 1.1f : 0.0f;
  std::vector<Rect> blocked;
  for (const DiagramNode& n : d.nodes) {
    const float r = n.radius + 2;
    blocked.push_back(Rect{n.centre.x - r, n.centre.y - r, 2 * r, 2 * r + below});
  }
  const auto free = [&](const Rect& r) {
    for (const Rect& b : blocked)
      if (overlaps(r, b)) return false;
    return true;
  };
  for (DiagramLabel& label : d.labels) {
    label.text = significant(label.value, 3);
    label.placed = true;
    const float w = frame.mono(label.text), h = line;
    if (label.node >= 0) continue;
    const DiagramEdge& e = d.edges[static_cast<std::size_t>(label.edge)];
    const Point a = d.nodes[static_cast<std::size_t>(e.from)].centre, b = d.nodes[static_cast<std::size_t>(e.to)].centre;
    const std::initializer_list<float> into_hidden = {0.3f, 0.42f, 0.22f, 0.54f, 0.66f, 0.36f, 0.48f, 0.6f, 0.72f, 0.26f,
                                                      0.33f, 0.39f, 0.45f, 0.51f, 0.57f, 0.63f, 0.69f, 0.75f, 0.8f};
    const std::initializer_list<float> into_output = {0.42f, 0.3f, 0.55f};
    bool first = true;
    for (float t : e.input >= 0 ? into_hidden : into_output) {
      const Rect r = centred(Point{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}, w, h);
      if (first) label.rect = r;
      first = false;
      if (free(r)) {
        label.rect = r;
        break;
      }
    }
    blocked.push_back(label.rect);
  }
  for (DiagramLabel& label : d.labels) {
    if (label.node < 0) continue;
    const DiagramNode& n = d.nodes[static_cast<std::size_t>(label.node)];
    label.rect = centred(Point{n.centre.x, n.centre.y + n.radius + line * 0.55f}, frame.mono(label.text), line);
  }
}

}  // namespace fontshade::app
