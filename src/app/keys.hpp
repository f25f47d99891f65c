#pragma once
#include "app_state.hpp"

namespace fontshade::app {

// The keyboard, without pixels: what each key does to the state (the window maps its key codes).
enum class Key { space, enter, r, f, l, d, left, right, up, down, home, end };

// Space one step; Enter run/pause; R reset; F phase mode on/off; → next, ← previous (a phase in phase
// mode, else a step), with Shift ten steps; Home step 0; End the last step computed. ↑ and ↓ do
// nothing here (they scroll). L and D label the colour on show as light or dark text, only while the
// Label colours tab is open. Returns whether the key did something.
bool apply_key(AppState& state, Key key, bool shift);

}  // namespace fontshade::app
