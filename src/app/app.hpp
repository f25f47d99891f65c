#pragma once
#include <string>

#include "app_state.hpp"
#include "decision_surface.hpp"

namespace fontshade::app {

// The whole screen, the same on the desktop and in the browser: builds the ImGui frame from the
// state each frame, handles the keyboard, and scales everything to the window.
class App {
 public:
  // After the GL context and the ImGui backends exist.
  bool init(std::string* error);
  // Before the backends' NewFrame: fits fonts and sizes to a framebuffer of this size (pixels) and
  // content scale (HiDPI), rebuilding the font atlas when the scale changes.
  void prepare(int width, int height, float content_scale);
  // After ImGui::NewFrame: advances a running training and builds the frame's UI.
  void frame(int width, int height, double seconds_since_last_frame);

  AppState& state() { return state_; }

 private:
  void apply_scale(float scale);
  void keyboard();
  void menu_bar(float height);
  void layout(int width, int height, float top);

  AppState state_;
  DecisionSurface surface_;
  float scale_ = 0;
  float steps_height_ = 0;  // the step panel's content, last frame
};

}  // namespace fontshade::app
