#pragma once
#include "app/layout/rect.hpp"
#include "core/base/linear_algebra.hpp"

namespace fontshade::app {

// How the 3-D view looks at the colour cube (issue 18), as numbers: turned by `yaw` degrees about
// the vertical (G) axis, tilted by `pitch` degrees to look from above (positive) or below, and zoomed.
// At yaw 0 and pitch 0 the cube is seen face on, as the 2-D slice is: R to the right, G up, B towards
// the viewer. Pixel-free: the panel draws where project() says, and the tests check it.
struct Camera3d {
  double yaw = -32;
  double pitch = 24;
  double zoom = 1;
};
constexpr double kYawLimit = 180;    // yaw in [-180, 180]: a drag wraps it
constexpr double kPitchLimit = 90;   // pitch in [-90, 90]: straight down to straight up
constexpr double kZoomMin = 0.5, kZoomMax = 4;
// The viewer's distance from the cube's centre in cube sides: a little perspective, so the near
// edges look nearer.
constexpr double kEyeDistance = 4;
// At zoom 1, a cube side is the region's shorter side divided by this (the cube fits turned any way).
constexpr double kFitDivisor = 2.1;

// A point on screen (window pixels) and its depth (larger: nearer the viewer).
struct Projected {
  float x = 0, y = 0;
  float depth = 0;
};
// Where the point `p` of the cube (each coordinate 0..1, X = (R, G, B) / 255) is drawn in `region`.
Projected project(const Camera3d& camera, const Rect& region, const Input& p);
// Pixels a cube side spans at the cube's centre depth.
double pixels_per_side(const Camera3d& camera, const Rect& region);

// A drag of (dx, dy) pixels over a region whose shorter side is `side` pixels: across the whole side,
// half a turn (180 degrees of yaw; down the whole side, 180 degrees of pitch, held within +-90).
void turn(Camera3d& camera, double dx, double dy, double side);
// The wheel (notches, positive: up, closer) and a pinch (the fingers' distance, now over before).
void zoom_by_notches(Camera3d& camera, double notches);
void zoom_by_factor(Camera3d& camera, double factor);
// Yaw into [-180, 180).
double wrapped_yaw(double yaw);

}  // namespace fontshade::app
