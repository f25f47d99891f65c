#pragma once
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/state/key_presses.hpp"
#include "app/layout/arrangement.hpp"
#include "app/layout/lesson_arrangement.hpp"
#include "app/state/cube_view.hpp"
#include "app/ui/decision_surface.hpp"
#include "app/ui/platform.hpp"

struct ImGuiWindow;
struct GLFWwindow;

namespace fontshade::app {

// The whole screen, the same on the desktop and in the browser: builds the ImGui frame from the
// state each frame, handles the keyboard, and scales everything to the window.
class App {
 public:
  // After the GL context and the ImGui backends exist.
  bool init(std::string* error);
  // Before the backends' NewFrame: fits fonts and sizes to a framebuffer of this size (pixels) and
  // content scale (HiDPI), rebuilding the font atlas when the scale changes. Projector mode scales
  // everything a further 1.5-2.5 times (about 32 lines of text on the screen).
  void prepare(int width, int height, float content_scale);
  // After ImGui::NewFrame: advances a running training and builds the frame's UI.
  void frame(int width, int height, double seconds_since_last_frame);
  // One whole frame, the same on the desktop and in the browser, after the platform's events: fits the
  // type to the window (content_scale: its HiDPI factor), builds the UI (before_new_frame may adjust
  // ImGui's input first: a finger on the page, a scripted run's hidden pointer) and draws it on a
  // cleared framebuffer (ui/frame.cpp). Returns the CPU seconds the UI took to build (--timing).
  double run_frame(GLFWwindow* window, float content_scale, const std::function<void()>& before_new_frame);
  // After the frame is drawn: the file name of a PNG of the screen the reader asked for, once.
  std::optional<std::string> take_screenshot_request();

  AppState& state() { return state_; }
  Platform platform;

  // A key event of the window (GLFW's key, action and modifiers), from listen_to_keys' callback.
  void key_event(int key, int action, int mods);

 private:
  void apply_scale(float scale, bool projector);
  void keyboard();
  void act(KeyAction action);
  void focus_panel(int direction);
  void leave_controls();
  float menu_bar_height(float width);
  void menu_bar(float height);
  // The bar's window across the top, both modes' (the caller fills it and calls ImGui::End).
  void begin_bar_window(float height);
  void bar_buttons();
  void bar_settings(float right);
  void model_menu();
  void export_menu();
  void place_panels(int width, int height, float top);
  void note_tab_order();
  void panel_body(PanelId id);
  void passes_tabs();
  void notice(float top, double seconds);
  void help_overlay();
  void say(const std::string& sentence);
  // The guided lesson's screen (ui/lesson_screen.cpp).
  void lesson_bar(float height);
  void lesson_menu();
  void place_lesson(int width, int height, float top);
  void lesson_part(const SceneWindow& window);

  AppState state_;
  DecisionSurface surface_;
  CubeModelCache cube_;      // the 3-D view's model, rebuilt when what it shows changes
  bool cube_shown_ = false;  // the 3-D view's tab was the chosen one last frame
  float scale_ = 0;
  bool styled_projector_ = false;
  float steps_height_ = 0;  // the step panel's content, last frame
  bool code_drawn_ = false;  // the passes panel showed its Code view last frame
  int bar_rows_ = 1;
  Arrangement arrangement_;
  KeyPresses presses_;
  // The keyboard in the controls (Tab): ImGui's keyboard navigation moves through the panels' widgets
  // and presses them; the single-key shortcuts that collide with it (arrows, Space, Enter) wait.
  bool controls_ = false;
  int focused_panel_ = -1;              // index in tab_order_
  ImGuiWindow* panel_windows_[6] = {};  // by PanelId, as drawn last frame
  ImGuiWindow* bar_window_ = nullptr;
  std::vector<ImGuiWindow*> tab_order_;
  std::vector<ImGuiWindow*> lesson_windows_;  // the lesson mode's windows, as drawn last frame
  unsigned step_button_id_ = 0;        // the Step button's ImGui id, where Tab lands first
  long long export_first_ = 1, export_last_ = 100;
  std::string screenshot_name_;
  int screenshot_countdown_ = 0;
  std::chrono::steady_clock::time_point last_frame_;  // when the last frame began (none before the first)
  bool clock_started_ = false;
};

// Sends the window's key events to the App that is its user pointer (glfwSetWindowUserPointer), then
// to ImGui. After ImGui_ImplGlfw_InitForOpenGL, whose key callback this one replaces and calls.
void listen_to_keys(GLFWwindow* window);

}  // namespace fontshade::app
