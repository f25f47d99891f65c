// The 3-D view's picture as numbers. Sections:
//   the hidden space's scale   hidden points scaled into a unit box, so both spaces fill one frame
//   building shapes            polygons cut into small triangles (painter's order, and smooth
//                              folding on the way to the hidden space), lines, points, labels
//   build_cube_model           the cube, the planes, the boundary, the data, the phase's lighting
//   project_cube_model         the camera, the fades, back to front, the named regions
#include "app/layout/cube_scene.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include "app/text/format.hpp"
#include "core/network/metrics.hpp"
#include "core/network/network.hpp"

namespace fontshade::app {
namespace {

// ---- the hidden space's scale ----------------------------------------------------------------------

// A1 scaled into [0, 1]^3 by the box A1 fills over the cube: each axis its own scale (a flat axis, a
// dead node or a missing one, gets a unit's width so the box stays a box).
struct HiddenScale {
  Parameters p;
  Activation a = Activation::relu;
  Box3 box;

  HiddenScale(const Parameters& parameters, Activation activation) : p(parameters), a(activation), box(hidden_box(parameters, activation)) {
    for (int j = 0; j < 3; ++j)
      if (!(box.hi(j) - box.lo(j) > 1e-12)) box.hi(j) = box.lo(j) + 1;
  }
  Input scaled(const Input& a1) const {
    Input u;
    for (int j = 0; j < 3; ++j) u(j) = (a1(j) - box.lo(j)) / (box.hi(j) - box.lo(j));
    return u;
  }
  Input of_colour(const Input& X) const { return scaled(hidden_point(p, X, a)); }
};

// ---- building shapes ------------------------------------------------------------------------------

constexpr int kSplit = 3;  // each triangle of a polygon's fan cut into 3 x 3 smaller ones

struct Builder {
  CubeModel& model;
  const HiddenScale& scale;

