#pragma once
// The network as geometry inside the colour cube (issue 18): X = (R, G, B) / 255 fills the unit cube
// [0, 1]^3; each hidden node is the plane Z1_i = 0 through it, active on one side; the decision
// boundary A2 = 0.5 is a surface in it; the hidden layer maps every colour to its point A1 in the
// hidden space, where the output node's boundary is one plane. Pixel-free: the app projects these.
// Sums are written out in a fixed order and no libm function but sqrt is used, so native and
// WebAssembly builds give the same numbers.
#include <vector>

#include "core/base/linear_algebra.hpp"
#include "core/network/options.hpp"
#include "core/network/parameters.hpp"

namespace fontshade {

// A convex polygon in 3-D, its vertices in order around it.
using Polygon3 = std::vector<Input>;

// An axis-aligned box, lo <= hi on each axis.
struct Box3 {
  Input lo = Input(0, 0, 0);
  Input hi = Input(1, 1, 1);
};

// n . x + d, summed in a fixed order.
inline double plane_value(const Input& n, double d, const Input& x) { return n(0) * x(0) + n(1) * x(1) + n(2) * x(2) + d; }

// The plane n . x + d = 0 inside the box: a convex polygon of 3 to 6 vertices in order around it.
// Empty when the plane misses the box, only touches it (fewer than 3 distinct points), or n = 0.
Polygon3 plane_in_box(const Input& n, double d, const Box3& box);

// The part of a convex polygon where n . x + d >= 0 (Sutherland-Hodgman against one plane).
Polygon3 clip_polygon(const Polygon3& polygon, const Input& n, double d);

// Where a hidden node's Z1 stands over the whole cube.
enum class NodeReach {
  dead,        // Z1 <= 0 for every colour: a ReLU node that never fires again
  partly,      // Z1 changes sign inside the cube: its plane cuts the cube
  everywhere,  // Z1 > 0 for every colour: the node is linear over the cube
};

// Hidden node i as the plane Z1_i = w_hidden[i] . X + b_hidden[i] = 0.
struct HiddenPlane {
  int node = 0;
  Polygon3 polygon;       // the plane inside the cube; empty unless reach is partly
  Input normal;           // w_hidden[i]: points to where Z1_i grows, the side where the node is active
  double b = 0;           // b_hidden[i]
  NodeReach reach = NodeReach::partly;
  double Z1_min = 0, Z1_max = 0;  // Z1_i's range over the cube (at two of its corners)
};
std::vector<HiddenPlane> hidden_planes(const Parameters& p);

// A piece of the decision boundary A2 = 0.5 (Z2 = 0): a convex polygon, and its normal (not unit)
// pointing to the side where A2 > 0.5, dark text.
struct BoundaryPiece {
  Polygon3 polygon;
  Input normal;
};
// For relu and leaky_relu with at most kExactBoundaryHidden nodes the boundary is exact: wherever
// every node keeps its side, Z2 is affine in X, so the boundary there is a plane, clipped to that
// region. Otherwise (tanh, logistic, more nodes) it is built by marching tetrahedra over a grid of
// `cells`^3 cubes (each cut into six tetrahedra), with Z2 interpolated linearly along the edges.
constexpr int kExactBoundaryHidden = 8;
std::vector<BoundaryPiece> decision_boundary(const Parameters& p, Activation a, int cells = 16);
bool boundary_is_exact(const Parameters& p, Activation a);

// The hidden space. A colour's point there is its A1 (the forward pass's). hidden_box is the box A1
// fills as X runs over the cube (each activation is monotonic, so node i spans activation(Z1_min) to
// activation(Z1_max)); only the first three nodes have an axis, and with fewer than three nodes the
// missing axes are [0, 0].
Box3 hidden_box(const Parameters& p, Activation a);
// The output node's boundary in the hidden space, w_output . A1 + b_output = 0 (Z2 = 0), inside the
// box. Only a network of at most three hidden nodes has its whole hidden space in three axes: for
// more it is empty.
Polygon3 output_plane(const Parameters& p, const Box3& box);
// A1 for X with the first three axes (missing ones 0): where the colour sits in the hidden space.
Input hidden_point(const Parameters& p, const Input& X, Activation a);

}  // namespace fontshade
