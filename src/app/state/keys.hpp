#pragma once
#include <optional>
#include <span>

#include "app/state/app_state.hpp"

namespace fontshade::app {

// The keyboard, without pixels: what each key does to the state (the window maps its key codes).
enum class Key { space, enter, r, f, p, l, d, c, h, help, left, right, up, down, home, end };

// Space one step; Enter run/pause; R reset; F phase mode on/off; P projector mode on/off; ? (or F1)
// the list of keys; → next, ← previous (a phase in phase mode, else a step), with Shift ten steps;
// Home step 0; End the last step computed. ↑ and ↓ do nothing here (they scroll). L and D label the
// colour on show as light or dark text, only while the Label colours tab is open. C shows or hides the
// 3-D view; H turns it between the colour cube and the hidden space (showing it). Returns whether the
// key did something.
bool apply_key(AppState& state, Key key, bool shift);

// Every key the app answers, for the help overlay (? key): the shortcuts above, one row per key and
// Shift, and the keys that move the keyboard through the controls (those have no Key: the window
// handles them). One table, so the list shown is the list handled. English; shown through tr().
struct KeyHelp {
  const char* keys;  // "Shift + →"
  const char* what;
  std::optional<Key> key;
  bool shift = false;
};
std::span<const KeyHelp> key_help();

}  // namespace fontshade::app
