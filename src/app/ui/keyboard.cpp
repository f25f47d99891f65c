// The keyboard: key presses from the window's key events (GLFW's, the desktop's and the page's), the
// key table of state/keys.hpp for what each does, and ImGui's keyboard navigation for the controls.
// Presses and a held key's repeats are counted as events (state/key_presses.hpp), so one press is one
// action however slowly the frames come.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/state/keys.hpp"
#include "app/ui/app.hpp"
#include "app/ui/panels/panels.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"  // keyboard focus on a panel and on its Step button; pressing the control in view

namespace fontshade::app {
namespace {

// The key table names keys by GLFW's codes without GLFW's header; here they are checked against it.
static_assert(static_cast<int>(KeyCode::space) == GLFW_KEY_SPACE && static_cast<int>(KeyCode::d) == GLFW_KEY_D &&
              static_cast<int>(KeyCode::c) == GLFW_KEY_C && static_cast<int>(KeyCode::h) == GLFW_KEY_H &&
              static_cast<int>(KeyCode::f) == GLFW_KEY_F && static_cast<int>(KeyCode::l) == GLFW_KEY_L &&
              static_cast<int>(KeyCode::o) == GLFW_KEY_O && static_cast<int>(KeyCode::p) == GLFW_KEY_P &&
              static_cast<int>(KeyCode::r) == GLFW_KEY_R && static_cast<int>(KeyCode::escape) == GLFW_KEY_ESCAPE &&
              static_cast<int>(KeyCode::enter) == GLFW_KEY_ENTER && static_cast<int>(KeyCode::tab) == GLFW_KEY_TAB &&
              static_cast<int>(KeyCode::right) == GLFW_KEY_RIGHT && static_cast<int>(KeyCode::left) == GLFW_KEY_LEFT &&
              static_cast<int>(KeyCode::down) == GLFW_KEY_DOWN && static_cast<int>(KeyCode::up) == GLFW_KEY_UP &&
              static_cast<int>(KeyCode::home) == GLFW_KEY_HOME && static_cast<int>(KeyCode::end) == GLFW_KEY_END &&
              static_cast<int>(KeyCode::page_up) == GLFW_KEY_PAGE_UP && static_cast<int>(KeyCode::page_down) == GLFW_KEY_PAGE_DOWN &&
              static_cast<int>(KeyCode::f1) == GLFW_KEY_F1 && static_cast<int>(KeyCode::keypad_enter) == GLFW_KEY_KP_ENTER,
              "state/keys.hpp's key codes are GLFW's");

// The window's key events: the App's first (its user pointer), then ImGui's, which this callback
// replaced (its text fields and keyboard navigation read keys too).
void key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (auto* app = static_cast<App*>(glfwGetWindowUserPointer(window))) app->key_event(key, action, mods);
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

}  // namespace

void listen_to_keys(GLFWwindow* window) { glfwSetKeyCallback(window, key_callback); }

void App::key_event(int key, int action, int mods) {
  const auto code = static_cast<KeyCode>(key);
  // Releases end nothing: a held key's repeats are the system's, and they stop when it is let go. The
  // system's and the browser's own shortcuts (Ctrl+R, Alt+F, ...) are theirs.
  if (action == GLFW_RELEASE || !key_listed(code) || (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER))) return;
  const bool shift = (mods & GLFW_MOD_SHIFT) != 0;
  if (action == GLFW_REPEAT) {
    presses_.repeat(code, shift);
    return;
  }
  presses_.press(code, shift);
  // A key the page must act on in its own event: a page may open a file picker only then.
  const KeySpec* k = key_for(code, shift, controls_);
  if (k && k->in_event && k->action == KeyAction::open_data_file && !ImGui::GetIO().WantTextInput) open_data_picker();
}

void App::leave_controls() {
  controls_ = false;
  focused_panel_ = -1;
  ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::FocusWindow(nullptr);
}

// Tab: the keyboard into the controls, a panel at a time (the step panel first, on its Step button,
// the menu bar last); then ImGui's keyboard navigation: arrows between the panel's controls, Space or
// Enter presses one.
void App::focus_panel(int direction) {
  const int n = static_cast<int>(tab_order_.size());
  if (n == 0) return;
  focused_panel_ = controls_ && focused_panel_ >= 0 ? ((focused_panel_ + direction) % n + n) % n : 0;
  controls_ = true;
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGuiWindow* window = tab_order_[static_cast<std::size_t>(focused_panel_)];
  ImGui::FocusWindow(window);
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (window == panel_windows_[static_cast<int>(PanelId::steps)] && step_button_id_ != 0) ImGui::SetFocusID(step_button_id_, window);
  else ImGui::NavInitWindow(window, true);
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

// The window's own actions of the key table; the others act on the state (apply_key).
void App::act(KeyAction action) {
  switch (action) {
    case KeyAction::next_panel: focus_panel(1); break;
    case KeyAction::previous_panel: focus_panel(-1); break;
    case KeyAction::escape:
      if (controls_) leave_controls();
      else state_.view.help_open = false;
      break;
    case KeyAction::press_control: {
      // ImGui 1.86 presses the control that has the keyboard with Space only (Enter is its key for
      // typing into a field): Enter presses it too, as on a web page.
      ImGuiContext& g = *ImGui::GetCurrentContext();
      if (g.NavId != 0 && g.ActiveId == 0) g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
      break;
    }
    default: apply_key(state_, action);
  }
}

void App::keyboard() {
  ImGuiIO& io = ImGui::GetIO();
  const std::vector<KeyPresses::Press> presses = presses_.take();
  if (controls_ && ImGui::IsMouseClicked(0)) {
    leave_controls();
    return;
  }
  if (io.WantTextInput) return;  // typing a seed or a colour: the keys are the field's
  for (const KeyPresses::Press& p : presses)
    if (const KeySpec* k = key_for(p.code, p.shift, controls_)) act(k->action);
  for (ImWchar c : io.InputQueueCharacters)
    if (const KeySpec* k = key_for_character(c, controls_)) act(k->action);
}

}  // namespace fontshade::app
