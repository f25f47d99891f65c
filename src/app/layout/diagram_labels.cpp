// Where the diagram's numbers stand. Edges cross, so one fixed place along each edge piles numbers
// on top of each other and on the nodes: each number gets the place, among many along its edge (or
// around its node), that covers nothing but its own edge and stands clearest of everything else.
// The nodes' numbers go first (the phase's own: 3 significant digits, 2 if they must), then the
// number with the fewest free places. When an edge's number finds no place, all the edges' are tried
// again a digit shorter (the same digits for all reads best), down to one; what still finds none
// shows on hover only. An edge the phase does not light is drawn faint: a number may stand over it
// when there is no other place (it is not what the phase is about). The flow chevrons go last, where
// no number is.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/layout/diagram_layout.hpp"
#include "app/text/strings.hpp"
#include "core/network/chain_rule.hpp"

namespace fontshade::app {
namespace {

constexpr float kPad = 2;  // the text inside its dark box, left and right
// The box's height in lines of type: the digits and the minus sign fill the middle 0.8 of a line
// (DejaVu's digits reach from 0.17 to 0.8 of it), so the box hugs them.
constexpr float kPlate = 0.8f;
// Clearance tried, in lines of type (the most first): a number stands as clear as it can.
constexpr float kClearance[] = {0.45f, 0.3f, 0.15f, 0.0f};
constexpr int kLevels = 4;

bool overlaps(const Rect& a, const Rect& b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
Rect grown(const Rect& r, float by) { return Rect{r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }
bool inside(const Rect& r, const Rect& box) {
  return r.x >= box.x && r.y >= box.y && r.x + r.w <= box.x + box.w && r.y + r.h <= box.y + box.h;
}
Rect centred(Point c, float w, float h) { return Rect{c.x - w * 0.5f, c.y - h * 0.5f, w, h}; }

// Whether the segment a-b passes through r (Liang-Barsky clipping).
bool crosses(Point a, Point b, const Rect& r) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float p[4] = {-dx, dx, -dy, dy};
  const float q[4] = {a.x - r.x, r.x + r.w - a.x, a.y - r.y, r.y + r.h - a.y};
  float t0 = 0, t1 = 1;
  for (int k = 0; k < 4; ++k) {
    if (p[k] == 0) {
      if (q[k] < 0) return false;
      continue;
    }
    const float t = q[k] / p[k];
    if (p[k] < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

// An edge as something to keep clear of: its line, half its thickness and a pixel; a faint one only
// if there is room.
struct Line {
  Point a, b;
  float reach;
  int edge;
  bool faint;
};

// What the numbers keep clear of besides each other: the nodes, their names, the edges, and the
// box's sides.
struct Scene {
  Rect box;
  std::vector<Rect> solid;
  std::vector<Line> lines;
  float line = 15;
  bool clear(const Rect& r, int own, float margin, bool faint) const {
    for (const Rect& s : solid)
      if (overlaps(grown(r, margin), s)) return false;
    for (const Line& l : lines)
      if (l.edge != own && l.faint == faint && crosses(l.a, l.b, grown(r, margin + l.reach))) return false;
    return true;
  }
  // The most clearance (kLevels - 1 the most, 0 none to spare) r has from all of it, its own edge
  // `own` apart; over a faint edge 0; -1: it covers something.
  int level(const Rect& r, int own) const {
    if (!inside(r, box)) return -1;
    for (int k = 0; k < kLevels; ++k)
      if (clear(r, own, kClearance[k] * line + 1, false))
        return clear(r, own, kClearance[k] * line + 1, true) ? kLevels - 1 - k : 0;
    return -1;
  }
};

// The chevron at fraction t of an edge, pointing from `from` to `to` (panel_diagram.cpp draws it with
// this size), as a box.
Rect chevron(Point from, Point to, float t, float size) {
  const float dx = to.x - from.x, dy = to.y - from.y, length = std::sqrt(dx * dx + dy * dy) + 1e-6f;
  const float ux = dx / length, uy = dy / length;
  const Point tip{from.x + dx * t + ux * size * 0.6f, from.y + dy * t + uy * size * 0.6f};
  const Point a{tip.x - ux * size - uy * size * 0.6f, tip.y - uy * size + ux * size * 0.6f};
  const Point b{tip.x - ux * size + uy * size * 0.6f, tip.y - uy * size - ux * size * 0.6f};
  const float x0 = std::min({tip.x, a.x, b.x}), x1 = std::max({tip.x, a.x, b.x});
  const float y0 = std::min({tip.y, a.y, b.y}), y1 = std::max({tip.y, a.y, b.y});
  return Rect{x0, y0, x1 - x0, y1 - y0};
}

Scene scene_of(const DiagramLayout& d, float line) {
  Scene s;
  s.box = d.box;
  s.line = line;
  for (const DiagramNode& n : d.nodes) {
    s.solid.push_back(n.bounds());
    if (n.name.w > 0) s.solid.push_back(n.name);
  }
  for (int k = 0; k < static_cast<int>(d.edges.size()); ++k) {
    const DiagramEdge& e = d.edges[static_cast<std::size_t>(k)];
    const Point from = d.nodes[static_cast<std::size_t>(e.from)].centre, to = d.nodes[static_cast<std::size_t>(e.to)].centre;
    s.lines.push_back(Line{from, to, e.thickness * 0.5f + 1, k, !e.lit || e.dead});
  }
  return s;
}

// Each chevron where no number is: the middle of its edge if free, else the free place nearest it.
void place_chevrons(DiagramLayout& d, float line) {
  constexpr float kPlaces[] = {0.5f, 0.42f, 0.58f, 0.34f, 0.66f, 0.26f, 0.74f, 0.2f, 0.8f};
  for (DiagramEdge& e : d.edges) {
    if (!e.arrow) continue;
    const Point from = d.nodes[static_cast<std::size_t>(e.from)].centre, to = d.nodes[static_cast<std::size_t>(e.to)].centre;
    for (float t : kPlaces) {
      // Going back the chevron points from `to` to `from`: its place counts from `to`.
      const Rect box = grown(d.backward ? chevron(to, from, 1 - t, line * 0.45f) : chevron(from, to, t, line * 0.45f), 1);
      if (std::none_of(d.labels.begin(), d.labels.end(), [&](const DiagramLabel& l) { return l.placed && overlaps(box, l.rect); })) {
        e.arrow_at = t;
        break;
      }
    }
  }
}

// A place a number may take, and how much it is wanted (lower first).
struct Candidate {
  Rect rect;
  float preference;
  int level = -1;  // its clearance from the scene (not yet from the other numbers)
};

// On its edge (the edge runs through it, through its middle or a little above or below), from a
// tenth of the way to nine tenths; the first third of the input edges and the middle of the output
// edges are wanted most, where edges are apart.
std::vector<Candidate> edge_places(const DiagramLayout& d, const DiagramEdge& e, float w, float h) {
  const Point a = d.nodes[static_cast<std::size_t>(e.from)].centre, b = d.nodes[static_cast<std::size_t>(e.to)].centre;
  const float wanted = e.input >= 0 ? 0.35f : 0.45f;
  std::vector<Candidate> out;
  for (int k = 4; k <= 36; ++k)
    for (float shift : {0.0f, -0.25f, 0.25f}) {
      const float t = static_cast<float>(k) / 40.0f;
      const Point on{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t + shift * h};
      out.push_back(Candidate{centred(on, w, h), std::fabs(t - wanted) + std::fabs(shift) * 0.1f});
    }
  return out;
}

// Around its node, just clear of it: under it first (where the phase's numbers have always been),
// then over it, each centred or shifted sideways while it still touches the node's width; then beside
// it, level with it or shifted up or down.
std::vector<Candidate> node_places(const DiagramNode& n, float w, float h) {
  const float r = n.radius + 2;
  const Point o = n.centre;
  std::vector<Candidate> out;
  float preference = 0;
  for (float shift : {0.0f, 0.3f, -0.3f, 0.6f, -0.6f})
    for (float side : {1.0f, -1.0f})
      out.push_back(Candidate{centred(Point{o.x + shift * (w * 0.5f + n.radius), o.y + side * (r + h * 0.5f)}, w, h), preference++});
  for (float shift : {0.0f, -0.6f, 0.6f})
    for (float side : {1.0f, -1.0f})
      out.push_back(Candidate{centred(Point{o.x + side * (r + w * 0.5f), o.y + shift * (h * 0.5f + n.radius)}, w, h), preference++});
  return out;
}

// The clearance of a place from the numbers placed so far (as Scene::level).
int level_among(const Rect& r, const std::vector<Rect>& placed, float line) {
  for (int k = 0; k < kLevels; ++k) {
    const Rect g = grown(r, kClearance[k] * line + 1);
    if (std::none_of(placed.begin(), placed.end(), [&](const Rect& p) { return overlaps(g, p); })) return kLevels - 1 - k;
  }
  return -1;
}

// A number's places with `digits` significant digits, each with its clearance from the scene; the
// first is where it shows on hover if it finds no room.
std::vector<Candidate> places_for(const DiagramLayout& d, DiagramLabel& label, const Scene& scene, const DiagramFrame& frame, int digits) {
  label.text = label_text(label.value, digits);
  const float w = frame.mono(label.text) + 2 * kPad, h = std::round(frame.line * kPlate);
  std::vector<Candidate> places = label.node >= 0 ? node_places(d.nodes[static_cast<std::size_t>(label.node)], w, h)
                                                  : edge_places(d, d.edges[static_cast<std::size_t>(label.edge)], w, h);
  for (Candidate& c : places) c.level = scene.level(c.rect, label.edge);
  label.rect = places.front().rect;
  return places;
}

// The place with the most clearance from the scene and the numbers placed so far, the most wanted
// among equals; nullptr if none is free.
const Candidate* best_place(const std::vector<Candidate>& places, const std::vector<Rect>& placed, float line) {
  const Candidate* best = nullptr;
  int best_level = -1;
  for (const Candidate& c : places) {
    const int level = std::min(c.level, level_among(c.rect, placed, line));
    if (level > best_level || (level == best_level && level >= 0 && c.preference < best->preference)) best = &c, best_level = level;
  }
  return best_level < 0 ? nullptr : best;
}

// One try at placing every number, the edges' with `edge_digits` significant digits, the nodes' with
// 3 (2 for one that finds no room with 3: the phase's own numbers keep what digits they can): how
// many found room.
int place_with(DiagramLayout& d, const Scene& scene, const DiagramFrame& frame, int edge_digits) {
  const std::size_t n = d.labels.size();
  std::vector<std::vector<Candidate>> places(n);
  for (std::size_t k = 0; k < n; ++k) {
    d.labels[k].placed = false;
    places[k] = places_for(d, d.labels[k], scene, frame, d.labels[k].node >= 0 ? 3 : edge_digits);
  }
  std::vector<Rect> placed;
  std::vector<bool> done(n, false);
  for (std::size_t round = 0; round < n; ++round) {
    // The nodes' numbers first (the phase's own numbers), then the number with the fewest free places.
    std::size_t next = n;
    int fewest = 1 << 30;
    for (std::size_t k = 0; k < n; ++k) {
      if (done[k]) continue;
      int free = 0;
      for (const Candidate& c : places[k]) free += c.level >= 0 && level_among(c.rect, placed, frame.line) >= 0;
      const int key = free + (d.labels[k].node >= 0 ? 0 : 1 << 20);
      if (key < fewest) fewest = key, next = k;
    }
    done[next] = true;
    DiagramLabel& label = d.labels[next];
    const Candidate* best = best_place(places[next], placed, frame.line);
    if (!best && label.node >= 0) {
      places[next] = places_for(d, label, scene, frame, 2);
      best = best_place(places[next], placed, frame.line);
    }
    if (!best) continue;
    label.rect = best->rect;
    label.placed = true;
    placed.push_back(best->rect);
  }
  return static_cast<int>(placed.size());
}

// "4 more on hover" in a corner of the diagram (or the middle of its top or bottom) where it covers
// nothing (none free: no hint).
void place_hint(DiagramLayout& d, const Scene& scene, const DiagramFrame& frame, int hidden) {
  char text[160];
  std::snprintf(text, sizeof text, tr("%d more on hover"), hidden);
  const float w = frame.text(text), h = frame.line;
  const Rect& b = d.box;
  const float middle = b.x + (b.w - w) * 0.5f;
  for (const Rect& r : {Rect{b.x + b.w - w, b.y + b.h - h, w, h}, Rect{b.x + b.w - w, b.y, w, h}, Rect{b.x, b.y + b.h - h, w, h},
                        Rect{b.x, b.y, w, h}, Rect{middle, b.y + b.h - h, w, h}, Rect{middle, b.y, w, h}})
    if (scene.level(r, -1) >= 0 &&
        std::none_of(d.labels.begin(), d.labels.end(), [&](const DiagramLabel& l) { return l.placed && overlaps(grown(r, 1), l.rect); })) {
      d.hint = text;
      d.hint_rect = r;
      return;
    }
}

}  // namespace

void place_labels(DiagramLayout& d, const DiagramFrame& frame) {
  const Scene scene = scene_of(d, frame.line);
  const int all = static_cast<int>(d.labels.size());
  int best_digits = 3, best_count = -1, digits = 3;
  for (; digits >= 1; --digits) {
    const int count = place_with(d, scene, frame, digits);
    if (count > best_count) best_count = count, best_digits = digits;
    if (count == all) break;
  }
  if (digits != best_digits) place_with(d, scene, frame, best_digits);  // the last try was not the best
  place_chevrons(d, frame.line);
  if (best_count < all) place_hint(d, scene, frame, all - best_count);
}

}  // namespace fontshade::app