  Shape3& add(Shape3::Kind kind, std::vector<Input> cube, std::vector<Input> hidden, Rgba fill, Rgba edge, Belongs belongs,
              const std::string& region = {}) {
    Shape3 s;
    s.kind = kind;
    s.cube = std::move(cube);
    s.hidden = std::move(hidden);
    s.fill = fill;
    s.edge = edge;
    s.belongs = belongs;
    s.region = region;
    model.shapes.push_back(std::move(s));
    return model.shapes.back();
  }
  std::vector<Input> mapped(const std::vector<Input>& cube) const {
    std::vector<Input> out;
    for (const Input& x : cube) out.push_back(scale.of_colour(x));
    return out;
  }
  // A polygon of the cube, in small triangles, each carried to the hidden space vertex by vertex.
  void polygon(const Polygon3& polygon, Rgba fill, Belongs belongs, const std::string& region, bool in_hidden_units = false) {
    if (polygon.size() < 3) return;
    Input centre(0, 0, 0);
    for (const Input& v : polygon) centre += v;
    centre /= static_cast<double>(polygon.size());
    for (std::size_t k = 0; k < polygon.size(); ++k) {
      const Input& a = centre;
      const Input& b = polygon[k];
      const Input& c = polygon[(k + 1) % polygon.size()];
      const auto at = [&](int i, int j) { return Input(a + (b - a) * (double(i) / kSplit) + (c - a) * (double(j) / kSplit)); };
      for (int i = 0; i < kSplit; ++i)
        for (int j = 0; i + j < kSplit; ++j) {
          std::vector<Input> tri{at(i, j), at(i + 1, j), at(i, j + 1)};
          if (in_hidden_units) add(Shape3::Kind::polygon, tri, tri, fill, fill, belongs, region);
          else add(Shape3::Kind::polygon, tri, mapped(tri), fill, fill, belongs, region);
          if (i + j + 1 < kSplit) {
            std::vector<Input> flip{at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)};
            if (in_hidden_units) add(Shape3::Kind::polygon, flip, flip, fill, fill, belongs, region);
            else add(Shape3::Kind::polygon, flip, mapped(flip), fill, fill, belongs, region);
          }
        }
    }
  }
  // A straight line of the cube in `pieces` segments (its image in the hidden space bends where it
  // crosses a plane).
  void line(const Input& from, const Input& to, Rgba colour, float width, Belongs belongs, int pieces = 1, bool in_hidden_units = false,
            const std::string& region = {}) {
    for (int k = 0; k < pieces; ++k) {
      const Input a = from + (to - from) * (double(k) / pieces), b = from + (to - from) * (double(k + 1) / pieces);
      std::vector<Input> ends{a, b};
      Shape3& s = in_hidden_units ? add(Shape3::Kind::line, ends, ends, colour, colour, belongs, region)
                                  : add(Shape3::Kind::line, ends, mapped(ends), colour, colour, belongs, region);
      s.size = width;
    }
  }
  void outline(const Polygon3& polygon, Rgba colour, float width, Belongs belongs, const std::string& region = {}) {
    for (std::size_t k = 0; k < polygon.size(); ++k) line(polygon[k], polygon[(k + 1) % polygon.size()], colour, width, belongs, 4, false, region);
  }
  Shape3& point(const Input& x, Rgba fill, Rgba edge, float radius, const std::string& region = {}) {
    Shape3& s = add(Shape3::Kind::point, {x}, {scale.of_colour(x)}, fill, edge, Belongs::both, region);
    s.size = radius;
    return s;
  }
  void label(const Input& cube, const Input& hidden, const std::string& text, Rgba colour, Belongs belongs) {
    add(Shape3::Kind::label, {cube}, {hidden}, colour, colour, belongs).text = text;
  }
};

Rgba with_alpha(Rgba c, unsigned char a) {
  c.a = a;
  return c;
}

constexpr Rgba kEdge{200, 202, 210, 255};
constexpr Rgba kBoundary{236, 236, 240, 96};
constexpr Rgba kBoundaryLit{255, 214, 90, 150};
constexpr Rgba kHighlight{255, 214, 90, 255};
constexpr Rgba kBlack{0, 0, 0, 255};
constexpr Rgba kWhite{255, 255, 255, 255};
constexpr Rgba kWrong{255, 45, 45, 255};

bool phase_is(const std::optional<Phase>& phase, std::initializer_list<Phase> phases) {
  if (!phase) return false;
  for (Phase p : phases)
    if (*phase == p) return true;
  return false;
}

void add_cube_frame(Builder& b, const CubeModelInput& in) {
  // The cube's twelve edges, each in pieces: in the hidden space they show how the cube was folded.
  for (int c = 0; c < 8; ++c)
    for (int axis = 0; axis < 3; ++axis) {
      if (c & (1 << axis)) continue;
      const int e = c | (1 << axis);
      const Input from((c & 1) ? 1 : 0, (c & 2) ? 1 : 0, (c & 4) ? 1 : 0), to((e & 1) ? 1 : 0, (e & 2) ? 1 : 0, (e & 4) ? 1 : 0);
      b.line(from, to, with_alpha(kEdge, 150), 0.08f, Belongs::both, 12);
      b.line(from, to, with_alpha(kEdge, 90), 0.06f, Belongs::hidden, 1, true);  // the hidden space's own box
    }
  // The axes from black: R, G, B in the cube; A1_1, A1_2, A1_3 in the hidden space.
  const char* names[3] = {"R", "G", "B"};
  const char* hidden_names[3] = {"A1_1", "A1_2", "A1_3"};
  for (int j = 0; j < 3; ++j) {
    Input end(0, 0, 0), beyond(-0.06, -0.06, -0.06);
    end(j) = 1;
    beyond(j) = 1.08;
    Rgba axis{0, 0, 0, 255};
    (j == 0 ? axis.r : (j == 1 ? axis.g : axis.b)) = 255;
    b.line(Input(0, 0, 0), end, with_alpha(axis, 230), 0.14f, Belongs::cube);
    b.label(beyond, beyond, names[j], axis, Belongs::cube);
    if (j < in.shown.hidden()) b.label(beyond, beyond, hidden_names[j], kEdge, Belongs::hidden);
  }
}

void add_planes(Builder& b, const CubeModelInput& in) {
  const std::vector<HiddenPlane> planes = hidden_planes(in.shown);
  std::optional<std::vector<HiddenPlane>> after;
  if (in.after) after = hidden_planes(*in.after);
  const bool lit = phase_is(in.phase, {Phase::Z1, Phase::A1, Phase::dA1_dZ1, Phase::dC_dW1, Phase::update});
  for (const HiddenPlane& plane : planes) {
    const Rgba hue = node_hue(plane.node);
    b.model.nodes.push_back({plane.node, plane.reach, hue});
    if (plane.reach != NodeReach::partly) continue;
    const std::string region = "view3d_plane_" + std::to_string(plane.node + 1);
    b.polygon(plane.polygon, with_alpha(hue, lit ? 110 : 72), Belongs::both, region);
    b.outline(plane.polygon, with_alpha(hue, 235), 0.12f, Belongs::both);
    // The active side: an arrow from the plane's middle along w_hidden[i], where Z1_i grows.
    Input centre(0, 0, 0);
    for (const Input& v : plane.polygon) centre += v;
    centre /= static_cast<double>(plane.polygon.size());
    const Input tip = centre + plane.normal.normalized() * 0.16;
    b.line(centre, tip, with_alpha(hue, 255), 0.16f, Belongs::cube);
    b.label(tip, tip, "Z1_" + std::to_string(plane.node + 1) + " > 0", hue, Belongs::cube);
    // The active side of the cube's faces, lightly shaded in the node's hue.
    for (int axis = 0; axis < 3; ++axis)
      for (double at : {0.0, 1.0}) {
        Input n(0, 0, 0);
        n(axis) = 1;
        Polygon3 face = plane_in_box(n, -at, Box3{});
        face = clip_polygon(face, plane.normal, plane.b);
        b.polygon(face, with_alpha(hue, 22), Belongs::cube, {});
      }
  }
  if (after)
    for (const HiddenPlane& plane : *after)
      if (plane.reach == NodeReach::partly) b.outline(plane.polygon, kWhite, 0.10f, Belongs::cube, "view3d_plane_after_" + std::to_string(plane.node + 1));
}

void add_boundary(Builder& b, const CubeModelInput& in, const HiddenScale& scale) {
  const Activation a = in.run->options().activation;
  const bool lit = phase_is(in.phase, {Phase::Z2, Phase::A2, Phase::C});
  const Rgba colour = lit ? kBoundaryLit : kBoundary;
  b.model.boundary_exact = boundary_is_exact(in.shown, a);
  const std::vector<BoundaryPiece> pieces = decision_boundary(in.shown, a, 12);
  b.model.boundary_in_cube = !pieces.empty();
  for (const BoundaryPiece& piece : pieces) {
    b.polygon(piece.polygon, colour, Belongs::both, "view3d_boundary");
  }
  // In the hidden space the boundary is the output node's plane, w_output . A1 + b_output = 0.
  if (!b.model.hidden_drawable) return;
  Polygon3 plane = output_plane(in.shown, scale.box);
  for (Input& v : plane) v = scale.scaled(v);
  b.polygon(plane, with_alpha(colour, static_cast<unsigned char>(colour.a * 0.7)), Belongs::hidden, "view3d_output_plane", true);
}

void add_data(Builder& b, const CubeModelInput& in) {
  const Run& run = *in.run;
  const DataSet& data = run.data();
  std::vector<char> is_test(data.samples.size(), 0);
  for (int row : run.split().test) is_test[static_cast<std::size_t>(row)] = 1;
  // Distinct points only (the book's 1,345 rows are 661 colours), spread over a large file's rows.
  const std::size_t stride = std::max<std::size_t>(1, data.samples.size() / (kMostCubePoints * 4));
  // Each row keyed by what is drawn (colour, label, part of the split) and its row number: sorted,
  // the first row of each key is kept, then the rows go back into their order.
  std::vector<std::uint64_t> keyed;
  for (std::size_t i = 0; i < data.samples.size(); i += stride) {
    const Sample& s = data.samples[i];
    const std::uint64_t key = (std::uint64_t(s.colour.r) << 18) | (std::uint64_t(s.colour.g) << 10) | (std::uint64_t(s.colour.b) << 2) |
                              (std::uint64_t(s.label & 1) << 1) | std::uint64_t(is_test[i]);
    keyed.push_back((key << 32) | i);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<int> rows;
  for (std::size_t k = 0; k < keyed.size(); ++k)
    if (k == 0 || (keyed[k] >> 32) != (keyed[k - 1] >> 32)) rows.push_back(static_cast<int>(keyed[k] & 0xffffffffu));
  std::sort(rows.begin(), rows.end());
  if (rows.size() > kMostCubePoints) rows.resize(kMostCubePoints);
  const std::vector<int> answers = predicted_labels(in.shown, run.options(), data, rows);
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Sample& s = data.samples[static_cast<std::size_t>(rows[k])];
    const Rgba own{static_cast<unsigned char>(s.colour.r), static_cast<unsigned char>(s.colour.g), static_cast<unsigned char>(s.colour.b), 255};
    const Rgba shade = s.label == 1 ? kBlack : kWhite;
    const Rgba fill = in.label_colours ? shade : own;
    const Rgba edge = in.label_colours ? (s.label == 1 ? kWhite : kBlack) : Rgba{20, 20, 24, 255};
    Shape3& p = b.point(input_of(s.colour), fill, edge, 0.15f);
    p.ring = is_test[static_cast<std::size_t>(rows[k])] != 0;
    p.cross = answers[k] != s.label;
    b.model.points_wrong += p.cross ? 1 : 0;
  }
  b.model.points = rows.size();
}

// The phase's own lighting: the sample's signed distances to the planes (Z1), its point in the
// hidden space (A1), its answer (Z2, A2).
void add_phase(Builder& b, const CubeModelInput& in, const HiddenScale& scale) {
  if (!in.sample || !in.phase) return;
  const Input& X = *in.sample;
  if (*in.phase == Phase::Z1 && in.sample_forward) {
    for (const HiddenPlane& plane : hidden_planes(in.shown)) {
      const double norm2 = plane.normal.squaredNorm();
      if (norm2 == 0) continue;
      const double Z1 = in.sample_forward->Z1(plane.node);
      const Input foot = X - plane.normal * (Z1 / norm2);  // the nearest point of the plane Z1_i = 0
      b.line(X, foot, node_hue(plane.node), 0.14f, Belongs::cube, 6);
      const Input middle = (X + foot) * 0.5;
      b.label(middle, scale.of_colour(middle), "Z1_" + std::to_string(plane.node + 1) + " = " + number(Z1), node_hue(plane.node), Belongs::cube);
    }
  }
  if (*in.phase == Phase::A1 && in.sample_forward && b.model.hidden_drawable) {
    const Input there = scale.of_colour(X);
    b.line(X, there, kHighlight, 0.12f, Belongs::both, 8, true);  // from the colour to its point in the hidden space
    b.add(Shape3::Kind::point, {there}, {there}, with_alpha(kHighlight, 0), kHighlight, Belongs::both, "view3d_sample_hidden").size = 0.5f;
    b.label(there, there, "A1 = " + vector_text(in.sample_forward->A1), kHighlight, Belongs::both);
  }
  if (phase_is(in.phase, {Phase::Z2, Phase::A2, Phase::C}) && in.sample_forward) {
    const bool z2 = *in.phase == Phase::Z2;
    const std::string text = z2 ? "Z2 = " + number(in.sample_forward->Z2) : "A2 = " + number(in.sample_forward->A2);
    b.label(X, scale.of_colour(X), text, kHighlight, Belongs::both);
  }
}

}  // namespace

