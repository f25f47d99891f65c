// The 3-D view's picture as numbers: hidden points scaled into a unit box, so both spaces fill one
// frame; shapes built as polygons cut into small triangles (painter's order, and smooth folding on the
// way to the hidden space), lines, points and labels; the model built once (build_cube_model: the cube,
// the planes, the boundary, the data, the phase's lighting) and seen through the camera at every frame
// (project_cube_model: the fades, back to front, the named regions).
//
// Index of this file (search for "[SECTION]"):
//   Sort keys
//   The hidden space's scale
//   Building shapes
//   The model's parts: the cube, the planes, the boundary, the data, the phase
//   The model: the nodes' hues, its input, build_cube_model
//   The picture: project_cube_model
#include "app/layout/cube_scene.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "app/text/format.hpp"
#include "core/data/csv.hpp"  // kMaxCsvRows
#include "core/network/metrics.hpp"
#include "core/network/network.hpp"

namespace fontshade::app {
namespace {

// [SECTION] Sort keys

// A 32-bit key and an index below 2^20 in one double (52 bits: exact), so that the picture's sorts
// use the page's one std::sort of doubles: a sort of pairs or of 64-bit integers is a kilobyte and a
// half of template code each.
constexpr double kIndexes = 1 << 20;
static_assert(kMaxCsvRows < kIndexes, "a data row's index fits a sort key");
double sort_key(std::uint32_t key, std::size_t index) { return key * kIndexes + static_cast<double>(index); }
std::uint32_t key_of(double k) { return static_cast<std::uint32_t>(k / kIndexes); }
int index_of(double k) { return static_cast<int>(k - std::floor(k / kIndexes) * kIndexes); }
// A float's bits as an unsigned number in the float's own order (negative ones reversed).
std::uint32_t ordered_bits(float f) {
  std::uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b & 0x80000000u ? ~b : b | 0x80000000u;
}

// [SECTION] The hidden space's scale

// A1 scaled into [0, 1]^3 by the box A1 fills over the cube: each axis its own scale (a flat axis, a
// dead node or a missing one, gets a unit's width so the box stays a box).
struct HiddenScale {
  const Parameters& p;
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

// [SECTION] Building shapes

constexpr int kSplit = 3;  // each triangle of a polygon's fan cut into 3 x 3 smaller ones

// a + (b - a) s + (c - a) u, component by component: one function for every place that
// interpolates (each Eigen expression of its own is code of its own on the page).
Input in_triangle(const Input& a, const Input& b, const Input& c, double s, double u) {
  Input p;
  for (int j = 0; j < 3; ++j) p(j) = a(j) + (b(j) - a(j)) * s + (c(j) - a(j)) * u;
  return p;
}
Input lerp(const Input& a, const Input& b, double t) { return in_triangle(a, b, a, t, 0); }
Input centre_of(const Polygon3& polygon) {
  double sum[3] = {0, 0, 0};
  for (const Input& v : polygon)
    for (int j = 0; j < 3; ++j) sum[j] += v(j);
  const double n = static_cast<double>(polygon.size());
  return Input(sum[0] / n, sum[1] / n, sum[2] / n);
}

struct Builder {
  CubeModel& model;
  const HiddenScale& scale;

