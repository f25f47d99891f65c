#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "app/layout/camera3d.hpp"

namespace fontshade::app {

// The 3-D view's own state (issue 18), part of the View: whether it is shown, the camera, and which
// space it shows, the colour cube or the hidden layer's space.
enum class Space3d { cube, hidden };
std::string_view name_of(Space3d space);  // "cube", "hidden"
std::optional<Space3d> parse_space(std::string_view name);

struct View3d {
  // Shown: the decision surface panel's "Cube (3-D)" tab; in projector mode, in place of the diagram.
  bool open = false;
  Camera3d camera;
  Space3d space = Space3d::cube;
  // Where the picture stands between the spaces: 0 the cube, 1 the hidden space. A toggle moves it
  // towards `space` over kBlendSeconds (animate_view3d); a script call jumps.
  double blend = 0;
  bool planes = true, boundary = true, dots = true;
  bool label_colours = false;  // data points white or black by their label, not in their own colour
};
constexpr double kBlendSeconds = 1.2;

// Moves the blend towards the chosen space by `seconds` of the animation.
void animate_view3d(View3d& v, double seconds);
// The blend eased (slow at both ends), as the picture uses it.
double eased_blend(const View3d& v);
// The toggle: the other space, animated.
void toggle_space(View3d& v);
// Back to the camera a fresh view has (the space stays).
void reset_camera(View3d& v);

}  // namespace fontshade::app