Rgba node_hue(int node) {
  static constexpr Rgba kHues[] = {{204, 121, 167, 255}, {86, 180, 233, 255}, {240, 228, 66, 255}, {0, 158, 115, 255},
                                   {213, 94, 0, 255},    {0, 114, 178, 255},  {230, 159, 0, 255}};
  return kHues[static_cast<std::size_t>(node) % (sizeof kHues / sizeof kHues[0])];
}

bool CubeModelInput::operator==(const CubeModelInput& o) const {
  const auto same_input = [](const std::optional<Input>& a, const std::optional<Input>& b) { return a.has_value() == b.has_value() && (!a || *a == *b); };
  return run == o.run && options == o.options && data_source == o.data_source && data_facts.rows == o.data_facts.rows &&
         data_facts.distinct_colours == o.data_facts.distinct_colours && data_facts.dark == o.data_facts.dark &&
         shown == o.shown && after == o.after && picked == o.picked && same_input(sample, o.sample) && phase == o.phase &&
         planes == o.planes && boundary == o.boundary && dots == o.dots && label_colours == o.label_colours &&
         sample_forward.has_value() == o.sample_forward.has_value() &&
         (!sample_forward || (sample_forward->Z1 == o.sample_forward->Z1 && sample_forward->Z2 == o.sample_forward->Z2));
}