  // The index of a named region (added on first use); -1 for none.
  short region(const std::string& name) {
    if (name.empty()) return -1;
    for (std::size_t k = 0; k < model.regions.size(); ++k)
      if (model.regions[k] == name) return static_cast<short>(k);
    model.regions.push_back(name);
    return static_cast<short>(model.regions.size() - 1);
  }
  // A shape of `count` vertices given in the cube: in the hidden space each vertex goes to its A1
  // (or, `in_hidden_units`, the vertices are already there and stay).
  Shape3& add(Shape3::Kind kind, const Input* vertices, int count, Rgba fill, Rgba edge, Belongs belongs, short region = -1,
              bool in_hidden_units = false) {
    Shape3& s = model.shapes.emplace_back();
    s.kind = kind;
    s.count = static_cast<unsigned char>(count);
    for (int k = 0; k < count; ++k) {
      s.cube[k] = vertices[k];
      s.hidden[k] = in_hidden_units ? vertices[k] : scale.of_colour(vertices[k]);
    }
    s.fill = fill;
    s.edge = edge;
    s.belongs = belongs;
    s.region = region;
    return s;
  }
  // A polygon of the cube, in small triangles, each carried to the hidden space vertex by vertex.
  void polygon(const Polygon3& polygon, Rgba fill, Belongs belongs, short region, bool in_hidden_units = false) {
    if (polygon.size() < 3) return;
    const Input centre = centre_of(polygon);
    for (std::size_t k = 0; k < polygon.size(); ++k) {
      const Input& b = polygon[k];
      const Input& c = polygon[(k + 1) % polygon.size()];
      const auto at = [&](int i, int j) { return in_triangle(centre, b, c, double(i) / kSplit, double(j) / kSplit); };
      for (int i = 0; i < kSplit; ++i)
        for (int j = 0; i + j < kSplit; ++j) {
          const Input tri[3] = {at(i, j), at(i + 1, j), at(i, j + 1)};
          add(Shape3::Kind::polygon, tri, 3, fill, fill, belongs, region, in_hidden_units);
          if (i + j + 1 < kSplit) {
            const Input flip[3] = {at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)};
            add(Shape3::Kind::polygon, flip, 3, fill, fill, belongs, region, in_hidden_units);
          }
        }
    }
  }
  // A straight line of the cube in `pieces` segments (its image in the hidden space bends where it
  // crosses a plane).
  void line(const Input& from, const Input& to, Rgba colour, float width, Belongs belongs, int pieces = 1, bool in_hidden_units = false,
            short region = -1) {
    for (int k = 0; k < pieces; ++k) {
      const Input ends[2] = {lerp(from, to, double(k) / pieces), lerp(from, to, double(k + 1) / pieces)};
      add(Shape3::Kind::line, ends, 2, colour, colour, belongs, region, in_hidden_units).size = width;
    }
  }
  void outline(const Polygon3& polygon, Rgba colour, float width, Belongs belongs, short region = -1) {
    for (std::size_t k = 0; k < polygon.size(); ++k) line(polygon[k], polygon[(k + 1) % polygon.size()], colour, width, belongs, 4, false, region);
  }
  Shape3& point(const Input& x, Rgba fill, Rgba edge, float radius, short region = -1, bool in_hidden_units = false) {
    Shape3& s = add(Shape3::Kind::point, &x, 1, fill, edge, Belongs::both, region, in_hidden_units);
    s.size = radius;
    return s;
  }
  // A label at `cube` in the cube and at `hidden` in the hidden space.
  void label(const Input& cube, const Input& hidden, const std::string& text, Rgba colour, Belongs belongs) {
    Shape3& s = add(Shape3::Kind::label, &cube, 1, colour, colour, belongs, -1, true);
    s.hidden[0] = hidden;
    model.texts.push_back(text);
    s.text = static_cast<short>(model.texts.size() - 1);
  }
};

// [SECTION] The model's parts: the cube, the planes, the boundary, the data, the phase

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
  const bool lit = phase_is(in.phase, {Phase::Z1, Phase::A1, Phase::dA1_dZ1, Phase::dC_dW1, Phase::update});
  for (const HiddenPlane& plane : planes) {
    const Rgba hue = node_hue(plane.node);
    b.model.nodes.push_back({plane.node, plane.reach, hue});
    if (plane.reach != NodeReach::partly) continue;
    b.polygon(plane.polygon, with_alpha(hue, lit ? 110 : 72), Belongs::both, b.region("view3d_plane_" + std::to_string(plane.node + 1)));
    b.outline(plane.polygon, with_alpha(hue, 235), 0.12f, Belongs::both);
    // The active side: an arrow from the plane's middle along w_hidden[i], where Z1_i grows.
    const Input centre = centre_of(plane.polygon);
    const Input tip = lerp(centre, centre + plane.normal, 0.16 / plane.normal.norm());
    b.line(centre, tip, with_alpha(hue, 255), 0.16f, Belongs::cube);
    b.label(tip, tip, "Z1_" + std::to_string(plane.node + 1) + " > 0", hue, Belongs::cube);
    // The active side of the cube's faces, lightly shaded in the node's hue.
    for (int axis = 0; axis < 3; ++axis)
      for (double at : {0.0, 1.0}) {
        Input n(0, 0, 0);
        n(axis) = 1;
        Polygon3 face = plane_in_box(n, -at, Box3{});
        face = clip_polygon(face, plane.normal, plane.b);
        b.polygon(face, with_alpha(hue, 22), Belongs::cube, -1);
      }
  }
  if (in.after)
    for (const HiddenPlane& plane : hidden_planes(*in.after))
      if (plane.reach == NodeReach::partly)
        b.outline(plane.polygon, kWhite, 0.10f, Belongs::cube, b.region("view3d_plane_after_" + std::to_string(plane.node + 1)));
}

void add_boundary(Builder& b, const CubeModelInput& in, const HiddenScale& scale) {
  const Activation a = in.run->options().activation;
  const bool lit = phase_is(in.phase, {Phase::Z2, Phase::A2, Phase::C});
  const Rgba colour = lit ? kBoundaryLit : kBoundary;
  b.model.boundary_exact = boundary_is_exact(in.shown, a);
  const std::vector<BoundaryPiece> pieces = decision_boundary(in.shown, a, 12);
  b.model.boundary_in_cube = !pieces.empty();
  const short region = b.region("view3d_boundary");
  for (const BoundaryPiece& piece : pieces) b.polygon(piece.polygon, colour, Belongs::both, region);
  // In the hidden space the boundary is the output node's plane, w_output . A1 + b_output = 0.
  if (!b.model.hidden_drawable) return;
  Polygon3 plane = output_plane(in.shown, scale.box);
  for (Input& v : plane) v = scale.scaled(v);
  b.polygon(plane, with_alpha(colour, static_cast<unsigned char>(colour.a * 0.7)), Belongs::hidden, b.region("view3d_output_plane"), true);
}

void add_data(Builder& b, const CubeModelInput& in) {
  const Run& run = *in.run;
  const DataSet& data = run.data();
  std::vector<int> is_test(data.samples.size());
  for (int row : run.split().test) is_test[static_cast<std::size_t>(row)] = 1;
  // Distinct points only (the book's 1,345 rows are 661 colours), spread over a large file's rows.
  const std::size_t stride = std::max<std::size_t>(1, data.samples.size() / (kMostCubePoints * 4));
  // Each row keyed by what is drawn (colour, label, part of the split: 26 bits) and its row number:
  // sorted, the first row of each key is kept, then the rows go back into their order.
  std::vector<double> keyed((data.samples.size() + stride - 1) / stride);
  for (std::size_t k = 0; k < keyed.size(); ++k) {
    const std::size_t i = k * stride;
    const Sample& s = data.samples[i];
    const std::uint32_t key = (std::uint32_t(s.colour.r) << 18) | (std::uint32_t(s.colour.g) << 10) | (std::uint32_t(s.colour.b) << 2) |
                              (std::uint32_t(s.label & 1) << 1) | std::uint32_t(is_test[i]);
    keyed[k] = sort_key(key, i);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<int> rows;
  for (std::size_t k = 0; k < keyed.size(); ++k)
    if (k == 0 || key_of(keyed[k]) != key_of(keyed[k - 1])) rows.push_back(index_of(keyed[k]));
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
      const Input foot = lerp(X, X + plane.normal, -Z1 / norm2);  // the nearest point of the plane Z1_i = 0
      b.line(X, foot, node_hue(plane.node), 0.14f, Belongs::cube, 6);
      const Input middle = lerp(X, foot, 0.5);
      b.label(middle, scale.of_colour(middle), "Z1_" + std::to_string(plane.node + 1) + " = " + number(Z1), node_hue(plane.node), Belongs::cube);
    }
  }
  if (*in.phase == Phase::A1 && in.sample_forward && b.model.hidden_drawable) {
    const Input there = scale.of_colour(X);
    b.line(X, there, kHighlight, 0.12f, Belongs::both, 8, true);  // from the colour to its point in the hidden space
    b.point(there, with_alpha(kHighlight, 0), kHighlight, 0.5f, b.region("view3d_sample_hidden"), true);
    b.label(there, there, "A1 = " + vector_text(in.sample_forward->A1), kHighlight, Belongs::both);
  }
  if (phase_is(in.phase, {Phase::Z2, Phase::A2, Phase::C}) && in.sample_forward) {
    const bool z2 = *in.phase == Phase::Z2;
    const std::string text = z2 ? "Z2 = " + number(in.sample_forward->Z2) : "A2 = " + number(in.sample_forward->A2);
    b.label(X, scale.of_colour(X), text, kHighlight, Belongs::both);
  }
}

}  // namespace

