#include "core/network/cube_geometry.hpp"

#include <algorithm>
#include <cmath>

#include "core/network/network.hpp"

namespace fontshade {
namespace {

Input cross(const Input& a, const Input& b) {
  return Input(a(1) * b(2) - a(2) * b(1), a(2) * b(0) - a(0) * b(2), a(0) * b(1) - a(1) * b(0));
}
double dot(const Input& a, const Input& b) { return a(0) * b(0) + a(1) * b(1) + a(2) * b(2); }

Input corner(const Box3& box, int c) {
  return Input((c & 1) ? box.hi(0) : box.lo(0), (c & 2) ? box.hi(1) : box.lo(1), (c & 4) ? box.hi(2) : box.lo(2));
}

// Points closer than this (relative to the box) are one point: a plane through a corner meets three
// edges there.
bool same_point(const Input& a, const Input& b, double tolerance) {
  return std::fabs(a(0) - b(0)) <= tolerance && std::fabs(a(1) - b(1)) <= tolerance && std::fabs(a(2) - b(2)) <= tolerance;
}

void add_distinct(Polygon3& points, const Input& p, double tolerance) {
  for (const Input& q : points)
    if (same_point(p, q, tolerance)) return;
  points.push_back(p);
}

// Orders coplanar points around their centroid, by the half-plane and the sign of a cross product
// (no atan2: the same order on every platform).
Polygon3 ordered_around(Polygon3 points, const Input& n) {
  if (points.size() < 3) return {};
  Input centre(0, 0, 0);
  for (const Input& p : points) centre += p;
  centre /= static_cast<double>(points.size());
  const Input u = points[0] - centre;
  const Input v = cross(n, u);
  struct Keyed {
    double x, y;
    Input p;
  };
  std::vector<Keyed> keyed;
  for (const Input& p : points) keyed.push_back({dot(p - centre, u), dot(p - centre, v), p});
  const auto upper = [](const Keyed& k) { return k.y > 0 || (k.y == 0 && k.x > 0); };
  std::sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
    const bool ua = upper(a), ub = upper(b);
    if (ua != ub) return ua;
    return a.x * b.y - a.y * b.x > 0;
  });
  Polygon3 out;
  for (const Keyed& k : keyed) out.push_back(k.p);
  return out;
}

double box_tolerance(const Box3& box) {
  const Input size = box.hi - box.lo;
  return 1e-12 * std::max({1.0, size(0), size(1), size(2)});
}

// Z2 over the region where node i is active exactly when bit i of `mask` is set: an affine function
// n . X + d, because each node is then w_hidden[i] . X + b_hidden[i] times 1 (or times 0, or the
// leaky slope).
void affine_Z2(const Parameters& p, Activation a, unsigned mask, Input& n, double& d) {
  n = Input(0, 0, 0);
  d = p.b_output;
  for (int i = 0; i < p.hidden(); ++i) {
    const double slope = (mask >> i) & 1u ? 1.0 : (a == Activation::leaky_relu ? kLeakySlope : 0.0);
    if (slope == 0) continue;
    const double k = p.w_output(i) * slope;
    for (int j = 0; j < 3; ++j) n(j) += k * p.w_hidden(i, j);
    d += k * p.b_hidden(i);
  }
}

std::vector<BoundaryPiece> exact_boundary(const Parameters& p, Activation a) {
  std::vector<BoundaryPiece> pieces;
  const Box3 cube;
  const int h = p.hidden();
  for (unsigned mask = 0; mask < (1u << h); ++mask) {
    Input n;
    double d = 0;
    affine_Z2(p, a, mask, n, d);
    Polygon3 polygon = plane_in_box(n, d, cube);
    for (int i = 0; i < h && polygon.size() >= 3; ++i) {
      const Input w = p.w_hidden.row(i).transpose();
      const double b = p.b_hidden(i);
      polygon = (mask >> i) & 1u ? clip_polygon(polygon, w, b) : clip_polygon(polygon, -w, -b);
    }
    if (polygon.size() >= 3) pieces.push_back({std::move(polygon), n});
  }
  return pieces;
}

// The six tetrahedra of a grid cube around its diagonal from corner 0 to corner 7 (corner bits: 1 R,
// 2 G, 4 B): they fill the cube, and neighbouring cubes cut their shared faces alike.
constexpr int kTetrahedra[6][4] = {{0, 1, 3, 7}, {0, 3, 2, 7}, {0, 2, 6, 7}, {0, 6, 4, 7}, {0, 4, 5, 7}, {0, 5, 1, 7}};

