#include "app/state/cube_view.hpp"

namespace fontshade::app {

CubeModelInput cube_model_input(const AppState& state) {
  const View& v = state.view;
  CubeModelInput in;
  in.run = &state.run;
  in.options = state.run.options();
  in.data_source = state.run.data().source;
  in.data_facts = state.run.facts();
  in.picked = v.picked;
  in.phase = v.phase;
  in.planes = v.view3d.planes;
  in.boundary = v.view3d.boundary;
  in.dots = v.view3d.dots;
  in.label_colours = v.view3d.label_colours;
  const StepRecord* r = state.run.record();
  in.shown = state.run.parameters();
  if (r) {
    in.sample = r->X;
    in.sample_forward = r->forward;
    if (v.phase) {
      in.shown = r->before;
      if (*v.phase == Phase::update) in.after = r->after;
    }
  }
  if (!v.phase) in.sample_forward.reset();  // labels of the phase's values only in phase mode
  return in;
}

const CubeModel& CubeModelCache::model(const AppState& state) {
  CubeModelInput in = cube_model_input(state);
  if (!built_ || !(in == key_)) {
    model_ = build_cube_model(in);
    key_ = std::move(in);
    built_ = true;
  }
  return model_;
}

bool pinch_view3d(AppState& state, double factor, float x, float y) {
  const auto found = state.layout.find("view3d");
  if (found == state.layout.end() || !state.view.view3d.open) return false;
  const Rect& r = found->second;
  if (x < r.x || y < r.y || x > r.x + r.w || y > r.y + r.h) return false;
  zoom_by_factor(state.view.view3d.camera, factor);
  return true;
}

}  // namespace fontshade::app