// [SECTION] The model: the nodes' hues, its input, build_cube_model

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
  if (in.sample) b.point(*in.sample, with_alpha(kHighlight, 0), kHighlight, 0.62f, b.region("view3d_sample")).on_top = true;
  const Rgba picked{static_cast<unsigned char>(in.picked.r), static_cast<unsigned char>(in.picked.g), static_cast<unsigned char>(in.picked.b), 255};
  b.point(input_of(in.picked), picked, kWhite, 0.45f, b.region("view3d_picked")).on_top = true;
  return model;
}

// [SECTION] The picture: project_cube_model

CubeScene project_cube_model(const CubeModel& model, const Camera3d& camera, const Rect& region, double blend, float line) {
  CubeScene scene;
  scene.texts = model.texts;
  const double t = std::clamp(blend, 0.0, model.hidden_drawable ? 1.0 : 0.0);
  // Each named region's box, from the corners of its shapes drawn (none yet: not seen).
  struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool seen = false;
  };
  std::vector<Box> boxes(model.regions.size());
  for (const Shape3& s : model.shapes) {
    double alpha = 1;
    if (s.belongs == Belongs::cube) alpha = 1 - t;
    if (s.belongs == Belongs::hidden) alpha = t;
    if (alpha < 0.02) continue;
    Shape2& out = scene.shapes.emplace_back();
    out.kind = s.kind;
    out.count = s.count;
    out.fill = with_alpha(s.fill, static_cast<unsigned char>(s.fill.a * alpha));
    out.edge = with_alpha(s.edge, static_cast<unsigned char>(s.edge.a * alpha));
    out.size = s.size * line;
    out.ring = s.ring;
    out.cross = s.cross;
    out.text = s.text;
    float depth = 0;
    for (int k = 0; k < s.count; ++k) {
      out.points[k] = project(camera, region, lerp(s.cube[k], s.hidden[k], t));
      depth += out.points[k].depth;
    }
    // Points and labels a little nearer than what they sit on, so a plane through a point does not hide it.
    out.depth = depth / s.count + (s.kind == Shape3::Kind::polygon ? 0.0f : 0.004f) + (s.on_top ? 100.0f : 0.0f);
    if (s.region < 0) continue;
    const float grow = s.kind == Shape3::Kind::point ? out.size : 0;
    Box& box = boxes[static_cast<std::size_t>(s.region)];
    for (int k = 0; k < s.count; ++k) {
      const Projected& p = out.points[k];
      if (!box.seen) box = Box{p.x - grow, p.y - grow, p.x + grow, p.y + grow, true};
      box.x0 = std::min(box.x0, p.x - grow), box.y0 = std::min(box.y0, p.y - grow);
      box.x1 = std::max(box.x1, p.x + grow), box.y1 = std::max(box.y1, p.y + grow);
    }
  }
  for (std::size_t k = 0; k < boxes.size(); ++k)
    if (const Box& b = boxes[k]; b.seen) scene.regions[model.regions[k]] = Rect{b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0};
  // Back to front; equal depths keep the order they were built in. Sorted as (depth, index) keys,
  // then the shapes put in that order.
  std::vector<double> order(scene.shapes.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = sort_key(ordered_bits(scene.shapes[k].depth), k);
  std::sort(order.begin(), order.end());
  std::vector<Shape2> sorted;
  sorted.reserve(order.size());
  for (double key : order) sorted.push_back(scene.shapes[static_cast<std::size_t>(index_of(key))]);
  scene.shapes = std::move(sorted);
  return scene;
}

}  // namespace fontshade::app