std::vector<BoundaryPiece> marched_boundary(const Parameters& p, Activation a, int cells) {
  cells = std::clamp(cells, 1, 64);
  const int n = cells + 1;
  std::vector<double> Z2(static_cast<std::size_t>(n * n * n));
  const auto at = [&](int r, int g, int b) { return static_cast<std::size_t>((b * n + g) * n + r); };
  ForwardRecord f;
  for (int b = 0; b < n; ++b)
    for (int g = 0; g < n; ++g)
      for (int r = 0; r < n; ++r) {
        forward(p, Input(static_cast<double>(r) / cells, static_cast<double>(g) / cells, static_cast<double>(b) / cells), a, f);
        Z2[at(r, g, b)] = f.Z2;
      }
  std::vector<BoundaryPiece> pieces;
  for (int b = 0; b < cells; ++b)
    for (int g = 0; g < cells; ++g)
      for (int r = 0; r < cells; ++r) {
        Input x[8];
        double v[8];
        for (int c = 0; c < 8; ++c) {
          const int cr = r + (c & 1), cg = g + ((c >> 1) & 1), cb = b + ((c >> 2) & 1);
          x[c] = Input(static_cast<double>(cr) / cells, static_cast<double>(cg) / cells, static_cast<double>(cb) / cells);
          v[c] = Z2[at(cr, cg, cb)];
        }
        for (const auto& tet : kTetrahedra) {
          int positive[4], negative[4], np = 0, nn = 0;
          for (int k : tet) (v[k] >= 0 ? positive[np++] : negative[nn++]) = k;
          if (np == 0 || nn == 0) continue;
          const auto crossing = [&](int i, int j) { return Input(x[i] + (x[j] - x[i]) * (v[i] / (v[i] - v[j]))); };
          Polygon3 polygon;
          if (np == 1 || nn == 1) {
            const int lone = np == 1 ? positive[0] : negative[0];
            const int* others = np == 1 ? negative : positive;
            for (int k = 0; k < 3; ++k) polygon.push_back(crossing(lone, others[k]));
          } else {  // two and two: a quadrilateral, in order around
            polygon = {crossing(positive[0], negative[0]), crossing(positive[0], negative[1]),
                       crossing(positive[1], negative[1]), crossing(positive[1], negative[0])};
          }
          Input normal = cross(polygon[1] - polygon[0], polygon[2] - polygon[0]);
          if (dot(normal, normal) == 0) continue;  // a crossing at a corner: no area
          if (dot(normal, x[positive[0]] - polygon[0]) < 0) normal = -normal;
          pieces.push_back({std::move(polygon), normal});
        }
      }
  return pieces;
}

}  // namespace

Polygon3 plane_in_box(const Input& n, double d, const Box3& box) {
  if (n(0) == 0 && n(1) == 0 && n(2) == 0) return {};
  const double tolerance = box_tolerance(box);
  double s[8];
  for (int c = 0; c < 8; ++c) s[c] = plane_value(n, d, corner(box, c));
  Polygon3 points;
  for (int c = 0; c < 8; ++c) {
    if (s[c] == 0) add_distinct(points, corner(box, c), tolerance);
    for (int axis = 0; axis < 3; ++axis) {
      if (c & (1 << axis)) continue;
      const int e = c | (1 << axis);
      if ((s[c] < 0 && s[e] > 0) || (s[c] > 0 && s[e] < 0)) {
        const Input a = corner(box, c), b = corner(box, e);
        add_distinct(points, Input(a + (b - a) * (s[c] / (s[c] - s[e]))), tolerance);
      }
    }
  }
  return ordered_around(std::move(points), n);
}

Polygon3 clip_polygon(const Polygon3& polygon, const Input& n, double d) {
  Polygon3 out;
  const std::size_t count = polygon.size();
  for (std::size_t k = 0; k < count; ++k) {
    const Input& a = polygon[k];
    const Input& b = polygon[(k + 1) % count];
    const double sa = plane_value(n, d, a), sb = plane_value(n, d, b);
    if (sa >= 0) out.push_back(a);
    if ((sa >= 0) != (sb >= 0)) out.push_back(a + (b - a) * (sa / (sa - sb)));
  }
  return out.size() >= 3 ? out : Polygon3{};
}

std::vector<HiddenPlane> hidden_planes(const Parameters& p) {
  std::vector<HiddenPlane> planes;
  const Box3 cube;
  for (int i = 0; i < p.hidden(); ++i) {
    HiddenPlane plane;
    plane.node = i;
    plane.normal = p.w_hidden.row(i).transpose();
    plane.b = p.b_hidden(i);
    // Z1 is affine, so its extremes over the cube are at corners: each weight at 0 or at 1.
    plane.Z1_min = plane.Z1_max = plane.b;
    for (int j = 0; j < 3; ++j) (plane.normal(j) > 0 ? plane.Z1_max : plane.Z1_min) += plane.normal(j);
    plane.reach = plane.Z1_max <= 0 ? NodeReach::dead : (plane.Z1_min > 0 ? NodeReach::everywhere : NodeReach::partly);
    if (plane.reach == NodeReach::partly) plane.polygon = plane_in_box(plane.normal, plane.b, cube);
    planes.push_back(std::move(plane));
  }
  return planes;
}

bool boundary_is_exact(const Parameters& p, Activation a) {
  return (a == Activation::relu || a == Activation::leaky_relu) && p.hidden() <= kExactBoundaryHidden;
}

std::vector<BoundaryPiece> decision_boundary(const Parameters& p, Activation a, int cells) {
  return boundary_is_exact(p, a) ? exact_boundary(p, a) : marched_boundary(p, a, cells);
}

Box3 hidden_box(const Parameters& p, Activation a) {
  Box3 box;
  box.lo = Input(0, 0, 0);
  box.hi = Input(0, 0, 0);
  const std::vector<HiddenPlane> planes = hidden_planes(p);
  for (int i = 0; i < std::min(3, p.hidden()); ++i) {
    box.lo(i) = activation(a, planes[static_cast<std::size_t>(i)].Z1_min);
    box.hi(i) = activation(a, planes[static_cast<std::size_t>(i)].Z1_max);
  }
  return box;
}

Polygon3 output_plane(const Parameters& p, const Box3& box) {
  if (p.hidden() > 3) return {};
  Input n(0, 0, 0);
  for (int i = 0; i < p.hidden(); ++i) n(i) = p.w_output(i);
  return plane_in_box(n, p.b_output, box);
}

Input hidden_point(const Parameters& p, const Input& X, Activation a) {
  ForwardRecord f;
  forward(p, X, a, f);
  Input out(0, 0, 0);
  for (int i = 0; i < std::min(3, p.hidden()); ++i) out(i) = f.A1(i);
  return out;
}

}  // namespace fontshade
