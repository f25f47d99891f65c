#include "app/state/keys.hpp"

#include "app/text/strings.hpp"

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
    case Key::c:
      state.view.view3d.open = !state.view.view3d.open;
      return true;
    case Key::h:
      if (state.view.view3d.open) toggle_space(state.view.view3d);
      state.view.view3d.open = true;
      return true;
    case Key::p:
      state.view.projector = !state.view.projector;
      return true;
    case Key::help:
      state.view.help_open = !state.view.help_open;
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

std::span<const KeyHelp> key_help() {
  static const KeyHelp kKeys[] = {
      {tr_later("Space"), tr_later("One SGD step"), Key::space},
      {"\xE2\x86\x92", tr_later("Next: a phase in phase mode, else a step"), Key::right},
      {"\xE2\x86\x90", tr_later("Back: a phase in phase mode, else a step"), Key::left},
      {tr_later("Shift + \xE2\x86\x92"), tr_later("Ten steps forward"), Key::right, true},
      {tr_later("Shift + \xE2\x86\x90"), tr_later("Ten steps back"), Key::left, true},
      {tr_later("Home"), tr_later("To step 0"), Key::home},
      {tr_later("End"), tr_later("To the last step computed"), Key::end},
      {tr_later("Enter"), tr_later("Run or pause"), Key::enter},
      {"R", tr_later("Reset with the seed in the seed field"), Key::r},
      {"F", tr_later("Phase mode on or off"), Key::f},
      {"P", tr_later("Projector mode on or off: large type, the lesson's panels, high contrast"), Key::p},
      {"C", tr_later("The 3-D view on or off: the colour cube, the hidden nodes' planes, the boundary"), Key::c},
      {"H", tr_later("In the 3-D view: the colour cube or the hidden layer's space"), Key::h},
      {"L / D", tr_later("In the Label colours tab: this colour wants light (L) or dark (D) text"), Key::l},
      {tr_later("? or F1"), tr_later("This list of keys"), Key::help},
      {"\xE2\x86\x91 \xE2\x86\x93", tr_later("Scroll the panel under the pointer (the wheel too)"), Key::up},
      {tr_later("Tab"), tr_later("Keyboard into the controls: the next panel (Shift + Tab: the previous one)"), std::nullopt},
      {tr_later("Arrows (in the controls)"), tr_later("Move between the controls of the panel"), std::nullopt},
      {tr_later("Space or Enter (in the controls)"), tr_later("Press the control that has the keyboard"), std::nullopt},
      {tr_later("Escape"), tr_later("Leave the controls: the keys above work again (also a click)"), std::nullopt},
  };
  return kKeys;
}

}  // namespace fontshade::app
