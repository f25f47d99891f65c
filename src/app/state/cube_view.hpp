#pragma once
// The 3-D view's picture from the app's state (issue 18): which parameters, sample and phase it
// shows, kept until they change (the model is rebuilt only then; the camera moves every frame).
#include "app/layout/cube_scene.hpp"
#include "app/state/app_state.hpp"

namespace fontshade::app {

// Outside phase mode the parameters at the cursor (after its step). In phase mode the step is being
// unfolded: the parameters it starts from, and at the update phase those it ends with too.
CubeModelInput cube_model_input(const AppState& state);

class CubeModelCache {
 public:
  const CubeModel& model(const AppState& state);

 private:
  CubeModelInput key_;
  CubeModel model_;
  bool built_ = false;
};

// A pinch on a touch screen (the fingers' distance now over before) at (x, y), window pixels: it
// zooms the 3-D view when it is over it. Returns whether it did.
bool pinch_view3d(AppState& state, double factor, float x, float y);

}  // namespace fontshade::app
