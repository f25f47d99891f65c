// Key presses and a held key's repeats as events (issue 15: one press, one step, at any frame rate),
// with a fake clock: frames come when a test says, keys go down and up when it says, and the system's
// repeats of a held key come as a keyboard sends them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/state/key_presses.hpp"
#include "app/state/keys.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

// A keyboard as the systems make one: a key held down sends its press, then after kSystemDelay a repeat
// every kSystemInterval until it is let go (X's default: 660 ms, 25 a second; here 0.5 s and 30).
constexpr double kSystemDelay = 0.5, kSystemInterval = 1.0 / 30;

// A key held from `down` to `up`, with Shift or not.
struct Hold {
  KeyCode code;
  double down, up;
  bool shift = false;
};

// The events a hold sends: (time, press or repeat).
struct Event {
  double at;
  KeyCode code;
  bool shift;
  bool repeat;
};
std::vector<Event> events_of(const std::vector<Hold>& holds) {
  std::vector<Event> events;
  for (const Hold& h : holds) {
    events.push_back({h.down, h.code, h.shift, false});
    for (double t = h.down + kSystemDelay; t < h.up; t += kSystemInterval) events.push_back({t, h.code, h.shift, true});
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
  return events;
}

// Frames every 1/fps seconds until `until`; each event reaches the app `late` seconds after it happened
// (a busy page hears of keys when its frame is done: up to half a second, measured); every frame takes
// what came and applies it to the state as the app does outside the controls. Answers the presses and
// repeats taken.
std::vector<KeyPresses::Press> run_frames(double fps, double until, const std::vector<Hold>& holds, double late = 0,
                                          AppState* state = nullptr) {
  const std::vector<Event> events = events_of(holds);
  KeyPresses presses;
  std::vector<KeyPresses::Press> all;
  std::size_t next = 0;
  for (long long frame = 0;; ++frame) {
    const double now = static_cast<double>(frame) / fps;
    for (; next < events.size() && events[next].at + late <= now; ++next) {
      const Event& e = events[next];
      if (e.repeat) presses.repeat(e.code, e.shift);
      else presses.press(e.code, e.shift);
    }
    for (const KeyPresses::Press& p : presses.take()) {
      all.push_back(p);
      if (state)
        if (const KeySpec* k = key_for(p.code, p.shift, false)) apply_key(*state, k->action);
    }
    if (now >= until) break;
  }
  return all;
}

// n presses of `key`, each held `hold` seconds, one every `every` seconds from 0.1 s.
std::vector<Hold> presses_of(KeyCode key, int n, double hold, double every) {
  std::vector<Hold> holds;
  for (int i = 0; i < n; ++i) holds.push_back({key, 0.1 + every * i, 0.1 + every * i + hold});
  return holds;
}

}  // namespace

TEST_CASE("keys: 7 Space presses held 250 ms are 7 steps at 60, 15, 5 and 2 frames a second, heard late or not", "[app][keys]") {
  // The bug users reported: at about 15 frames a second, 7 such presses gave 10 steps.
  for (double fps : {60.0, 15.0, 5.0, 2.0})
    for (double late : {0.0, 0.2, 0.54}) {
      INFO(fps << " frames a second, events heard " << late << " s late");
      AppState state;
      state.reset(1);
      const auto presses = run_frames(fps, 6, presses_of(KeyCode::space, 7, 0.25, 0.45), late, &state);
      CHECK(presses.size() == 7);
      CHECK(state.run.cursor() == 7);
    }
}

TEST_CASE("keys: a press and its release between two frames still count once", "[app][keys]") {
  // Both between the frames at 0 and 0.5 s: the frame at 0.5 s takes one press.
  const auto presses = run_frames(2, 1, {{KeyCode::right, 0.1, 0.12}});
  REQUIRE(presses.size() == 1);
  CHECK_FALSE(presses[0].repeat);
}

