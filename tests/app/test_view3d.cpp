// The 3-D view without pixels (issue 18): where the camera puts a colour, how a drag turns it and the
// wheel zooms it, the picture's model (planes, picked colour, the hidden space), view3d()'s checks
// and the keys.
#include <catch2/catch.hpp>

#include <limits>

#include "app/layout/camera3d.hpp"
#include "app/layout/cube_scene.hpp"
#include "app/script/script_api.hpp"
#include "app/state/app_state.hpp"
#include "app/state/cube_view.hpp"
#include "app/state/keys.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

// A 210-pixel square: at zoom 1 a cube side spans 210 / 2.1 = 100 pixels, the centre is (105, 105),
// and the eye is 4 sides from the centre, so a point half a side nearer is drawn 4 / 3.5 as far out.
const Rect kSquare{0, 0, 210, 210};

void check_at(const Camera3d& c, Input p, double x, double y, double depth) {
  const Projected got = project(c, kSquare, p);
  INFO("yaw " << c.yaw << ", pitch " << c.pitch << ", zoom " << c.zoom << ": (" << p.transpose() << ")");
  CHECK(got.x == Approx(x).margin(1e-3));
  CHECK(got.y == Approx(y).margin(1e-3));
  CHECK(got.depth == Approx(depth).margin(1e-6));
}

std::string refusal(AppState& s, const std::string& args) { return script_call(s, "view3d", args); }

}  // namespace

TEST_CASE("a known yaw and pitch put a known colour at a known pixel", "[view3d]") {
  SECTION("yaw 0, pitch 0: face on, R to the right, G up, B towards the viewer") {
    const Camera3d c{0, 0, 1};
    check_at(c, Input(1, 0.5, 0.5), 155, 105, 0);
    check_at(c, Input(0.5, 1, 0.5), 105, 55, 0);
    check_at(c, Input(0.5, 0.5, 1), 105, 105, 0.5);
    check_at(c, Input(1, 1, 1), 105 + 50 * 4 / 3.5, 105 - 50 * 4 / 3.5, 0.5);  // white: the near top right corner
    check_at(c, Input(0, 0, 0), 105 - 50 * 4 / 4.5, 105 + 50 * 4 / 4.5, -0.5);  // black: the far bottom left
  }
  SECTION("yaw 90: B to the right, R away from the viewer") {
    const Camera3d c{90, 0, 1};
    check_at(c, Input(0.5, 0.5, 1), 155, 105, 0);
    check_at(c, Input(1, 0.5, 0.5), 105, 105, -0.5);
  }
  SECTION("pitch 90: from straight above, B = 0 at the top of the square") {
    const Camera3d c{0, 90, 1};
    check_at(c, Input(0.5, 1, 0.5), 105, 105, 0.5);
    check_at(c, Input(0.5, 0.5, 0), 105, 55, 0);
  }
  SECTION("zoom 2 doubles every distance from the centre") {
    check_at(Camera3d{0, 0, 2}, Input(1, 0.5, 0.5), 205, 105, 0);
  }
}

TEST_CASE("a drag across the whole view turns half a turn, the wheel and a pinch zoom", "[view3d]") {
  Camera3d c{0, 0, 1};
  turn(c, 105, 0, 210);
  CHECK(c.yaw == Approx(90));
  turn(c, 0, 52.5, 210);
  CHECK(c.pitch == Approx(45));
  turn(c, 0, 210, 210);
  CHECK(c.pitch == 90);  // held at straight down
  c.yaw = 170;
  turn(c, 210 * 20 / 180.0, 0, 210);
  CHECK(c.yaw == Approx(-170));  // wrapped
  zoom_by_notches(c, 1);
  CHECK(c.zoom == Approx(1.1));
  zoom_by_notches(c, 100);
  CHECK(c.zoom == kZoomMax);
  zoom_by_factor(c, 0.01);
  CHECK(c.zoom == kZoomMin);
  zoom_by_factor(c, std::numeric_limits<double>::quiet_NaN());
  CHECK(c.zoom == kZoomMin);
}

TEST_CASE("view3d() shows the 3-D view and sets its camera and space, bad arguments are named", "[view3d]") {
  AppState s;
  CHECK(script_call(s, "view3d", "[{\"yaw\": 30, \"pitch\": -10, \"zoom\": 2, \"space\": \"hidden\"}]") ==
        "{\"value\":{\"open\":true,\"yaw\":30,\"pitch\":-10,\"zoom\":2,\"space\":\"hidden\",\"blend\":1}}");
  CHECK(s.view.view3d.open);
  CHECK(refusal(s, "[{\"yaw\": 200}]") ==
        "{\"error\":\"RangeError\",\"message\":\"yaw must be a finite number of degrees from -180 to 180, not 200\"}");
  // NaN and the infinities come from the page as {"__js": "NaN"} (web/glue.js); a string is a string.
  CHECK(refusal(s, "[{\"pitch\": {\"__js\": \"NaN\"}}]") ==
        "{\"error\":\"RangeError\",\"message\":\"pitch must be a finite number of degrees from -90 to 90, not NaN\"}");
  CHECK(refusal(s, "[{\"zoom\": {\"__js\": \"Infinity\"}}]") ==
        "{\"error\":\"RangeError\",\"message\":\"zoom must be a finite number from 0.5 to 4, not Infinity\"}");
  CHECK(refusal(s, "[{\"zoom\": \"Infinity\"}]") ==
        "{\"error\":\"RangeError\",\"message\":\"zoom must be a finite number from 0.5 to 4, not \\\"Infinity\\\"\"}");
  CHECK(refusal(s, "[{\"zoom\": null}]") == "{\"error\":\"RangeError\",\"message\":\"zoom must be a finite number from 0.5 to 4, not null\"}");
  CHECK(refusal(s, "[{\"space\": \"sphere\"}]") ==
        "{\"error\":\"RangeError\",\"message\":\"space must be 'cube' or 'hidden', not \\\"sphere\\\"\"}");
  CHECK(refusal(s, "[{\"roll\": 3}]") == "{\"error\":\"RangeError\",\"message\":\"view3d has no argument \\\"roll\\\" (yaw, pitch, zoom, space)\"}");
  CHECK(refusal(s, "[5]").find("view3d takes an object") != std::string::npos);
  // A refused call changes nothing.
  CHECK(s.view.view3d.camera.yaw == 30);
  CHECK(s.view.view3d.camera.zoom == 2);
}

