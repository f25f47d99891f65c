// Key presses as events and held keys repeating by the clock (issue 15: one press, one step, at any
// frame rate), with a fake clock: frames come when a test says, keys go down and up when it says.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "app/state/app_state.hpp"
#include "app/state/key_presses.hpp"
#include "app/state/keys.hpp"

using namespace fontshade;
using namespace fontshade::app;

namespace {

constexpr double kDelay = KeyPresses::kRepeatDelay, kInterval = KeyPresses::kRepeatInterval;

// A key going down or up at a time.
struct KeyEvent {
  double at;
  KeyCode code;
  bool down;
  bool shift = false;
};

// Frames every 1/fps seconds from 0 until `until`, each taking what is due after the events before
// it; every press and repeat is applied to the state as the app does outside the controls.
std::vector<KeyPresses::Press> run_frames(double fps, double until, const std::vector<KeyEvent>& events, AppState* state = nullptr) {
  KeyPresses presses;
  std::vector<KeyPresses::Press> all;
  std::size_t next = 0;
  for (long long frame = 0;; ++frame) {
    const double now = static_cast<double>(frame) / fps;
    for (; next < events.size() && events[next].at <= now; ++next) {
      const KeyEvent& e = events[next];
      if (e.down) presses.down(e.code, e.shift, e.at);
      else presses.up(e.code, e.at);
    }
    for (const KeyPresses::Press& p : presses.take(now)) {
      all.push_back(p);
      if (state)
        if (const KeySpec* k = key_for(p.code, p.shift, false)) apply_key(*state, k->action);
    }
    if (now >= until) break;
  }
  return all;
}

// n presses of `key`, each held `hold` seconds, one every `every` seconds from 0.1 s.
std::vector<KeyEvent> presses_of(KeyCode key, int n, double hold, double every) {
  std::vector<KeyEvent> events;
  for (int i = 0; i < n; ++i) {
    events.push_back({0.1 + every * i, key, true});
    events.push_back({0.1 + every * i + hold, key, false});
  }
  return events;
}

// The presses a key held from `down` to `up` gives: itself, and a repeat every kInterval from kDelay.
long long by_the_clock(double held) { return held < kDelay ? 1 : 2 + static_cast<long long>(std::floor((held - kDelay) / kInterval)); }

}  // namespace

TEST_CASE("keys: 7 Space presses held 250 ms are 7 steps at 60, 15 and 5 frames a second", "[app][keys]") {
  // The bug users reported: at about 15 frames a second, 7 such presses gave 10 steps.
  for (double fps : {60.0, 15.0, 5.0, 2.0}) {
    INFO(fps << " frames a second");
    AppState state;
    state.reset(1);
    const auto presses = run_frames(fps, 4, presses_of(KeyCode::space, 7, 0.25, 0.45), &state);
    CHECK(presses.size() == 7);
    CHECK(state.run.cursor() == 7);
  }
}

TEST_CASE("keys: a press and its release between two frames still count once", "[app][keys]") {
  // Both between the frames at 0 and 0.5 s: the frame at 0.5 s takes one press.
  const auto presses = run_frames(2, 1, {{0.1, KeyCode::right, true}, {0.12, KeyCode::right, false}});
  REQUIRE(presses.size() == 1);
  CHECK(presses[0].at == 0.1);
  CHECK_FALSE(presses[0].repeat);
}

TEST_CASE("keys: a held key repeats by the clock, the same at any frame rate, until it is let go", "[app][keys]") {
  const double held = 1.5;
  const std::vector<KeyEvent> events = {{0.2, KeyCode::right, true}, {0.2 + held, KeyCode::right, false}};
  const long long expected = by_the_clock(held);
  CHECK(expected == 22);  // the press, then repeats at 0.5, 0.55, ..., 1.45 s after it: 1 + 21
  for (double fps : {60.0, 15.0, 5.0, 1.0}) {
    INFO(fps << " frames a second");
    const auto presses = run_frames(fps, 4, events);
    REQUIRE(static_cast<long long>(presses.size()) == expected);
    CHECK_FALSE(presses[0].repeat);
    for (std::size_t k = 1; k < presses.size(); ++k) {
      CHECK(presses[k].repeat);
      CHECK(presses[k].at == Approx(0.2 + kDelay + kInterval * static_cast<double>(k - 1)));
    }
  }
  // At 5 frames a second, with phase mode on, the held key walks one phase a repeat.
  AppState state;
  state.reset(1);
  state.step(2);
  state.set_phase_mode(true);
  run_frames(5, 4, {{0.2, KeyCode::right, true}, {0.2 + kDelay + kInterval * 2.5, KeyCode::right, false}}, &state);
  CHECK(state.run.cursor() == 2);
  CHECK(state.view.phase == Phase::A2);  // sample + 1 press + 3 repeats: Z1, A1, Z2, A2
}

TEST_CASE("keys: keys that do not repeat act once however long they are held, and Shift chooses the row", "[app][keys]") {
  CHECK(run_frames(5, 4, {{0.1, KeyCode::enter, true}, {3.0, KeyCode::enter, false}}).size() == 1);
  CHECK(run_frames(5, 4, {{0.1, KeyCode::f, true}, {3.0, KeyCode::f, false}}).size() == 1);
  // Shift + → held: ten steps a repeat.
  AppState state;
  state.reset(1);
  const auto presses = run_frames(5, 2, {{0.1, KeyCode::right, true, true}, {0.1 + kDelay + kInterval * 0.5, KeyCode::right, false}}, &state);
  CHECK(presses.size() == 2);
  CHECK(state.run.cursor() == 20);
  // Down again without an up the window saw: two presses, the first's repeats end at the second.
  CHECK(run_frames(5, 2, {{0.1, KeyCode::space, true}, {0.3, KeyCode::space, true}, {0.4, KeyCode::space, false}}).size() == 2);
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
