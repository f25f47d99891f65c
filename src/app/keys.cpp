#include "keys.hpp"

namespace fontshade::app {

bool apply_key(AppState& state, Key key, bool shift) {
  switch (key) {
    case Key::space:
      if (state.at_end()) return false;
      state.step(1);
      return true;
    case Key::enter:
      if (state.at_end()) return false;
      state.player.toggle();
      return true;
    case Key::r:
      state.reset(static_cast<std::uint64_t>(state.seed_field));
      return true;
    case Key::f:
      state.set_phase_mode(!state.phase_mode());
      return true;
    case Key::l:
    case Key::d:
      if (state.view.left_tab != LeftTab::labels) return false;
      answer_label(state, key == Key::d ? 1 : 0);
      return true;
    case Key::right:
      if (shift) state.step(10);
      else state.next();
      return true;
    case Key::left:
      if (shift) state.back(10);
      else state.previous();
      return true;
    case Key::home:
      state.home();
      return true;
    case Key::end:
      state.end();
      return true;
    case Key::up:
    case Key::down:
      return false;
  }
  return false;
}

}  // namespace fontshade::app
