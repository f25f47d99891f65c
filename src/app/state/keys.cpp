#include "app/state/keys.hpp"

#include "app/text/strings.hpp"

namespace fontshade::app {
namespace {

using C = KeyCode;
using A = KeyAction;

// In the order the list of keys shows them.
constexpr KeySpec kKeys[] = {
    {A::step, {C::space}, 0, KeyShift::any, KeyPlace::shortcuts, true, false, tr_later("Space"), tr_later("One SGD step")},
    {A::next, {C::right}, 0, KeyShift::without, KeyPlace::shortcuts, true, false, "\xE2\x86\x92",
     tr_later("Next: a phase in phase mode, else a step")},
    {A::previous, {C::left}, 0, KeyShift::without, KeyPlace::shortcuts, true, false, "\xE2\x86\x90",
     tr_later("Back: a phase in phase mode, else a step")},
    {A::ten_forward, {C::right}, 0, KeyShift::with, KeyPlace::shortcuts, true, false, tr_later("Shift + \xE2\x86\x92"),
     tr_later("Ten steps forward")},
    {A::ten_back, {C::left}, 0, KeyShift::with, KeyPlace::shortcuts, true, false, tr_later("Shift + \xE2\x86\x90"),
     tr_later("Ten steps back")},
    {A::home, {C::home}, 0, KeyShift::any, KeyPlace::shortcuts, false, false, tr_later("Home"), tr_later("To step 0")},
    {A::end, {C::end}, 0, KeyShift::any, KeyPlace::shortcuts, false, false, tr_later("End"), tr_later("To the last step computed")},
    {A::run_pause, {C::enter, C::keypad_enter}, 0, KeyShift::any, KeyPlace::shortcuts, false, false, tr_later("Enter"),
     tr_later("Run or pause")},
    {A::reset, {C::r}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "R", tr_later("Reset with the seed in the seed field")},
    {A::phase_mode, {C::f}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "F", tr_later("Phase mode on or off")},
    {A::projector, {C::p}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "P",
     tr_later("Projector mode on or off: large type, the lesson's panels, high contrast")},
    {A::open_data_file, {C::o}, 0, KeyShift::any, KeyPlace::anywhere, false, true, "O",
     tr_later("Open a CSV file to train on (the Data tab)")},
    {A::view3d, {C::c}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "C",
     tr_later("The 3-D view on or off: the colour cube, the hidden nodes' planes, the boundary")},
    {A::view3d_space, {C::h}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "H",
     tr_later("In the 3-D view: the colour cube or the hidden layer's space")},
    {A::label_light, {C::l}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "L / D",
     tr_later("In the Label colours tab: this colour wants light (L) or dark (D) text")},
    {A::label_dark, {C::d}, 0, KeyShift::any, KeyPlace::anywhere},
    {A::next_scene, {C::page_down}, 0, KeyShift::any, KeyPlace::anywhere, false, false, tr_later("Page Down"),
     tr_later("In the lesson: the next scene")},
    {A::previous_scene, {C::page_up}, 0, KeyShift::any, KeyPlace::anywhere, false, false, tr_later("Page Up"),
     tr_later("In the lesson: the scene before")},
    {A::help, {C::f1}, U'?', KeyShift::any, KeyPlace::anywhere, false, false, tr_later("? or F1"), tr_later("This list of keys")},
    {A::none, {C::up, C::down}, 0, KeyShift::any, KeyPlace::anywhere, false, false, "\xE2\x86\x91 \xE2\x86\x93",
     tr_later("Scroll the panel under the pointer (the wheel too)")},
    {A::next_panel, {C::tab}, 0, KeyShift::without, KeyPlace::anywhere, true, false, tr_later("Tab"),
     tr_later("Keyboard into the controls: the next panel (Shift + Tab: the previous one)")},
    {A::previous_panel, {C::tab}, 0, KeyShift::with, KeyPlace::anywhere, true},
    {A::none, {}, 0, KeyShift::any, KeyPlace::controls, false, false, tr_later("Arrows (in the controls)"),
     tr_later("Move between the controls of the panel")},
    // Space is ImGui's own key for it; Enter the app's (ImGui 1.86 keeps Enter for typing into a field).
    {A::press_control, {C::enter, C::keypad_enter}, 0, KeyShift::any, KeyPlace::controls, false, false,
     tr_later("Space or Enter (in the controls)"), tr_later("Press the control that has the keyboard")},
    {A::escape, {C::escape}, 0, KeyShift::any, KeyPlace::anywhere, false, false, tr_later("Escape"),
     tr_later("Leave the controls: the keys above work again (also a click)")},
};

bool has_code(const KeySpec& k, KeyCode code) {
  for (KeyCode c : k.codes)
    if (c == code && c != KeyCode::none) return true;
  return false;
}

bool shift_matches(const KeySpec& k, bool shift) {
  return k.shift == KeyShift::any || (k.shift == KeyShift::with) == shift;
}

bool place_matches(const KeySpec& k, bool in_controls) {
  return k.place == KeyPlace::anywhere || (k.place == KeyPlace::controls) == in_controls;
}

}  // namespace

std::span<const KeySpec> key_table() { return kKeys; }

const KeySpec* key_for(KeyCode code, bool shift, bool in_controls) {
  for (const KeySpec& k : kKeys)
    if (has_code(k, code) && shift_matches(k, shift) && place_matches(k, in_controls)) return &k;
  return nullptr;
}

const KeySpec* key_for_character(char32_t character, bool in_controls) {
  for (const KeySpec& k : kKeys)
    if (character != 0 && k.character == character && place_matches(k, in_controls)) return &k;
  return nullptr;
}

bool key_repeats(KeyCode code, bool shift) {
  for (const KeySpec& k : kKeys)
    if (has_code(k, code) && shift_matches(k, shift) && k.repeats) return true;
  return false;
}

bool key_listed(KeyCode code) {
  for (const KeySpec& k : kKeys)
    if (has_code(k, code)) return true;
  return false;
}

bool apply_key(AppState& state, KeyAction action) {
  switch (action) {
    case A::step:
      if (state.at_end()) return false;
      state.step(1);
      return true;
    case A::run_pause:
      if (state.at_end()) return false;
      state.player.toggle();
      return true;
    case A::reset:
      state.reset(static_cast<std::uint64_t>(state.seed_field));
      return true;
    case A::phase_mode:
      state.set_phase_mode(!state.phase_mode());
      return true;
    case A::label_light:
    case A::label_dark:
      if (state.view.left_tab != LeftTab::labels) return false;
      answer_label(state, action == A::label_dark ? 1 : 0);
      return true;
    case A::view3d:
      state.view.view3d.open = !state.view.view3d.open;
      return true;
    case A::view3d_space:
      if (state.view.view3d.open) toggle_space(state.view.view3d);
      state.view.view3d.open = true;
      return true;
    case A::projector:
      state.view.projector = !state.view.projector;
      return true;
    case A::open_data_file:
      state.view.right_tab = RightTab::data;
      state.view.tabs_requested = true;
      return true;
    case A::help:
      state.view.help_open = !state.view.help_open;
      return true;
    case A::next: state.next(); return true;
    case A::previous: state.previous(); return true;
    case A::ten_forward: state.step(10); return true;
    case A::ten_back: state.back(10); return true;
    case A::home: state.home(); return true;
    case A::end: state.end(); return true;
    case A::next_scene:
      return state.lesson.active && next_scene(state).empty();
    case A::previous_scene:
      return state.lesson.active && previous_scene(state).empty();
    case A::none:
    case A::next_panel:
    case A::previous_panel:
    case A::press_control:
    case A::escape: return false;
  }
  return false;
}

bool press_key(AppState& state, KeyCode code, bool shift) {
  const KeySpec* k = key_for(code, shift, false);
  return k && apply_key(state, k->action);
}

}  // namespace fontshade::app
