// The network as geometry in the colour cube (issue 18): the hidden nodes' planes, the decision
// boundary, the hidden space.
#include <cmath>
#include <vector>

#include <Eigen/Geometry>  // cross products

#include "fixtures.hpp"
#include "core/network/cube_geometry.hpp"
#include "core/network/network.hpp"
#include "core/network/run.hpp"

using namespace fontshade;

namespace {

Parameters one_node(Input w, double b) {
  Parameters p;
  p.w_hidden.resize(1, 3);
  p.w_hidden.row(0) = w.transpose();
  p.b_hidden.resize(1);
  p.b_hidden(0) = b;
  p.w_output.resize(1);
  p.w_output(0) = 1;
  p.b_output = 0;
  return p;
}

bool has_vertex(const Polygon3& polygon, Input v) {
  for (const Input& p : polygon)
    if ((p - v).cwiseAbs().maxCoeff() < 1e-12) return true;
  return false;
}

// The parameters of the chapter's run (seed 1) after `steps` steps.
Parameters seed_run_at(long long steps) {
  Run run(default_dataset(), preset_seed());
  run.advance(steps);
  return run.parameters();
}

bool inside(const Input& v, const Box3& box, double tolerance) {
  for (int j = 0; j < 3; ++j)
    if (v(j) < box.lo(j) - tolerance || v(j) > box.hi(j) + tolerance) return false;
  return true;
}

// A polygon is convex and its vertices go round it in one direction: every turn has the same sign
// along the normal.
bool convex_in_order(const Polygon3& polygon, const Input& normal) {
  int positive = 0, negative = 0;
  const std::size_t n = polygon.size();
  for (std::size_t k = 0; k < n; ++k) {
    const Input a = polygon[(k + 1) % n] - polygon[k], b = polygon[(k + 2) % n] - polygon[(k + 1) % n];
    const double turn = a.cross(b).dot(normal);
    (turn > 0 ? positive : negative) += std::fabs(turn) > 1e-15 ? 1 : 0;
  }
  return positive == 0 || negative == 0;
}

}  // namespace

TEST_CASE("a plane meets the cube in the polygon worked out by hand", "[cube]") {
  SECTION("R + G + B = 1.5: the regular hexagon through six edge midpoints") {
    const Polygon3 hexagon = plane_in_box(Input(1, 1, 1), -1.5, Box3{});
    REQUIRE(hexagon.size() == 6);
    for (const Input& v : {Input(1, .5, 0), Input(.5, 1, 0), Input(0, 1, .5), Input(0, .5, 1), Input(.5, 0, 1), Input(1, 0, .5)})
      CHECK(has_vertex(hexagon, v));
    CHECK(convex_in_order(hexagon, Input(1, 1, 1)));
  }
  SECTION("R = 0.25: a square, a face of the cube moved in") {
    const Polygon3 square = plane_in_box(Input(4, 0, 0), -1, Box3{});
    REQUIRE(square.size() == 4);
    for (const Input& v : {Input(.25, 0, 0), Input(.25, 1, 0), Input(.25, 0, 1), Input(.25, 1, 1)}) CHECK(has_vertex(square, v));
    CHECK(convex_in_order(square, Input(1, 0, 0)));
  }
  SECTION("R + G + B = 1 passes through three corners: a triangle, each corner once") {
    const Polygon3 triangle = plane_in_box(Input(1, 1, 1), -1, Box3{});
    REQUIRE(triangle.size() == 3);
    for (const Input& v : {Input(1, 0, 0), Input(0, 1, 0), Input(0, 0, 1)}) CHECK(has_vertex(triangle, v));
  }
  SECTION("a plane that misses the cube, touches only a corner, or has no normal: nothing") {
    CHECK(plane_in_box(Input(1, 1, 1), -3.5, Box3{}).empty());
    CHECK(plane_in_box(Input(1, 1, 1), 0, Box3{}).empty());  // only the black corner
    CHECK(plane_in_box(Input(0, 0, 0), 1, Box3{}).empty());
  }
}

TEST_CASE("clipping a polygon keeps the part on the plane's positive side", "[cube]") {
  const Polygon3 square = plane_in_box(Input(0, 0, 1), -0.5, Box3{});  // B = 0.5
  const Polygon3 half = clip_polygon(square, Input(1, 0, 0), -0.25);   // R >= 0.25
  REQUIRE(half.size() == 4);
  for (const Input& v : {Input(.25, 0, .5), Input(1, 0, .5), Input(1, 1, .5), Input(.25, 1, .5)}) CHECK(has_vertex(half, v));
  CHECK(clip_polygon(square, Input(1, 0, 0), -2).empty());
}

