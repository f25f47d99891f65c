#pragma once
// The 3-D view's picture as numbers (issue 18): what to draw inside the colour cube and in the hidden
// space, built from the core's geometry (core/network/cube_geometry.hpp), then projected by the
// camera and sorted back to front. The panel (ui/panels/panel_cube.cpp) only draws the result.
//   build_cube_model    3-D shapes, each vertex placed both in the cube and in the hidden space;
//                       rebuilt when the step, the phase, the picked colour or the data change
//   project_cube_model  per frame: the shapes between the two spaces (blend 0: the cube, 1: the hidden
//                       space), on screen, back to front, and the named regions layout() reports
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/layout/camera3d.hpp"
#include "app/layout/rect.hpp"
#include "core/colour/colour.hpp"
#include "core/network/chain_rule.hpp"
#include "core/network/cube_geometry.hpp"
#include "core/network/run.hpp"

namespace fontshade::app {

struct Rgba {
  unsigned char r = 0, g = 0, b = 0, a = 255;
  bool operator==(const Rgba&) const = default;
};

// Which space a shape belongs to: it fades out on the way to the hidden space, fades in, or stays.
enum class Belongs { both, cube, hidden };

// One piece of the picture: a triangle (every polygon is cut into them), a line, a point or a label.
// Fixed-size, so that the thousands of them built for a step cost no allocation (and the page no
// vector code per shape).
struct Shape3 {
  enum class Kind : unsigned char { polygon, line, point, label };
  Kind kind = Kind::polygon;
  Belongs belongs = Belongs::both;
  unsigned char count = 0;    // vertices: 3 (a triangle), 2 (a line), 1 (a point or a label)
  bool ring = false;          // a point drawn as a ring (test rows)
  bool cross = false;         // a point the network gets wrong
  bool on_top = false;        // drawn over everything whatever its depth: the picked colour, the sample
  short region = -1;          // its named region for layout() (CubeModel::regions), the bounding box of its shapes
  short text = -1;            // a label's text (CubeModel::texts: the chapter's notation, no translation)
  Rgba fill, edge;
  float size = 1;             // a line's width or a point's radius, in lines of type
  Input cube[3];              // its vertices in the cube (0..1 on each axis)
  Input hidden[3];            // the same vertices in the hidden space, scaled to 0..1 on each axis
};

// What a hidden node's plane does over the cube, for the legend.
struct NodeNote {
  int node = 0;
  NodeReach reach = NodeReach::partly;
  Rgba hue;
};

struct CubeModel {
  std::vector<Shape3> shapes;
  std::vector<std::string> regions;  // "view3d_picked", "view3d_plane_1", ...: the names shapes refer to
  std::vector<std::string> texts;    // the labels' texts
  std::vector<NodeNote> nodes;
  bool hidden_drawable = true;  // at most three hidden nodes: the hidden space has three axes or fewer
  bool boundary_in_cube = false;  // the network answers both ways inside the cube
  bool boundary_exact = true;
  std::size_t points = 0, points_wrong = 0;  // data points drawn, and those the network gets wrong
};

// What the model shows. `after` (the update phase): the planes after the step, outlined.
struct CubeModelInput {
  const Run* run = nullptr;
  // Which run and data (a new data set or new options rebuild the model even where the parameters
  // are the same, as at step 0).
  Options options;
  std::string data_source;
  DataFacts data_facts;
  Parameters shown;
  std::optional<Parameters> after;
  Rgb picked;
  std::optional<Input> sample;          // the step's X
  std::optional<ForwardRecord> sample_forward;  // its forward pass (phase labels)
  std::optional<Phase> phase;
  bool planes = true, boundary = true, dots = true;
  bool label_colours = false;  // data points in the shade of text their label asks for, not their colour
  bool operator==(const CubeModelInput&) const;
};
// At most this many data points (distinct colour, label and part of the split), spread over the rows.
constexpr std::size_t kMostCubePoints = 2500;
CubeModel build_cube_model(const CubeModelInput& in);
// Node i's hue (Okabe and Ito's palette, cycled).
Rgba node_hue(int node);

struct Shape2 {
  Shape3::Kind kind = Shape3::Kind::polygon;
  unsigned char count = 0;
  bool ring = false, cross = false;
  short text = -1;  // in CubeScene::texts
  Projected points[3];
  Rgba fill, edge;
  float size = 1;  // pixels
  float depth = 0;
};
struct CubeScene {
  std::vector<Shape2> shapes;            // back to front
  std::map<std::string, Rect> regions;   // "view3d_picked", "view3d_plane_1", ...
  std::vector<std::string> texts;        // the labels'
};
// `blend`: 0 the cube, 1 the hidden space (eased by the caller). `line`: the type's height in pixels.
CubeScene project_cube_model(const CubeModel& model, const Camera3d& camera, const Rect& region, double blend, float line);

}  // namespace fontshade::app