TEST_CASE("keys: a held key acts once for each of the system's repeats, the same at any frame rate", "[app][keys]") {
  const std::vector<Hold> held = {{KeyCode::right, 0.2, 1.8}};
  const std::size_t expected = events_of(held).size();
  CHECK(expected == 1 + 33);  // the press, then repeats from 0.7 s to 1.8 s, 30 a second
  for (double fps : {60.0, 15.0, 5.0, 1.0})
    for (double late : {0.0, 0.54}) {
      INFO(fps << " frames a second, events heard " << late << " s late");
      const auto presses = run_frames(fps, 4, held, late);
      REQUIRE(presses.size() == expected);
      CHECK_FALSE(presses[0].repeat);
      for (std::size_t k = 1; k < presses.size(); ++k) CHECK(presses[k].repeat);
    }
  // At 5 frames a second, with phase mode on, the held key walks one phase a repeat: the press and 3
  // repeats (0.5, 0.533 and 0.567 s after it) are Z1, A1, Z2 and A2.
  AppState state;
  state.reset(1);
  state.step(2);
  state.set_phase_mode(true);
  run_frames(5, 4, {{KeyCode::right, 0.2, 0.2 + kSystemDelay + kSystemInterval * 2.5}}, 0, &state);
  CHECK(state.run.cursor() == 2);
  CHECK(state.view.phase == Phase::A2);
}

TEST_CASE("keys: keys that do not repeat act once however long they are held, and Shift chooses the row", "[app][keys]") {
  CHECK(run_frames(5, 4, {{KeyCode::enter, 0.1, 3.0}}).size() == 1);
  CHECK(run_frames(5, 4, {{KeyCode::f, 0.1, 3.0}}).size() == 1);
  KeyPresses presses;
  presses.repeat(KeyCode::r, false);
  CHECK(presses.take().empty());
  // Shift + → held for a press and one repeat: ten steps each.
  AppState state;
  state.reset(1);
  const auto taken = run_frames(5, 2, {{KeyCode::right, 0.1, 0.1 + kSystemDelay + kSystemInterval * 0.5, true}}, 0, &state);
  CHECK(taken.size() == 2);
  CHECK(state.run.cursor() == 20);
  // What a take answers, it answers once.
  presses.press(KeyCode::space, false);
  CHECK(presses.take().size() == 1);
  CHECK(presses.take().empty());
}

TEST_CASE("keys: the table answers each key once in each place, and the help says every row", "[app][keys]") {
  // In the controls, the arrows, Space and Enter are ImGui's navigation; Enter presses the control.
  REQUIRE(key_for(KeyCode::enter, false, true));
  CHECK(key_for(KeyCode::enter, false, true)->action == KeyAction::press_control);
  CHECK(key_for(KeyCode::enter, false, false)->action == KeyAction::run_pause);
  CHECK(key_for(KeyCode::space, false, true) == nullptr);
  CHECK(key_for(KeyCode::right, false, true) == nullptr);
  CHECK(key_for(KeyCode::r, false, true)->action == KeyAction::reset);
  CHECK(key_for(KeyCode::tab, true, true)->action == KeyAction::previous_panel);
  CHECK(key_for(KeyCode::o, false, false)->in_event);
  CHECK(key_repeats(KeyCode::space, false));
  CHECK_FALSE(key_repeats(KeyCode::enter, false));
  CHECK_FALSE(key_listed(static_cast<KeyCode>(65)));  // A: no key of the app's
  const auto keys = key_table();
  for (std::size_t i = 0; i < keys.size(); ++i) {
    INFO(i);
    CHECK((keys[i].keys == nullptr) == (keys[i].what == nullptr));
    if (!keys[i].keys) {
      REQUIRE(i > 0);
      CHECK(keys[i - 1].keys != nullptr);  // said in the row before
    }
    // No two rows answer the same key, Shift and place.
    for (std::size_t j = 0; j < i; ++j)
      for (KeyCode c : keys[i].codes)
        if (c != KeyCode::none) {
          const bool same_key = std::find(keys[j].codes.begin(), keys[j].codes.end(), c) != keys[j].codes.end();
          const bool same_shift = keys[i].shift == KeyShift::any || keys[j].shift == KeyShift::any || keys[i].shift == keys[j].shift;
          const bool same_place = keys[i].place == KeyPlace::anywhere || keys[j].place == KeyPlace::anywhere || keys[i].place == keys[j].place;
          CHECK_FALSE((same_key && same_shift && same_place));
        }
  }
  // O shows the Data tab (the page also opens its file picker from the key's event).
  AppState state;
  CHECK(press_key(state, KeyCode::o, false));
  CHECK(state.view.right_tab == RightTab::data);
  CHECK(state.view.tabs_requested);
}