TEST_CASE("each hidden node's plane polygon lies on Z1_i = 0 and inside the cube", "[cube]") {
  for (long long steps : {0LL, 100LL, 1000LL, 100000LL}) {
    const Parameters p = seed_run_at(steps);
    const std::vector<HiddenPlane> planes = hidden_planes(p);
    REQUIRE(planes.size() == 3);
    for (const HiddenPlane& plane : planes) {
      INFO("step " << steps << ", node " << plane.node);
      if (plane.reach != NodeReach::partly) {
        CHECK(plane.polygon.empty());
        continue;
      }
      REQUIRE(plane.polygon.size() >= 3);
      REQUIRE(plane.polygon.size() <= 6);
      CHECK(convex_in_order(plane.polygon, plane.normal));
      for (const Input& v : plane.polygon) {
        const double Z1 = p.w_hidden(plane.node, 0) * v(0) + p.w_hidden(plane.node, 1) * v(1) + p.w_hidden(plane.node, 2) * v(2) +
                          p.b_hidden(plane.node);
        CHECK(std::fabs(Z1) < 1e-12);
        CHECK(inside(v, Box3{}, 1e-12));
      }
    }
  }
}

TEST_CASE("the chapter's run starts with every plane outside the cube and cuts it by step 100,000", "[cube]") {
  // Every weight and bias starts in [0, 1): Z1 > 0 for every colour, so no plane cuts the cube yet.
  for (const HiddenPlane& plane : hidden_planes(seed_run_at(0))) CHECK(plane.reach == NodeReach::everywhere);
  int cutting = 0;
  for (const HiddenPlane& plane : hidden_planes(seed_run_at(100000))) cutting += plane.reach == NodeReach::partly ? 1 : 0;
  CHECK(cutting >= 1);
}

TEST_CASE("a node's reach over the cube: dead, partly, everywhere, from its Z1 at the corners", "[cube]") {
  const HiddenPlane dead = hidden_planes(one_node(Input(0.5, -1, 0.2), -0.8))[0];  // at best 0.5 + 0.2 - 0.8 = -0.1
  CHECK(dead.reach == NodeReach::dead);
  CHECK(dead.Z1_max == Approx(-0.1));
  CHECK(dead.Z1_min == Approx(-1.8));
  CHECK(dead.polygon.empty());
  const HiddenPlane everywhere = hidden_planes(one_node(Input(0.5, -1, 0.2), 1.2))[0];  // at worst 1.2 - 1 = 0.2
  CHECK(everywhere.reach == NodeReach::everywhere);
  CHECK(everywhere.Z1_min == Approx(0.2));
  CHECK(hidden_planes(one_node(Input(0.5, -1, 0.2), 0.3))[0].reach == NodeReach::partly);
}

TEST_CASE("points on either side of the decision boundary have A2 on that side of 0.5", "[cube]") {
  for (long long steps : {1000LL, 10000LL, 100000LL}) {
    const Parameters p = seed_run_at(steps);
    REQUIRE(boundary_is_exact(p, Activation::relu));
    const std::vector<BoundaryPiece> pieces = decision_boundary(p, Activation::relu);
    INFO("step " << steps);
    REQUIRE(!pieces.empty());
    for (const BoundaryPiece& piece : pieces) {
      Input centre(0, 0, 0);
      for (const Input& v : piece.polygon) {
        CHECK(inside(v, Box3{}, 1e-12));
        CHECK(std::fabs(forward(p, v, Activation::relu).Z2) < 1e-12);
        centre += v;
      }
      centre /= static_cast<double>(piece.polygon.size());
      const Input step = piece.normal.normalized() * 1e-7;
      CHECK(predict(p, centre + step, Activation::relu) > 0.5);  // the normal's side: dark text
      CHECK(predict(p, centre - step, Activation::relu) < 0.5);
    }
  }
}

TEST_CASE("the boundary separates the colours the network calls dark from those it calls light", "[cube]") {
  // Along a segment from a light-text colour to a dark-text one, A2 crosses 0.5: the segment meets
  // the boundary. Checked on the grey diagonal, where the chapter's trained network changes its answer.
  const Parameters p = seed_run_at(100000);
  CHECK_FALSE(is_dark(predict(p, Input(0, 0, 0), Activation::relu)));
  CHECK(is_dark(predict(p, Input(1, 1, 1), Activation::relu)));
  int crossings = 0;
  for (const BoundaryPiece& piece : decision_boundary(p, Activation::relu)) {
    // Where the grey line X = (t, t, t) meets the piece's plane, and whether that point is in the piece.
    const Input& n = piece.normal;
    const Polygon3& v = piece.polygon;
    const double t = n.dot(v[0]) / (n(0) + n(1) + n(2));
    if (!(t >= 0 && t <= 1)) continue;
    const Input at(t, t, t);
    const double turning = (v[1] - v[0]).cross(v[2] - v[1]).dot(n);
    bool within = true;
    for (std::size_t e = 0; e < v.size(); ++e)
      within = within && (v[(e + 1) % v.size()] - v[e]).cross(at - v[e]).dot(n) * turning >= -1e-18;
    crossings += within ? 1 : 0;
  }
  CHECK(crossings >= 1);
}

