#pragma once
#include <array>
#include <span>

#include "app/state/app_state.hpp"

namespace fontshade::app {

// The keyboard, without pixels: one table of every key the app answers. It drives the window's key
// handling (ui/keyboard.cpp: which key does what, when, whether it repeats), the page's O key (the
// file picker opens in the key's own event) and the list of keys the ? key shows.

// A key by GLFW's key code, which the desktop's GLFW and the page's (Emscripten's) both report. The
// values are GLFW's, written here so this pixel-free table needs no GLFW header; ui/keyboard.cpp checks
// each against GLFW's at compile time.
enum class KeyCode : int {
  none = 0,  // no key (GLFW has no key 0)
  space = 32, c = 67, d = 68, f = 70, h = 72, l = 76, o = 79, p = 80, r = 82,
  escape = 256, enter = 257, tab = 258, right = 262, left = 263, down = 264, up = 265, page_up = 266, page_down = 267, home = 268, end = 269,
  f1 = 290, keypad_enter = 335,
};

enum class KeyAction {
  none,  // the key is ImGui's (scrolling, moving between controls): listed, not handled here
  step, run_pause, reset, phase_mode, projector, open_data_file, label_light, label_dark, view3d, view3d_space, help,
  next, previous, ten_forward, ten_back, home, end,
  next_scene, previous_scene,  // the guided lesson's Next and Back
  // The window's: the keyboard into and out of the controls.
  next_panel, previous_panel, press_control, escape,
};

enum class KeyShift { any, without, with };
// Where a key works: as a shortcut (not while the keyboard is in the controls, whose navigation has
// the arrows, Space and Enter), only in the controls, or anywhere. Never while a text field takes
// the keys.
enum class KeyPlace { shortcuts, controls, anywhere };

struct KeySpec {
  KeyAction action;
  std::array<KeyCode, 2> codes = {KeyCode::none, KeyCode::none};
  char32_t character = 0;  // or typed as this character ('?': Shift and a key that differs from layout to layout)
  KeyShift shift = KeyShift::any;
  KeyPlace place = KeyPlace::shortcuts;
  bool repeats = false;   // held down, it acts again by the clock (key_presses.hpp)
  bool in_event = false;  // the page acts in the key's own event too (a file picker opens only then)
  // The list of keys (English, shown through tr()): the keys and what they do; null: said in the row
  // before (Shift + Tab in Tab's row).
  const char* keys = nullptr;
  const char* what = nullptr;
};
std::span<const KeySpec> key_table();

// The row a key press matches: its code (or the typed character), Shift, and whether the keyboard is
// in the controls; null when no row matches there.
const KeySpec* key_for(KeyCode code, bool shift, bool in_controls);
const KeySpec* key_for_character(char32_t character, bool in_controls);
// Whether a key, held, repeats (any of its rows with that Shift).
bool key_repeats(KeyCode code, bool shift);
// Whether any row names the key.
bool key_listed(KeyCode code);

// Does what the action does to the state: Space one step; Enter run/pause; R reset; F phase mode on/off;
// P projector mode on/off; O the Data tab (the page also opens its file picker); ? (or F1) the list of
// keys; → next, ← previous (a phase in phase mode, else a step), with Shift ten steps; Home step 0; End
// the last step computed. L and D label the colour on show as light or dark text, only while the Label
// colours tab is open. C shows or hides the 3-D view; H turns it between the colour cube and the hidden
// space (showing it). The window's own actions (the controls) and `none` do nothing here. Returns
// whether the key did something.
bool apply_key(AppState& state, KeyAction action);
// A shortcut pressed outside the controls: its row's action (the tests' way to press a key).
bool press_key(AppState& state, KeyCode code, bool shift);

}  // namespace fontshade::app
