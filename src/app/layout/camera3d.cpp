#include "app/layout/camera3d.hpp"

#include <algorithm>
#include <cmath>

namespace fontshade::app {
namespace {

constexpr double kDegrees = 3.14159265358979323846 / 180;
constexpr double kNotch = 1.1;  // a wheel notch zooms by 10 %

}  // namespace

double pixels_per_side(const Camera3d& camera, const Rect& region) {
  return camera.zoom * std::min(region.w, region.h) / kFitDivisor;
}

Projected project(const Camera3d& camera, const Rect& region, const Input& p) {
  // Single-precision sines and cosines: the page has them already (ImGui's), and the double ones
  // would add 4 KB of libm to it; a float angle is less than a thousandth of a pixel off on any screen.
  const float yaw = static_cast<float>(camera.yaw * kDegrees), pitch = static_cast<float>(camera.pitch * kDegrees);
  const double cy = std::cos(yaw), sy = std::sin(yaw), cp = std::cos(pitch), sp = std::sin(pitch);
  const double x0 = p(0) - 0.5, y0 = p(1) - 0.5, z0 = p(2) - 0.5;
  // Yaw turns the cube about the vertical axis, then pitch tilts it towards the viewer at the top.
  const double x1 = cy * x0 + sy * z0, z1 = -sy * x0 + cy * z0;
  const double y2 = cp * y0 - sp * z1, z2 = sp * y0 + cp * z1;
  const double perspective = kEyeDistance / (kEyeDistance - z2);
  const double s = pixels_per_side(camera, region);
  Projected out;
  out.x = static_cast<float>(region.x + region.w * 0.5 + s * x1 * perspective);
  out.y = static_cast<float>(region.y + region.h * 0.5 - s * y2 * perspective);
  out.depth = static_cast<float>(z2);
  return out;
}

double wrapped_yaw(double yaw) { return yaw - 2 * kYawLimit * std::floor((yaw + kYawLimit) / (2 * kYawLimit)); }

void turn(Camera3d& camera, double dx, double dy, double side) {
  if (!(side > 0)) return;
  camera.yaw = wrapped_yaw(camera.yaw + 180 * dx / side);
  camera.pitch = std::clamp(camera.pitch + 180 * dy / side, -kPitchLimit, kPitchLimit);
}

void zoom_by_factor(Camera3d& camera, double factor) {
  if (!(factor > 0) || !std::isfinite(factor)) return;
  camera.zoom = std::clamp(camera.zoom * factor, kZoomMin, kZoomMax);
}

void zoom_by_notches(Camera3d& camera, double notches) { zoom_by_factor(camera, std::pow(kNotch, notches)); }

}  // namespace fontshade::app
