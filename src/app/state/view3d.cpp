#include "app/state/view3d.hpp"

#include <algorithm>

namespace fontshade::app {

std::string_view name_of(Space3d space) { return space == Space3d::hidden ? "hidden" : "cube"; }

std::optional<Space3d> parse_space(std::string_view name) {
  if (name == "cube") return Space3d::cube;
  if (name == "hidden") return Space3d::hidden;
  return std::nullopt;
}

void animate_view3d(View3d& v, double seconds) {
  const double target = v.space == Space3d::hidden ? 1 : 0;
  const double step = seconds > 0 ? seconds / kBlendSeconds : 0;
  v.blend = v.blend < target ? std::min(target, v.blend + step) : std::max(target, v.blend - step);
}

double eased_blend(const View3d& v) {
  const double t = std::clamp(v.blend, 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

void toggle_space(View3d& v) { v.space = v.space == Space3d::cube ? Space3d::hidden : Space3d::cube; }

void reset_camera(View3d& v) { v.camera = Camera3d{}; }

}  // namespace fontshade::app