CubeModel build_cube_model(const CubeModelInput& in) {
  CubeModel model;
  if (!in.run) return model;
  const Activation a = in.run->options().activation;
  model.hidden_drawable = in.shown.hidden() <= 3;
  const HiddenScale scale(in.shown, a);
  Builder b{model, scale};
  add_cube_frame(b, in);
  if (in.planes) add_planes(b, in);
  else
    for (const HiddenPlane& plane : hidden_planes(in.shown)) model.nodes.push_back({plane.node, plane.reach, node_hue(plane.node)});
  if (in.boundary) add_boundary(b, in, scale);
  if (in.dots) add_data(b, in);
  add_phase(b, in, scale);
  // The step's sample and the picked colour, over everything.
  if (in.sample) b.point(*in.sample, with_alpha(kHighlight, 0), kHighlight, 0.62f, "view3d_sample").on_top = true;
  const Rgba picked{static_cast<unsigned char>(in.picked.r), static_cast<unsigned char>(in.picked.g), static_cast<unsigned char>(in.picked.b), 255};
  b.point(input_of(in.picked), picked, kWhite, 0.45f, "view3d_picked").on_top = true;
  return model;
}

CubeScene project_cube_model(const CubeModel& model, const Camera3d& camera, const Rect& region, double blend, float line) {
  CubeScene scene;
  const double t = std::clamp(blend, 0.0, model.hidden_drawable ? 1.0 : 0.0);
  for (const Shape3& s : model.shapes) {
    double alpha = 1;
    if (s.belongs == Belongs::cube) alpha = 1 - t;
    if (s.belongs == Belongs::hidden) alpha = t;
    if (alpha < 0.02) continue;
    Shape2 out;
    out.kind = s.kind;
    out.fill = with_alpha(s.fill, static_cast<unsigned char>(s.fill.a * alpha));
    out.edge = with_alpha(s.edge, static_cast<unsigned char>(s.edge.a * alpha));
    out.size = s.size * line;
    out.ring = s.ring;
    out.cross = s.cross;
    out.text = s.text;
    float depth = 0;
    for (std::size_t k = 0; k < s.cube.size(); ++k) {
      const Projected p = project(camera, region, s.cube[k] + (s.hidden[k] - s.cube[k]) * t);
      out.points.push_back(p);
      depth += p.depth;
    }
    // Points and labels a little nearer than what they sit on, so a plane through a point does not hide it.
    out.depth = depth / static_cast<float>(out.points.size()) + (s.kind == Shape3::Kind::polygon ? 0.0f : 0.004f) + (s.on_top ? 100.0f : 0.0f);
    if (!s.region.empty()) {
      float x0 = out.points[0].x, y0 = out.points[0].y, x1 = x0, y1 = y0;
      for (const Projected& p : out.points) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
      }
      if (s.kind == Shape3::Kind::point) x0 -= out.size, y0 -= out.size, x1 += out.size, y1 += out.size;
      const auto found = scene.regions.find(s.region);
      if (found == scene.regions.end()) {
        scene.regions[s.region] = Rect{x0, y0, x1 - x0, y1 - y0};
      } else {
        Rect& r = found->second;
        const float rx1 = std::max(r.x + r.w, x1), ry1 = std::max(r.y + r.h, y1);
        r.x = std::min(r.x, x0);
        r.y = std::min(r.y, y0);
        r.w = rx1 - r.x;
        r.h = ry1 - r.y;
      }
    }
    scene.shapes.push_back(std::move(out));
  }
  // Back to front; equal depths keep the order they were built in. Sorted as (depth, index) pairs:
  // the shapes themselves are moved once.
  std::vector<std::pair<float, int>> order;
  for (std::size_t k = 0; k < scene.shapes.size(); ++k) order.push_back({scene.shapes[k].depth, static_cast<int>(k)});
  std::sort(order.begin(), order.end());
  std::vector<Shape2> sorted;
  sorted.reserve(order.size());
  for (const auto& [depth, k] : order) sorted.push_back(std::move(scene.shapes[static_cast<std::size_t>(k)]));
  scene.shapes = std::move(sorted);
  return scene;
}

}  // namespace fontshade::app