TEST_CASE("the toggle between the cube and the hidden space animates, the C and H keys", "[view3d]") {
  AppState s;
  CHECK_FALSE(s.view.view3d.open);
  CHECK(press_key(s, KeyCode::c, false));
  CHECK(s.view.view3d.open);
  CHECK(press_key(s, KeyCode::h, false));
  CHECK(s.view.view3d.space == Space3d::hidden);
  CHECK(s.view.view3d.blend == 0);
  s.tick(kBlendSeconds / 2);
  CHECK(s.view.view3d.blend == Approx(0.5));
  CHECK(eased_blend(s.view.view3d) == Approx(0.5));
  s.tick(kBlendSeconds);
  CHECK(s.view.view3d.blend == 1);
  CHECK(press_key(s, KeyCode::c, false));
  CHECK_FALSE(s.view.view3d.open);
}

TEST_CASE("the picture puts the picked colour where the camera says, in the cube and in the hidden space", "[view3d]") {
  AppState s;
  s.step(1000);
  s.view.picked = Rgb{200, 40, 90};
  const CubeModel model = build_cube_model(cube_model_input(s));
  const Camera3d camera;
  const CubeScene cube = project_cube_model(model, camera, kSquare, 0, 15);
  const Rect& r = cube.regions.at("view3d_picked");
  const Projected p = project(camera, kSquare, input_of(s.view.picked));
  CHECK(r.x + r.w / 2 == Approx(p.x));
  CHECK(r.y + r.h / 2 == Approx(p.y));
  // In the hidden space it sits at its A1, scaled by the box A1 fills.
  const Parameters& w = s.run.parameters();
  const Box3 box = hidden_box(w, Activation::relu);
  const Input a1 = hidden_point(w, input_of(s.view.picked), Activation::relu);
  Input scaled;
  for (int j = 0; j < 3; ++j) scaled(j) = box.hi(j) > box.lo(j) ? (a1(j) - box.lo(j)) / (box.hi(j) - box.lo(j)) : 0;
  const CubeScene hidden = project_cube_model(model, camera, kSquare, 1, 15);
  const Projected q = project(camera, kSquare, scaled);
  CHECK(hidden.regions.at("view3d_picked").x + hidden.regions.at("view3d_picked").w / 2 == Approx(q.x));
  CHECK(hidden.regions.at("view3d_picked").y + hidden.regions.at("view3d_picked").h / 2 == Approx(q.y));
  CHECK(hidden.regions.count("view3d_output_plane") == 1);
  CHECK(cube.regions.count("view3d_output_plane") == 0);
}

TEST_CASE("the planes move as the cursor moves through the run, each node says whether it is dead", "[view3d]") {
  AppState s;
  const CubeModel start = build_cube_model(cube_model_input(s));
  REQUIRE(start.nodes.size() == 3);
  for (const NodeNote& n : start.nodes) CHECK(n.reach == NodeReach::everywhere);  // every weight and bias starts in [0, 1)
  s.step(100000);
  const CubeModel trained = build_cube_model(cube_model_input(s));
  const CubeScene a = project_cube_model(trained, Camera3d{}, kSquare, 0, 15);
  s.seek(50000);
  const CubeScene b = project_cube_model(build_cube_model(cube_model_input(s)), Camera3d{}, kSquare, 0, 15);
  int compared = 0;
  for (const char* name : {"view3d_plane_1", "view3d_plane_2", "view3d_plane_3"}) {
    if (!a.regions.count(name) || !b.regions.count(name)) continue;
    ++compared;
    const Rect &p = a.regions.at(name), &q = b.regions.at(name);
    CHECK((p.x != q.x || p.y != q.y || p.w != q.w || p.h != q.h));
  }
  CHECK(compared >= 1);
  // The chapter's L = 50 kills every node at seed 2's first step: each says so.
  Options o = preset_seed();
  o.learning_rate = o.final_learning_rate = 50;
  o.seed = 2;
  REQUIRE(s.set_options(o).empty());
  s.step(1);
  for (const NodeNote& n : build_cube_model(cube_model_input(s)).nodes) CHECK(n.reach == NodeReach::dead);
}

TEST_CASE("in phase mode the picture shows the step's parameters before its update, and at the update the planes after it", "[view3d]") {
  AppState s;
  s.step(3000);
  s.set_phase(Phase::Z1);
  const CubeModelInput z1 = cube_model_input(s);
  CHECK(z1.shown == s.run.record()->before);
  CHECK_FALSE(z1.after.has_value());
  s.set_phase(Phase::update);
  const CubeModelInput update = cube_model_input(s);
  REQUIRE(update.after.has_value());
  CHECK(*update.after == s.run.record()->after);
}