TEST_CASE("for tanh the boundary is marched: its vertices lie where A2 is close to 0.5", "[cube]") {
  const Parameters p = test::example_parameters();
  REQUIRE_FALSE(boundary_is_exact(p, Activation::tanh));
  Parameters shifted = p;
  shifted.b_output = -0.05;  // the boundary through the cube for this example
  const std::vector<BoundaryPiece> pieces = decision_boundary(shifted, Activation::tanh, 16);
  REQUIRE(!pieces.empty());
  for (const BoundaryPiece& piece : pieces) {
    Input centre(0, 0, 0);
    for (const Input& v : piece.polygon) {
      CHECK(std::fabs(forward(shifted, v, Activation::tanh).Z2) < 2e-3);
      centre += v;
    }
    centre /= static_cast<double>(piece.polygon.size());
    const Input step = piece.normal.normalized() * 1e-2;
    CHECK(forward(shifted, centre + step, Activation::tanh).Z2 > forward(shifted, centre - step, Activation::tanh).Z2);
  }
}

TEST_CASE("hidden-space points equal A1 from the trace", "[cube]") {
  Run run(default_dataset(), preset_seed());
  for (long long k = 1; k <= 300; ++k) {
    run.advance(1);
    const StepRecord& r = *run.record();
    const Input point = hidden_point(r.before, r.X, Activation::relu);
    INFO("step " << k);
    for (int i = 0; i < 3; ++i) CHECK(point(i) == r.forward.A1(i));  // bit for bit: the same forward pass
    const Box3 box = hidden_box(r.before, Activation::relu);
    CHECK(inside(point, box, 0));
  }
}

TEST_CASE("the hidden box is the range of A1 over the cube, a network of two nodes has a flat third axis", "[cube]") {
  const Parameters p = test::example_parameters();
  const Box3 box = hidden_box(p, Activation::relu);
  // Node 1: Z1 from 0.1 - 0.4 to 0.1 + 0.2 + 0.7; node 2 from -0.2 - 0.3 to -0.2 + 0.5 + 0.1; node 3
  // from 0.05 - 0.6 to 0.05 + 0.8 + 0.25. ReLU cuts each at 0.
  CHECK(box.lo == Input(0, 0, 0));
  CHECK(box.hi(0) == Approx(1.0));
  CHECK(box.hi(1) == Approx(0.4));
  CHECK(box.hi(2) == Approx(1.1));
  Parameters two = p;
  two.w_hidden.conservativeResize(2, 3);
  two.b_hidden.conservativeResize(2);
  two.w_output.conservativeResize(2);
  const Box3 flat = hidden_box(two, Activation::relu);
  CHECK(flat.lo(2) == 0);
  CHECK(flat.hi(2) == 0);
}

TEST_CASE("the output's plane in the hidden space lies on Z2 = 0 inside the hidden box", "[cube]") {
  for (long long steps : {1000LL, 100000LL}) {
    const Parameters p = seed_run_at(steps);
    const Box3 box = hidden_box(p, Activation::relu);
    const Polygon3 plane = output_plane(p, box);
    INFO("step " << steps);
    for (const Input& v : plane) {
      CHECK(std::fabs(p.w_output(0) * v(0) + p.w_output(1) * v(1) + p.w_output(2) * v(2) + p.b_output) < 1e-12);
      CHECK(inside(v, box, 1e-12));
    }
  }
  // The chapter's network after training: the output's plane cuts the hidden box, and the colours
  // of the boundary in the cube land on it (Z2 is linear in A1).
  const Parameters p = seed_run_at(100000);
  CHECK(output_plane(p, hidden_box(p, Activation::relu)).size() >= 3);
  for (const BoundaryPiece& piece : decision_boundary(p, Activation::relu))
    for (const Input& v : piece.polygon) {
      const Input a = hidden_point(p, v, Activation::relu);
      CHECK(std::fabs(p.w_output(0) * a(0) + p.w_output(1) * a(1) + p.w_output(2) * a(2) + p.b_output) < 1e-12);
    }
  Parameters four = p;
  four.w_hidden.conservativeResize(4, 3);
  four.w_hidden.row(3) << 0.1, 0.2, 0.3;
  four.b_hidden.conservativeResize(4);
  four.b_hidden(3) = 0.1;
  four.w_output.conservativeResize(4);
  four.w_output(3) = 0.5;
  CHECK(output_plane(four, hidden_box(four, Activation::relu)).empty());
}
