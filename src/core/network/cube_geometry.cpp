#include "core/network/cube_geometry.hpp"

#include <algorithm>
#include <cmath>

#include "core/network/network.hpp"

// The page's weight: this geometry runs when the step changes, never per sample, so clang (the
// page's compiler) builds it for size, as if at -Oz: at the core's -O3 it was twice the bytes. Only
// this file's functions: the inline ones it calls from headers keep the core's optimisation.
#if defined(__clang__)
#pragma clang attribute push(__attribute__((minsize)), apply_to = function)
#endif

namespace fontshade {
namespace {

Input cross(const Input& a, const Input& b) {
  return Input(a(1) * b(2) - a(2) * b(1), a(2) * b(0) - a(0) * b(2), a(0) * b(1) - a(1) * b(0));
}
double dot(const Input& a, const Input& b) { return a(0) * b(0) + a(1) * b(1) + a(2) * b(2); }
// a - b, and a + (b - a) t: component by component, as Eigen's expressions compute them (each
// expression of Eigen's is code of its own on the page; these are one function each).
Input minus(const Input& a, const Input& b) { return Input(a(0) - b(0), a(1) - b(1), a(2) - b(2)); }
Input along(const Input& a, const Input& b, double t) {
  return Input(a(0) + (b(0) - a(0)) * t, a(1) + (b(1) - a(1)) * t, a(2) + (b(2) - a(2)) * t);
}
// Row i of w_hidden, the normal of hidden node i's plane.
Input weights_of(const Parameters& p, int i) { return Input(p.w_hidden(i, 0), p.w_hidden(i, 1), p.w_hidden(i, 2)); }

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
// (no atan2: the same order on every platform). A plane meets a box in at most six points: an
// insertion sort by hand (std::sort's instantiation for these keys cost 15 KB of the page).
Polygon3 ordered_around(Polygon3 points, const Input& n) {
  if (points.size() < 3) return {};
  double sum[3] = {0, 0, 0};
  for (const Input& p : points)
    for (int j = 0; j < 3; ++j) sum[j] += p(j);
  const double count = static_cast<double>(points.size());
  const Input centre(sum[0] / count, sum[1] / count, sum[2] / count);
  const Input u = minus(points[0], centre);
  const Input v = cross(n, u);
  // Whether p comes before q going round from u: the upper half-plane (y > 0, or y = 0 ahead of u)
  // first, then by the cross product's sign within a half-plane.
  const auto before = [&](const Input& p, const Input& q) {
    const Input pc = minus(p, centre), qc = minus(q, centre);
    const double px = dot(pc, u), py = dot(pc, v), qx = dot(qc, u), qy = dot(qc, v);
    const bool up = py > 0 || (py == 0 && px > 0), uq = qy > 0 || (qy == 0 && qx > 0);
    return up != uq ? up : px * qy - py * qx > 0;
  };
  for (std::size_t i = 1; i < points.size(); ++i)
    for (std::size_t j = i; j > 0 && before(points[j], points[j - 1]); --j) std::swap(points[j], points[j - 1]);
  return points;
}

double box_tolerance(const Box3& box) {
  const Input size = minus(box.hi, box.lo);
  return 1e-12 * std::max(std::max(1.0, size(0)), std::max(size(1), size(2)));
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
      const double sign = (mask >> i) & 1u ? 1 : -1;  // the node's active side, or its other side
      const Input w = weights_of(p, i) * sign;
      polygon = clip_polygon(polygon, w, p.b_hidden(i) * sign);
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
          // The crossings, edge by edge: a triangle around a lone corner, or two and two: a
          // quadrilateral, in order around.
          int from[4], to[4], corners = 3;
          if (np == 1 || nn == 1) {
            const int lone = np == 1 ? positive[0] : negative[0];
            const int* others = np == 1 ? negative : positive;
            for (int k = 0; k < 3; ++k) from[k] = lone, to[k] = others[k];
          } else {
            corners = 4;
            const int order[4][2] = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
            for (int k = 0; k < 4; ++k) from[k] = positive[order[k][0]], to[k] = negative[order[k][1]];
          }
          Polygon3 polygon;
          for (int k = 0; k < corners; ++k) {
            const int i = from[k], j = to[k];
            const Input crossing = along(x[i], x[j], v[i] / (v[i] - v[j]));
            polygon.push_back(crossing);
          }
          Input normal = cross(minus(polygon[1], polygon[0]), minus(polygon[2], polygon[0]));
          if (dot(normal, normal) == 0) continue;  // a crossing at a corner: no area
          if (dot(normal, minus(x[positive[0]], polygon[0])) < 0) normal *= -1;
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
        add_distinct(points, along(corner(box, c), corner(box, e), s[c] / (s[c] - s[e])), tolerance);
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
    if ((sa >= 0) != (sb >= 0)) {
      const Input crossing = along(a, b, sa / (sa - sb));
      out.push_back(crossing);
    }
  }
  return out.size() >= 3 ? out : Polygon3{};
}

std::vector<HiddenPlane> hidden_planes(const Parameters& p) {
  std::vector<HiddenPlane> planes;
  const Box3 cube;
  for (int i = 0; i < p.hidden(); ++i) {
    HiddenPlane& plane = planes.emplace_back();
    plane.node = i;
    plane.normal = weights_of(p, i);
    plane.b = p.b_hidden(i);
    // Z1 is affine, so its extremes over the cube are at corners: each weight at 0 or at 1.
    plane.Z1_min = plane.Z1_max = plane.b;
    for (int j = 0; j < 3; ++j) (plane.normal(j) > 0 ? plane.Z1_max : plane.Z1_min) += plane.normal(j);
    plane.reach = plane.Z1_max <= 0 ? NodeReach::dead : (plane.Z1_min > 0 ? NodeReach::everywhere : NodeReach::partly);
    if (plane.reach == NodeReach::partly) plane.polygon = plane_in_box(plane.normal, plane.b, cube);
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

#if defined(__clang__)
#pragma clang attribute pop
#endif
